// Which language a request gets: the signed-in user's choice, else the visitor's cookie,
// else Dutch.
import { createCookie } from "@remix-run/node";
import { getEnv } from "~/env.server";
import { DEFAULT_LOCALE, type Locale, isLocale } from "./translate";

export const localeCookie = createCookie("signaal_locale", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: getEnv().isProduction,
  maxAge: 60 * 60 * 24 * 365,
});

export async function resolveLocale(request: Request, user: { locale: Locale } | null): Promise<Locale> {
  if (user) return user.locale;
  const fromCookie: unknown = await localeCookie.parse(request.headers.get("Cookie"));
  return isLocale(fromCookie) ? fromCookie : DEFAULT_LOCALE;
}
