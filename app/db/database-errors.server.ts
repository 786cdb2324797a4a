import { DATABASE_UNAVAILABLE } from "./database-error-code";

// Tells a database outage apart from every other failure, so that it can be answered
// with 503 and a message that says what is wrong instead of a generic 500.

const UNAVAILABLE_CODES = new Set([
  "P1000", // authentication failed
  "P1001", // cannot reach the server
  "P1002", // server timed out
  "P1003", // database does not exist
  "P1008", // operation timed out (SQLite busy)
  "P1017", // server closed the connection
  "P2024", // timed out waiting for a pooled connection
]);

const UNAVAILABLE_MESSAGES =
  /ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|Connection terminated|timeout exceeded when trying to connect|password authentication failed|database .* does not exist|unable to open database file|SQLITE_CANTOPEN|SQLITE_BUSY|database is locked|Can't reach database server|DatabaseNotReachable|AuthenticationFailed|DatabaseDoesNotExist|not currently accepting connections|terminating connection due to administrator command|the database system is (starting up|shutting down)|Connection terminated unexpectedly|too many clients already|denied access|role .* does not exist/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
  const cause = (error as { cause?: unknown }).cause;
  return UNAVAILABLE_MESSAGES.test(error.message) || (cause instanceof Error && isDatabaseUnavailable(cause));
}

export class DatabaseUnavailableError extends Error {
  name = "DatabaseUnavailableError";
  constructor(cause: unknown) {
    super("The database is unreachable", { cause });
  }
}


export function databaseUnavailableResponse(): Response {
  return new Response(JSON.stringify({ error: DATABASE_UNAVAILABLE }), {
    status: 503,
    statusText: DATABASE_UNAVAILABLE,
    headers: { "Content-Type": "application/json; charset=utf-8", "Retry-After": "30" },
  });
}

/** Whether something thrown means the database could not be reached (as a response or not). */
export function isOutage(error: unknown): boolean {
  if (error instanceof Response) return error.status === 503 && error.statusText === DATABASE_UNAVAILABLE;
  return error instanceof DatabaseUnavailableError || isDatabaseUnavailable(error);
}
