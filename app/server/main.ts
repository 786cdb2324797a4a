// Starts Signaal's HTTP server on PORT and stops it gracefully on SIGTERM or SIGINT:
// no new connections, running requests finish (up to a limit), then the database closes.
import { once } from "node:events";
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import { parseEnv } from "../env.server";
import { describeDatabase } from "../db/database-config.server";
import { createApp } from "./create-app";

const SHUTDOWN_GRACE_MS = 10_000;

export async function startServer(root = process.cwd()): Promise<Server> {
  const env = parseEnv();
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
    server.close(async () => {
      const database = (globalThis as { signaalDatabase?: { $disconnect(): Promise<void> } }).signaalDatabase;
      await database?.$disconnect().catch(() => undefined);
      console.log("stopped");
      process.exit(0);
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await startServer();
}
