// Fills an empty database with the demo data. Refuses a database that already has users.
//   npm run db:seed
import { createDatabase } from "../app/db/create-database.server";
import { readDatabaseConfig } from "../app/db/database-config.server";
import { seedDemoIfEmpty } from "./lib/demo-data";

const db = createDatabase(readDatabaseConfig());
try {
  console.log((await seedDemoIfEmpty(db)) ? "Demo data added." : "The database already has users; the demo data was not added.");
} finally {
  await db.$disconnect();
}
