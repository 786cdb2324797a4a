// What a school's contact for concerns about a pupil looks like: the roles, the form's rules
// (with message keys), Dutch phone numbers checked loosely, and where each role belongs on
// the teachers' card. Pure, so the form, the server and the pages share it.
import { z } from "zod";
import type { ContactRole } from ".prisma/signaal-sqlite";
import type { MessageKey } from "~/i18n/translate";

export type { ContactRole };

/** The roles in the order the form offers them. */
export const CONTACT_ROLES = [
  "ZORGCOORDINATOR",
  "VEILIGHEIDSCOORDINATOR",
  "DIRECTIE",
  "GEMEENTE",
  "WIJKAGENT",
  "ANDERS",
] as const satisfies readonly ContactRole[];

/**
 * Inside the school a teacher goes to with a remaining concern (step 3 of SSV's guidance);
 * outside it, the municipality and the police, whom urgent signs go to straight away.
 */
export const EXTERNAL_ROLES: readonly ContactRole[] = ["GEMEENTE", "WIJKAGENT"];

/** A school records a handful of contacts, so that the printed card stays one page (the
 * message "contacts.form.full" names the number). */
export const MAX_CONTACTS = 10;
export const NAME_MAX = 100;
export const NOTE_MAX = 120;
export const PHONE_MAX = 30;
export const EMAIL_MAX = 254;

/** Trims and collapses runs of white space (line breaks included) into one space. */
export function cleanText(text: string | undefined | null): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

const length = (text: string) => [...text].length;

// Separators people write in Dutch numbers: "010 - 123 45 67", "(06) 12.34.56.78", "+31 (0)6 ...".
const SEPARATORS = /[\s\-.()/]/g;

/**
 * The number in international form for a tel: link ("+31101234567"), or null when the text is
 * not a plausible Dutch number. Loose on purpose: any grouping is fine, and so are service
 * numbers (0800, 0900), the municipal 14 + area code, and numbers abroad written with +.
 */
export function dialableNumber(phone: string): string | null {
  // "+31 (0)6 …": the (0) is a habit, not a digit to dial.
  const digits = phone.replace(/\(0\)/g, "").replace(SEPARATORS, "");
  if (/^\+31[1-9]\d{8}$/.test(digits)) return digits;
  if (/^0031[1-9]\d{8}$/.test(digits)) return `+${digits.slice(2)}`;
  if (/^0[1-9]\d{8}$/.test(digits)) return `+31${digits.slice(1)}`;
  if (/^0[89]0[069]\d{4,7}$/.test(digits)) return digits;
  if (/^14\d{3,4}$/.test(digits)) return digits;
  if (/^\+(?!31)[1-9]\d{7,14}$/.test(digits)) return digits;
  return null;
}

export interface ContactInput {
  role: ContactRole;
  name: string;
  phone: string | null;
  email: string | null;
  note: string | null;
}

// Issues are added in the order of the fields on the page, so the summary reads top to bottom.
const FORM_ORDER = ["role", "name", "phone", "email", "note"] as const;
type FormField = (typeof FORM_ORDER)[number];

const formText = z.string().optional();
const EmailSchema = z.string().email();

export const ContactFormSchema = z
  .object({ role: formText, name: formText, phone: formText, email: formText, note: formText })
  .transform((raw, context): ContactInput => {
    const problems: [FormField, MessageKey][] = [];
    const role = CONTACT_ROLES.find((known) => known === raw.role) ?? null;
    const name = cleanText(raw.name);
    const phone = cleanText(raw.phone);
    const email = cleanText(raw.email).toLowerCase();
    const note = cleanText(raw.note);

    if (!role) problems.push(["role", "contacts.error.roleRequired"]);
    if (!name) problems.push(["name", "contacts.error.nameRequired"]);
    else if (length(name) > NAME_MAX) problems.push(["name", "contacts.error.nameTooLong"]);
    if (phone && (length(phone) > PHONE_MAX || !dialableNumber(phone))) problems.push(["phone", "contacts.error.phoneInvalid"]);
    if (email && (length(email) > EMAIL_MAX || !EmailSchema.safeParse(email).success)) {
      problems.push(["email", "contacts.error.emailInvalid"]);
    }
    // "Anders" says nothing on the card by itself: the note says what the person does.
    if (role === "ANDERS" && !note) problems.push(["note", "contacts.error.noteRequiredForOther"]);
    else if (length(note) > NOTE_MAX) problems.push(["note", "contacts.error.noteTooLong"]);

    for (const [field, message] of problems) context.addIssue({ code: z.ZodIssueCode.custom, path: [field], message });
    if (!role || problems.length > 0) return z.NEVER;
    return { role, name, phone: phone || null, email: email || null, note: note || null };
  });

/** The form's fields as text, to fill it in again. */
export type ContactFormValues = Record<FormField, string>;

export const CONTACT_FORM_FIELDS: readonly FormField[] = FORM_ORDER;

export const EMPTY_CONTACT_VALUES: ContactFormValues = { role: "", name: "", phone: "", email: "", note: "" };

/** What was submitted, to show it again next to the messages: nothing typed is lost. */
export function submittedContactValues(formData: FormData): ContactFormValues {
  const value = (field: FormField) => {
    const entry = formData.get(field);
    return typeof entry === "string" ? entry : "";
  };
  return { role: value("role"), name: value("name"), phone: value("phone"), email: value("email"), note: value("note") };
}

/** One contact as pages show it. */
export interface ContactView {
  id: string;
  role: ContactRole;
  name: string;
  phone: string | null;
  /** For a tel: link; null when the number cannot be dialled as written. */
  phoneHref: string | null;
  email: string | null;
  note: string | null;
}

/** A school's contacts as a teacher sees them: in the school's order, split by where they work. */
export interface SchoolContactsSection {
  schoolId: string;
  schoolName: string;
  /** Within the school: zorg-/veiligheidscoördinator, directie and others. */
  internal: ContactView[];
  /** The municipality's contact for radicalisation and the wijkagent. */
  external: ContactView[];
}

export const ROLE_LABELS: Record<ContactRole, MessageKey> = {
  ZORGCOORDINATOR: "contacts.role.ZORGCOORDINATOR",
  VEILIGHEIDSCOORDINATOR: "contacts.role.VEILIGHEIDSCOORDINATOR",
  DIRECTIE: "contacts.role.DIRECTIE",
  GEMEENTE: "contacts.role.GEMEENTE",
  WIJKAGENT: "contacts.role.WIJKAGENT",
  ANDERS: "contacts.role.ANDERS",
};
