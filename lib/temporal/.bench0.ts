import { readFileSync } from "node:fs";
import { extractArticle } from "../extract";
import { tagTemporal } from "./index";
const arts = readFileSync("/work/shared/corpus/articles.jsonl","utf8").split("\n").filter(Boolean).map(l=>JSON.parse(l));
const bytes = arts.reduce((s,a)=>s+Buffer.byteLength(a.text),0);
let t0=performance.now(); for (const a of arts) tagTemporal(a.text, {published: String(a.published).slice(0,10)}); let s=(performance.now()-t0)/1000; console.log("temporal MB/s", (bytes/1e6/s).toFixed(2));
t0=performance.now(); for (const a of arts) extractArticle(a.text, String(a.published)); s=(performance.now()-t0)/1000; console.log("full MB/s", (bytes/1e6/s).toFixed(2));
