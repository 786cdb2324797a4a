// Generates the Prisma client for both providers, so that DATABASE_URL alone decides at
// run time which database Signaal uses. Runs after every npm install.
import { runPrisma } from "./lib/prisma-cli";

for (const [name, databaseUrl] of [
  ["sqlite", "file:./data/signaal.db"],
  ["postgresql", "postgresql://localhost/unused"],
] as const) {
  const result = runPrisma(["generate", "--no-hints"], { databaseUrl, quiet: true });
  if (result.status !== 0) {
    console.error(`prisma generate (${name}) failed:\n${result.stdout}${result.stderr}`);
    process.exit(result.status);
  }
}
console.log("Prisma clients generated for SQLite and PostgreSQL");
