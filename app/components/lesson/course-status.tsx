import { useTranslation } from "~/i18n/use-translation";
import type { CourseStatus } from "~/progress/progress-view";

/** "Status: bezig": the learner's status in a course, in words (colour is only a second cue). */
export function CourseStatusTag({ status }: { status: CourseStatus }) {
  const { t } = useTranslation();
  return <strong className={`status status--${status}`}>{t("myCourses.status", { status: t(`myCourses.status.${status}`) })}</strong>;
}
