// Applies the committed migrations to the database DATABASE_URL names; with --demo it also
// adds the demo data to a database without users.
//   npm run db:deploy [-- --demo]
import { createDatabase } from "../app/db/create-database.server";
import { describeDatabase, readDatabaseConfig } from "../app/db/database-config.server";
import { seedDemoIfEmpty } from "./lib/demo-data";
import { prepareDatabase } from "./lib/prepare-database";

const config = readDatabaseConfig();
try {
  await prepareDatabase(config);
  console.log(`Migrations applied to ${describeDatabase(config)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (process.argv.includes("--demo")) {
  const db = createDatabase(config);
  if (await seedDemoIfEmpty(db)) console.log("Demo data added.");
  await db.$disconnect();
}
