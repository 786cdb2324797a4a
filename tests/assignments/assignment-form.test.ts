// Due dates and the assignment forms, without a database: how a typed day becomes the
// moment a course is late, and which submissions are refused with which message.
import { describe, expect, it } from "vitest";
import { EMPTY_ASSIGNMENT_VALUES, parseNewAssignment, parseSchedule } from "../../app/assignments/assignment-form";
import { checkDueDay, dayInNetherlands, dueDateFormValue, startOfDayInNetherlands } from "../../app/assignments/due-dates";

const TODAY = "2027-01-15";
const form = (overrides: Partial<typeof EMPTY_ASSIGNMENT_VALUES> = {}) => ({ ...EMPTY_ASSIGNMENT_VALUES, courseId: "course-1", ...overrides });

describe("due days", () => {
  it("reads Dutch and ISO days, and refuses days that do not exist", () => {
    expect(checkDueDay("31-01-2027", TODAY)).toEqual({ ok: true, day: "2027-01-31" });
    expect(checkDueDay("1-2-2027", TODAY)).toEqual({ ok: true, day: "2027-02-01" });
    expect(checkDueDay("2027-02-01", TODAY)).toEqual({ ok: true, day: "2027-02-01" });
    expect(checkDueDay("31/01/2027", TODAY)).toEqual({ ok: true, day: "2027-01-31" });
    expect(checkDueDay("30-02-2027", TODAY)).toEqual({ ok: false, code: "dateNonexistent" });
    expect(checkDueDay("morgen", TODAY)).toEqual({ ok: false, code: "dateFormat" });
  });

  it("must lie after today (a course due today would be late at once), unless it is the day already stored", () => {
    expect(checkDueDay("15-01-2027", TODAY)).toEqual({ ok: false, code: "datePast" });
    expect(checkDueDay("01-01-2027", TODAY)).toEqual({ ok: false, code: "datePast" });
    expect(checkDueDay("16-01-2027", TODAY)).toEqual({ ok: true, day: "2027-01-16" });
    expect(checkDueDay("01-01-2027", TODAY, "2027-01-01")).toEqual({ ok: true, day: "2027-01-01" });
  });

  it("is stored as the first moment of that day in the Netherlands, in winter and in summer time", () => {
    expect(startOfDayInNetherlands("2027-01-31").toISOString()).toBe("2027-01-30T23:00:00.000Z");
    expect(startOfDayInNetherlands("2027-07-01").toISOString()).toBe("2027-06-30T22:00:00.000Z");
    // The days the clocks change (at 02:00 and 03:00, never at midnight).
    expect(startOfDayInNetherlands("2027-03-28").toISOString()).toBe("2027-03-27T23:00:00.000Z");
    expect(startOfDayInNetherlands("2027-10-31").toISOString()).toBe("2027-10-30T22:00:00.000Z");
    const stored = startOfDayInNetherlands("2027-03-28");
    expect(dayInNetherlands(stored)).toBe("2027-03-28");
    expect(dueDateFormValue(stored)).toBe("28-03-2027");
  });
});

describe("the new-assignment form", () => {
  it("gives typed input for each scope", () => {
    expect(parseNewAssignment(form({ scope: "SCHOOL", dueDate: "31-01-2027", remindDaysBefore: "7", overdueEveryDays: "7" }), TODAY)).toEqual({
      ok: true,
      data: {
        courseId: "course-1",
        scope: "SCHOOL",
        groupId: null,
        teacherIds: [],
        dueDate: new Date("2027-01-30T23:00:00.000Z"),
        remindDaysBefore: 7,
        overdueEveryDays: 7,
      },
    });
    expect(parseNewAssignment(form({ scope: "GROUP", groupId: "g1", teacherIds: ["t1"] }), TODAY)).toMatchObject({
      ok: true,
      data: { scope: "GROUP", groupId: "g1", teacherIds: [], dueDate: null, remindDaysBefore: null },
    });
    expect(parseNewAssignment(form({ scope: "TEACHERS", groupId: "g1", teacherIds: ["t1", "t2", "t1"] }), TODAY)).toMatchObject({
      ok: true,
      data: { scope: "TEACHERS", groupId: null, teacherIds: ["t1", "t2"] },
    });
  });

  it("says what is missing, field by field", () => {
    expect(parseNewAssignment(form({ courseId: "", scope: "" }), TODAY)).toEqual({
      ok: false,
      errors: { courseId: "assignments.error.courseRequired", scope: "assignments.error.scopeRequired" },
    });
    expect(parseNewAssignment(form({ scope: "GROUP" }), TODAY)).toEqual({ ok: false, errors: { groupId: "assignments.error.groupRequired" } });
    expect(parseNewAssignment(form({ scope: "TEACHERS" }), TODAY)).toEqual({ ok: false, errors: { teacherIds: "assignments.error.teachersRequired" } });
    expect(parseNewAssignment(form({ dueDate: "15-01-2027" }), TODAY)).toEqual({ ok: false, errors: { dueDate: "assignments.error.datePast" } });
  });

  it("refuses reminders without a date, and reminder intervals that are not offered", () => {
    expect(parseNewAssignment(form({ remindDaysBefore: "7", overdueEveryDays: "14" }), TODAY)).toEqual({
      ok: false,
      errors: { remindDaysBefore: "assignments.error.reminderWithoutDate", overdueEveryDays: "assignments.error.reminderWithoutDate" },
    });
    expect(parseNewAssignment(form({ dueDate: "2027-02-01", remindDaysBefore: "5" }), TODAY)).toEqual({
      ok: false,
      errors: { remindDaysBefore: "assignments.error.reminderChoice" },
    });
  });
});

describe("changing the date and reminders", () => {
  it("keeps a due date that has passed, but refuses moving it to another past day", () => {
    expect(parseSchedule(form({ dueDate: "10-01-2027", overdueEveryDays: "7" }), TODAY, "2027-01-10")).toEqual({
      ok: true,
      data: { dueDate: new Date("2027-01-09T23:00:00.000Z"), remindDaysBefore: null, overdueEveryDays: 7 },
    });
    expect(parseSchedule(form({ dueDate: "11-01-2027" }), TODAY, "2027-01-10")).toEqual({ ok: false, errors: { dueDate: "assignments.error.datePast" } });
    expect(parseSchedule(form({ dueDate: "" }), TODAY, "2027-01-10")).toEqual({
      ok: true,
      data: { dueDate: null, remindDaysBefore: null, overdueEveryDays: null },
    });
  });
});
