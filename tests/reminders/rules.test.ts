// The reminder rules and the clock questions, with fixed dates and no database.
import { describe, expect, it } from "vitest";
import { amsterdamTime, isDigestTime, isSendingHour, isoWeekKey, utcHourKey } from "../../app/reminders/calendar";
import { type ReminderPlan, dueReminder, governingPlans } from "../../app/reminders/rules";

// "Af te ronden vóór 17 maart 2026": late from 00:00 on 17 March in the Netherlands (CET).
const DUE = new Date("2026-03-16T23:00:00.000Z");
const DAY = 86_400_000;
const at = (offsetMs: number) => new Date(DUE.getTime() + offsetMs);

const plan = (overrides: Partial<ReminderPlan> = {}): ReminderPlan => ({
  assignmentId: "a1",
  courseId: "c1",
  dueDate: DUE,
  remindDaysBefore: 7,
  overdueEveryDays: 7,
  createdAt: new Date("2026-02-01T10:00:00.000Z"),
  ...overrides,
});

describe("the reminder before the due date", () => {
  it("is due from remindDaysBefore days before the due date until the due date", () => {
    expect(dueReminder(plan(), "t1", at(-7 * DAY - 1))).toBeNull();
    expect(dueReminder(plan(), "t1", at(-7 * DAY))).toEqual({ kind: "before", dedupeKey: "reminder:before:a1:t1:2026-03-16T23:00:00.000Z" });
    expect(dueReminder(plan(), "t1", at(-1))?.kind).toBe("before");
    expect(dueReminder(plan(), "t1", DUE)?.kind, "on the due moment itself it is not late yet").toBe("before");
  });

  it("has one key per assignment, teacher and due date, so it goes out once, and again for a new due date", () => {
    const early = dueReminder(plan(), "t1", at(-6 * DAY));
    const late = dueReminder(plan(), "t1", at(-1 * DAY));
    expect(early?.dedupeKey).toBe(late?.dedupeKey);
    expect(dueReminder(plan(), "t2", at(-DAY))?.dedupeKey).not.toBe(late?.dedupeKey);
    expect(dueReminder(plan({ assignmentId: "a2" }), "t1", at(-DAY))?.dedupeKey).not.toBe(late?.dedupeKey);
    const moved = plan({ dueDate: at(7 * DAY) });
    expect(dueReminder(moved, "t1", at(2 * DAY))?.dedupeKey).not.toBe(late?.dedupeKey);
  });

  it("is not sent when the coordinator chose none", () => {
    expect(dueReminder(plan({ remindDaysBefore: null }), "t1", at(-DAY))).toBeNull();
    expect(dueReminder(plan({ remindDaysBefore: 0 }), "t1", at(-DAY))).toBeNull();
  });
});

describe("overdue reminders", () => {
  it("come every overdueEveryDays days once the due date has passed, one per period", () => {
    expect(dueReminder(plan(), "t1", at(1))).toEqual({
      kind: "overdue",
      period: 1,
      dedupeKey: "reminder:overdue:a1:t1:2026-03-16T23:00:00.000Z:1",
    });
    expect(dueReminder(plan(), "t1", at(7 * DAY - 1))).toMatchObject({ period: 1 });
    expect(dueReminder(plan(), "t1", at(7 * DAY))).toMatchObject({ period: 2 });
    expect(dueReminder(plan({ overdueEveryDays: 3 }), "t1", at(10 * DAY))).toMatchObject({ period: 4 });
  });

  it("are not sent when the coordinator chose none", () => {
    expect(dueReminder(plan({ overdueEveryDays: null }), "t1", at(DAY))).toBeNull();
    expect(dueReminder(plan({ overdueEveryDays: 0 }), "t1", at(DAY))).toBeNull();
  });
});

