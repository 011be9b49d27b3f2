import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Lets two builds (say, a benchmark and the e2e suite) live side by side without clobbering.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Only the embeddable timeline may be shown inside other sites' pages; every other page (and
  // file) refuses to be framed, against clickjacking. CSP frame-ancestors is the rule browsers
  // follow; X-Frame-Options is for those that predate it (and must be absent where framing is allowed).
  async headers() {
    return [
      { source: "/embed", headers: [{ key: "Content-Security-Policy", value: "frame-ancestors *" }] },
      {
        source: "/:path((?!embed$).*)",
        headers: [
          { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
