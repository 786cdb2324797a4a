import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { NewPasswordSchema } from "~/auth/password-policy";
import { type SessionUser, getUser, readSessionId, requireUser, startSession } from "~/auth/session.server";
import { ErrorSummary } from "~/components/form";
import { type FieldErrors, parseForm } from "~/components/form-validation";
import { PasswordPair } from "~/components/password-pair";
import { resolveLocale } from "~/i18n/locale.server";
import { pageTitle } from "~/i18n/meta";
import { type MessageKey, formatDateTime } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { type InvitationLookup, acceptAsNewAccount, acceptAsSignedInUser, lookUpInvitation } from "~/school-teachers/accept-invitation.server";

export const meta = pageTitle("teachers.invitation.title");

/** What the page offers: create an account, sign in first, accept as the signed-in owner, sign out first, or why not. */
type Mode = "create" | "login" | "accept" | "otherPerson" | "blocked";

function pageFor(lookup: InvitationLookup, user: SessionUser | null, token: string) {
  if (lookup.state === "unknown") return { status: 404, view: { state: "unknown" as const } };
  if (lookup.state !== "open") return { status: 410, view: { state: lookup.state, schoolName: lookup.schoolName } };
  const { invitation, account } = lookup;
  let mode: Mode;
  let blocked: MessageKey | null = null;
  if (!account.exists) mode = user ? "otherPerson" : "create";
  else if (!user) mode = "login";
  else if (user.id !== account.userId) mode = "otherPerson";
  else if (account.blocked) {
    mode = "blocked";
    blocked = `teachers.invitation.blocked.${account.blocked}`;
  } else mode = "accept";
  return {
    status: 200,
    view: {
      state: "open" as const,
      mode,
      blocked,
      current: user?.email ?? null,
      loginHref: `/login?${new URLSearchParams({ redirectTo: `/uitnodiging/${token}` })}`,
      invitation: { ...invitation, expiresAt: invitation.expiresAt.toISOString() },
    },
  };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const [lookup, user] = await Promise.all([lookUpInvitation(token), getUser(request)]);
  const page = pageFor(lookup, user, token);
  return data({ view: page.view }, { status: page.status });
}

type ActionResult = { errors: FieldErrors; formError: MessageKey | null };

type Refusal = Exclude<Awaited<ReturnType<typeof acceptAsNewAccount>>, { ok: true }>["reason"];

/**
 * A refused acceptance: its status, and the message to show. A token that stopped working and
 * a visitor signed in as someone else need none: the page reloads in its new state and says so.
 */
function refused(reason: Refusal) {
  const messages: Partial<Record<Refusal, MessageKey>> = {
    accountExists: "teachers.invitation.accountExists",
    otherSchool: "teachers.invitation.blocked.otherSchool",
    deactivatedHere: "teachers.invitation.blocked.deactivatedHere",
    accountDeactivated: "teachers.invitation.blocked.accountDeactivated",
  };
  const status = reason === "invalid" ? 410 : reason === "notYours" ? 403 : 409;
  return data<ActionResult>({ errors: {}, formError: messages[reason] ?? null }, { status });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const formData = await request.formData();
  const intent = formData.get("intent");

  if (intent === "create") {
    // Only for an address without an account, by a visitor who is not signed in as someone else.
    if (await getUser(request)) return data<ActionResult>({ errors: {}, formError: null }, { status: 409 });
    const form = parseForm(NewPasswordSchema, formData);
    if (!form.ok) return data<ActionResult>({ errors: form.errors, formError: null }, { status: 400 });
    const result = await acceptAsNewAccount(token, { password: form.data.password, locale: await resolveLocale(request, null) });
    if (!result.ok) return refused(result.reason);
    const cookie = await startSession(result.userId, readSessionId(request));
    throw redirect("/docent", { headers: { "Set-Cookie": cookie } });
  }

  if (intent === "accept") {
    const user = await requireUser(request);
    const result = await acceptAsSignedInUser(token, user);
    if (!result.ok) return refused(result.reason);
    throw redirect("/docent");
  }

  throw new Response("Unknown intent", { status: 400 });
}

