// The menu: what each role may open, in the order it is shown. The pages themselves check
// the role again on the server; hiding a link is a courtesy, not a guard. Published courses
// and the settings are for everyone signed in, so they follow the role's own items once.
import type { MessageKey } from "~/i18n/translate";
import type { Role } from "./roles";

export interface NavigationItem {
  to: string;
  label: MessageKey;
}

const ITEMS: Record<Role, NavigationItem[]> = {
  teacher: [{ to: "/docent", label: "nav.myCourses" }],
  coordinator: [
    { to: "/coordinator", label: "nav.schoolOverview" },
    { to: "/coordinator/docenten", label: "nav.teachers" },
    { to: "/coordinator/toewijzingen", label: "nav.assignments" },
    { to: "/coordinator/contactpersonen", label: "contacts.nav" },
  ],
  author: [
    { to: "/auteur", label: "nav.writeCourses" },
    { to: "/auteur/beoordelen", label: "nav.review" },
  ],
  admin: [
    { to: "/beheer", label: "nav.adminOverview" },
    { to: "/beheer/scholen", label: "nav.schools" },
    { to: "/beheer/gemeenten", label: "nav.municipalities" },
    { to: "/beheer/trainingen", label: "nav.trainings" },
    { to: "/beheer/statistieken", label: "nav.statistics" },
    { to: "/beheer/berichten", label: "nav.outbox" },
    { to: "/beheer/audit", label: "authoring.audit.nav" },
  ],
};

export function navigationFor(roles: readonly Role[]): NavigationItem[] {
  const items = roles.flatMap((role) => ITEMS[role]);
  return [...items, { to: "/cursussen", label: "nav.courses" }, { to: "/instellingen", label: "nav.settings" }];
}
