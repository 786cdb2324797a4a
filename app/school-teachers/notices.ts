// The address after a change carries which notice to show (post/redirect/get): the page works
// without JavaScript and survives a reload, with no session flash to keep.
import type { MessageKey } from "~/i18n/translate";

const NOTICES = {
  uitgenodigd: "teachers.notice.invited",
  geimporteerd: "teachers.notice.imported",
  "opnieuw-verstuurd": "teachers.notice.resent",
  ingetrokken: "teachers.notice.revoked",
  gedeactiveerd: "teachers.notice.deactivated",
  geheractiveerd: "teachers.notice.reactivated",
  "groepen-opgeslagen": "teachers.notice.groupsSaved",
  "groep-aangemaakt": "teachers.groups.notice.created",
  "groep-hernoemd": "teachers.groups.notice.renamed",
  "groep-verwijderd": "teachers.groups.notice.deleted",
  "lid-toegevoegd": "teachers.groups.notice.memberAdded",
  "lid-verwijderd": "teachers.groups.notice.memberRemoved",
} as const satisfies Record<string, MessageKey>;

export type NoticeName = keyof typeof NOTICES;

/** The path with ?melding= (and &aantal=) added, keeping a query it has. */
export function withNotice(path: string, notice: NoticeName, count?: number): string {
  const [base, hash] = path.split("#");
  const params = new URLSearchParams({ melding: notice });
  if (count !== undefined) params.set("aantal", String(count));
  const joined = base!.includes("?") ? `${base}&${params}` : `${base}?${params}`;
  return hash ? `${joined}#${hash}` : joined;
}

/** The notice a query string asks for; unknown names show nothing. */
export function noticeFrom(params: URLSearchParams): { key: MessageKey; count: number } | null {
  const name = params.get("melding");
  if (!name || !Object.hasOwn(NOTICES, name)) return null;
  const count = Number(params.get("aantal"));
  return { key: NOTICES[name as NoticeName], count: Number.isSafeInteger(count) && count > 0 ? count : 0 };
}
