// The assignments page's address after a change, naming the notice to show: it works without
// JavaScript and survives a reload, with no session flash to keep.
import type { MessageKey } from "~/i18n/translate";

const NOTICES = {
  toegewezen: "assignments.notice.created",
  gewijzigd: "assignments.notice.updated",
  ingetrokken: "assignments.notice.withdrawn",
} as const satisfies Record<string, MessageKey>;

export type AssignmentNotice = keyof typeof NOTICES;

export const ASSIGNMENTS_PATH = "/coordinator/toewijzingen";

/** "/coordinator/toewijzingen?melding=toegewezen"; the school is added by schoolPath. */
export function assignmentsAfter(notice: AssignmentNotice): string {
  return `${ASSIGNMENTS_PATH}?melding=${notice}`;
}

export function noticeFrom(params: URLSearchParams): MessageKey | null {
  const name = params.get("melding");
  return name && Object.hasOwn(NOTICES, name) ? NOTICES[name as AssignmentNotice] : null;
}
