// What the HTTP server hands to every loader and action besides the request.
declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce?: string;
    /** The client's address as the server sees it (after trusted proxies). */
    clientIp?: string;
  }
  interface Future {
    v3_singleFetch: true;
  }
}

export {};
