// Fills an empty database with the demo data. Refuses a database that already has users.
//   npm run db:seed
import { createDatabase } from "../app/db/create-database.server";
import { readDatabaseConfig } from "../app/db/database-config.server";
import { hasAnyUser, seedDemo } from "./lib/demo-data";

const db = createDatabase(readDatabaseConfig());
try {
  if (await hasAnyUser(db)) {
    console.log("The database already has users; the demo data was not added.");
  } else {
    await seedDemo(db);
    console.log("Demo data added.");
  }
} finally {
  await db.$disconnect();
}
