// Cross-site request forgery defence: a request that changes something must come from a
// page of this site. Browsers send Origin with every POST, so a missing one is refused too.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginCheckInput {
  method: string;
  origin: string | undefined;
  /** Host header of the request as received. */
  host: string | undefined;
  /** "http" or "https", as the server (or a trusted proxy) saw it. */
  protocol: string;
  /** The configured public URL (APP_URL), whose origin is always allowed. */
  appUrl: string;
}

export function isAllowedOrigin(input: OriginCheckInput): boolean {
  if (SAFE_METHODS.has(input.method.toUpperCase())) return true;
  if (!input.origin || input.origin === "null") return false;
  const allowed = new Set([new URL(input.appUrl).origin]);
  if (input.host) allowed.add(`${input.protocol}://${input.host}`);
  return allowed.has(input.origin);
}
