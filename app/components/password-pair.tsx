// "Choose a password twice": the policy and the two fields that NewPasswordSchema checks
// (password, confirmation), with their errors. Goes inside the caller's form.
import { PASSWORD_MIN_LENGTH } from "~/auth/password-policy";
import { Field } from "~/components/form";
import type { FieldErrors } from "~/components/form-validation";
import { useTranslation } from "~/i18n/use-translation";

export function PasswordPair({ errors }: { errors?: FieldErrors }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t("reset.intro", { min: PASSWORD_MIN_LENGTH })}</p>
      <Field name="password" type="password" label={t("reset.password")} autoComplete="new-password" error={errors?.password} />
      <Field name="confirmation" type="password" label={t("reset.confirmation")} autoComplete="new-password" error={errors?.confirmation} />
    </>
  );
}
