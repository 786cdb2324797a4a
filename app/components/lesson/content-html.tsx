// Course content arrives as HTML that was rendered once, at publish time, from checked MDX
// and a fixed set of components (app/content/render-lesson.server.tsx): it is trusted here.
// Courses are written in Dutch, so content says so, also inside an English interface.
import type { ElementType } from "react";

export const CONTENT_LANGUAGE = "nl";

export function ContentHtml({ html, as: Tag = "div", className, id }: { html: string; as?: ElementType; className?: string; id?: string }) {
  return <Tag className={className} id={id} lang={CONTENT_LANGUAGE} dangerouslySetInnerHTML={{ __html: html }} />;
}

/** A title or other plain text from a course. */
export function ContentText({ children }: { children: string }) {
  return <span lang={CONTENT_LANGUAGE}>{children}</span>;
}
