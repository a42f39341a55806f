/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time,
  // and the Kubernetes client and pg use Node built-ins: keep them out of the bundle.
  serverExternalPackages: ['@electric-sql/pglite', '@kubernetes/client-node', 'pg'],
  // Separate build directories let several checkouts' builds run side by side (NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  typedRoutes: false,
};

module.exports = nextConfig;
