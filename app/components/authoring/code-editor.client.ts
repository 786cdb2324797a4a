// CodeMirror 6 for the lesson editor, loaded only in the browser once the page works
// without it: Markdown highlighting, line numbers, the checker's faults as diagnostics at
// their line and column. Tab is left to the browser, so keyboard users can always leave
// the editor; CodeMirror's injected styles carry the page's CSP nonce.
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { markdown } from "@codemirror/lang-markdown";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { type Diagnostic, lintGutter, setDiagnostics } from "@codemirror/lint";
import { EditorSelection, EditorState } from "@codemirror/state";
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from "@codemirror/view";
// @lezer/highlight comes with @codemirror/language; its tags name what the Markdown and HTML parsers find.
import { tags } from "@lezer/highlight";
import type { Insertion } from "./editor-text";

export interface EditorFault {
  line: number;
  column: number;
  message: string;
}

export interface CodeEditorOptions {
  parent: HTMLElement;
  text: string;
  /** The id of the visible label, and of hints that describe the editor. */
  labelledBy: string;
  describedBy?: string;
  nonce: string;
  readOnly: boolean;
  onChange: (text: string) => void;
  onBlur: () => void;
}

export interface CodeEditor {
  text(): string;
  setText(text: string): void;
  setFaults(faults: readonly EditorFault[]): void;
  selection(): { from: number; to: number };
  apply(insertion: Insertion): void;
  /** Puts the cursor at the offset, scrolls it into view and focuses the editor. */
  moveTo(offset: number): void;
  destroy(): void;
}

// CodeMirror's default colours (orange strings, for one) fall below 4.5:1; these are the
// page's own colours, readable on white and on the active line.
const readableHighlighting = HighlightStyle.define([
  { tag: tags.heading, color: "#154273", fontWeight: "700" },
  { tag: tags.strong, fontWeight: "700" },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: [tags.link, tags.url], color: "#0b5394", textDecoration: "underline" },
  { tag: [tags.tagName, tags.angleBracket], color: "#154273", fontWeight: "600" },
  { tag: tags.attributeName, color: "#5c2a7e" },
  { tag: [tags.string, tags.attributeValue], color: "#1e6b34" },
  { tag: [tags.comment, tags.meta, tags.processingInstruction, tags.contentSeparator], color: "#45454f" },
  { tag: tags.invalid, color: "#b3261e" },
]);

/** The nonce of this document's scripts: React's context has it only while rendering on the server. */
export function documentNonce(): string {
  return document.querySelector<HTMLScriptElement>("script[nonce]")?.nonce ?? "";
}

function diagnosticsFor(state: EditorState, faults: readonly EditorFault[]): Diagnostic[] {
  const doc = state.doc;
  return faults.map((fault) => {
    const line = doc.line(Math.min(Math.max(fault.line, 1), doc.lines));
    const from = Math.min(line.from + Math.max(fault.column - 1, 0), line.to);
    return { from, to: from < line.to ? line.to : from, severity: "error", message: fault.message, source: "Signaal" };
  });
}

export function createCodeEditor(options: CodeEditorOptions): CodeEditor {
  let silent = false;
  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        drawSelection(),
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap]),
        markdown(),
        syntaxHighlighting(readableHighlighting),
        lintGutter(),
        EditorView.lineWrapping,
        EditorState.readOnly.of(options.readOnly),
        EditorView.cspNonce.of(options.nonce),
        EditorView.contentAttributes.of({
          // Focusable in the eyes of tools too, so the scrolling editor counts as reachable by keyboard.
          tabindex: "0",
          "aria-labelledby": options.labelledBy,
          ...(options.describedBy ? { "aria-describedby": options.describedBy } : {}),
          ...(options.readOnly ? { "aria-readonly": "true" } : {}),
        }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !silent) options.onChange(update.state.doc.toString());
          if (update.focusChanged && !update.view.hasFocus) options.onBlur();
        }),
      ],
    }),
  });

  return {
    text: () => view.state.doc.toString(),
    setText(text) {
      if (text === view.state.doc.toString()) return;
      silent = true;
      try {
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
      } finally {
        silent = false;
      }
    },
    setFaults(faults) {
      view.dispatch(setDiagnostics(view.state, diagnosticsFor(view.state, faults)));
    },
    selection() {
      const { from, to } = view.state.selection.main;
      return { from, to };
    },
    apply(insertion) {
      view.dispatch({
        changes: { from: insertion.from, to: insertion.to, insert: insertion.insert },
        selection: EditorSelection.cursor(insertion.cursor),
        scrollIntoView: true,
      });
      view.focus();
    },
    moveTo(offset) {
      const position = Math.min(Math.max(offset, 0), view.state.doc.length);
      view.dispatch({ selection: EditorSelection.cursor(position), effects: EditorView.scrollIntoView(position, { y: "center" }) });
      view.focus();
    },
    destroy: () => view.destroy(),
  };
}
