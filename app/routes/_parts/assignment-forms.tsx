// The assignment forms: a new assignment (course, for whom, date, reminders) and the date and
// reminders of an existing one. Fields follow components/form.tsx: the message at the field,
// tied with aria-describedby; the summary at the top links to each field by its id.
import { Form } from "@remix-run/react";
import { type AssignmentFormValues, OVERDUE_EVERY_DAYS, REMIND_DAYS_BEFORE, SCOPES } from "~/assignments/assignment-form";
import { Field, FieldMessages, SelectField, fieldDescription } from "~/components/form";
import type { FieldErrors } from "~/components/form-validation";
import type { Translate } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

export interface FormChoices {
  courses: { id: string; title: string }[];
  groups: { id: string; name: string; members: number }[];
  teachers: { id: string; name: string; email: string }[];
}

/** "7 dagen vooraf, daarna elke 7 dagen", or "Geen herinneringen". */
export function remindersText(t: Translate, assignment: { remindDaysBefore: number | null; overdueEveryDays: number | null }): string {
  const parts: string[] = [];
  if (assignment.remindDaysBefore !== null) {
    parts.push(
      assignment.remindDaysBefore === 1
        ? t("assignments.reminder.beforeOneDay")
        : t("assignments.reminder.beforeDays", { days: assignment.remindDaysBefore }),
    );
  }
  if (assignment.overdueEveryDays !== null) parts.push(t("assignments.reminder.overdueEvery", { days: assignment.overdueEveryDays }));
  return parts.length > 0 ? parts.join(", ") : t("assignments.reminder.none");
}

/** "De hele school", "Groep Onderbouw", "Gekozen docenten: Anna, Bram". */
export function scopeText(t: Translate, assignment: { scope: string; group: string | null; chosen: string[] }): string {
  if (assignment.scope === "GROUP") return t("assignments.scope.GROUP", { group: assignment.group ?? "" });
  if (assignment.scope === "TEACHERS") return t("assignments.scope.TEACHERS", { names: assignment.chosen.join(", ") });
  return t("assignments.scope.SCHOOL");
}

export function ScheduleFields({ values, errors }: { values: Pick<AssignmentFormValues, "dueDate" | "remindDaysBefore" | "overdueEveryDays">; errors: FieldErrors }) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        name="dueDate"
        label={t("assignments.form.dueDate")}
        hint={t("assignments.form.dueDateHint")}
        error={errors.dueDate}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={values.dueDate}
      />
      <SelectField
        name="remindDaysBefore"
        label={t("assignments.form.remindDaysBefore")}
        hint={t("assignments.form.remindHint")}
        error={errors.remindDaysBefore}
        defaultValue={values.remindDaysBefore}
      >
        <option value="">{t("assignments.form.remindNone")}</option>
        {REMIND_DAYS_BEFORE.map((days) => (
          <option key={days} value={String(days)}>
            {days === 1 ? t("assignments.form.remindOneDay") : t("assignments.form.remindDays", { days })}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="overdueEveryDays"
        label={t("assignments.form.overdueEveryDays")}
        hint={t("assignments.form.remindHint")}
        error={errors.overdueEveryDays}
        defaultValue={values.overdueEveryDays}
      >
        <option value="">{t("assignments.form.overdueNone")}</option>
        {OVERDUE_EVERY_DAYS.map((days) => (
          <option key={days} value={String(days)}>
            {t("assignments.form.overdueDays", { days })}
          </option>
        ))}
      </SelectField>
    </>
  );
}

export function NewAssignmentForm({ action, values, errors, choices }: { action: string; values: AssignmentFormValues; errors: FieldErrors; choices: FormChoices }) {
  const { t } = useTranslation();
  const chosen = new Set(values.teacherIds);
  return (
    <Form method="post" action={action} noValidate>
      <input type="hidden" name="intent" value="create" />
      <SelectField name="courseId" label={t("assignments.form.course")} error={errors.courseId} defaultValue={values.courseId}>
        <option value="">{t("assignments.form.chooseCourse")}</option>
        {choices.courses.map((course) => (
          <option key={course.id} value={course.id} lang="nl">
            {course.title}
          </option>
        ))}
      </SelectField>

      <fieldset className={errors.scope ? "field field--error" : "field"} aria-describedby={errors.scope ? "scope-error" : undefined}>
        <legend>{t("assignments.form.scope")}</legend>
        <FieldMessages name="scope" error={errors.scope} />
        {SCOPES.map((scope, index) => (
          <div className="choice" key={scope}>
            {/* The first option carries the field's id, so that the error summary's link lands on it. */}
            <input type="radio" id={index === 0 ? "scope" : `scope-${scope}`} name="scope" value={scope} defaultChecked={values.scope === scope} />
            <label htmlFor={index === 0 ? "scope" : `scope-${scope}`}>{t(`assignments.form.scope.${scope}`)}</label>
          </div>
        ))}
      </fieldset>

      {choices.groups.length > 0 ? (
        <SelectField name="groupId" label={t("assignments.form.group")} hint={t("assignments.form.groupHint")} error={errors.groupId} defaultValue={values.groupId}>
          <option value="">{t("assignments.form.chooseGroup")}</option>
          {choices.groups.map((group) => (
            <option key={group.id} value={group.id}>
              {t("assignments.form.groupOption", { name: group.name, count: group.members })}
            </option>
          ))}
        </SelectField>
      ) : (
        <div className={errors.groupId ? "field field--error" : "field"} id="groupId" tabIndex={-1}>
          <p className="field__hint">{t("assignments.form.noGroups")}</p>
          <FieldMessages name="groupId" error={errors.groupId} />
        </div>
      )}

      <fieldset
        id="teacherIds"
        tabIndex={-1}
        className={errors.teacherIds ? "field field--error" : "field"}
        aria-describedby={fieldDescription("teacherIds", t("assignments.form.teachersHint"), errors.teacherIds)}
      >
        <legend>{t("assignments.form.teachers")}</legend>
        <FieldMessages name="teacherIds" hint={t("assignments.form.teachersHint")} error={errors.teacherIds} />
        {choices.teachers.length === 0 ? <p>{t("assignments.form.noTeachers")}</p> : null}
        {choices.teachers.map((teacher) => (
          <div className="choice" key={teacher.id}>
            <input type="checkbox" id={`teacher-${teacher.id}`} name="teacherIds" value={teacher.id} defaultChecked={chosen.has(teacher.id)} />
            <label htmlFor={`teacher-${teacher.id}`}>
              {teacher.name} ({teacher.email})
            </label>
          </div>
        ))}
      </fieldset>

      <ScheduleFields values={values} errors={errors} />
      <p>
        <button type="submit" className="button">
          {t("assignments.form.submit")}
        </button>
      </p>
    </Form>
  );
}
