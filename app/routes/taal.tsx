import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { getUser } from "~/auth/session.server";
import { db } from "~/db.server";
import { localeCookie } from "~/i18n/locale.server";
import { isLocale } from "~/i18n/translate";
import { safeRedirect } from "~/utils/safe-redirect";

export async function loader() {
  throw redirect("/");
}

/** Switches the interface language; remembered on the account, or in a cookie for visitors. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = form.get("locale");
  const target = safeRedirect(form.get("redirectTo"));
  if (!isLocale(locale)) throw new Response("Unknown language", { status: 400 });
  const user = await getUser(request);
  if (user) await db.user.update({ where: { id: user.id }, data: { locale } });
  throw redirect(target, { headers: { "Set-Cookie": await localeCookie.serialize(locale) } });
}
