// The HTTP server around the Remix build: security headers and the Origin check on every
// request, static assets, and the load context for loaders and actions.
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { lessonApi } from "./lesson-api";
import { isAllowedOrigin } from "./origin-check";
import { createNonce, securityHeaders } from "./security-headers";

export interface AppOptions {
  build: ServerBuild | (() => Promise<ServerBuild>);
  production: boolean;
  appUrl: string;
  /** Number of reverse proxies in front of the app whose X-Forwarded-* headers are trusted. */
  trustProxy: number;
  /** Where the compiled browser assets are (served under /build/, cached for a year). */
  assetsDirectory: string;
  /** Hand-made static files such as the favicon. */
  staticDirectory: string;
  mode: string;
}

export function createApp(options: AppOptions) {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy);

  app.use((req, res, next) => {
    const nonce = createNonce();
    res.locals.cspNonce = nonce;
    for (const [name, value] of Object.entries(securityHeaders({ nonce, production: options.production, https: options.appUrl.startsWith("https:") }))) {
      res.setHeader(name, value);
    }
    next();
  });

  app.use((req, res, next) => {
    const forwardedHost = options.trustProxy > 0 ? req.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
    const allowed = isAllowedOrigin({ method: req.method, origin: req.get("origin"), host: forwardedHost || req.get("host") });
    if (allowed) return next();
    console.warn(`refused ${req.method} ${req.path}: origin ${req.get("origin") ?? "(none)"} is not this site`);
    res
      .status(403)
      .type("text/plain; charset=utf-8")
      .send("403 Verboden: dit formulier kwam niet van Signaal zelf. Ga terug, laad de pagina opnieuw en probeer het nog eens.");
  });

  // Before the static files and Remix: a saved choice is the most frequent request there is.
  app.use(lessonApi(options.build));

  app.use(
    "/build",
    express.static(options.assetsDirectory, { immutable: true, maxAge: "1y", index: false }),
  );
  app.use(express.static(options.staticDirectory, { maxAge: "1h", index: false }));

  // Pages and data carry personal progress: no cache keeps them, and the back button after
  // logging out does not show them. Routes that may be cached set their own header, which
  // Remix adds to the response (append, not set), so the default goes in only at the end.
  app.use((req, res, next) => {
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (!res.hasHeader("Cache-Control")) res.setHeader("Cache-Control", "private, no-store");
      return writeHead.apply(this, args);
    } as typeof writeHead;
    next();
  });

  app.all(
    "*",
    createRequestHandler({
      build: options.build,
      mode: options.mode,
      getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce as string, clientIp: req.ip ?? "unknown" }),
    }),
  );
  return app;
}
