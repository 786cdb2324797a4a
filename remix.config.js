/** @type {import('@remix-run/dev').AppConfig} */
export default {
  // Route modules live in app/routes; files starting with "_parts" hold shared route UI.
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}", "**/_parts/**"],
  serverModuleFormat: "esm",
  // Build output stays under build/ (git-ignored); hand-made static files live in app/static.
  serverBuildPath: "build/index.js",
  assetsBuildDirectory: "build/client",
  publicPath: "/build/",
  serverPlatform: "node",
  // Everything under node_modules stays external: Prisma, argon2 and better-sqlite3 load
  // native or WebAssembly code at run time and cannot be bundled.
  serverDependenciesToBundle: [],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
};
