import type { NextConfig } from "next";
import { COMMON_SECURITY_HEADERS, NON_PAGE_CSP } from "./lib/http-security";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Lets two builds (say, a benchmark and the e2e suite) live side by side without clobbering.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Only the embeddable timeline may be shown inside other sites' pages; every other page (and
  // file) refuses to be framed, against clickjacking. CSP frame-ancestors is the rule browsers
  // follow; X-Frame-Options is for those that predate it (and must be absent where framing is allowed).
  // Pages get their Content-Security-Policy, with a nonce, from proxy.ts; this one is for the rest.
  async headers() {
    return [
      { source: "/:path*", headers: Object.entries(COMMON_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) },
      { source: "/:path((?!embed$).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      { source: "/:path((?!embed$).*)", headers: [{ key: "Content-Security-Policy", value: NON_PAGE_CSP }] },
    ];
  },
};

export default nextConfig;
