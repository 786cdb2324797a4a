// Applies the committed migrations to the database DATABASE_URL names.
//   npm run db:deploy
import { describeDatabase, readDatabaseConfig } from "../app/db/database-config.server";
import { prepareDatabase } from "./lib/prepare-database";

const config = readDatabaseConfig();
try {
  await prepareDatabase(config);
  console.log(`Migrations applied to ${describeDatabase(config)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
