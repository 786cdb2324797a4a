// Autosave of one draft file. A save goes out 1.5 s after typing stops, when the editor
// loses focus, and before the author leaves the page; one save at a time, each naming the
// revision its text was based on. A save that did not arrive is tried again with growing
// waits; a conflict stops autosaving until the author chooses; the text is never dropped.
import { useBeforeUnload, useBlocker, useFetcher } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Fault } from "~/content/faults";
import type { EditorReply, TheirVersion } from "./editor-reply";

export const SAVE_AFTER_TYPING_MS = 1_500;
const FIRST_RETRY_MS = 2_000;
const LONGEST_RETRY_MS = 30_000;

export type SaveProblem = "network" | "session" | "gone" | "too-large" | "not-editable";

export interface AutosaveStart {
  /** The page URL, whose action saves. */
  action: string;
  /** The text to show: the saved file, or the author's own text after a refused save without JavaScript. */
  content: string;
  /** The text as saved on the server, and its revision. */
  savedContent: string;
  revision: number;
  faults: Fault[];
  conflict: TheirVersion | null;
  editable: boolean;
  savedAt: string | null;
  problem: SaveProblem | null;
}

export function useAutosave(start: AutosaveStart) {
  const fetcher = useFetcher<EditorReply>();
  const submit = useRef(fetcher.submit);
  submit.current = fetcher.submit;
  const [content, setContent] = useState(start.content);
  const [savedContent, setSavedContent] = useState(start.savedContent);
  const [revision, setRevision] = useState(start.revision);
  const [savedAt, setSavedAt] = useState(start.savedAt);
  const [faults, setFaults] = useState(start.faults);
  const [conflict, setConflict] = useState(start.conflict);
  const [problem, setProblem] = useState(start.problem);
  const [retries, setRetries] = useState(0);
  const sending = useRef<string | null>(null);
  const handled = useRef<unknown>(null);
  const refusedAsTooLarge = useRef(start.problem === "too-large" ? start.content : null);

  const busy = fetcher.state !== "idle";
  const dirty = content !== savedContent;
  const stopped = !start.editable || conflict !== null || problem === "not-editable" || problem === "gone";
  const waiting = problem === "too-large" && refusedAsTooLarge.current === content;

  const save = useCallback(
    (text: string, base: number) => {
      sending.current = text;
      submit.current({ intent: "opslaan", inhoud: text, revisie: String(base) }, { method: "post", action: start.action });
    },
    [start.action],
  );

  useEffect(() => {
    const reply = fetcher.data;
    if (fetcher.state !== "idle" || !reply || reply === handled.current) return;
    handled.current = reply;
    if (reply.intent === "unsaved") {
      setProblem(reply.reason);
      return;
    }
    if (reply.intent !== "opslaan") return;
    switch (reply.status) {
      case "saved":
        setSavedContent(sending.current ?? "");
        setRevision(reply.revision);
        setSavedAt(reply.savedAt);
        setFaults(reply.faults);
        setProblem(null);
        setRetries(0);
        break;
      case "conflict":
        setConflict(reply.theirs);
        setProblem(null);
        break;
      case "not-editable":
        setProblem("not-editable");
        break;
      case "too-large":
        refusedAsTooLarge.current = sending.current;
        setProblem("too-large");
        break;
      case "bad-request":
        setProblem("network");
        break;
    }
  }, [fetcher.state, fetcher.data]);

  // After typing stops, or after a growing wait when the last save did not arrive.
  useEffect(() => {
    if (stopped || busy || !dirty || waiting) return;
    const retrying = problem === "network" || problem === "session";
    const wait = retrying ? Math.min(FIRST_RETRY_MS * 2 ** retries, LONGEST_RETRY_MS) : SAVE_AFTER_TYPING_MS;
    const timer = setTimeout(() => {
      if (retrying) setRetries((count) => count + 1);
      save(content, revision);
    }, wait);
    return () => clearTimeout(timer);
  }, [content, revision, stopped, busy, dirty, waiting, problem, retries, save]);

  const saveNow = useCallback(() => {
    if (!stopped && !busy && dirty && !waiting) save(content, revision);
  }, [stopped, busy, dirty, waiting, save, content, revision]);

  /** Saves the author's text over the other version, deliberately. */
  const keepMine = useCallback(() => {
    if (!conflict) return;
    setRevision(conflict.revision);
    setConflict(null);
    save(content, conflict.revision);
  }, [conflict, content, save]);

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    setContent(conflict.content);
    setSavedContent(conflict.content);
    setRevision(conflict.revision);
    setConflict(null);
    setProblem(null);
  }, [conflict]);

  // Leaving the page: the browser asks first while something is unsaved, and a save starts.
  const unsaved = start.editable && dirty;
  useBeforeUnload(
    useCallback(
      (event: BeforeUnloadEvent) => {
        if (!unsaved) return;
        saveNow();
        event.preventDefault();
        event.returnValue = "";
      },
      [unsaved, saveNow],
    ),
  );
  // Following a link inside Signaal waits for the save; a problem leaves the author here.
  const blocker = useBlocker(({ currentLocation, nextLocation }) => unsaved && !stopped && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    if (!dirty) blocker.proceed();
    else if (stopped || waiting || problem) blocker.reset();
    else saveNow();
  }, [blocker, dirty, stopped, waiting, problem, saveNow]);

  return {
    content,
    setContent,
    revision,
    faults,
    conflict,
    problem,
    saving: busy,
    dirty,
    savedAt,
    saveNow,
    keepMine,
    takeTheirs,
  };
}
