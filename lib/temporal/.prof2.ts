import { readFileSync } from "node:fs";
import { normalize } from "./normalize";
import { RULES, tagTemporal } from "./index";
import { windowsOf, matchesIn } from "./scan";
import { notDateRanges } from "./negatives";
const arts = readFileSync("/work/shared/corpus/articles.jsonl","utf8").split("\n").filter(Boolean).map(l=>JSON.parse(l)).slice(0,500);
let t0=performance.now(); const folded = arts.map(a=>normalize(a.text).text); console.log("normalize ms", (performance.now()-t0).toFixed(0));
t0=performance.now(); for (const t of folded) notDateRanges(t); console.log("negatives", (performance.now()-t0).toFixed(0));
const times = new Map<string, number>();
for (const r of RULES) { t0=performance.now(); let n=0; for (const t of folded) { const w = r.anchor ? windowsOf(t, r.anchor) : undefined; for (const m of matchesIn(t, r.pattern, w)) n++; } times.set(r.name, (times.get(r.name)??0) + performance.now()-t0); }
console.log([...times].map(([k,v])=>`${k} ${v.toFixed(0)}`).join("\n"));
t0=performance.now(); for (const a of arts) tagTemporal(a.text, {published: String(a.published).slice(0,10)}); console.log("full", (performance.now()-t0).toFixed(0));
