// One app instance's job runner in a process of its own, for tests/jobs/instances.test.ts: it
// waits for the agreed start time, runs every due "test.job" (each run leaves an outbox row
// naming the job and this instance), and exits when the queue is empty.
import { createDatabase } from "../../app/db/create-database.server";
import { readDatabaseConfig } from "../../app/db/database-config.server";
import { createJobRunner } from "../../app/jobs/runner.server";

const owner = process.env.INSTANCE ?? `instance-${process.pid}`;
const db = createDatabase(readDatabaseConfig());
const runner = createJobRunner({
  db,
  owner,
  handlers: {
    "test.job": {
      async run(_payload, { job }) {
        await db.outboxMessage.create({ data: { recipient: owner, subject: job.id, text: "", transport: "test" } });
        await new Promise((resolve) => setTimeout(resolve, 5));
      },
    },
  },
});
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(process.env.START_AT) - Date.now())));
let ran = 0;
for (let round = 0; round < 3; round += 1) ran += await runner.round();
await db.$disconnect();
console.log(JSON.stringify({ owner, ran }));
