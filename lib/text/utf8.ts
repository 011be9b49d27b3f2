// Bytes from outside (article files, uploads) become text only when they are what they claim:
// UTF-8 throughout, with no NUL byte. A problem is named with where it is, instead of surfacing
// later as a JSON parse error or as U+FFFD in a stored article.

const BOM = [0xef, 0xbb, 0xbf];

export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

export interface DecodeOptions {
  /** What to do with a leading byte order mark: drop it (spreadsheets often write one), or refuse it. */
  bom: "strip" | "refuse";
}

/** 1-based line of a byte offset. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    // Lead byte → length and the allowed range of the second byte (no overlongs, no surrogates, ≤ U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k < length; k += 1) {
      const byte = bytes[i + k];
      if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/** The text of UTF-8 bytes, or what is wrong with them and where. */
export function decodeUtf8(bytes: Uint8Array, options: DecodeOptions): Decoded {
  const hasBom = BOM.every((byte, index) => bytes[index] === byte);
  if (hasBom && options.bom === "refuse") {
    return { ok: false, problem: "starts with a UTF-8 byte order mark (BOM): save it as UTF-8 without a BOM" };
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    const byte = bytes[invalid].toString(16).toUpperCase().padStart(2, "0");
    return { ok: false, problem: `is not valid UTF-8: byte 0x${byte} at offset ${invalid} (line ${lineAt(bytes, invalid)}); save it as UTF-8` };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, problem: `holds a NUL byte at offset ${nul} (line ${lineAt(bytes, nul)}): it is binary, or not UTF-8 (UTF-16?)` };
  // TextDecoder drops a leading BOM.
  return { ok: true, text: new TextDecoder("utf-8").decode(bytes) };
}
