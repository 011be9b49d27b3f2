// HTML for formats whose text fields are HTML (TimelineJS): escaping what Chronicle writes,
// and flattening what other tools wrote to plain text, since imported text is shown only as text.

const HTML_SPECIAL = /[&<>"']/g;
const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const BLOCK_BREAK = /<\s*(?:br\s*\/?|\/\s*(?:p|div|li|blockquote|h[1-6]|tr))\s*>/gi;
const SCRIPT_OR_STYLE = /<\s*(script|style)\b[^>]*>[\s\S]*?<\s*\/\s*\1\s*>/gi;
const TAG = /<[^>]*>/g;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const SPACES = /[ \t\u00a0]+/g;
const BLANK_LINES = /\s*\n\s*/g;
const HREF = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

export function escapeHtml(text: string): string {
  return text.replace(HTML_SPECIAL, (char) => HTML_ESCAPES[char]);
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    const codePoint = decimal !== undefined ? Number(decimal) : parseInt(hex ?? "", 16);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  });
}

/** The text a reader sees: tags dropped, block ends as line breaks, entities decoded. */
export function htmlToText(html: string): string {
  const withBreaks = html.replace(SCRIPT_OR_STYLE, "").replace(BLOCK_BREAK, "\n");
  return decodeEntities(withBreaks.replace(TAG, ""))
    .replace(SPACES, " ")
    .replace(BLANK_LINES, "\n")
    .trim();
}

/** The targets of the links in an HTML fragment, entities decoded, in document order. */
export function linkTargets(html: string): string[] {
  return [...html.matchAll(HREF)].map((match) => decodeEntities((match[1] ?? match[2] ?? match[3]).trim()));
}
