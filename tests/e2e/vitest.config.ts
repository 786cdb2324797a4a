// The browser tests: Signaal started as `npm start` would, driven through Debian's Chromium.
// One fork, one file at a time: every file starts its own server and browser, and two
// servers building or seeding at once would only slow each other down.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig({
  root: projectRoot,
  resolve: { alias: { "~": fileURLToPath(new URL("../../app", import.meta.url)) } },
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    environment: "node",
    pool: "forks",
    poolOptions: { forks: { singleFork: true } },
    fileParallelism: false,
    sequence: { concurrent: false, shuffle: false },
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // A failed journey is worth reading, not retrying.
    retry: 0,
  },
});
