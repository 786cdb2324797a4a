// The lesson editor: a labelled textarea in a form that saves without JavaScript, which
// becomes CodeMirror once the page runs it, with the palette, the faults, autosave with its
// status in words, the warnings for a second author and a conflict, and the live preview.
import { Form } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useNonce } from "~/components/nonce";
import type { Fault } from "~/content/faults";
import { formatList, formatTime } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import type { CodeEditor } from "./code-editor.client";
import { ConflictNotice } from "./conflict-notice";
import type { PresentView, SaveReply } from "./editor-reply";
import { applyInsertion, componentInsertion, offsetAt } from "./editor-text";
import { FAULTS_COUNT_ID, FaultList } from "./fault-list";
import { LessonPreview } from "./lesson-preview";
import { Palette, type PaletteEntry } from "./palette";
import { type SaveProblem, useAutosave } from "./use-autosave";
import { usePresence } from "./use-presence";

export const EDITOR_FORM_ID = "editor-formulier";
const FIELD_ID = "les-inhoud";
const LABEL_ID = "les-inhoud-label";
const HINT_ID = "les-inhoud-uitleg";
const STATUS_ID = "opslag-status";

export interface EditorFile {
  path: string;
  kind: "lesson" | "course";
  content: string;
  revision: number;
}

export interface LessonEditorProps {
  /** The page's own URL: its action saves, and opening it afresh shows the stored file. */
  action: string;
  file: EditorFile;
  editable: boolean;
  faults: Fault[];
  present: PresentView[];
  palette: PaletteEntry[];
  /** The answer to a save posted without JavaScript. */
  reply: SaveReply | null;
  /** Where the preview is rendered; null for cursus.yml. */
  previewUrl: string | null;
  /** A place to put the cursor at first (from a fault listed on another page). */
  goTo?: { line: number; column: number } | null;
}

const PROBLEM_MESSAGES = {
  network: "editor.status.unsaved",
  session: "editor.status.session",
  gone: "editor.status.gone",
  "too-large": "editor.status.tooLarge",
  "not-editable": "editor.status.notEditable",
} as const satisfies Record<SaveProblem, string>;

function initialProblem(reply: SaveReply | null): SaveProblem | null {
  if (reply?.status === "too-large") return "too-large";
  if (reply?.status === "not-editable") return "not-editable";
  return null;
}

