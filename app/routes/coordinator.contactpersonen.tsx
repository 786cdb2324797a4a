import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { ErrorSummary, Notice } from "~/components/form";
import { type FieldErrors, parseForm } from "~/components/form-validation";
import { CARD_PATH } from "~/components/lesson/school-contacts";
import { db } from "~/db.server";
import { pageTitle } from "~/i18n/meta";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { schoolPath } from "~/school/school-path";
import { requireSchoolScope } from "~/school/school-scope.server";
import {
  ContactFormSchema,
  type ContactFormValues,
  type ContactView,
  EMPTY_CONTACT_VALUES,
  MAX_CONTACTS,
  ROLE_LABELS,
  submittedContactValues,
} from "~/school-contacts/contact-rules";
import { createContact, deleteContact, listContacts, moveContact, updateContact } from "~/school-contacts/contacts.server";
import { CONTACTS_PATH, type ContactNotice, contactNoticeFrom, contactsAfter } from "~/school-contacts/notices";
import { DeleteContactQuestion, SchoolContactForm } from "./_parts/school-contact-form";

export const meta = pageTitle("contacts.title");

const notFound = () => new Response("Not Found", { status: 404 });

function formValues(contact: ContactView): ContactFormValues {
  return { role: contact.role, name: contact.name, phone: contact.phone ?? "", email: contact.email ?? "", note: contact.note ?? "" };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const params = new URL(request.url).searchParams;
  const contacts = await listContacts(db, scope.school.id);
  const pick = (name: string) => {
    const id = params.get(name);
    if (id === null) return null;
    const contact = contacts.find((candidate) => candidate.id === id);
    if (!contact) throw notFound();
    return contact;
  };
  const editing = pick("bewerken");
  const deleting = pick("verwijderen");
  // Addresses within the page keep ?school= when it was named (schoolPath stays on the server).
  const withParam = (name: string, id: string) => schoolPath(scope, `${CONTACTS_PATH}?${name}=${encodeURIComponent(id)}`);
  return {
    school: { name: scope.school.name },
    pagePath: schoolPath(scope, CONTACTS_PATH),
    contacts: contacts.map((contact) => ({ ...contact, editPath: withParam("bewerken", contact.id), deletePath: withParam("verwijderen", contact.id) })),
    editing: editing ? { id: editing.id, values: formValues(editing) } : null,
    deleting,
    notice: contactNoticeFrom(params),
    full: contacts.length >= MAX_CONTACTS,
    // Only someone at the school sees its contacts on the card; an administrator would see none.
    cardPreview: scope.user.schools.some((school) => school.id === scope.school.id),
  };
}

type ActionResult = { values: ContactFormValues; errors: FieldErrors; formError: MessageKey | null; editingId: string | null };

export async function action({ request }: ActionFunctionArgs) {
  const scope = await requireSchoolScope(request);
  const formData = await request.formData();
  const intent = formData.get("intent");
  const id = String(formData.get("id") ?? "");
  const done = (notice: ContactNotice, fragment = "") => redirect(`${schoolPath(scope, contactsAfter(notice))}${fragment}`);
  const schoolId = scope.school.id;

  if (intent === "delete") {
    if (!(await deleteContact(db, schoolId, id))) throw notFound();
    throw done("verwijderd");
  }
  if (intent === "up" || intent === "down") {
    if (!(await moveContact(db, schoolId, id, intent))) throw notFound();
    throw done("verplaatst", "#contactpersonen");
  }
  if (intent !== "save") throw new Response("Bad Request", { status: 400 });

  const values = submittedContactValues(formData);
  const editingId = id || null;
  const form = parseForm(ContactFormSchema, formData);
  if (!form.ok) return data<ActionResult>({ values, errors: form.errors, formError: null, editingId }, { status: 400 });
  if (editingId) {
    if (!(await updateContact(db, schoolId, editingId, form.data))) throw notFound();
    throw done("gewijzigd", "#contactpersonen");
  }
  const created = await createContact(db, schoolId, form.data);
  if (!created.ok) return data<ActionResult>({ values, errors: {}, formError: "contacts.form.full", editingId: null }, { status: 400 });
  throw done("toegevoegd", "#contactpersonen");
}

