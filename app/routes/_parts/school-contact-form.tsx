// The form for one of the school's contacts and the question before deleting one. Fields
// follow components/form.tsx (message at the field, tied with aria-describedby; the summary
// at the top links here), with a select for the role and a telephone field.
import { Form, Link } from "@remix-run/react";
import { Field, FieldMessages } from "~/components/form";
import type { FieldErrors } from "~/components/form-validation";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { CONTACT_ROLES, type ContactFormValues, ROLE_LABELS } from "~/school-contacts/contact-rules";

interface TextFieldProps {
  name: keyof ContactFormValues;
  label: string;
  type?: "text" | "tel" | "email";
  hint?: string;
  error?: MessageKey;
  defaultValue: string;
}

// Someone else's details: the browser should not offer the coordinator's own.
function TextField(props: TextFieldProps) {
  return <Field {...props} autoComplete="off" />;
}

export function SchoolContactForm({
  action,
  cancelTo,
  contactId,
  values,
  errors,
}: {
  /** Where the form posts: the contacts page, keeping ?school= when it was named. */
  action: string;
  /** Set when changing a contact; a link back to the page without the form's changes. */
  cancelTo: string | null;
  contactId: string | null;
  values: ContactFormValues;
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" action={action} noValidate>
      <input type="hidden" name="intent" value="save" />
      {contactId ? <input type="hidden" name="id" value={contactId} /> : null}
      <div className={errors.role ? "field field--error" : "field"}>
        <label htmlFor="role">{t("contacts.form.role")}</label>
        <FieldMessages name="role" error={errors.role} />
        <select
          id="role"
          name="role"
          defaultValue={values.role}
          aria-describedby={errors.role ? "role-error" : undefined}
          aria-invalid={errors.role ? true : undefined}
        >
          <option value="">{t("contacts.form.chooseRole")}</option>
          {CONTACT_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(ROLE_LABELS[role])}
            </option>
          ))}
        </select>
      </div>
      <TextField name="name" label={t("contacts.form.name")} hint={t("contacts.form.nameHint")} error={errors.name} defaultValue={values.name} />
      <TextField
        name="phone"
        type="tel"
        label={t("contacts.form.phone")}
        hint={t("contacts.form.phoneHint")}
        error={errors.phone}
        defaultValue={values.phone}
      />
      <TextField name="email" type="email" label={t("contacts.form.email")} error={errors.email} defaultValue={values.email} />
      <TextField name="note" label={t("contacts.form.note")} hint={t("contacts.form.noteHint")} error={errors.note} defaultValue={values.note} />
      <p>
        <button type="submit" className="button">
          {t("contacts.form.save")}
        </button>
        {cancelTo ? (
          <>
            {" "}
            <Link to={cancelTo}>{t("contacts.form.cancel")}</Link>
          </>
        ) : null}
      </p>
    </Form>
  );
}

/** The question before deleting: a page of its own, so that it works without JavaScript. */
export function DeleteContactQuestion({ action, cancelTo, contactId, question }: { action: string; cancelTo: string; contactId: string; question: string }) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <h1>{t("contacts.deleteQuestion.title")}</h1>
      <p className="lead">{question}</p>
      <p>{t("contacts.deleteQuestion.body")}</p>
      <Form method="post" action={action}>
        <input type="hidden" name="id" value={contactId} />
        <p>
          <button type="submit" className="button" name="intent" value="delete">
            {t("contacts.deleteQuestion.confirm")}
          </button>{" "}
          <Link to={cancelTo}>{t("contacts.deleteQuestion.cancel")}</Link>
        </p>
      </Form>
    </div>
  );
}
