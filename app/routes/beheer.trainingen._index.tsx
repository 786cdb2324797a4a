// The registers of one year: classroom trainings and advisory conversations, each a page at
// a time with the year's totals, and the ways to add, change and import them.
import { type LoaderFunctionArgs, data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/auth/session.server";
import { ErrorSummary, Notice } from "~/components/form";
import { pageTitle } from "~/i18n/meta";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { formatCount, formatDay } from "~/registers/format";
import { noticeFrom } from "~/registers/notices";
import { currentYear, listConversations, listTrainings, registerYears } from "~/registers/overview.server";
import { FIRST_YEAR } from "~/registers/rules";

export const meta = pageTitle("nav.trainings");

function pageParam(params: URLSearchParams, name: string): number {
  const page = Number(params.get(name));
  return Number.isSafeInteger(page) && page > 0 ? page : 1;
}

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "admin");
  const params = new URL(request.url).searchParams;
  const thisYear = currentYear();
  const requested = params.get("jaar");
  const valid = requested === null || (/^\d{4}$/.test(requested) && Number(requested) >= FIRST_YEAR && Number(requested) <= thisYear);
  const year = requested !== null && valid ? Number(requested) : thisYear;
  const [knownYears, trainings, conversations] = await Promise.all([
    registerYears(),
    listTrainings(year, pageParam(params, "trainingen")),
    listConversations(year, pageParam(params, "gesprekken")),
  ]);
  const years = [...new Set([...knownYears, year])].sort((a, b) => b - a);
  return data(
    { year, years, yearError: valid ? null : ("registers.overview.yearInvalid" as MessageKey), notice: noticeFrom(params), trainings, conversations },
    { status: valid ? 200 : 400 },
  );
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function pageHref(year: number, trainings: number, conversations: number, section: string): string {
  const params = new URLSearchParams({ jaar: String(year) });
  if (trainings > 1) params.set("trainingen", String(trainings));
  if (conversations > 1) params.set("gesprekken", String(conversations));
  return `?${params}#${section}`;
}

function Paging({ label, page, pages, href }: { label: string; page: number; pages: number; href: (page: number) => string }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav aria-label={label}>
      <p>
        {page > 1 ? <Link to={href(page - 1)}>{t("registers.overview.previous")}</Link> : null}{" "}
        <span aria-current="page">{t("registers.overview.pageStatus", { page, pages })}</span>{" "}
        {page < pages ? <Link to={href(page + 1)}>{t("registers.overview.next")}</Link> : null}
      </p>
    </nav>
  );
}

/** The provider's own name where it has one (a municipality or organisation), otherwise SSV or ESS. */
function ProviderCell({ provider, providerName }: { provider: "SSV" | "ESS" | "MUNICIPALITY" | "OTHER"; providerName: string | null }) {
  const { t } = useTranslation();
  return <>{providerName ?? t(`registers.providerShort.${provider}`)}</>;
}

