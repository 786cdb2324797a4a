// Starts Signaal's HTTP server on PORT, then the job runner (unless JOBS=off), and stops both
// gracefully on SIGTERM or SIGINT: no new connections, running requests and the running job
// finish (up to a limit), then the database closes.
import { once } from "node:events";
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import { parseEnv } from "../env.server";
import { describeDatabase } from "../db/database-config.server";
import { readJobsConfig } from "../jobs/config";
import type { JobRunner } from "../jobs/runner.server";
import { createApp } from "./create-app";

const SHUTDOWN_GRACE_MS = 10_000;

export async function startServer(root = process.cwd()): Promise<Server> {
  const env = parseEnv();
  const jobsConfig = readJobsConfig();
  const buildPath = path.join(root, "build", "index.js");
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
  const app = createApp({
    build,
    mode: env.NODE_ENV,
    production: env.isProduction,
    appUrl: env.appUrl,
    trustProxy: Number(process.env.TRUST_PROXY ?? 0),
    assetsDirectory: path.join(root, "build", "client"),
    staticDirectory: path.join(root, "app", "static"),
  });

  const server = app.listen(env.PORT);
  let stopping = false;
  server.on("request", (_request, response) => {
    if (stopping) response.setHeader("Connection", "close");
  });
  server.keepAliveTimeout = 65_000;
  try {
    await once(server, "listening");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      console.error(
        `Port ${env.PORT} is already in use. Stop the program that uses it, or start Signaal on another port: PORT=${env.PORT + 1} npm start`,
      );
    } else {
      console.error(`Could not start the server: ${String(error)}`);
    }
    process.exit(1);
  }
  console.log(`Signaal is running at ${env.appUrl} (${env.NODE_ENV}, ${describeDatabase(env.database)})`);
  if (env.NODE_ENV === "development") await broadcastDevReady(build);

  // The runner's modules load after the server is up, so they do not delay serving.
  let jobs: Promise<JobRunner | null> = Promise.resolve(null);

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing running requests, then stopping`);
    const forceTimer = setTimeout(() => {
      console.warn("requests still running after the grace period; closing their connections");
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS);
    forceTimer.unref();
    // Keep-alive connections that finish their request while we stop are closed at once.
    const closer = setInterval(() => server.closeIdleConnections(), 100);
    closer.unref();
    // A job still running after the grace period keeps its lease; another instance takes it
    // over once the lease runs out.
    const jobsStopped = jobs.then(async (runner) => {
      if (!runner) return;
      await runner.stop({ timeoutMs: SHUTDOWN_GRACE_MS });
      console.log("job runner stopped");
    });
    server.close(async () => {
      await jobsStopped.catch(() => undefined);
      const database = (globalThis as { signaalDatabase?: { $disconnect(): Promise<void> } }).signaalDatabase;
      await database?.$disconnect().catch(() => undefined);
      console.log("stopped");
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  if (jobsConfig.enabled) {
    jobs = import("../jobs/start.server")
      // A stop that came while the modules loaded finds no runner to wait for.
      .then(({ startJobRunner }) => (stopping ? null : startJobRunner(jobsConfig)))
      .catch((error: unknown) => {
        console.error(`The job runner could not start: ${String(error)}`);
        return null;
      });
  } else {
    console.log("job runner off (JOBS=off)");
  }
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await startServer();
}
