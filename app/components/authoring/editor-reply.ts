// What the lesson editor's page action answers, shared by the route and the editor's parts.
// Dates travel as ISO strings.
import type { Fault } from "~/content/faults";

export interface TheirVersion {
  content: string;
  revision: number;
  updatedByName: string | null;
  updatedAt: string;
}

export interface PresentView {
  name: string;
  openedAt: string;
}

export type SaveReply =
  | { intent: "opslaan"; status: "saved"; revision: number; savedAt: string; faults: Fault[] }
  /** `base` is the revision the refused text was based on; `mine` is that text, kept for the page without JavaScript. */
  | { intent: "opslaan"; status: "conflict"; theirs: TheirVersion; base: number; mine: string }
  | { intent: "opslaan"; status: "not-editable"; mine: string }
  | { intent: "opslaan"; status: "too-large"; maxBytes: number; mine: string | null }
  | { intent: "opslaan"; status: "bad-request" };

export interface PresenceReply {
  intent: "aanwezig";
  present: PresentView[];
}

/**
 * Nothing was saved and the editor still holds the text: the server or the network was
 * unreachable ("network"), the session ended ("session"), or the draft is gone ("gone").
 */
export interface UnsavedReply {
  intent: "unsaved";
  reason: "network" | "session" | "gone";
}

export type EditorReply = SaveReply | PresenceReply | UnsavedReply;
