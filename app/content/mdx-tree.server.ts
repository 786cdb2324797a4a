// Reads a lesson's MDX into a syntax tree with positions, without compiling or running it.
import type { Root, RootContent } from "mdast";
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import remarkFrontmatter from "remark-frontmatter";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Position } from "./faults";

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
export type { Root, RootContent };

export class LessonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ["yaml"]);

/** Parses MDX; a syntax error becomes a LessonSyntaxError with a Dutch message. */
export function parseLesson(source: string): Root {
  try {
    return parser.parse(source);
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    throw new LessonSyntaxError(dutchSyntaxMessage(place.reason ?? place.message ?? ""), {
      line: place.line ?? 1,
      column: place.column ?? 1,
    });
  }
}

function dutchSyntaxMessage(reason: string): string {
  if (/expression|acorn/i.test(reason)) {
    return "Accolades { } zijn niet toegestaan: ze openen JavaScript. Schrijf gewone tekst zonder { en }.";
  }
  if (/closing tag|Unexpected end of file|Expected a closing/i.test(reason)) {
    return `Een onderdeel is niet goed afgesloten: elke <Naam> heeft een </Naam> nodig, of schrijf <Naam ... /> (${reason}).`;
  }
  if (/character|tag|name|attribute/i.test(reason)) {
    return `Een < of > staat op een plek waar de les een onderdeel verwacht. Schrijf in gewone tekst "kleiner dan" in plaats van < (${reason}).`;
  }
  return `Deze les is geen geldige MDX (${reason}).`;
}

export function isJsxElement(node: { type: string }): node is JsxElement {
  return node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement";
}

export function positionOf(node: { position?: { start: { line: number; column: number } } } | undefined): Position {
  return { line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 };
}

/** Plain attribute values by name; expression values and spreads are left to the checker. */
export function attributeValue(element: JsxElement, name: string): string | null | undefined {
  for (const attribute of element.attributes) {
    if (attribute.type === "mdxJsxAttribute" && attribute.name === name) {
      return typeof attribute.value === "string" || attribute.value === null ? attribute.value : undefined;
    }
  }
  return undefined;
}

export function hasAttribute(element: JsxElement, name: string): boolean {
  return element.attributes.some((attribute) => attribute.type === "mdxJsxAttribute" && attribute.name === name);
}

export type { MdxJsxAttribute };

/** Visits every node, giving each its nearest enclosing JSX element. */
export function walk(
  node: Root | RootContent,
  visitor: (node: RootContent, enclosing: JsxElement | null) => void,
  enclosing: JsxElement | null = null,
): void {
  if (node.type !== "root") visitor(node, enclosing);
  const children = "children" in node ? (node.children as RootContent[]) : [];
  const next = node.type !== "root" && isJsxElement(node) ? node : enclosing;
  for (const child of children) walk(child, visitor, next);
}

/** Direct component children of an element (looking through paragraphs and other Markdown). */
export function componentChildren(element: JsxElement): JsxElement[] {
  const found: JsxElement[] = [];
  const collect = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (isJsxElement(node)) found.push(node);
      else if ("children" in node) collect(node.children as RootContent[]);
    }
  };
  collect(element.children as RootContent[]);
  return found;
}

/** True when the element holds text or Markdown besides the named child components. */
export function hasProse(element: JsxElement, except: readonly string[] = []): boolean {
  const check = (nodes: RootContent[]): boolean =>
    nodes.some((node) => {
      if (isJsxElement(node)) return !except.includes(node.name ?? "") && hasProse(node, except);
      if (node.type === "text") return node.value.trim() !== "";
      if ("children" in node) return check(node.children as RootContent[]);
      return node.type !== "yaml";
    });
  return check(element.children as RootContent[]);
}
