// Turns YAML syntax errors and Zod validation errors into located, Dutch faults.
import type { Document } from "yaml";
import { isMap, isScalar, isSeq } from "yaml";
import type { ZodError } from "zod";
import type { Position } from "./faults";

export interface LocatedMessage {
  position: Position;
  message: string;
}

/** Line and column in the file of an offset into the YAML text; `offset.line` is the line before the YAML starts. */
function locate(text: string, index: number, offset: Position): Position {
  const before = text.slice(0, Math.max(0, index));
  const lines = before.split("\n");
  return { line: offset.line + lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

export function yamlFaults(document: Document, text: string, offset: Position): LocatedMessage[] {
  return document.errors.map((error) => ({
    position: locate(text, error.pos[0], offset),
    message: `De kop is geen geldige YAML: ${error.message.split("\n")[0]}`,
  }));
}

export function zodFaults(error: ZodError, document: Document, text: string, offset: Position): LocatedMessage[] {
  return error.issues.map((issue) => {
    let node: unknown = document.contents;
    let located: unknown = node;
    for (const key of issue.path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        node = pair?.value;
        located = node ?? pair?.key ?? located;
      } else if (isSeq(node) && typeof key === "number") {
        node = node.items[key];
        located = node ?? located;
      } else {
        break;
      }
    }
    const range = (located as { range?: [number, number, number] } | undefined)?.range;
    const message =
      issue.code === "unrecognized_keys"
        ? `Onbekende sleutel(s): ${issue.keys.join(", ")}. Controleer de spelling.`
        : issue.message;
    return { position: locate(text, range?.[0] ?? 0, offset), message };
  });
}
