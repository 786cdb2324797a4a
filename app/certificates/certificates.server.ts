// What a finished course gives its learner: the completion summary, the certificate PDF, and
// the public check of a verification code, which tells a stranger no more than the name,
// the course and the date.
import { z } from "zod";
import type { SessionUser } from "~/auth/session.server";
import { latestVersionId, loadVersion } from "~/content/published.server";
import { db } from "~/db.server";
import { getEnv } from "~/env.server";
import { renderCertificatePdf } from "./certificate-pdf.server";

const ScenarioScoresSchema = z.object({ signaleren: z.number(), duiden: z.number(), handelen: z.number() });

/** The scores JSON written by recordCompletion (app/progress/completion.server.ts). */
const RecordedScoresSchema = z.object({
  scenarios: z.record(ScenarioScoresSchema.nullable()).default({}),
  quizzes: z.record(z.object({ bestScore: z.number(), attempts: z.number() })).default({}),
});

type ScenarioScores = z.infer<typeof ScenarioScoresSchema>;

export interface CompletionSummary {
  slug: string;
  courseTitle: string;
  versionNumber: number;
  completedAt: string;
  verificationCode: string;
  scenarios: { id: string; title: string | null; scores: ScenarioScores | null; maxScores: ScenarioScores | null }[];
  quizzes: { id: string; title: string | null; bestScore: number; attempts: number }[];
}

const RECORD_SELECT = {
  courseSlug: true,
  versionId: true,
  versionNumber: true,
  completedAt: true,
  verificationCode: true,
  scores: true,
} as const;

/** The person's own completion of a course; the latest when they finished it more than once. */
function latestCompletion(userId: string, courseSlug: string) {
  return db.completionRecord.findFirst({
    where: { userId, courseSlug },
    orderBy: [{ completedAt: "desc" }, { versionNumber: "desc" }],
    select: RECORD_SELECT,
  });
}

/** The title of the version completed; a version that is gone gives the course's latest title. */
async function courseTitleOf(record: { versionId: string; courseSlug: string }): Promise<string> {
  const version = (await loadVersion(record.versionId)) ?? (await latestVersionOf(record.courseSlug));
  return version?.title ?? record.courseSlug;
}

async function latestVersionOf(slug: string) {
  const versionId = await latestVersionId(slug);
  return versionId ? loadVersion(versionId) : null;
}

function parseScores(json: string): z.infer<typeof RecordedScoresSchema> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = {};
  }
  const parsed = RecordedScoresSchema.safeParse(value);
  return parsed.success ? parsed.data : { scenarios: {}, quizzes: {} };
}

export async function completionSummary(userId: string, courseSlug: string): Promise<CompletionSummary | null> {
  const record = await latestCompletion(userId, courseSlug);
  if (!record) return null;
  const version = await loadVersion(record.versionId);
  const manifest = version?.manifest;
  const scores = parseScores(record.scores);
  const lessonTitle = (slug: string) => manifest?.lessons.find((lesson) => lesson.slug === slug)?.title ?? null;
  return {
    slug: record.courseSlug,
    courseTitle: version?.title ?? (await courseTitleOf(record)),
    versionNumber: record.versionNumber,
    completedAt: record.completedAt.toISOString(),
    verificationCode: record.verificationCode,
    scenarios: Object.entries(scores.scenarios).map(([id, recorded]) => {
      const scenario = manifest?.scenarios[id];
      return { id, title: scenario?.title ?? null, scores: recorded, maxScores: scenario?.maxScores ?? null };
    }),
    quizzes: Object.entries(scores.quizzes).map(([id, recorded]) => {
      const quiz = manifest?.quizzes[id];
      return { id, title: quiz ? (quiz.title ?? lessonTitle(quiz.lesson)) : null, ...recorded };
    }),
  };
}

/** The public page that checks a code, with the code filled in. */
export function verificationUrl(code: string): string {
  return `${getEnv().appUrl}/verificatie?code=${encodeURIComponent(code)}`;
}

/** The person's certificate for a course, or null when they have not completed it. */
export async function certificatePdf(user: Pick<SessionUser, "id" | "name" | "locale">, courseSlug: string): Promise<Uint8Array | null> {
  const record = await latestCompletion(user.id, courseSlug);
  if (!record) return null;
  return renderCertificatePdf({
    name: user.name,
    courseTitle: await courseTitleOf(record),
    versionNumber: record.versionNumber,
    completedAt: record.completedAt,
    verificationCode: record.verificationCode,
    verifyUrl: verificationUrl(record.verificationCode),
    locale: user.locale,
  });
}

/**
 * What the public may learn from a code: whose certificate it is, for which course and when.
 * The name is null once the person's account was erased: the certificate stays genuine.
 */
export interface VerifiedCertificate {
  name: string | null;
  courseTitle: string;
  /** The day only ("2026-11-28"), not the time. */
  completedOn: string;
}

export async function verifyCertificate(code: string): Promise<VerifiedCertificate | null> {
  const record = await db.completionRecord.findUnique({
    where: { verificationCode: code },
    select: { versionId: true, courseSlug: true, completedAt: true, user: { select: { name: true } } },
  });
  if (!record) return null;
  return { name: record.user?.name ?? null, courseTitle: await courseTitleOf(record), completedOn: calendarDay(record.completedAt) };
}

/** The calendar day of a moment in the Netherlands, "2026-11-28": a date without the time. */
function calendarDay(value: Date): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "Europe/Amsterdam" }).format(value);
}
