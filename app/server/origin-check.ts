// Cross-site request forgery defence: a request that changes something must come from a
// page of this site. Browsers send Origin with every POST, so a missing one is refused too.
// Like Remix's own action check, the Origin's host must equal the host the request was
// sent to (the proxy's X-Forwarded-Host when a trusted proxy is in front).

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginCheckInput {
  method: string;
  origin: string | undefined;
  /** The host the browser addressed: Host, or X-Forwarded-Host behind a trusted proxy. */
  host: string | undefined;
}

export function isAllowedOrigin({ method, origin, host }: OriginCheckInput): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  if (!origin || origin === "null" || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
