// Next.js configuration. The SQLite driver is a native addon, so the server bundle
// loads it (and the Prisma adapter wrapping it) from node_modules instead of bundling it.
import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Benchmarks build and serve a second copy (NEXT_DIST_DIR=.next-bench) beside the one
  // the browser tests use, so the two never overwrite each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
};

export default nextConfig;
