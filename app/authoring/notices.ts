// The authors' pages' address after a change, carrying which notice to show: a page that
// works without JavaScript and survives a reload, with no session flash to keep.
import type { MessageKey } from "~/i18n/translate";

const NOTICES = {
  "cursus-aangemaakt": "authoring.notice.courseCreated",
  "concept-gestart": "authoring.notice.draftStarted",
  "concept-bestond-al": "authoring.notice.draftExisted",
  "concept-geimporteerd": "transfer.import.notice.draft",
  "les-toegevoegd": "authoring.notice.lessonAdded",
  "les-verplaatst": "authoring.notice.lessonMoved",
  "les-verwijderd": "authoring.notice.lessonDeleted",
  ingediend: "authoring.notice.submitted",
  "teruggetrokken-uit-review": "authoring.notice.withdrawnFromReview",
  "wijzigingen-gevraagd": "authoring.notice.changesRequested",
  goedgekeurd: "authoring.notice.approved",
  verworpen: "authoring.notice.discarded",
  gepubliceerd: "authoring.notice.published",
  teruggezet: "authoring.notice.rolledBack",
  "cursus-teruggetrokken": "authoring.notice.courseWithdrawn",
  "cursus-beschikbaar": "authoring.notice.courseReinstated",
} as const satisfies Record<string, MessageKey>;

export type AuthoringNotice = keyof typeof NOTICES;

/** The page's address with a notice, and a version number when the notice names one. */
export function withNotice(path: string, notice: AuthoringNotice, version?: number): string {
  const params = new URLSearchParams({ melding: notice });
  if (version !== undefined) params.set("versie", String(version));
  return `${path}?${params}`;
}

/** The notice a query string asks for; unknown names show nothing. */
export function authoringNoticeFrom(params: URLSearchParams): { key: MessageKey; version: number } | null {
  const name = params.get("melding");
  if (!name || !Object.hasOwn(NOTICES, name)) return null;
  const version = Number(params.get("versie"));
  return { key: NOTICES[name as AuthoringNotice], version: Number.isSafeInteger(version) && version > 0 ? version : 0 };
}

export const coursePath = (slug: string) => `/auteur/cursussen/${slug}`;
export const editorPath = (slug: string, file: string) => `/auteur/cursussen/${slug}/concept/${file}`;
export const versionPath = (slug: string, number: number) => `/auteur/cursussen/${slug}/versies/${number}`;
