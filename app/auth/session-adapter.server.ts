// lucia's storage Adapter over Prisma. The published @lucia-auth/adapter-prisma refuses
// Prisma 6 as a peer, and the interface is small enough to own.
import type { Adapter, DatabaseSession, DatabaseUser } from "lucia";
import type { Database, Prisma } from "~/db/create-database.server";
import { selectRows } from "~/db/direct-sql.server";
import type { Locale, PlatformRole, SchoolRole, Sector } from ".prisma/signaal-sqlite";

/** What a session needs to know about its user: no password hash, nothing personal beyond the name. */
export const SESSION_USER_SELECT = {
  id: true,
  name: true,
  email: true,
  locale: true,
  platformRole: true,
  passwordChangedAt: true,
  deactivatedAt: true,
  memberships: {
    where: { deactivatedAt: null },
    select: { role: true, school: { select: { id: true, name: true, sector: true } } },
    orderBy: { createdAt: "asc" },
  },
} as const;

export type SessionUserRow = Prisma.UserGetPayload<{ select: typeof SESSION_USER_SELECT }>;

interface SessionRow {
  sessionId: string;
  userId: string;
  expiresAt: Date | string;
  sessionCreatedAt: Date | string;
  name: string;
  email: string;
  locale: Locale;
  platformRole: PlatformRole | null;
  passwordChangedAt: Date | string;
  deactivatedAt: Date | string | null;
  schoolRole: SchoolRole | null;
  schoolId: string | null;
  schoolName: string | null;
  schoolSector: Sector | null;
}

const SESSION_AND_USER_SQL = `
  SELECT s."id" AS "sessionId", s."userId", s."expiresAt", s."createdAt" AS "sessionCreatedAt",
         u."name", u."email", u."locale", u."platformRole", u."passwordChangedAt", u."deactivatedAt",
         m."role" AS "schoolRole", sc."id" AS "schoolId", sc."name" AS "schoolName", sc."sector" AS "schoolSector"
  FROM "Session" s
  JOIN "User" u ON u."id" = s."userId"
  LEFT JOIN "SchoolMembership" m ON m."userId" = u."id" AND m."deactivatedAt" IS NULL
  LEFT JOIN "School" sc ON sc."id" = m."schoolId"
  WHERE s."id" = ?
  ORDER BY m."createdAt"`;

export function createSessionAdapter(db: Database): Adapter {
  return {
    // Runs on every signed-in request: one joined query, on SQLite without Prisma's per-query work.
    async getSessionAndUser(sessionId): Promise<[DatabaseSession | null, DatabaseUser | null]> {
      const rows = await selectRows<SessionRow>(db, SESSION_AND_USER_SQL, [sessionId]);
      const first = rows[0];
      if (!first) return [null, null];
      const user: SessionUserRow = {
        id: first.userId,
        name: first.name,
        email: first.email,
        locale: first.locale,
        platformRole: first.platformRole,
        passwordChangedAt: new Date(first.passwordChangedAt),
        deactivatedAt: first.deactivatedAt === null ? null : new Date(first.deactivatedAt),
        memberships: rows
          .filter((row) => row.schoolId !== null)
          .map((row) => ({ role: row.schoolRole!, school: { id: row.schoolId!, name: row.schoolName!, sector: row.schoolSector! } })),
      };
      return [
        { id: first.sessionId, userId: first.userId, expiresAt: new Date(first.expiresAt), attributes: { createdAt: new Date(first.sessionCreatedAt) } },
        { id: user.id, attributes: user },
      ];
    },
    async getUserSessions(userId) {
      const sessions = await db.session.findMany({ where: { userId } });
      return sessions.map((session) => ({
        id: session.id,
        userId: session.userId,
        expiresAt: session.expiresAt,
        attributes: { createdAt: session.createdAt },
      }));
    },
    async setSession(session) {
      await db.session.create({
        data: { id: session.id, userId: session.userId, expiresAt: session.expiresAt, ...session.attributes },
      });
    },
    async updateSessionExpiration(sessionId, expiresAt) {
      await db.session.updateMany({ where: { id: sessionId }, data: { expiresAt } });
    },
    async deleteSession(sessionId) {
      await db.session.deleteMany({ where: { id: sessionId } });
    },
    async deleteUserSessions(userId) {
      await db.session.deleteMany({ where: { userId } });
    },
    async deleteExpiredSessions() {
      await db.session.deleteMany({ where: { expiresAt: { lte: new Date() } } });
    },
  };
}
