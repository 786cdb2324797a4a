// A typed wrapper around autocannon's programmatic API for `npm run bench`. autocannon ships
// no type declarations, so this module declares the few result fields the bench reads and checks them.
import { createRequire } from "node:module";

export interface LoadTest {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
}

export interface LoadResult {
  /** Mean of the per-second request counts autocannon sampled. */
  requestsPerSecond: number;
  latencyP99Ms: number;
  completedRequests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Responses per HTTP status code, e.g. { "200": 5120 }. */
  statusCounts: Record<string, number>;
}

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p99: number };
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
        connections: test.connections,
        duration: test.durationSeconds,
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
