// lucia is deprecated upstream; it stays behind this module and session.server.ts so that
// it can be replaced without touching a route.
import { Lucia, TimeSpan } from "lucia";
import { db } from "~/db.server";
import { getEnv } from "~/env.server";
import { type SessionUserRow, createSessionAdapter } from "./session-adapter.server";

export const SESSION_COOKIE_NAME = "signaal_session";
/** A session ends after this long without a request ... */
export const SESSION_IDLE_TIMEOUT = new TimeSpan(12, "h");
/** ... and in any case this long after login. */
export const SESSION_ABSOLUTE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export const lucia = new Lucia(createSessionAdapter(db), {
  sessionExpiresIn: SESSION_IDLE_TIMEOUT,
  sessionCookie: {
    name: SESSION_COOKIE_NAME,
    // The database decides when a session ends; the cookie only carries its id.
    expires: false,
    attributes: { secure: getEnv().isProduction, sameSite: "lax" },
  },
  getSessionAttributes: (attributes) => ({ createdAt: attributes.createdAt }),
  getUserAttributes: (attributes) => attributes,
});

declare module "lucia" {
  interface Register {
    Lucia: typeof lucia;
    DatabaseSessionAttributes: { createdAt: Date };
    DatabaseUserAttributes: SessionUserRow;
  }
}
