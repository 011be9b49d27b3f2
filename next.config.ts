import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // Lets two builds (say, a benchmark and the e2e suite) live side by side without clobbering.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
};

export default nextConfig;
