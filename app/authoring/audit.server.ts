// The audit log of course content: who created, changed, reviewed, published, withdrew or
// rolled back what, and when. Entries are written in the same transaction as the change they
// record, and are never changed afterwards.
import type { Database, Prisma } from "~/db/create-database.server";
import type { AuditAction } from "./audit-actions";

export { AUDIT_ACTIONS, type AuditAction } from "./audit-actions";

type Writer = Pick<Database, "auditEntry"> | Prisma.TransactionClient;

export interface AuditInput {
  actorId: string | null;
  action: AuditAction;
  courseSlug: string | null;
  /** What else identifies the subject, e.g. { bestand: "02-gesprek.mdx" } or { versie: 3 }. */
  detail?: Record<string, string | number | null>;
}

export async function recordAudit(db: Writer, input: AuditInput): Promise<void> {
  await db.auditEntry.create({
    data: {
      actorId: input.actorId,
      action: input.action,
      courseSlug: input.courseSlug,
      detail: input.detail ? JSON.stringify(input.detail) : null,
    },
  });
}
