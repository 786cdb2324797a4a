// The contacts page's address after a change, carrying which notice to show: a page that
// works without JavaScript and survives a reload, with no session flash to keep.
import type { MessageKey } from "~/i18n/translate";

export const CONTACTS_PATH = "/coordinator/contactpersonen";

const NOTICES = {
  toegevoegd: "contacts.notice.created",
  gewijzigd: "contacts.notice.updated",
  verwijderd: "contacts.notice.deleted",
  verplaatst: "contacts.notice.moved",
} as const satisfies Record<string, MessageKey>;

export type ContactNotice = keyof typeof NOTICES;

export function contactsAfter(notice: ContactNotice): string {
  return `${CONTACTS_PATH}?melding=${notice}`;
}

/** The notice a query string asks for; unknown names show nothing. */
export function contactNoticeFrom(params: URLSearchParams): MessageKey | null {
  const name = params.get("melding");
  return name && Object.hasOwn(NOTICES, name) ? NOTICES[name as ContactNotice] : null;
}
