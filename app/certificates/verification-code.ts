// The verification code printed on a certificate, as a person types it back in: with or
// without dashes, in any case, with stray spaces. Shared by the server and the form.
import { z } from "zod";

/** Codes are drawn from this alphabet: without 0/O and 1/I/L, so a code read from paper is typed right. */
export const VERIFICATION_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

const CODE_LENGTH = 12;
const GROUP_LENGTH = 4;
const VALID_CHARACTERS = new RegExp(`^[${VERIFICATION_CODE_ALPHABET}]{${CODE_LENGTH}}$`);
// Spaces of any kind, and the dashes a word processor or a phone may put in place of "-".
const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;

/** "abcd efgh-jkmn " → "ABCD-EFGH-JKMN"; null when it cannot be a code. */
export function normaliseVerificationCode(input: string): string | null {
  const compact = input.replace(SEPARATORS, "").toUpperCase();
  if (!VALID_CHARACTERS.test(compact)) return null;
  const groups = compact.match(new RegExp(`.{${GROUP_LENGTH}}`, "g")) ?? [];
  return groups.join("-");
}

/** The verification page's one field; messages are message keys. */
export const VerificationQuerySchema = z.object({
  code: z
    .string({ required_error: "verify.codeRequired" })
    .trim()
    .min(1, "verify.codeRequired")
    .transform((value, context) => {
      const code = normaliseVerificationCode(value);
      if (code === null) {
        context.addIssue({ code: z.ZodIssueCode.custom, message: "verify.codeMalformed" });
        return z.NEVER;
      }
      return code;
    }),
});
