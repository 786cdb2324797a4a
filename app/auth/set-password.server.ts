// Changing a password ends every session of that person: a stolen session dies with the
// old password.
import { db } from "~/db.server";
import { hashPassword } from "./password.server";

export async function setPassword(userId: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: new Date() } }),
    db.session.deleteMany({ where: { userId } }),
  ]);
}
