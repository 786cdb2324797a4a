// The forms of the registers: one training, one advisory conversation, and the question
// before deleting either. Fields follow components/form.tsx (message at the field, tied with
// aria-describedby; the summary at the top links here), with selects, radios and counts.
import { Form, Link } from "@remix-run/react";
import { Field, FieldMessages, SelectField, fieldDescription } from "~/components/form";
import type { FieldErrors } from "~/components/form-validation";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { OVERVIEW_PATH } from "~/registers/notices";
import { PROVIDERS } from "~/registers/rules";
import type { ConversationFormValues, TrainingFormValues } from "~/registers/schemas";

export interface Choices {
  municipalities: { id: string; name: string; cbsCode: string }[];
  schools: { id: string; name: string; brinCode: string; municipalityId: string; municipality: string }[];
}

interface InputProps {
  name: string;
  label: string;
  hint?: string;
  error?: MessageKey;
  defaultValue: string;
  numeric?: boolean;
}

function TextField({ numeric, ...field }: InputProps) {
  return <Field {...field} inputMode={numeric ? "numeric" : undefined} autoComplete="off" />;
}

function ProviderFields({ values, errors }: { values: { provider: string; providerName: string }; errors: FieldErrors }) {
  const { t } = useTranslation();
  const error = errors.provider;
  return (
    <>
      <fieldset className={error ? "field field--error" : "field"} aria-describedby={error ? "provider-error" : undefined}>
        <legend>{t("registers.form.provider")}</legend>
        <FieldMessages name="provider" error={error} />
        {PROVIDERS.map((provider, index) => (
          <div className="choice" key={provider}>
            {/* The first option carries the field's id, so that the error summary's link lands on it. */}
            <input
              type="radio"
              id={index === 0 ? "provider" : `provider-${provider}`}
              name="provider"
              value={provider}
              defaultChecked={values.provider === provider}
            />
            <label htmlFor={index === 0 ? "provider" : `provider-${provider}`}>{t(`registers.provider.${provider}`)}</label>
          </div>
        ))}
      </fieldset>
      <TextField
        name="providerName"
        label={t("registers.form.providerName")}
        hint={t("registers.form.providerNameHint")}
        error={errors.providerName}
        defaultValue={values.providerName}
      />
    </>
  );
}

const SECTORS = [
  { name: "participantsPo", label: "registers.form.po" },
  { name: "participantsVo", label: "registers.form.vo" },
  { name: "participantsMbo", label: "registers.form.mbo" },
  { name: "participantsSo", label: "registers.form.so" },
  { name: "participantsOther", label: "registers.form.other" },
] as const;

function FormButtons({ save }: { save: MessageKey }) {
  const { t } = useTranslation();
  return (
    <p>
      <button type="submit" className="button" name="intent" value="save">
        {t(save)}
      </button>{" "}
      <Link to={OVERVIEW_PATH}>{t("registers.form.cancel")}</Link>
    </p>
  );
}

export function TrainingForm({ values, errors, choices }: { values: TrainingFormValues; errors: FieldErrors; choices: Choices }) {
  const { t } = useTranslation();
  const byMunicipality = groupSchools(choices.schools);
  return (
    <Form method="post" noValidate>
      <ProviderFields values={values} errors={errors} />
      <TextField
        name="title"
        label={t("registers.trainingForm.title")}
        hint={t("registers.trainingForm.titleHint")}
        error={errors.title}
        defaultValue={values.title}
      />
      <TextField name="date" label={t("registers.form.date")} hint={t("registers.form.dateHint")} error={errors.date} defaultValue={values.date} />
      <SelectField
        name="municipalityId"
        label={t("registers.form.municipality")}
        hint={t("registers.form.municipalityHint")}
        error={errors.municipalityId}
        defaultValue={values.municipalityId}
      >
        <option value="">{t("registers.form.chooseMunicipality")}</option>
        {choices.municipalities.map((municipality) => (
          <option key={municipality.id} value={municipality.id}>
            {municipality.name} ({municipality.cbsCode})
          </option>
        ))}
      </SelectField>
      <SelectField
        name="schoolId"
        label={t("registers.form.school")}
        hint={t("registers.form.schoolHint")}
        error={errors.schoolId}
        defaultValue={values.schoolId}
      >
        <option value="">{t("registers.form.noSchool")}</option>
        {byMunicipality.map(([municipality, schools]) => (
          <optgroup key={municipality} label={municipality}>
            {schools.map((school) => (
              <option key={school.id} value={school.id}>
                {school.name} ({school.brinCode})
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <fieldset
        id="participants"
        tabIndex={-1}
        className={errors.participants ? "field field--error" : "field"}
        aria-describedby={fieldDescription("participants", t("registers.form.participantsHint"), errors.participants)}
      >
        <legend>{t("registers.form.participants")}</legend>
        <FieldMessages name="participants" hint={t("registers.form.participantsHint")} error={errors.participants} />
        {SECTORS.map((sector) => (
          <TextField
            key={sector.name}
            name={sector.name}
            label={t(sector.label)}
            error={errors[sector.name]}
            defaultValue={values[sector.name]}
            numeric
          />
        ))}
      </fieldset>
      <FormButtons save="registers.trainingForm.save" />
    </Form>
  );
}

export function ConversationForm({ values, errors, choices }: { values: ConversationFormValues; errors: FieldErrors; choices: Choices }) {
  const { t } = useTranslation();
  return (
    <Form method="post" noValidate>
      <TextField name="date" label={t("registers.form.date")} hint={t("registers.form.dateHint")} error={errors.date} defaultValue={values.date} />
      <SelectField
        name="schoolId"
        label={t("registers.form.conversationSchool")}
        hint={t("registers.form.conversationSchoolHint")}
        error={errors.schoolId}
        defaultValue={values.schoolId}
      >
        <option value="">{t("registers.form.chooseSchool")}</option>
        {groupSchools(choices.schools).map(([municipality, schools]) => (
          <optgroup key={municipality} label={municipality}>
            {schools.map((school) => (
              <option key={school.id} value={school.id}>
                {school.name} ({school.brinCode})
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <TextField
        name="topic"
        label={t("registers.conversationForm.topic")}
        hint={t("registers.conversationForm.topicHint")}
        error={errors.topic}
        defaultValue={values.topic}
      />
      <ProviderFields values={values} errors={errors} />
      <FormButtons save="registers.conversationForm.save" />
    </Form>
  );
}

function groupSchools(schools: Choices["schools"]): [string, Choices["schools"]][] {
  const groups = new Map<string, Choices["schools"]>();
  for (const school of schools) groups.set(school.municipality, [...(groups.get(school.municipality) ?? []), school]);
  return [...groups.entries()];
}

/** The question before deleting: a page of its own, so that it works without JavaScript. */
export function DeleteQuestion({ title, question, cancelTo }: { title: string; question: string; cancelTo: string }) {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <h1>{title}</h1>
      <p className="lead">{question}</p>
      <p>{t("registers.delete.body")}</p>
      <Form method="post">
        <p>
          <button type="submit" className="button" name="intent" value="delete">
            {t("registers.delete.confirm")}
          </button>{" "}
          <Link to={cancelTo}>{t("registers.delete.cancel")}</Link>
        </p>
      </Form>
    </div>
  );
}

export function BackLink() {
  const { t } = useTranslation();
  return (
    <p>
      <Link to={OVERVIEW_PATH}>{t("registers.form.back")}</Link>
    </p>
  );
}