function Closed({ title, body, login }: { title: MessageKey; body: string; login: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <h1>{t(title)}</h1>
      <p>{body}</p>
      {login ? (
        <p>
          <Link to="/login">{t("teachers.invitation.toLogin")}</Link>
        </p>
      ) : null}
    </div>
  );
}

export default function InvitationPage() {
  const { view } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useTranslation();

  if (view.state === "unknown") return <Closed title="teachers.invitation.unknown.title" body={t("teachers.invitation.unknown.body")} login={false} />;
  if (view.state !== "open") {
    const school = view.schoolName;
    if (view.state === "expired") return <Closed title="teachers.invitation.expired.title" body={t("teachers.invitation.expired.body", { school })} login={false} />;
    if (view.state === "revoked") return <Closed title="teachers.invitation.revoked.title" body={t("teachers.invitation.revoked.body", { school })} login={false} />;
    return <Closed title="teachers.invitation.accepted.title" body={t("teachers.invitation.accepted.body", { school })} login />;
  }

  const { invitation, mode } = view;
  return (
    <div className="narrow">
      <h1>{t("teachers.invitation.welcome")}</h1>
      <ErrorSummary errors={result?.errors} formError={result?.formError} />
      <p className="lead">{t("teachers.invitation.intro", { name: invitation.name, school: invitation.schoolName })}</p>
      <section aria-labelledby="invitation-facts">
        <h2 id="invitation-facts">{t("teachers.invitation.facts")}</h2>
        <dl className="facts">
          <div>
            <dt>{t("teachers.invitation.name")}</dt>
            <dd>{invitation.name}</dd>
          </div>
          <div>
            <dt>{t("teachers.invitation.email")}</dt>
            <dd>{invitation.email}</dd>
          </div>
          <div>
            <dt>{t("teachers.invitation.school")}</dt>
            <dd>{invitation.schoolName}</dd>
          </div>
          {invitation.groupName ? (
            <div>
              <dt>{t("teachers.invitation.group")}</dt>
              <dd>{invitation.groupName}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t("teachers.invitation.validUntil")}</dt>
            <dd>{formatDateTime(invitation.expiresAt, locale)}</dd>
          </div>
        </dl>
      </section>

      {mode === "create" ? (
        <section className="panel" aria-labelledby="password-title">
          <h2 id="password-title">{t("teachers.invitation.create")}</h2>
          <p>{t("teachers.invitation.choosePassword")}</p>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="create" />
            {/* Lets password managers store the new password under the right address. */}
            <input type="hidden" name="username" autoComplete="username" value={invitation.email} />
            <PasswordPair errors={result?.errors} />
            <button type="submit" className="button">
              {t("teachers.invitation.create")}
            </button>
          </Form>
        </section>
      ) : null}

      {mode === "login" ? (
        <section className="panel" aria-labelledby="login-title">
          <h2 id="login-title">{t("teachers.invitation.login")}</h2>
          <p>{t("teachers.invitation.existingAccount", { email: invitation.email })}</p>
          <p>
            <Link to={view.loginHref} className="button">
              {t("teachers.invitation.login")}
            </Link>
          </p>
          <p>
            <Link to="/wachtwoord-vergeten">{t("teachers.invitation.forgot")}</Link>
          </p>
        </section>
      ) : null}

      {mode === "accept" ? (
        <section className="panel" aria-labelledby="accept-title">
          <h2 id="accept-title">{t("teachers.invitation.accept")}</h2>
          <p>{t("teachers.invitation.acceptIntro", { school: invitation.schoolName })}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="accept" />
            <button type="submit" className="button">
              {t("teachers.invitation.accept")}
            </button>
          </Form>
        </section>
      ) : null}

      {mode === "otherPerson" ? (
        <section className="panel" aria-labelledby="other-title">
          <h2 id="other-title">{t("teachers.invitation.logout")}</h2>
          <p>{t("teachers.invitation.otherPerson", { current: view.current ?? "", email: invitation.email })}</p>
          <Form method="post" action="/logout">
            <button type="submit" className="button">
              {t("teachers.invitation.logout")}
            </button>
          </Form>
        </section>
      ) : null}

      {mode === "blocked" && view.blocked ? <p>{t(view.blocked, { school: invitation.schoolName })}</p> : null}
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
