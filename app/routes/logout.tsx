import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { endSession } from "~/auth/session.server";

export async function loader() {
  // Signing out changes state, so it only happens on POST (a link or prefetch must not do it).
  throw redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const cookie = await endSession(request);
  throw redirect("/login?uitgelogd=1", { headers: { "Set-Cookie": cookie } });
}
