import { formatList } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

/** Duration, audience and number of lessons of a course, as a description list. */
export function CourseFacts({ minutes, sectors, lessons }: { minutes: number; sectors: string[]; lessons: number }) {
  const { t, locale } = useTranslation();
  return (
    <dl className="facts">
      <div>
        <dt>{t("courses.duration")}</dt>
        <dd>{t("courses.minutes", { minutes })}</dd>
      </div>
      <div>
        <dt>{t("courses.audience")}</dt>
        <dd>{formatList(sectors, locale)}</dd>
      </div>
      <div>
        <dt>{t("courses.lessons")}</dt>
        <dd>{lessons}</dd>
      </div>
    </dl>
  );
}
