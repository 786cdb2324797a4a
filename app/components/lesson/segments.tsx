// A lesson's segments in order: pre-rendered prose, and the interactive blocks between it,
// each with the learner's saved progress. An answer posted without JavaScript comes back as
// action data and goes to its own block.
import type { LessonPage } from "~/content/published.server";
import type { SchoolContactsSection } from "~/school-contacts/contact-rules";
import { ContentHtml } from "./content-html";
import type { LessonProgressView } from "./lesson-progress";
import { QuizBlock } from "./quiz";
import { ReflectionBlock } from "./reflection";
import type { LessonReply } from "./replies";
import { ScenarioBlock } from "./scenario";

/** Whether a reply names a block on this page, which then shows it (or its error). */
export function replyHasBlock(page: Pick<LessonPage, "scenarios" | "quizzes" | "reflections">, reply: LessonReply): boolean {
  if (reply.intent === "scenario") return Object.hasOwn(page.scenarios, reply.block);
  if (reply.intent === "quiz") return Object.hasOwn(page.quizzes, reply.block);
  if (reply.intent === "reflection") return Object.hasOwn(page.reflections, reply.block);
  return false;
}

export function LessonSegments({
  page,
  progress,
  reply,
  schoolContacts,
}: {
  page: LessonPage;
  progress: LessonProgressView;
  reply: LessonReply | null;
  /** Shown at every scenario's ending: whom the learner brings in at their school. */
  schoolContacts: SchoolContactsSection[];
}) {
  const versionId = page.course.versionId;
  const locked = progress.status === "locked";
  return (
    <>
      {page.lesson.segments.map((segment, index) => {
        const key = `${index}-${segment.kind}`;
        switch (segment.kind) {
          case "html":
            return <ContentHtml key={key} className="prose" html={segment.html} />;
          case "scenario": {
            const scenario = page.scenarios[segment.id];
            const saved = progress.scenarios[segment.id];
            const submitted = reply?.intent === "scenario" && reply.block === segment.id ? reply : null;
            return scenario && saved ? (
              <ScenarioBlock
                key={key}
                scenario={scenario}
                versionId={versionId}
                progress={saved}
                token={progress.token}
                locked={locked}
                submitted={submitted}
                schoolContacts={schoolContacts}
              />
            ) : null;
          }
          case "quiz": {
            const quiz = page.quizzes[segment.id];
            const saved = progress.quizzes[segment.id];
            const submitted = reply?.intent === "quiz" && reply.block === segment.id ? reply : null;
            return quiz && saved ? (
              <QuizBlock
                key={key}
                quiz={quiz}
                versionId={versionId}
                progress={saved}
                token={progress.token}
                locked={locked}
                retakeRequested={progress.retake === segment.id}
                submitted={submitted}
              />
            ) : null;
          }
          case "reflection": {
            const reflection = page.reflections[segment.id];
            const saved = progress.reflections[segment.id];
            const submitted = reply?.intent === "reflection" && reply.block === segment.id ? reply : null;
            return reflection && saved ? (
              <ReflectionBlock key={key} reflection={reflection} versionId={versionId} saved={saved} submitted={submitted} />
            ) : null;
          }
        }
      })}
    </>
  );
}
