// Who is asking: reads the session cookie, checks the session and its limits, and offers
// the require-helpers that every loader and action calls.
import { redirect } from "@remix-run/node";
import type { SchoolRole, Sector } from ".prisma/signaal-sqlite";
import { db } from "~/db.server";
import { type Role, homePathFor } from "./roles";
import { SESSION_USER_SELECT, type SessionUserRow } from "./session-adapter.server";
import { SESSION_ABSOLUTE_LIFETIME_MS, lucia } from "./lucia.server";

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  locale: "nl" | "en";
  roles: Role[];
  schools: { id: string; name: string; sector: Sector; role: SchoolRole }[];
}

export interface CurrentSession {
  user: SessionUser;
  sessionId: string;
}

type Lookup =
  | { state: "anonymous" }
  | { state: "ended" } // the cookie named a session that is gone, expired or revoked
  | ({ state: "active" } & CurrentSession);

const lookups = new WeakMap<Request, Promise<Lookup>>();

/** Remix runs the loaders of one request in parallel; they share one session lookup. */
function lookUpSession(request: Request): Promise<Lookup> {
  let lookup = lookups.get(request);
  if (!lookup) {
    lookup = readSession(request.headers.get("Cookie"));
    lookups.set(request, lookup);
  }
  return lookup;
}

async function readSession(cookieHeader: string | null): Promise<Lookup> {
  const sessionId = lucia.readSessionCookie(cookieHeader ?? "");
  if (!sessionId) return { state: "anonymous" };
  const { session, user } = await lucia.validateSession(sessionId);
  if (!session || !user) return { state: "ended" };
  const startedTooLongAgo = Date.now() - session.createdAt.getTime() > SESSION_ABSOLUTE_LIFETIME_MS;
  const startedBeforePasswordChange = session.createdAt < user.passwordChangedAt;
  if (startedTooLongAgo || startedBeforePasswordChange || user.deactivatedAt) {
    await lucia.invalidateSession(session.id);
    return { state: "ended" };
  }
  return { state: "active", sessionId: session.id, user: toSessionUser(user) };
}

function toSessionUser(user: SessionUserRow): SessionUser {
  const roles: Role[] = [];
  if (user.platformRole === "ADMIN") roles.push("admin");
  if (user.platformRole === "AUTHOR") roles.push("author");
  for (const membership of user.memberships) {
    const role: Role = membership.role === "COORDINATOR" ? "coordinator" : "teacher";
    if (!roles.includes(role)) roles.push(role);
  }
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    locale: user.locale,
    roles,
    schools: user.memberships.map((membership) => ({ ...membership.school, role: membership.role })),
  };
}

/** The user as a session would see them, e.g. to choose the start page right after login. */
export async function loadSessionUser(userId: string): Promise<SessionUser> {
  return toSessionUser(await db.user.findUniqueOrThrow({ where: { id: userId }, select: SESSION_USER_SELECT }));
}

export async function getCurrentSession(request: Request): Promise<CurrentSession | null> {
  const lookup = await lookUpSession(request);
  return lookup.state === "active" ? lookup : null;
}

/** The signed-in user named by a Cookie header, for the JSON endpoints outside Remix (app/server). */
export async function userFromCookie(cookieHeader: string | null): Promise<SessionUser | null> {
  const lookup = await readSession(cookieHeader);
  return lookup.state === "active" ? lookup.user : null;
}

export async function getUser(request: Request): Promise<SessionUser | null> {
  return (await getCurrentSession(request))?.user ?? null;
}

function loginUrl(request: Request, reason: "login" | "ended"): string {
  const url = new URL(request.url);
  const params = new URLSearchParams({ redirectTo: `${url.pathname}${url.search}` });
  if (reason === "ended") params.set("sessie", "verlopen");
  return `/login?${params.toString()}`;
}

/** The signed-in user, or a redirect to the login page that returns here afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const lookup = await lookUpSession(request);
  if (lookup.state === "active") return lookup.user;
  if (lookup.state === "ended") {
    throw redirect(loginUrl(request, "ended"), {
      headers: { "Set-Cookie": lucia.createBlankSessionCookie().serialize() },
    });
  }
  throw redirect(loginUrl(request, "login"));
}

export function forbidden(): Response {
  return new Response("Forbidden", { status: 403, statusText: "Forbidden" });
}

/** The signed-in user if they hold one of the roles; 403 otherwise. */
export async function requireRole(request: Request, allowed: Role | readonly Role[]): Promise<SessionUser> {
  const user = await requireUser(request);
  const roles = typeof allowed === "string" ? [allowed] : allowed;
  if (!user.roles.some((role) => roles.includes(role))) throw forbidden();
  return user;
}

/**
 * For pages about one school: its coordinators, and SSV administrators, may proceed;
 * a coordinator of another school gets 403 like anyone else.
 */
export async function requireSchoolCoordinator(request: Request, schoolId: string): Promise<SessionUser> {
  const user = await requireRole(request, ["coordinator", "admin"]);
  if (user.roles.includes("admin")) return user;
  const coordinates = user.schools.some((school) => school.id === schoolId && school.role === "COORDINATOR");
  if (!coordinates) throw forbidden();
  return user;
}

export async function requireAnonymous(request: Request): Promise<void> {
  const user = await getUser(request);
  if (user) throw redirect(homePathFor(user.roles));
}

/** Starts a fresh session (a new id, so a planted cookie is never promoted) and sends its cookie. */
export async function startSession(userId: string, previousSessionId: string | null): Promise<string> {
  if (previousSessionId) await lucia.invalidateSession(previousSessionId);
  const session = await lucia.createSession(userId, { createdAt: new Date() });
  return lucia.createSessionCookie(session.id).serialize();
}

export async function endSession(request: Request): Promise<string> {
  const sessionId = lucia.readSessionCookie(request.headers.get("Cookie") ?? "");
  if (sessionId) await lucia.invalidateSession(sessionId);
  return lucia.createBlankSessionCookie().serialize();
}

export function readSessionId(request: Request): string | null {
  return lucia.readSessionCookie(request.headers.get("Cookie") ?? "");
}

/** Ends every session of a user, e.g. after a password change or deactivation. */
export async function endAllSessions(userId: string): Promise<void> {
  await lucia.invalidateUserSessions(userId);
}

export { homePathFor };
