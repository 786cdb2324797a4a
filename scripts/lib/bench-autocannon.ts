// A typed wrapper around autocannon's programmatic API for `npm run bench`. autocannon ships
// no type declarations, so this module declares the few result fields the bench reads and checks them.
import { createRequire } from "node:module";

/** Per-connection state autocannon hands to a scripted request; it starts empty and is cleared after the last of `requests`. */
export type ConnectionContext = Record<string, unknown>;

/** One request of a scripted load: autocannon calls setupRequest before each send and onResponse after each answer, on the same connection's context. */
export interface ScriptedRequest {
  method?: "GET" | "POST";
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: ScriptedRequest, context: ConnectionContext) => ScriptedRequest;
  onResponse?: (status: number, body: string, context: ConnectionContext) => void;
}

export interface LoadTest {
  url: string;
  headers?: Record<string, string>;
  method?: "GET" | "POST";
  body?: string;
  connections: number;
  /** Either a duration or an amount: `amount` requests spread over the connections, then stop. */
  durationSeconds?: number;
  amount?: number;
  requests?: ScriptedRequest[];
}

export interface LoadResult {
  /** Mean of the per-second request counts autocannon sampled. */
  requestsPerSecond: number;
  latencyP99Ms: number;
  completedRequests: number;
  /** Responses with a 2xx status, and how long the load ran, to count successes per second. */
  ok: number;
  elapsedSeconds: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Responses per HTTP status code, e.g. { "200": 5120 }. */
  statusCounts: Record<string, number>;
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p99: number };
  "2xx": number;
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}

type Autocannon = (
  options: Record<string, unknown>,
  callback: (error: Error | null, result: AutocannonResult) => void,
) => unknown;

const require = createRequire(import.meta.url);
const autocannon = require("autocannon") as Autocannon;

function finiteNumber(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new Error(`autocannon returned no usable ${field} (got ${String(value)})`);
  }
  return value;
}

export function runLoadTest(test: LoadTest): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: test.url,
        headers: test.headers ?? {},
        method: test.method ?? "GET",
        body: test.body,
        connections: test.connections,
        ...(test.amount === undefined ? { duration: test.durationSeconds } : { amount: test.amount }),
        ...(test.requests ? { requests: test.requests } : {}),
      },
      (error, result) => {
        if (error) return reject(error);
        try {
          const statusCounts: Record<string, number> = {};
          for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) statusCounts[status] = stats.count;
          resolve({
            requestsPerSecond: finiteNumber(result.requests?.average, "requests.average"),
            latencyP99Ms: finiteNumber(result.latency?.p99, "latency.p99"),
            completedRequests: finiteNumber(result.requests?.total, "requests.total"),
            ok: finiteNumber(result["2xx"], "2xx"),
            elapsedSeconds: finiteNumber(result.duration, "duration"),
            non2xx: finiteNumber(result.non2xx, "non2xx"),
            errors: finiteNumber(result.errors, "errors"),
            timeouts: finiteNumber(result.timeouts, "timeouts"),
            statusCounts,
          });
        } catch (invalid) {
          reject(invalid);
        }
      },
    );
  });
}
