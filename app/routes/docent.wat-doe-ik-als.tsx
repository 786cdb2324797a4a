import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";
import { requireUser } from "~/auth/session.server";
import { ContactList } from "~/components/lesson/school-contacts";
import { db } from "~/db.server";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";
import type { SchoolContactsSection } from "~/school-contacts/contact-rules";
import { contactSections } from "~/school-contacts/contacts.server";

export const meta = pageTitle("contacts.card.title");

/**
 * The card is for everyone signed in: scenario endings link to it whoever takes the course.
 * It shows the contacts of the schools the reader belongs to, and no one else's.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { sections: await contactSections(db, user.schools), teacher: user.roles.includes("teacher") };
}

export default function ConcernCard() {
  const { sections, teacher } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <article className="concern-card" aria-labelledby="kaart-titel">
      <p className="concern-card__tools">
        {teacher ? <Link to="/docent">{t("contacts.card.back")}</Link> : null} <PrintButton />
      </p>
      <p className="concern-card__tools">{t("contacts.card.printHint")}</p>

      <h1 id="kaart-titel">{t("contacts.card.title")}</h1>
      <p>{t("contacts.card.intro")}</p>

      <div className="concern-card__urgent">
        <h2>{t("contacts.card.urgentTitle")}</h2>
        <p>{t("contacts.card.urgentBody")}</p>
      </div>

      <h2>{t("contacts.card.stepsTitle")}</h2>
      <ol className="concern-card__steps">
        <li>
          <strong>{t("contacts.card.step1Title")}</strong> {t("contacts.card.step1Body")}
        </li>
        <li>
          <strong>{t("contacts.card.step2Title")}</strong> {t("contacts.card.step2Body")}
        </li>
        <li>
          <strong>{t("contacts.card.step3Title")}</strong> {t("contacts.card.step3Body")}
        </li>
      </ol>

      {sections.length === 0 ? (
        <CardSchool section={null} />
      ) : (
        sections.map((section) => <CardSchool key={section.schoolId} section={section} />)
      )}

      <div className="concern-card__remember">
        <h2>{t("contacts.card.rememberTitle")}</h2>
        <ul>
          <li>{t("contacts.card.remember1")}</li>
          <li>{t("contacts.card.remember2")}</li>
          <li>{t("contacts.card.remember3")}</li>
          <li>{t("contacts.card.remember4")}</li>
        </ul>
      </div>
      <p className="concern-card__help">{t("contacts.card.help")}</p>
    </article>
  );
}

/** One school's contacts, or the general advice and a line to write them in on paper. */
function CardSchool({ section }: { section: SchoolContactsSection | null }) {
  const { t } = useTranslation();
  const internal = section?.internal ?? [];
  const external = section?.external ?? [];
  return (
    <section className="concern-card__school" aria-labelledby={`kaart-${section?.schoolId ?? "algemeen"}`}>
      <h2 id={`kaart-${section?.schoolId ?? "algemeen"}`}>
        {section ? t("contacts.card.whoTitle", { school: section.schoolName }) : t("contacts.card.whoTitleGeneral")}
      </h2>
      <div className="concern-card__columns">
        <div>
          <h3>{t("contacts.card.internal")}</h3>
          {internal.length > 0 ? <ContactList contacts={internal} /> : <Fallback text={t("contacts.card.internalFallback")} />}
        </div>
        <div>
          <h3>{t("contacts.card.external")}</h3>
          {external.length > 0 ? <ContactList contacts={external} /> : <Fallback text={t("contacts.card.externalFallback")} />}
        </div>
      </div>
    </section>
  );
}

function Fallback({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{text}</p>
      <p className="concern-card__write-in">{t("contacts.card.writeIn")}</p>
    </>
  );
}

/** Printing needs JavaScript; without it the hint above the card says how. */
function PrintButton() {
  const { t } = useTranslation();
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => setCanPrint(typeof window.print === "function"), []);
  if (!canPrint) return null;
  return (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      {t("contacts.card.print")}
    </button>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
