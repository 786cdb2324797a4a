// The authors' home: every course with its latest version and open draft, and a new course.
import { type ActionFunctionArgs, type LoaderFunctionArgs, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { createCourse } from "~/authoring/drafts.server";
import { coursePath, withNotice } from "~/authoring/notices";
import { authorCourses } from "~/authoring/overview.server";
import { requireRole } from "~/auth/session.server";
import { ErrorSummary, Field } from "~/components/form";
import type { FieldErrors } from "~/components/form-validation";
import { db } from "~/db.server";
import { pageTitle } from "~/i18n/meta";
import { formatDate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";
import { DraftStatusTag } from "./_parts/authoring";

export const meta = pageTitle("author.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, "author");
  return { name: user.name, courses: await authorCourses(db) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, "author");
  const form = await request.formData();
  const values = { slug: String(form.get("slug") ?? ""), titel: String(form.get("titel") ?? "") };
  const result = await createCourse(db, { slug: values.slug, title: values.titel, actorId: user.id });
  if (result.status === "created") throw redirect(withNotice(coursePath(values.slug.trim()), "cursus-aangemaakt"));
  const errors: FieldErrors = result.status === "exists" ? { slug: "authoring.error.slugTaken" } : result.errors;
  return data({ values, errors }, { status: 400 });
}

export default function AuthorHome() {
  const { name, courses } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, locale } = useTranslation();
  return (
    <>
      <h1>{t("author.title")}</h1>
      <p className="lead">{t("author.welcome", { name })}</p>
      <ul>
        <li>
          <Link to="/auteur/beoordelen">{t("authoring.home.reviewLink")}</Link>
        </li>
        <li>
          <Link to="/auteur/importeren">{t("authoring.home.importLink")}</Link>
        </li>
        <li>
          <Link to="/auteur/handleiding">{t("editor.guide.title")}</Link>
        </li>
      </ul>

      <h2 id="cursussen">{t("authoring.home.coursesTitle")}</h2>
      {courses.length === 0 ? (
        <p>{t("authoring.home.empty")}</p>
      ) : (
        <table aria-labelledby="cursussen">
          <thead>
            <tr>
              <th scope="col">{t("authoring.home.course")}</th>
              <th scope="col">{t("authoring.home.latest")}</th>
              <th scope="col">{t("authoring.home.draft")}</th>
              <th scope="col">{t("authoring.home.availability")}</th>
            </tr>
          </thead>
          <tbody>
            {courses.map((course) => (
              <tr key={course.slug}>
                <th scope="row">
                  <Link to={coursePath(course.slug)}>{course.title}</Link>
                  <br />
                  <code>{course.slug}</code>
                </th>
                <td>
                  {course.latest
                    ? t("authoring.home.latestVersion", { number: course.latest.number, date: formatDate(course.latest.publishedAt, locale) })
                    : t("authoring.home.notPublished")}
                </td>
                <td>{course.draftStatus ? <DraftStatusTag status={course.draftStatus} /> : t("authoring.home.noDraft")}</td>
                <td>
                  {course.withdrawn ? (
                    <span className="badge badge--error">{t("authoring.home.withdrawn")}</span>
                  ) : (
                    t("authoring.home.available")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <section aria-labelledby="nieuwe-cursus" className="narrow">
        <h2 id="nieuwe-cursus">{t("authoring.newCourse.title")}</h2>
        <p>{t("authoring.newCourse.intro")}</p>
        <ErrorSummary errors={result?.errors} />
        <Form method="post" noValidate>
          <Field name="titel" label={t("authoring.newCourse.titleLabel")} defaultValue={result?.values.titel} error={result?.errors.titel} required />
          <Field
            name="slug"
            label={t("authoring.newCourse.slugLabel")}
            hint={t("authoring.newCourse.slugHint")}
            defaultValue={result?.values.slug}
            error={result?.errors.slug}
            autoComplete="off"
            required
          />
          <button type="submit" className="button">
            {t("authoring.newCourse.submit")}
          </button>
        </Form>
      </section>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/error-boundary";