export function LessonEditor({ action, file, editable, faults: initialFaults, present: initialPresent, palette, reply, previewUrl, goTo: place }: LessonEditorProps) {
  const { t, locale } = useTranslation();
  const nonce = useNonce();
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  // After a refused save without JavaScript the author's own text stays in the field.
  const mine = reply && "mine" in reply && reply.mine !== null ? reply.mine : null;
  const conflict = reply?.status === "conflict" ? reply : null;
  const autosave = useAutosave({
    action,
    content: mine ?? file.content,
    savedContent: file.content,
    revision: conflict ? conflict.base : file.revision,
    faults: reply?.status === "saved" ? reply.faults : initialFaults,
    conflict: conflict?.theirs ?? null,
    editable,
    savedAt: reply?.status === "saved" ? reply.savedAt : null,
    problem: initialProblem(reply),
  });
  const { content, setContent } = autosave;
  const present = usePresence(action, initialPresent, hydrated && editable);

  const textarea = useRef<HTMLTextAreaElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<CodeEditor | null>(null);
  const [enhanced, setEnhanced] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const pendingCursor = useRef<number | null>(null);
  const start = useRef(place ?? null);
  const latest = useRef({ content, saveNow: autosave.saveNow });
  latest.current = { content, saveNow: autosave.saveNow };

  useEffect(() => {
    let cancelled = false;
    let created: CodeEditor | null = null;
    import("./code-editor.client")
      .then(({ createCodeEditor, documentNonce }) => {
        if (cancelled || !host.current) return;
        created = createCodeEditor({
          parent: host.current,
          text: latest.current.content,
          labelledBy: LABEL_ID,
          describedBy: `${HINT_ID} ${FAULTS_COUNT_ID}`,
          nonce: nonce || documentNonce(),
          readOnly: !editable,
          onChange: setContent,
          onBlur: () => latest.current.saveNow(),
        });
        editor.current = created;
        setEnhanced(true);
        if (start.current) created.moveTo(offsetAt(latest.current.content, start.current.line, start.current.column));
      })
      // Without CodeMirror the textarea stays: everything works in it too.
      .catch(() => undefined);
    return () => {
      cancelled = true;
      created?.destroy();
      editor.current = null;
    };
  }, [editable, nonce, setContent]);

  useEffect(() => editor.current?.setText(content), [content, enhanced]);
  useEffect(() => editor.current?.setFaults(autosave.faults), [autosave.faults, enhanced]);
  useEffect(() => {
    const cursor = pendingCursor.current;
    if (cursor === null || !textarea.current) return;
    pendingCursor.current = null;
    textarea.current.focus();
    textarea.current.setSelectionRange(cursor, cursor);
  }, [content]);

  function insert(entry: PaletteEntry) {
    if (editor.current) {
      const { from, to } = editor.current.selection();
      editor.current.apply(componentInsertion(editor.current.text(), from, to, entry.template));
    } else if (textarea.current) {
      const insertion = componentInsertion(content, textarea.current.selectionStart, textarea.current.selectionEnd, entry.template);
      pendingCursor.current = insertion.cursor;
      setContent(applyInsertion(content, insertion));
    }
    setAnnouncement(t("editor.palette.inserted", { component: entry.name }));
  }

  function goTo(fault: Fault) {
    const offset = offsetAt(content, fault.line, fault.column);
    if (editor.current) {
      editor.current.moveTo(offset);
    } else if (textarea.current) {
      textarea.current.focus();
      textarea.current.setSelectionRange(offset, offset);
    }
  }

  function focusEditor() {
    if (editor.current) editor.current.moveTo(editor.current.selection().to);
    else textarea.current?.focus();
  }

  const lesson = file.kind === "lesson";
  let status = "";
  if (autosave.conflict) status = t("editor.status.conflict");
  else if (autosave.problem) status = t(PROBLEM_MESSAGES[autosave.problem], { size: (reply?.status === "too-large" ? reply.maxBytes : 256 * 1024) / 1024 });
  else if (autosave.saving) status = t("editor.status.saving");
  else if (autosave.dirty && hydrated) status = t("editor.status.dirty");
  else if (autosave.savedAt) status = t("editor.status.savedAt", { time: formatTime(autosave.savedAt, locale) });
  const retryable = autosave.problem === "network" || autosave.problem === "session";

  return (
    <div className={previewUrl ? "editor editor--with-preview" : "editor"}>
      <div className="editor__main">
        {present.length > 0 ? (
          <div className="notice editor__presence" role="status">
            <p>{t(lesson ? "editor.presence" : "editor.presenceCourseFile", { names: formatList(present.map((person) => person.name), locale) })}</p>
          </div>
        ) : null}

        {autosave.conflict ? (
          <ConflictNotice
            theirs={autosave.conflict}
            mine={content}
            formId={EDITOR_FORM_ID}
            reloadHref={action}
            onKeepMine={
              hydrated
                ? () => {
                    autosave.keepMine();
                    focusEditor();
                  }
                : undefined
            }
            onTakeTheirs={
              hydrated
                ? () => {
                    autosave.takeTheirs();
                    focusEditor();
                  }
                : undefined
            }
          />
        ) : null}

        {hydrated && editable && lesson ? <Palette entries={palette} onInsert={insert} /> : null}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>

        <Form
          method="post"
          id={EDITOR_FORM_ID}
          className="editor__form"
          onSubmit={(event) => {
            // With JavaScript, "Opslaan" saves at once through autosave, which keeps the page as it is.
            if (!hydrated) return;
            event.preventDefault();
            autosave.saveNow();
          }}
        >
          <input type="hidden" name="intent" value="opslaan" />
          <input type="hidden" name="revisie" value={autosave.revision} />
          <label id={LABEL_ID} htmlFor={FIELD_ID} className="editor__label" onClick={enhanced ? focusEditor : undefined}>
            {t(lesson ? "editor.label" : "editor.courseFileLabel")}
          </label>
          <p id={HINT_ID} className="field__hint">
            {editable ? (hydrated ? t("editor.hint") : t("editor.hintNoScript")) : null}
          </p>
          <textarea
            ref={textarea}
            id={FIELD_ID}
            name="inhoud"
            className="editor__textarea"
            value={content}
            onChange={(event) => setContent(event.target.value)}
            onBlur={() => autosave.saveNow()}
            readOnly={!editable}
            hidden={enhanced}
            rows={30}
            spellCheck
            lang="nl"
            aria-describedby={`${HINT_ID} ${FAULTS_COUNT_ID}`}
          />
          <div ref={host} className="editor__code" lang="nl" />
          <div className="editor__actions">
            {editable ? (
              <button type="submit" className="button">
                {t("editor.save")}
              </button>
            ) : null}
            <p id={STATUS_ID} role="status" className={autosave.problem || autosave.conflict ? "editor__status editor__status--problem" : "editor__status"}>
              {status}
            </p>
            {retryable && hydrated ? (
              <button type="button" className="button button--secondary" onClick={autosave.saveNow} disabled={autosave.saving}>
                {t("editor.status.retryNow")}
              </button>
            ) : null}
          </div>
        </Form>

        <FaultList
          faults={autosave.faults}
          title={t(lesson ? "editor.faults.title" : "editor.faults.courseFileTitle")}
          target={FIELD_ID}
          onGoTo={hydrated ? goTo : undefined}
        />
      </div>
      {previewUrl ? (
        <div className="editor__preview">
          <LessonPreview url={previewUrl} content={content} enabled={hydrated} lessonSlug={file.path.replace(/\.mdx$/, "")} />
        </div>
      ) : null}
    </div>
  );
}
