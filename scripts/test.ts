// `npm test`: the whole suite. Unit, route and server tests on SQLite; the same tests on
// PostgreSQL when TEST_POSTGRESQL_URL names a server (e.g. postgresql://postgres@127.0.0.1:5432/postgres);
// then the browser tests. Exits non-zero when any test fails.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { projectRoot } from "./lib/prisma-cli";

interface Suite {
  name: string;
  args: string[];
  env: Record<string, string>;
}

const resultsDirectory = path.join(projectRoot, "tests", ".artifacts", "results");
fs.rmSync(resultsDirectory, { recursive: true, force: true });
fs.mkdirSync(resultsDirectory, { recursive: true });

const suites: Suite[] = [{ name: "sqlite", args: [], env: { TEST_DATABASE: "sqlite" } }];
if (process.env.TEST_POSTGRESQL_URL) {
  suites.push({ name: "postgresql", args: [], env: { TEST_DATABASE: "postgresql" } });
} else {
  console.log("TEST_POSTGRESQL_URL is not set: the PostgreSQL run is skipped (CI sets it).");
}
suites.push({ name: "browser", args: ["--config", "tests/e2e/vitest.config.ts"], env: {} });

const vitest = path.join(projectRoot, "node_modules", "vitest", "vitest.mjs");
let passed = 0;
let failed = 0;
const failedSuites: string[] = [];

for (const suite of suites) {
  console.log(`\n=== ${suite.name} ===`);
  const outputFile = path.join(resultsDirectory, `${suite.name}.json`);
  const run = spawnSync(
    process.execPath,
    [vitest, "run", ...suite.args, "--reporter=default", "--reporter=json", `--outputFile.json=${outputFile}`],
    { cwd: projectRoot, stdio: "inherit", env: { ...process.env, ...suite.env } },
  );
  if (fs.existsSync(outputFile)) {
    const report = JSON.parse(fs.readFileSync(outputFile, "utf8")) as { numPassedTests: number; numFailedTests: number };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  if (run.status !== 0) failedSuites.push(suite.name);
}

console.log(failedSuites.length ? `\nfailed suites: ${failedSuites.join(", ")}` : "\nall suites passed");
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSuites.length ? 1 : 0);
