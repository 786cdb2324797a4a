// The live preview beside the editor: the lesson rendered on the server by the publishing
// pipeline and shown with the very components of the teacher's lesson page, in a disabled
// fieldset so that nothing in it can be answered or saved. It follows the text ~800 ms
// after typing stops; a newer request cancels the one still running.
import { useEffect, useRef, useState } from "react";
import type { PreviewPage } from "~/authoring/preview.server";
import type { LessonProgressView } from "~/components/lesson/lesson-progress";
import { ContentText } from "~/components/lesson/content-html";
import { LessonSegments } from "~/components/lesson/segments";
import type { Fault } from "~/content/faults";
import { useTranslation } from "~/i18n/use-translation";

export const PREVIEW_AFTER_TYPING_MS = 800;

export interface PreviewReply {
  faults: Fault[];
  page: PreviewPage | null;
  /** Quiz attempts the course allows (cursus.yml), as the teacher would see them counted. */
  maxAttempts: number;
}

interface PreviewState {
  status: "waiting" | "updating" | "ready" | "faults" | "failed";
  /** The last preview without faults, shown until a newer one arrives. */
  reply: PreviewReply | null;
  faults: Fault[];
}

export function useLessonPreview(url: string, content: string, enabled: boolean): PreviewState {
  const [state, setState] = useState<PreviewState>({ status: "waiting", reply: null, faults: [] });
  const running = useRef<AbortController | null>(null);
  const first = useRef(true);

  useEffect(() => {
    if (!enabled) return;
    const wait = first.current ? 0 : PREVIEW_AFTER_TYPING_MS;
    first.current = false;
    const timer = setTimeout(async () => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setState((previous) => ({ ...previous, status: "updating" }));
      try {
        const response = await fetch(url, {
          method: "POST",
          body: new URLSearchParams({ inhoud: content }),
          headers: { Accept: "application/json" },
          signal: controller.signal,
        });
        if (!response.ok) throw new Error(`preview answered ${response.status}`);
        const reply = (await response.json()) as PreviewReply;
        if (controller.signal.aborted) return;
        setState((previous) =>
          reply.page ? { status: "ready", reply, faults: [] } : { status: "faults", reply: previous.reply, faults: reply.faults },
        );
      } catch {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, status: "failed" }));
      }
    }, wait);
    return () => clearTimeout(timer);
  }, [url, content, enabled]);

  useEffect(() => () => running.current?.abort(), []);
  return state;
}

/** A learner who has just opened the lesson: every scenario at its first step, no quiz taken, no reflection written. */
function freshProgress(page: PreviewPage, maxAttempts: number): LessonProgressView {
  return {
    token: "voorbeeld",
    status: "in-progress",
    outstanding: [],
    scenarios: Object.fromEntries(
      Object.values(page.scenarios).map((scenario) => [scenario.id, { path: [], finished: false, position: { kind: "step" as const, step: scenario.step, taken: [] } }]),
    ),
    quizzes: Object.fromEntries(
      Object.keys(page.quizzes).map((id) => [id, { attempts: 0, maxAttempts, passed: false, bestScore: 0, lastResult: null }]),
    ),
    reflections: Object.fromEntries(Object.keys(page.reflections).map((id) => [id, { text: "", updatedAt: null }])),
    currentLesson: null,
    retake: null,
  };
}

export function LessonPreview({ url, content, enabled, lessonSlug }: { url: string; content: string; enabled: boolean; lessonSlug: string }) {
  const { t } = useTranslation();
  const state = useLessonPreview(url, content, enabled);
  const reply = state.reply;
  let status = "";
  if (!enabled) status = t("editor.preview.needsScript");
  else if (state.status === "updating") status = t("editor.preview.updating");
  else if (state.status === "ready") status = t("editor.preview.ready");
  else if (state.status === "failed") status = t("editor.preview.failed");
  else if (state.status === "faults") status = reply?.page ? t("editor.preview.faults") : t("editor.preview.faultsNoPreview");

  return (
    // Focusable, so that keyboard users can scroll the preview where it scrolls on its own.
    <section className="editor-preview" aria-labelledby="voorbeeld-titel" aria-busy={state.status === "updating"} tabIndex={0}>
      <h2 id="voorbeeld-titel">{t("editor.preview.title")}</h2>
      <p className="editor-preview__intro">{t("editor.preview.intro")}</p>
      <p role="status" className="editor-preview__status">
        {status}
      </p>
      {state.status === "faults" ? (
        <ul className="editor-preview__faults">
          {state.faults.map((fault, index) => (
            <li key={`${fault.line}:${fault.column}:${index}`}>
              {t("editor.faults.place", { line: fault.line, column: fault.column })}: <span lang="nl">{fault.message}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {reply?.page ? (
        <fieldset disabled className="editor-preview__page">
          <legend className="visually-hidden">{t("editor.preview.readOnlyLegend")}</legend>
          <p className="editor-preview__lesson-title">
            <ContentText>{reply.page.title}</ContentText>
          </p>
          <div className="lesson">
            <LessonSegments
              page={{
                course: { slug: "", versionId: "voorbeeld", number: 0, title: "", lessons: [] },
                lesson: { slug: lessonSlug, position: 1, title: reply.page.title, segments: reply.page.segments },
                scenarios: reply.page.scenarios,
                quizzes: reply.page.quizzes,
                reflections: reply.page.reflections,
              }}
              progress={freshProgress(reply.page, reply.maxAttempts)}
              reply={null}
              schoolContacts={[]}
            />
          </div>
        </fieldset>
      ) : null}
    </section>
  );
}
