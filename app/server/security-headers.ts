// Security headers for every response the server sends, pages, assets and errors alike.
import { randomBytes } from "node:crypto";

export function createNonce(): string {
  return randomBytes(16).toString("base64");
}

export function securityHeaders(options: { nonce: string; production: boolean; https: boolean }): Record<string, string> {
  const scriptSources = ["'self'", `'nonce-${options.nonce}'`];
  // The lesson editor (CodeMirror) injects a <style> element carrying this nonce; style
  // attributes and other inline styles stay forbidden.
  const styleSources = ["'self'", `'nonce-${options.nonce}'`];
  // Remix's development live reload connects over a websocket.
  const connectSources = options.production ? ["'self'"] : ["'self'", "ws:"];
  const contentSecurityPolicy = [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    `style-src ${styleSources.join(" ")}`,
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connectSources.join(" ")}`,
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    "Content-Security-Policy": contentSecurityPolicy,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
