import { type LoaderFunctionArgs, redirect } from "@remix-run/node";
import { getUser, homePathFor } from "~/auth/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  throw redirect(user ? homePathFor(user.roles) : "/login");
}
