/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time,
  // and the Kubernetes client and pg use Node built-ins: keep them out of the bundle.
  serverExternalPackages: ['@electric-sql/pglite', '@kubernetes/client-node', 'pg'],
  // Separate build directories let several checkouts' builds run side by side (NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  typedRoutes: false,
  logging: {
    // `next dev` prints every server function's arguments by default: the cluster forms' would
    // be bearer tokens, client keys and kubeconfigs, the sign-up form's a password.
    serverFunctions: false,
    // Browser console output stays in the browser (this is Next's default; pinned on purpose).
    browserToTerminal: false,
  },
};

module.exports = nextConfig;
