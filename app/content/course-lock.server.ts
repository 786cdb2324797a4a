// One writer per course at a time: publishing and starting a draft read "the latest version"
// or "the open draft" and then write, so two at once must not both see the same state.
import type { Prisma } from "~/db/create-database.server";

/**
 * Locks the course row until the transaction ends. A write that changes nothing takes the
 * row lock on PostgreSQL (the same effect as SELECT ... FOR UPDATE) and is valid SQL on
 * SQLite too, where transactions already run one at a time.
 */
export async function lockCourse(tx: Prisma.TransactionClient, courseId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Course" SET "slug" = "slug" WHERE "id" = ${courseId}`;
}

/** Whether an error is a unique-constraint violation, which a retry can resolve. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "P2002";
}