describe("which assignment decides", () => {
  const assignment = (id: string, courseId: string, dueDate: Date | null, createdAt = new Date("2026-02-01T10:00:00.000Z")) => ({
    id,
    courseId,
    dueDate,
    remindDaysBefore: 7,
    overdueEveryDays: 7,
    createdAt,
  });

  it("is the earliest due one per teacher and course; assignments without a due date remind no one", () => {
    const plans = governingPlans([
      { assignment: assignment("school", "c1", at(14 * DAY)), teacherIds: ["t1", "t2"] },
      { assignment: assignment("group", "c1", DUE), teacherIds: ["t2"] },
      { assignment: assignment("other-course", "c2", DUE), teacherIds: ["t1"] },
      { assignment: assignment("no-date", "c3", null), teacherIds: ["t1"] },
    ]);
    const chosen = Object.fromEntries(plans.map(({ teacherId, plan }) => [`${teacherId} ${plan.courseId}`, plan.assignmentId]));
    expect(chosen).toEqual({ "t1 c1": "school", "t2 c1": "group", "t1 c2": "other-course" });
  });

  it("is the one made first when the due dates are equal", () => {
    const plans = governingPlans([
      { assignment: assignment("second", "c1", DUE, new Date("2026-02-02T10:00:00.000Z")), teacherIds: ["t1"] },
      { assignment: assignment("first", "c1", DUE, new Date("2026-02-01T10:00:00.000Z")), teacherIds: ["t1"] },
    ]);
    expect(plans.map(({ plan }) => plan.assignmentId)).toEqual(["first"]);
  });
});

describe("the clock in the Netherlands", () => {
  it("names ISO weeks by the Amsterdam date", () => {
    expect(isoWeekKey(new Date("2026-03-09T08:00:00.000Z"))).toBe("2026-W11");
    expect(isoWeekKey(new Date("2026-01-01T12:00:00.000Z"))).toBe("2026-W01");
    expect(isoWeekKey(new Date("2027-01-01T12:00:00.000Z"))).toBe("2026-W53");
    expect(isoWeekKey(new Date("2024-12-30T12:00:00.000Z"))).toBe("2025-W01");
    // Sunday 23:30 UTC is already Monday in Amsterdam.
    expect(isoWeekKey(new Date("2026-03-08T23:30:00.000Z"))).toBe("2026-W11");
    expect(isoWeekKey(new Date("2026-03-08T22:30:00.000Z"))).toBe("2026-W10");
  });

  it("keys hourly jobs by the UTC hour", () => {
    expect(utcHourKey(new Date("2026-03-09T10:59:59.999Z"))).toBe("2026-03-09T10");
  });

  it("sends mail from 07:00 until 21:00 Amsterdam time, in winter and summer time", () => {
    expect(isSendingHour(new Date("2026-03-09T05:59:00.000Z"))).toBe(false);
    expect(isSendingHour(new Date("2026-03-09T06:00:00.000Z"))).toBe(true);
    expect(isSendingHour(new Date("2026-03-09T19:59:00.000Z"))).toBe(true);
    expect(isSendingHour(new Date("2026-03-09T20:00:00.000Z"))).toBe(false);
    expect(isSendingHour(new Date("2026-07-06T05:00:00.000Z"))).toBe(true);
    expect(isSendingHour(new Date("2026-07-06T04:59:00.000Z"))).toBe(false);
    expect(amsterdamTime(new Date("2026-07-06T05:00:00.000Z"))).toEqual({ year: 2026, month: 7, day: 6, hour: 7, weekday: 1 });
  });

  it("queues the weekly digest on Monday morning", () => {
    expect(isDigestTime(new Date("2026-03-09T05:59:00.000Z"))).toBe(false);
    expect(isDigestTime(new Date("2026-03-09T06:00:00.000Z"))).toBe(true);
    expect(isDigestTime(new Date("2026-03-09T12:00:00.000Z"))).toBe(true);
    expect(isDigestTime(new Date("2026-03-10T06:00:00.000Z"))).toBe(false);
    expect(isDigestTime(new Date("2026-03-15T06:00:00.000Z"))).toBe(false);
  });
});
