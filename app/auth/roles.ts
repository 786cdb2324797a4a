// The four roles of the design card and where each one starts. Shared by server and
// browser: it holds no secrets, only names and paths.

export const ROLES = ["teacher", "coordinator", "author", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const HOME_PATH: Record<Role, string> = {
  admin: "/beheer",
  author: "/auteur",
  coordinator: "/coordinator",
  teacher: "/docent",
};

/** When a person holds several roles, the broadest decides where they land. */
const PRECEDENCE: Role[] = ["admin", "author", "coordinator", "teacher"];

export function primaryRole(roles: readonly Role[]): Role | null {
  return PRECEDENCE.find((role) => roles.includes(role)) ?? null;
}

export function homePathFor(roles: readonly Role[]): string {
  const role = primaryRole(roles);
  return role ? HOME_PATH[role] : "/geen-rol";
}
