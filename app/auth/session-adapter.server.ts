// lucia's storage Adapter over Prisma. The published @lucia-auth/adapter-prisma refuses
// Prisma 6 as a peer, and the interface is small enough to own.
import type { Adapter, DatabaseSession, DatabaseUser } from "lucia";
import type { Database } from "~/db/create-database.server";

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

export function createSessionAdapter(db: Database): Adapter {
  return {
    async getSessionAndUser(sessionId): Promise<[DatabaseSession | null, DatabaseUser | null]> {
      const row = await db.session.findUnique({
        where: { id: sessionId },
        include: { user: { select: SESSION_USER_SELECT } },
      });
      if (!row) return [null, null];
      const { user, ...session } = row;
      return [
        { id: session.id, userId: session.userId, expiresAt: session.expiresAt, attributes: { createdAt: session.createdAt } },
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
