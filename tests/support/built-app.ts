// The production build in Express, served in-process on a free loopback port, as the HTTP
// tests meet it.
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { createApp } from "../../app/server/create-app";
import { BUILD_ENTRY } from "../../scripts/lib/build";
import { projectRoot } from "../../scripts/lib/prisma-cli";

export interface BuiltApp {
  /** e.g. http://127.0.0.1:43121 */
  base: string;
  close(): Promise<void>;
}

export async function startBuiltApp(): Promise<BuiltApp> {
  const build = (await import(pathToFileURL(BUILD_ENTRY).href)) as ServerBuild;
  const app = createApp({
    build,
    mode: "production",
    production: true,
    appUrl: "http://localhost:3000",
    trustProxy: 0,
    assetsDirectory: path.join(projectRoot, "build", "client"),
    staticDirectory: path.join(projectRoot, "app", "static"),
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
