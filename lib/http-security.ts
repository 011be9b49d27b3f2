// The security headers Chronicle answers with, and which request headers it believes. Pages get
// a Content-Security-Policy with a fresh nonce per request (proxy.ts): only scripts carrying it,
// and those they load, run, so text from an article that slipped into the markup as HTML could
// not run as script. Everything else (API answers, files) gets a policy that allows nothing.

/** Headers on every answer: no MIME sniffing (a JSON answer is never run as a script or page), and only the origin leaves as a referrer. */
export const COMMON_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

/** The policy of answers that are not pages: nothing may load from them, nothing may frame them. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * A page's policy. `framable`: the embed, which other sites show in iframes. Styles allow
 * the nonce too (Next.js marks its own inline styles with it); style attributes are not allowed.
 */
export function pageCsp(nonce: string, framable: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${framable ? "*" : "'none'"}`,
  ].join("; ");
}

/** A nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The request header carrying the page's nonce to the server components that render inline elements. */
export const NONCE_HEADER = "x-nonce";

const TRUTHY = new Set(["1", "true", "yes"]);

/**
 * Whether X-Forwarded-Host and X-Forwarded-Proto are believed: only when the operator says a
 * proxy in front of Chronicle sets them (CHRONICLE_TRUST_PROXY=1). Otherwise any client could
 * name the host and protocol of the addresses Chronicle writes into its answers.
 */
export function trustsProxy(env: Record<string, string | undefined> = process.env): boolean {
  return TRUTHY.has((env.CHRONICLE_TRUST_PROXY ?? "").trim().toLowerCase());
}

/** Whether a request target's path is percent-encoded UTF-8 (`/events/%FF` is not): Next.js fails on one that is not, with a bare 500. */
export function hasDecodablePath(target: string): boolean {
  const path = target.split(/[?#]/, 1)[0];
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The 400 for a request whose path is not percent-encoded UTF-8, with every header a non-page answer carries. */
export function undecodablePathAnswer(): { status: number; headers: Record<string, string>; body: string } {
  return {
    status: 400,
    headers: {
      ...COMMON_SECURITY_HEADERS,
      "Content-Security-Policy": NON_PAGE_CSP,
      "X-Frame-Options": "DENY",
      "Content-Type": "application/json",
      "Cache-Control": "no-store",
    },
    body: JSON.stringify({ error: "the address's path is not valid percent-encoded UTF-8" }),
  };
}
