// The authors' guide (content/README.md) as HTML for the page /auteur/handleiding, with ids on
// its headings and its chapters for a table of contents. Read and converted once per process.
import { readFile } from "node:fs/promises";
import path from "node:path";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";

const AUTHORS_GUIDE_FILE = path.join("content", "README.md");

export interface GuideHeading {
  id: string;
  text: string;
  depth: number;
}

export interface AuthorsGuide {
  html: string;
  /** The chapters (level-2 headings), in order, for the table of contents. */
  headings: GuideHeading[];
}

const TOC_DEPTH = 2;

// The few hast shapes this module touches; the hast types in node_modules are an older major.
interface HastNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function textOf(node: HastNode): string {
  if (node.type === "text") return node.value ?? "";
  return (node.children ?? []).map(textOf).join("");
}

/** Only web, e-mail and in-page links lead anywhere from the app; the rest point into the repository. */
function leadsSomewhere(href: unknown): boolean {
  return typeof href === "string" && /^(https?:|mailto:|#)/i.test(href);
}

/**
 * Fits the guide into the page: its own h1 goes (the page has one), links into the repository
 * become plain text, and the chapters are collected for the table of contents.
 */
function fitToPage(headings: GuideHeading[]) {
  return (tree: HastNode) => {
    const title = (tree.children ?? []).findIndex((node) => node.tagName === "h1");
    if (title !== -1) tree.children?.splice(title, 1);

    const walk = (node: HastNode) => {
      if (!node.children) return;
      node.children = node.children.flatMap((child) =>
        child.tagName === "a" && !leadsSomewhere(child.properties?.href) ? (child.children ?? []) : [child],
      );
      for (const child of node.children) walk(child);
    };
    walk(tree);

    for (const node of tree.children ?? []) {
      if (node.tagName === `h${TOC_DEPTH}` && typeof node.properties?.id === "string") {
        headings.push({ id: node.properties.id, text: textOf(node).trim(), depth: TOC_DEPTH });
      }
    }
  };
}

/**
 * Markdown with GFM tables to HTML. Raw HTML in the Markdown is dropped, not passed through:
 * the guide is trusted repository text, but the page should not depend on that.
 */
export function renderGuide(markdown: string): AuthorsGuide {
  const headings: GuideHeading[] = [];
  const html = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: false })
    .use(rehypeSlug)
    .use(fitToPage, headings)
    .use(rehypeStringify, { allowDangerousHtml: false })
    .processSync(markdown)
    .toString()
    .trim();
  return { html, headings };
}

let guide: Promise<AuthorsGuide> | undefined;

/** The guide from content/README.md under the project root (the working directory, as for `npm start`). */
export function authorsGuide(): Promise<AuthorsGuide> {
  guide ??= readFile(path.join(process.cwd(), AUTHORS_GUIDE_FILE), "utf8")
    .then(renderGuide)
    .catch((error: unknown) => {
      guide = undefined;
      throw error;
    });
  return guide;
}
