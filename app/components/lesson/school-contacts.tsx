// The school's own contacts where a teacher needs them: a short panel at the end of every
// scenario ("Wie schakel je in op jouw school?"), and the contact lists of the printable card.
// A school that recorded nobody gets the general advice to ask the school's management.
import { Link } from "@remix-run/react";
import { type ContactView, ROLE_LABELS, type SchoolContactsSection } from "~/school-contacts/contact-rules";
import { useTranslation } from "~/i18n/use-translation";

export const CARD_PATH = "/docent/wat-doe-ik-als";

export function ContactItem({ contact }: { contact: ContactView }) {
  const { t } = useTranslation();
  return (
    <li className="contact">
      <span className="contact__role">{t(ROLE_LABELS[contact.role])}</span>: <span className="contact__name">{contact.name}</span>
      {contact.phone || contact.email ? (
        <span className="contact__reach">
          {contact.phone ? (
            <span>
              {t("contacts.phone")}: {contact.phoneHref ? <a href={`tel:${contact.phoneHref}`}>{contact.phone}</a> : contact.phone}
            </span>
          ) : null}
          {contact.email ? (
            <span>
              {t("contacts.email")}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </span>
          ) : null}
        </span>
      ) : null}
      {contact.note ? <span className="contact__note">{contact.note}</span> : null}
    </li>
  );
}

export function ContactList({ contacts }: { contacts: ContactView[] }) {
  return (
    <ul className="contact-list">
      {contacts.map((contact) => (
        <ContactItem key={contact.id} contact={contact} />
      ))}
    </ul>
  );
}

function PanelSchool({ section }: { section: SchoolContactsSection }) {
  const { t } = useTranslation();
  return (
    <>
      {section.internal.length > 0 ? (
        <>
          <p>{t("contacts.panel.intro")}</p>
          <ContactList contacts={section.internal} />
        </>
      ) : (
        <p>{t("contacts.panel.fallback")}</p>
      )}
      {section.external.length > 0 ? (
        <>
          <p>{t("contacts.panel.urgentTo")}</p>
          <ContactList contacts={section.external} />
        </>
      ) : (
        <p>{t("contacts.panel.urgentFallback")}</p>
      )}
    </>
  );
}

/**
 * At a scenario's ending: whom to bring in at the learner's school (one part per school for
 * someone at several), 112 for immediate danger, and the way to the card.
 */
export function SchoolContactsPanel({ sections }: { sections: SchoolContactsSection[] }) {
  const { t } = useTranslation();
  return (
    <div className="contacts-panel">
      <h4>{t("contacts.panel.title")}</h4>
      {sections.length === 0 ? (
        <>
          <p>{t("contacts.panel.fallback")}</p>
          <p>{t("contacts.panel.urgentFallback")}</p>
        </>
      ) : sections.length === 1 ? (
        <PanelSchool section={sections[0]!} />
      ) : (
        sections.map((section) => (
          <div key={section.schoolId} className="contacts-panel__school">
            <h5>{section.schoolName}</h5>
            <PanelSchool section={section} />
          </div>
        ))
      )}
      <p className="contacts-panel__urgent">
        <strong>{t("contacts.panel.urgent")}</strong>
      </p>
      <p>
        <Link to={CARD_PATH}>{t("contacts.panel.cardLink")}</Link>
      </p>
    </div>
  );
}