function TrainingsSection({ year, trainings, conversationsPage }: { year: number; trainings: LoaderData["trainings"]; conversationsPage: number }) {
  const { t, locale } = useTranslation();
  const n = (count: number) => formatCount(count, locale);
  const sectionTitle = t("registers.trainings.title", { year });
  return (
    <section id="trainingen" aria-labelledby="trainingen-title">
      <h2 id="trainingen-title">{sectionTitle}</h2>
      <ul>
        <li>
          <Link to="/beheer/trainingen/nieuw">{t("registers.trainings.add")}</Link>
        </li>
        <li>
          <Link to="/beheer/trainingen/importeren">{t("registers.trainings.import")}</Link>
        </li>
      </ul>
      {trainings.count === 0 ? (
        <p>{t("registers.trainings.empty", { year })}</p>
      ) : (
        <>
          <p>{t("registers.trainings.summary", { count: n(trainings.count), participants: n(trainings.totals.participants) })}</p>
          <table>
            <caption className="visually-hidden">{t("registers.trainings.caption", { year, page: trainings.page, pages: trainings.pages })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("registers.column.date")}</th>
                <th scope="col">{t("registers.column.title")}</th>
                <th scope="col">{t("registers.column.provider")}</th>
                <th scope="col">{t("registers.column.municipality")}</th>
                <th scope="col">{t("registers.column.school")}</th>
                <th scope="col">{t("registers.column.po")}</th>
                <th scope="col">{t("registers.column.vo")}</th>
                <th scope="col">{t("registers.column.mbo")}</th>
                <th scope="col">{t("registers.column.so")}</th>
                <th scope="col">{t("registers.column.other")}</th>
                <th scope="col">{t("registers.column.total")}</th>
                <th scope="col">{t("registers.column.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {trainings.items.map((training) => (
                <tr key={training.id}>
                  <td>{formatDay(training.date, locale)}</td>
                  <th scope="row">{training.title}</th>
                  <td>
                    <ProviderCell provider={training.provider} providerName={training.providerName} />
                  </td>
                  <td>{training.municipality}</td>
                  <td>{training.school ?? t("registers.overview.noSchool")}</td>
                  <td>{n(training.participantsPo)}</td>
                  <td>{n(training.participantsVo)}</td>
                  <td>{n(training.participantsMbo)}</td>
                  <td>{n(training.participantsSo)}</td>
                  <td>{n(training.participantsOther)}</td>
                  <td>{n(training.participants)}</td>
                  <td>
                    <Link to={`/beheer/trainingen/${training.id}`}>
                      {t("registers.overview.edit")}
                      <span className="visually-hidden"> ({`${training.title}, ${formatDay(training.date, locale)}`})</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={5}>
                  {t("registers.overview.totalRow", { year })}
                </th>
                <td>{n(trainings.totals.participantsPo)}</td>
                <td>{n(trainings.totals.participantsVo)}</td>
                <td>{n(trainings.totals.participantsMbo)}</td>
                <td>{n(trainings.totals.participantsSo)}</td>
                <td>{n(trainings.totals.participantsOther)}</td>
                <td>{n(trainings.totals.participants)}</td>
                <td />
              </tr>
            </tfoot>
          </table>
          <Paging
            label={t("registers.overview.pagesLabel", { section: sectionTitle })}
            page={trainings.page}
            pages={trainings.pages}
            href={(page) => pageHref(year, page, conversationsPage, "trainingen")}
          />
        </>
      )}
    </section>
  );
}

function ConversationsSection({
  year,
  conversations,
  trainingsPage,
}: {
  year: number;
  conversations: LoaderData["conversations"];
  trainingsPage: number;
}) {
  const { t, locale } = useTranslation();
  const n = (count: number) => formatCount(count, locale);
  const sectionTitle = t("registers.conversations.title", { year });
  return (
    <section id="adviesgesprekken" aria-labelledby="adviesgesprekken-title">
      <h2 id="adviesgesprekken-title">{sectionTitle}</h2>
      <ul>
        <li>
          <Link to="/beheer/adviesgesprekken/nieuw">{t("registers.conversations.add")}</Link>
        </li>
        <li>
          <Link to="/beheer/adviesgesprekken/importeren">{t("registers.conversations.import")}</Link>
        </li>
      </ul>
      {conversations.count === 0 ? (
        <p>{t("registers.conversations.empty", { year })}</p>
      ) : (
        <>
          <p>{t("registers.conversations.summary", { count: n(conversations.count), schools: n(conversations.schools) })}</p>
          <table>
            <caption className="visually-hidden">
              {t("registers.conversations.caption", { year, page: conversations.page, pages: conversations.pages })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("registers.column.date")}</th>
                <th scope="col">{t("registers.column.school")}</th>
                <th scope="col">{t("registers.column.municipality")}</th>
                <th scope="col">{t("registers.column.topic")}</th>
                <th scope="col">{t("registers.column.provider")}</th>
                <th scope="col">{t("registers.column.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {conversations.items.map((conversation) => (
                <tr key={conversation.id}>
                  <td>{formatDay(conversation.date, locale)}</td>
                  <th scope="row">{conversation.school}</th>
                  <td>{conversation.municipality}</td>
                  <td>{conversation.topic}</td>
                  <td>
                    <ProviderCell provider={conversation.provider} providerName={conversation.providerName} />
                  </td>
                  <td>
                    <Link to={`/beheer/adviesgesprekken/${conversation.id}`}>
                      {t("registers.overview.edit")}
                      <span className="visually-hidden"> ({`${conversation.school}, ${formatDay(conversation.date, locale)}`})</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Paging
            label={t("registers.overview.pagesLabel", { section: sectionTitle })}
            page={conversations.page}
            pages={conversations.pages}
            href={(page) => pageHref(year, trainingsPage, page, "adviesgesprekken")}
          />
        </>
      )}
    </section>
  );
}

export default function RegistersPage() {
  const { year, years, yearError, notice, trainings, conversations } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("nav.trainings")}</h1>
      {notice ? <Notice tone="success">{t(notice.key, { count: formatCount(notice.count, locale) })}</Notice> : null}
      <ErrorSummary formError={yearError} />
      <p className="lead">{t("registers.overview.intro")}</p>
      <Form method="get" className="field">
        <label htmlFor="jaar">{t("registers.overview.yearLabel")}</label>
        <select id="jaar" name="jaar" defaultValue={String(year)}>
          {years.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>{" "}
        <button type="submit" className="button button--secondary">
          {t("registers.overview.yearShow")}
        </button>
      </Form>
      <TrainingsSection year={year} trainings={trainings} conversationsPage={conversations.page} />
      <ConversationsSection year={year} conversations={conversations} trainingsPage={trainings.page} />
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
