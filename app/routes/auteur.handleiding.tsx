// The authors' guide (content/README.md) in the app: authors are not developers and cannot
// open the repository. A table of contents to its chapters, then the guide itself (in Dutch).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { authorsGuide } from "~/authoring/authors-guide.server";
import { requireRole } from "~/auth/session.server";
import { CONTENT_LANGUAGE, ContentHtml } from "~/components/lesson/content-html";
import { pageTitle } from "~/i18n/meta";
import { useTranslation } from "~/i18n/use-translation";

export const meta = pageTitle("editor.guide.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "author");
  return authorsGuide();
}

export default function AuthorsGuidePage() {
  const { html, headings } = useLoaderData<typeof loader>();
  const { t, locale } = useTranslation();
  return (
    <article className="guide" aria-labelledby="handleiding-titel">
      <h1 id="handleiding-titel">{t("editor.guide.title")}</h1>
      {locale === CONTENT_LANGUAGE ? null : <p className="lead">{t("editor.guide.language")}</p>}
      <nav className="guide__contents" aria-label={t("editor.guide.contents")}>
        {/* The chapter titles carry their own numbers. */}
        <ul lang={CONTENT_LANGUAGE}>
          {headings.map((heading) => (
            <li key={heading.id}>
              <a href={`#${heading.id}`}>{heading.text}</a>
            </li>
          ))}
        </ul>
      </nav>
      <ContentHtml html={html} className="guide__text" />
    </article>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
