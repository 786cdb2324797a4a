// Calls route loaders and actions the way Remix does, and reads what they return or throw.
import type { ActionFunctionArgs, AppLoadContext, LoaderFunctionArgs } from "@remix-run/node";
import { lucia } from "../../app/auth/lucia.server";

export const ORIGIN = "http://localhost:3000";

export interface RequestOptions {
  method?: string;
  /** Field values; pairs when a field repeats, as checkboxes do. */
  form?: Record<string, string> | [string, string][];
  cookie?: string | null;
  headers?: Record<string, string>;
}

export function makeRequest(path: string, options: RequestOptions = {}): Request {
  const headers = new Headers(options.headers);
  if (options.cookie) headers.set("Cookie", options.cookie);
  const method = options.method ?? (options.form ? "POST" : "GET");
  if (method !== "GET") headers.set("Origin", ORIGIN);
  const body = options.form ? new URLSearchParams(options.form) : undefined;
  return new Request(new URL(path, ORIGIN), { method, headers, body });
}

type RouteFunction = (args: LoaderFunctionArgs | ActionFunctionArgs) => unknown;

export interface RouteResult {
  status: number;
  /** The data a loader or action returned (undefined for a thrown or returned Response). */
  data: unknown;
  headers: Headers;
  response: Response | null;
}

/** Runs a loader or action and normalises returned data, data() results and thrown Responses. */
export async function callRoute(
  fn: RouteFunction,
  request: Request,
  params: Record<string, string> = {},
  context: AppLoadContext = { clientIp: "192.0.2.1" },
): Promise<RouteResult> {
  let outcome: unknown;
  try {
    outcome = await fn({ request, params, context });
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, data: undefined, headers: thrown.headers, response: thrown };
    throw thrown;
  }
  if (outcome instanceof Response) return { status: outcome.status, data: undefined, headers: outcome.headers, response: outcome };
  if (isDataWithInit(outcome)) {
    return { status: outcome.init?.status ?? 200, data: outcome.data, headers: new Headers(outcome.init?.headers), response: null };
  }
  return { status: 200, data: outcome, headers: new Headers(), response: null };
}

function isDataWithInit(value: unknown): value is { data: unknown; init: ResponseInit | null } {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "DataWithResponseInit";
}

/** The cookie header value a browser would send back after this Set-Cookie. */
export function cookieFrom(headers: Headers): string {
  const setCookie = headers.get("Set-Cookie");
  if (!setCookie) throw new Error("expected a Set-Cookie header");
  return setCookie.split(";")[0]!;
}

/** A signed-in browser's cookie for this user, without going through the login form. */
export async function sessionCookieFor(userId: string): Promise<string> {
  const session = await lucia.createSession(userId, { createdAt: new Date() });
  return lucia.createSessionCookie(session.id).serialize().split(";")[0]!;
}
