import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit, route and server tests. Each worker gets its own database, copied from a template
// that global setup migrates once: SQLite by default, PostgreSQL when TEST_DATABASE=postgresql.
// Browser tests have their own config in tests/e2e/.
export default defineConfig({
  resolve: { alias: { "~": path.resolve(__dirname, "app") } },
  test: {
    include: ["app/**/*.test.{ts,tsx}", "tests/**/*.test.{ts,tsx}"],
    exclude: ["tests/e2e/**", "node_modules/**", "build/**"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/worker-setup.ts"],
    environment: "node",
    pool: "forks",
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    restoreMocks: true,
  },
});
