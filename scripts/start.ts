// `npm start`: builds the app when the build is missing or older than the source, brings
// the database up to date, adds the demo data to an empty database and publishes the
// courses in content/ (both unless this is a production start), and serves Signaal.
import fs from "node:fs";
import { createDatabase } from "../app/db/create-database.server";
import { readDatabaseConfig } from "../app/db/database-config.server";
import { prepareDatabase } from "./lib/prepare-database";
import { BUILD_ENTRY, ensureBuild } from "./lib/build";
import { projectRoot } from "./lib/prisma-cli";

const callerIsProduction = process.env.NODE_ENV === "production";
const withDemo = process.env.SEED_DEMO ? process.env.SEED_DEMO === "1" : !callerIsProduction;
// Set before anything loads React (publishing renders lessons with it): React picks its
// production or development build once, when first loaded, and the server keeps that one.
process.env.NODE_ENV = "production";

// A production deploy builds explicitly (npm run build) and may ship without app/ sources.
if (!callerIsProduction || !fs.existsSync(BUILD_ENTRY)) {
  try {
    ensureBuild();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
const config = readDatabaseConfig();
try {
  await prepareDatabase(config);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (withDemo) {
  const { seedDemoIfEmpty } = await import("./lib/demo-data");
  const { publishContentFolder } = await import("./lib/publish-content");
  const db = createDatabase(config);
  if (await seedDemoIfEmpty(db)) console.log("Demo data added (see README for the demo accounts).");
  // "any": content/ as it was when an author took the course into the browser editor must
  // not come back as a new version on every start, reverting what was published since.
  await publishContentFolder(db, console.log, { unchangedWhen: "any" });
  await db.$disconnect();
}

const { startServer } = await import("../app/server/main");
await startServer(projectRoot);
