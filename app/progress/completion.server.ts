// The record a finished course leaves behind: written once, in the same transaction as the
// event that completed the course, with the school-level facts the statistics count.
import { randomBytes } from "node:crypto";
import { VERIFICATION_CODE_ALPHABET } from "~/certificates/verification-code";
import type { Prisma } from "~/db/create-database.server";
import type { PublishedVersion } from "~/content/published.server";
import type { ProgressContext } from "./course-machine";


export function verificationCode(): string {
  const bytes = randomBytes(12);
  const characters = [...bytes].map((byte) => VERIFICATION_CODE_ALPHABET[byte % VERIFICATION_CODE_ALPHABET.length]).join("");
  return `${characters.slice(0, 4)}-${characters.slice(4, 8)}-${characters.slice(8, 12)}`;
}

export async function recordCompletion(
  tx: Prisma.TransactionClient,
  input: { userId: string; enrollmentId: string; version: PublishedVersion; context: ProgressContext; completedAt: Date },
): Promise<void> {
  const course = await tx.course.findUniqueOrThrow({ where: { slug: input.version.slug }, select: { id: true } });
  // The school the person teaches at; a person at several schools counts at the first.
  const membership = await tx.schoolMembership.findFirst({
    where: { userId: input.userId, deactivatedAt: null },
    orderBy: { createdAt: "asc" },
    select: { school: { select: { id: true, sector: true, municipality: { select: { id: true, prioritised: true } } } } },
  });
  await tx.completionRecord.create({
    data: {
      userId: input.userId,
      enrollmentId: input.enrollmentId,
      courseId: course.id,
      courseSlug: input.version.slug,
      versionId: input.version.id,
      versionNumber: input.version.number,
      schoolId: membership?.school.id ?? null,
      sector: membership?.school.sector ?? null,
      municipalityId: membership?.school.municipality.id ?? null,
      prioritised: membership?.school.municipality.prioritised ?? null,
      scores: JSON.stringify({
        scenarios: Object.fromEntries(Object.entries(input.context.scenarios).map(([id, progress]) => [id, progress.scores])),
        quizzes: Object.fromEntries(
          Object.entries(input.context.quizzes).map(([id, progress]) => [id, { bestScore: progress.bestScore, attempts: progress.attempts }]),
        ),
      }),
      completedAt: input.completedAt,
      verificationCode: verificationCode(),
    },
  });
}
