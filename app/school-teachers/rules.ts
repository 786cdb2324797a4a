// What a teacher's name, e-mail address and group name must be, whether typed into the
// invitation form or read from an uploaded file. Pure: the same checks run for both, and
// each problem is a message key that reads as a sentence in a form and in the file report.
import { z } from "zod";
import type { MessageKey } from "~/i18n/translate";
import { cleanText, textLength } from "~/registers/rules";

export const NAME_MAX = 120;
/** RFC 5321's limit on a forward path. */
export const EMAIL_MAX = 254;
export const GROUP_NAME_MAX = 80;

/** Days an invitation link stays valid. */
export const INVITATION_DAYS = 14;
export const INVITATION_LIFETIME_MS = INVITATION_DAYS * 24 * 60 * 60 * 1000;

export type TeacherField = "name" | "email" | "group";

export interface FieldProblem {
  field: TeacherField;
  key: MessageKey;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

const EmailFormat = z.string().email();

/** E-mail addresses are stored trimmed and in lower case (see User.email). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function checkName(raw: string | undefined): Checked<string> {
  const value = cleanText(raw);
  if (!value) return { ok: false, problem: { field: "name", key: "teachers.problem.nameMissing" } };
  if (textLength(value) > NAME_MAX) return { ok: false, problem: { field: "name", key: "teachers.problem.nameTooLong" } };
  return { ok: true, value };
}

export function checkEmail(raw: string | undefined): Checked<string> {
  const value = normaliseEmail(raw ?? "");
  if (!value) return { ok: false, problem: { field: "email", key: "teachers.problem.emailMissing" } };
  if (value.length > EMAIL_MAX) return { ok: false, problem: { field: "email", key: "teachers.problem.emailTooLong" } };
  if (!EmailFormat.safeParse(value).success) return { ok: false, problem: { field: "email", key: "teachers.problem.emailInvalid" } };
  return { ok: true, value };
}

/** An optional group: empty means none. */
export function checkGroupName(raw: string | undefined): Checked<string | null> {
  const value = cleanText(raw);
  if (!value) return { ok: true, value: null };
  if (textLength(value) > GROUP_NAME_MAX) return { ok: false, problem: { field: "group", key: "teachers.problem.groupTooLong" } };
  return { ok: true, value };
}

/** Group names are matched regardless of capitals: "Sectie Engels" and "sectie engels" are one group. */
export function groupKey(name: string): string {
  return cleanText(name).toLocaleLowerCase("nl");
}

/** The existing group a name means, if any. */
export function findGroup<Group extends { name: string }>(groups: readonly Group[], name: string): Group | undefined {
  const key = groupKey(name);
  return groups.find((group) => groupKey(group.name) === key);
}
