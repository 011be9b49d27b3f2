// Unicode's explicit directional controls in untrusted text. An embedding (LRE, RLE), override
// (LRO, RLO) or isolate (LRI, RLI, FSI) left open runs to the end of the paragraph: an article
// title ending in RLO would reverse whatever the page shows after it. Fields are stored with
// every control they open closed at their end, which keeps all offsets into them as they were.

const EMBEDDING_OPENERS = new Set(["\u202A", "\u202B", "\u202D", "\u202E"]); // LRE RLE LRO RLO
const POP_DIRECTIONAL_FORMATTING = "\u202C"; // PDF
const ISOLATE_OPENERS = new Set(["\u2066", "\u2067", "\u2068"]); // LRI RLI FSI
const POP_DIRECTIONAL_ISOLATE = "\u2069"; // PDI
const CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** A paragraph separator ends every embedding and isolate (UAX #9, rule P1). */
const PARAGRAPH_END = /[\n\r\u001C-\u001E\u0085\u2029]/;

/**
 * The text with every embedding, override and isolate it leaves open closed at its end, in the
 * order UAX #9 pops them. Text that closes what it opens comes back unchanged.
 */
export function closeBidiControls(text: string): string {
  // Open controls of the last paragraph only: a paragraph separator closes everything before it.
  const stack: string[] = [];
  let lastParagraph = 0;
  for (let i = text.length - 1; i >= 0; i -= 1) {
    if (PARAGRAPH_END.test(text[i])) {
      lastParagraph = i + 1;
      break;
    }
  }
  for (const match of text.slice(lastParagraph).matchAll(CONTROLS)) {
    const control = match[0];
    if (EMBEDDING_OPENERS.has(control) || ISOLATE_OPENERS.has(control)) stack.push(control);
    else if (control === POP_DIRECTIONAL_FORMATTING) {
      // Pops the innermost embedding, unless an isolate opened after it is still open.
      if (stack.length && EMBEDDING_OPENERS.has(stack.at(-1)!)) stack.pop();
    } else {
      // PDI closes the innermost open isolate and every embedding opened inside it.
      const isolate = stack.findLastIndex((open) => ISOLATE_OPENERS.has(open));
      if (isolate >= 0) stack.length = isolate;
    }
  }
  if (!stack.length) return text;
  return text + stack.reverse().map((open) => (ISOLATE_OPENERS.has(open) ? POP_DIRECTIONAL_ISOLATE : POP_DIRECTIONAL_FORMATTING)).join("");
}
