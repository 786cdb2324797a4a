// The overview's address after a change, carrying which notice to show: a page that works
// without JavaScript and survives a reload, with no session flash to keep.
import type { MessageKey } from "~/i18n/translate";

const NOTICES = {
  "training-toegevoegd": "registers.notice.trainingCreated",
  "training-gewijzigd": "registers.notice.trainingUpdated",
  "training-verwijderd": "registers.notice.trainingDeleted",
  "gesprek-toegevoegd": "registers.notice.conversationCreated",
  "gesprek-gewijzigd": "registers.notice.conversationUpdated",
  "gesprek-verwijderd": "registers.notice.conversationDeleted",
  "trainingen-geimporteerd": "registers.notice.trainingsImported",
  "gesprekken-geimporteerd": "registers.notice.conversationsImported",
} as const satisfies Record<string, MessageKey>;

export type NoticeName = keyof typeof NOTICES;

export const OVERVIEW_PATH = "/beheer/trainingen";

/** Where to go after a change: the overview of the record's year, with a notice. */
export function overviewAfter(notice: NoticeName, year: number, count?: number): string {
  const params = new URLSearchParams({ jaar: String(year), melding: notice });
  if (count !== undefined) params.set("aantal", String(count));
  const section = notice.startsWith("gesprek") ? "#adviesgesprekken" : "#trainingen";
  return `${OVERVIEW_PATH}?${params}${section}`;
}

/** The notice a query string asks for; unknown names show nothing. */
export function noticeFrom(params: URLSearchParams): { key: MessageKey; count: number } | null {
  const name = params.get("melding");
  if (!name || !Object.hasOwn(NOTICES, name)) return null;
  const count = Number(params.get("aantal"));
  return { key: NOTICES[name as NoticeName], count: Number.isSafeInteger(count) && count > 0 ? count : 0 };
}
