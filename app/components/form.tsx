// Form parts that follow the GOV.UK error pattern: a summary at the top that takes focus
// and links to each field, and the message again at the field, tied with aria-describedby.
import { type ReactNode, useEffect, useRef } from "react";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/auth/password-policy";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import type { FieldErrors } from "./form-validation";

const MESSAGE_PARAMS = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH };

export function ErrorSummary({ errors, formError }: { errors?: FieldErrors; formError?: MessageKey | null }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {}).filter((entry): entry is [string, MessageKey] => Boolean(entry[1]));
  const hasErrors = entries.length > 0 || Boolean(formError);
  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors, errors, formError]);
  if (!hasErrors) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title">{t("form.errorSummary")}</h2>
      {formError ? <p>{t(formError)}</p> : null}
      {entries.length > 0 ? (
        <ul>
          {entries.map(([field, message]) => (
            <li key={field}>
              <a href={`#${field}`}>{t(message, MESSAGE_PARAMS)}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The ids a field's hint and error get, joined for aria-describedby (undefined when neither). */
export function fieldDescription(name: string, hint?: string, error?: MessageKey | null): string | undefined {
  return [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** A field's hint and error message, with the ids fieldDescription names. */
export function FieldMessages({ name, hint, error }: { name: string; hint?: string; error?: MessageKey | null }) {
  const { t } = useTranslation();
  return (
    <>
      {hint ? (
        <p className="field__hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${name}-error`}>
          {t(error, MESSAGE_PARAMS)}
        </p>
      ) : null}
    </>
  );
}

interface FieldProps {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "tel";
  /** "numeric" brings up a number keyboard without the quirks of type="number". */
  inputMode?: "numeric";
  autoComplete?: string;
  defaultValue?: string;
  hint?: string;
  error?: MessageKey;
  required?: boolean;
}

export function Field({ name, label, type = "text", inputMode, autoComplete, defaultValue, hint, error, required }: FieldProps) {
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={name}>{label}</label>
      <FieldMessages name={name} hint={hint} error={error} />
      <input
        id={name}
        name={name}
        type={type}
        inputMode={inputMode}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        aria-describedby={fieldDescription(name, hint, error)}
        aria-invalid={error ? true : undefined}
        required={required}
      />
    </div>
  );
}

export function SelectField({
  name,
  label,
  hint,
  error,
  defaultValue,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: MessageKey;
  defaultValue: string;
  children: ReactNode;
}) {
  return (
    <div className={error ? "field field--error" : "field"}>
      <label htmlFor={name}>{label}</label>
      <FieldMessages name={name} hint={hint} error={error} />
      <select id={name} name={name} defaultValue={defaultValue} aria-describedby={fieldDescription(name, hint, error)} aria-invalid={error ? true : undefined}>
        {children}
      </select>
    </div>
  );
}

export function Notice({ children, tone = "info" }: { children: ReactNode; tone?: "info" | "success" }) {
  return (
    <div className={`notice notice--${tone}`} role="status">
      {children}
    </div>
  );
}