export default function SchoolContactsPage() {
  const { school, pagePath, contacts, editing, deleting, notice, full, cardPreview } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const location = useLocation();

  if (deleting) {
    return (
      <DeleteContactQuestion
        action={pagePath}
        cancelTo={pagePath}
        contactId={deleting.id}
        question={t("contacts.deleteQuestion.question", { name: deleting.name, role: t(ROLE_LABELS[deleting.role]) })}
      />
    );
  }

  // After a refused submission the form shows what was typed, for the contact it was about.
  const editingId = result ? result.editingId : (editing?.id ?? null);
  const values = result?.values ?? editing?.values ?? EMPTY_CONTACT_VALUES;
  const showForm = editingId !== null || !full;

  return (
    <>
      <h1>{t("contacts.title")}</h1>
      {notice ? (
        <Notice tone="success">
          <p>{t(notice)}</p>
        </Notice>
      ) : null}
      <p className="lead">{t("contacts.intro", { school: school.name })}</p>
      <p>{t("contacts.whereShown")}</p>
      {cardPreview ? (
        <p>
          <Link to={CARD_PATH}>{t("contacts.previewCard")}</Link>
        </p>
      ) : null}

      <section id="contactpersonen" aria-labelledby="contactpersonen-titel" tabIndex={-1}>
        <h2 id="contactpersonen-titel">{t("contacts.listTitle")}</h2>
        {contacts.length === 0 ? (
          <p>{t("contacts.empty")}</p>
        ) : (
          <table className="contacts-table">
            <caption>{t("contacts.caption", { school: school.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("contacts.column.position")}</th>
                <th scope="col">{t("contacts.column.name")}</th>
                <th scope="col">{t("contacts.column.role")}</th>
                <th scope="col">{t("contacts.column.reach")}</th>
                <th scope="col">{t("contacts.column.note")}</th>
                <th scope="col">{t("contacts.column.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((contact, index) => (
                <tr key={contact.id}>
                  <td>{index + 1}</td>
                  <th scope="row">{contact.name}</th>
                  <td>{t(ROLE_LABELS[contact.role])}</td>
                  <td>
                    {contact.phone || contact.email ? (
                      <>
                        {contact.phone ? <span className="contact__line">{contact.phone}</span> : null}
                        {contact.email ? <span className="contact__line">{contact.email}</span> : null}
                      </>
                    ) : (
                      t("contacts.none")
                    )}
                  </td>
                  <td>{contact.note ?? t("contacts.none")}</td>
                  <td className="contacts-table__actions">
                    {index > 0 ? <MoveButton id={contact.id} action={pagePath} direction="up" name={contact.name} /> : null}
                    {index < contacts.length - 1 ? <MoveButton id={contact.id} action={pagePath} direction="down" name={contact.name} /> : null}
                    <Link to={`${contact.editPath}#contact-formulier`} aria-label={t("contacts.editLabel", { name: contact.name })}>
                      {t("contacts.edit")}
                    </Link>
                    <Link to={contact.deletePath} aria-label={t("contacts.deleteLabel", { name: contact.name })}>
                      {t("contacts.delete")}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section id="contact-formulier" aria-labelledby="contact-formulier-titel" className="narrow">
        <h2 id="contact-formulier-titel">{t(editingId ? "contacts.form.editTitle" : "contacts.form.addTitle")}</h2>
        <ErrorSummary errors={result?.errors} formError={result?.formError} />
        {showForm ? (
          <>
            <p>{t("contacts.workDetailsOnly")}</p>
            <SchoolContactForm
              // A new form on every page (after saving, or for another contact), so that no field
              // keeps text the page no longer means; after a refusal it shows what was typed.
              key={`${editingId ?? "nieuw"}-${location.key}`}
              action={pagePath}
              cancelTo={editingId ? pagePath : null}
              contactId={editingId}
              values={values}
              errors={result?.errors ?? {}}
            />
          </>
        ) : result?.formError ? null : (
          <p>{t("contacts.form.full")}</p>
        )}
      </section>
    </>
  );
}

function MoveButton({ id, action, direction, name }: { id: string; action: string; direction: "up" | "down"; name: string }) {
  const { t } = useTranslation();
  return (
    <Form method="post" action={action} className="inline-form">
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        className="link-button"
        name="intent"
        value={direction}
        aria-label={t(direction === "up" ? "contacts.moveUpLabel" : "contacts.moveDownLabel", { name })}
      >
        {t(direction === "up" ? "contacts.moveUp" : "contacts.moveDown")}
      </button>
    </Form>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
