/**
 * A path within a school's pages, keeping "?school=<id>" when the address named the school
 * (an administrator, or a coordinator of several schools). Used on the server and in the page.
 */
export function schoolPath(scope: { query: string } | string, path: string): string {
  const query = typeof scope === "string" ? scope : scope.query;
  if (!query) return path;
  return path.includes("?") ? `${path}&${query.slice(1)}` : `${path}${query}`;
}
