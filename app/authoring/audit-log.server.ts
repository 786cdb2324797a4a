// The audit log as administrators read it: newest first, filtered by course and action, a
// page at a time.
import type { Database } from "~/db/create-database.server";
import { AUDIT_ACTIONS, type AuditAction } from "./audit.server";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  courseSlug: string | null;
  action: AuditAction | null;
  page: number;
}

export interface AuditRow {
  id: string;
  createdAt: Date;
  actor: string | null;
  action: AuditAction;
  courseSlug: string | null;
  detail: [string, string][];
}

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** The filter a query string asks for; anything unknown is left out rather than refused. */
export function auditFilterFrom(params: URLSearchParams): AuditFilter {
  const course = params.get("cursus")?.trim() || null;
  const action = params.get("actie");
  const page = Number(params.get("pagina"));
  return { courseSlug: course, action: isAuditAction(action) ? action : null, page: Number.isSafeInteger(page) && page > 0 ? page : 1 };
}

function detailPairs(detail: string | null): [string, string][] {
  if (!detail) return [];
  try {
    const parsed = JSON.parse(detail) as Record<string, unknown>;
    return Object.entries(parsed)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([key, value]) => [key, String(value)]);
  } catch {
    return [["detail", detail]];
  }
}

export async function listAuditEntries(db: Database, filter: AuditFilter) {
  const where = { ...(filter.courseSlug ? { courseSlug: filter.courseSlug } : {}), ...(filter.action ? { action: filter.action } : {}) };
  const [count, rows, courses] = await Promise.all([
    db.auditEntry.count({ where }),
    db.auditEntry.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, createdAt: true, action: true, courseSlug: true, detail: true, actor: { select: { name: true } } },
    }),
    db.auditEntry.findMany({ where: { courseSlug: { not: null } }, distinct: ["courseSlug"], orderBy: { courseSlug: "asc" }, select: { courseSlug: true } }),
  ]);
  const entries: AuditRow[] = rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    actor: row.actor?.name ?? null,
    action: row.action as AuditAction,
    courseSlug: row.courseSlug,
    detail: detailPairs(row.detail),
  }));
  return {
    count,
    page: filter.page,
    pages: Math.max(1, Math.ceil(count / AUDIT_PAGE_SIZE)),
    entries,
    courses: courses.map((row) => row.courseSlug!),
  };
}
