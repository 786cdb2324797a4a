// Liveness and readiness for load balancers and monitoring: 200 when the database answers,
// 503 with the reason when it does not.
import { db } from "~/db.server";
import { getEnv } from "~/env.server";

const CHECK_TIMEOUT_MS = 3_000;

export async function loader() {
  const database = getEnv().database.provider;
  const headers = { "Cache-Control": "no-store" };
  try {
    await Promise.race([
      db.$queryRawUnsafe("SELECT 1"),
      new Promise((_, reject) => setTimeout(() => reject(new Error("health check timed out")), CHECK_TIMEOUT_MS).unref()),
    ]);
    return Response.json({ status: "ok", database }, { headers });
  } catch (error) {
    console.error(`health check failed: ${error instanceof Response ? "database unavailable" : String(error)}`);
    return Response.json(
      { status: "error", database, message: "database unreachable" },
      { status: 503, headers },
    );
  }
}
