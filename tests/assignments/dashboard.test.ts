// The school's progress read model and what the pages make of it: counts per course and
// status at a fixed moment, invitations in scope, group members who join later, withdrawn
// assignments, filters and sorting, scores, the CSV files, and reflections never read.
import { beforeEach, describe, expect, it } from "vitest";
import { COURSE_SORTS, TEACHER_SORTS, ariaSort, courseRows, queryString, readQuery, sortedBy, teacherRows } from "../../app/assignments/dashboard-view";
import { type SchoolProgress, schoolProgress } from "../../app/assignments/dashboard.server";
import { startOfDayInNetherlands } from "../../app/assignments/due-dates";
import { courseProgressCsv, csvDocument, teacherProgressCsv } from "../../app/assignments/progress-csv";
import { withdrawAssignment } from "../../app/assignments/assignments.server";
import { parseCsv } from "../../app/registers/csv";
import { createSchool } from "../factories";
import { addToGroup, createAssignment, createEnrollment, createGroup, createInvitation, createReflection, createTeacher, publishedCourseId } from "../factories/assignments";
import { createCompletion } from "../factories/completion";
import { db, resetDatabase } from "../support/database";

const NOW = new Date("2027-02-10T10:00:00.000Z");
const OPEN_UNTIL = new Date("2027-02-17T10:00:00.000Z");
const SECRET = "Mijn geheime reflectie over de leerling uit 3B";

let school = { id: "" };
let courseA = "";
let courseB = "";
let courseC = "";
let group = { id: "", name: "" };
let teachers: Record<"anna" | "bram" | "cees", string> = { anna: "", bram: "", cees: "" };
let assignmentB = "";

const query = (params: Record<string, string>, progress: SchoolProgress) => readQuery(new URLSearchParams(params), progress, TEACHER_SORTS);
const courseQuery = (params: Record<string, string>, progress: SchoolProgress) => readQuery(new URLSearchParams(params), progress, COURSE_SORTS);

beforeEach(async () => {
  await resetDatabase();
  school = await createSchool(db);
  const elsewhere = await createSchool(db);
  courseA = await publishedCourseId(db, "cursus-a", "Alfa: signalen herkennen");
  courseB = await publishedCourseId(db, "cursus-b", "Bravo: het gesprek");
  courseC = await publishedCourseId(db, "cursus-c", "Charlie: melden");
  teachers = {
    anna: (await createTeacher(db, school.id, { name: "Anna de Vries", email: "anna@school.test" })).id,
    bram: (await createTeacher(db, school.id, { name: "Bram Bakker", email: "bram@school.test" })).id,
    cees: (await createTeacher(db, school.id, { name: "Cees Jansen", email: "cees@school.test" })).id,
  };
  // Not counted: a teacher who left, and a teacher of another school.
  await createTeacher(db, school.id, { name: "Dirk Vertrokken", membershipDeactivatedAt: new Date("2027-01-01") });
  await createTeacher(db, elsewhere.id, { name: "Eva Elders" });
  group = await createGroup(db, school.id, { name: "Onderbouw", memberIds: [teachers.anna, teachers.bram] });

  // A: the whole school, due 1 March. B: the group, due 1 February (passed). C: Cees alone, no date.
  await createAssignment(db, school.id, { courseId: courseA, dueDate: startOfDayInNetherlands("2027-03-01") });
  assignmentB = (await createAssignment(db, school.id, { courseId: courseB, groupId: group.id, dueDate: startOfDayInNetherlands("2027-02-01") })).id;
  await createAssignment(db, school.id, { courseId: courseC, teacherIds: [teachers.cees] });
  await createAssignment(db, elsewhere.id, { courseId: courseA });

  await createEnrollment(db, teachers.anna, courseA, { completedAt: new Date("2027-01-20T09:00:00.000Z") });
  await createCompletion(db, teachers.anna, {
    slug: "cursus-a",
    completedAt: new Date("2027-01-20T09:00:00.000Z"),
    scores: { scenarios: { "verhitte-les": { signaleren: 4, duiden: 4, handelen: 4 } }, quizzes: { toets: { bestScore: 80, attempts: 2 } } },
  });
  await createEnrollment(db, teachers.bram, courseA);
  await createEnrollment(db, teachers.anna, courseB, { completedAt: new Date("2027-01-25T09:00:00.000Z") });
  await createReflection(db, teachers.anna, courseA, SECRET);

  // Invitations: open without a group, open for the group, and three that are no longer open.
  await createInvitation(db, school.id, { email: "nieuw@school.test", expiresAt: OPEN_UNTIL });
  await createInvitation(db, school.id, { email: "onderbouw@school.test", groupId: group.id, expiresAt: OPEN_UNTIL });
  await createInvitation(db, school.id, { email: "verlopen@school.test", expiresAt: new Date("2027-02-01") });
  await createInvitation(db, school.id, { email: "ingetrokken@school.test", revokedAt: new Date("2027-02-01") });
  await createInvitation(db, school.id, { email: "geaccepteerd@school.test", acceptedAt: new Date("2027-02-01") });
});

const read = () => schoolProgress(db, school.id, { now: NOW });
const countsOf = (progress: SchoolProgress, params: Record<string, string> = {}) =>
  Object.fromEntries(courseRows(progress, courseQuery(params, progress)).map((row) => [row.slug, row.counts]));

describe("counts per course", () => {
  it("counts every teacher in scope once per status, overdue when the date has passed, and open invitations in scope", async () => {
    const progress = await read();
    expect(countsOf(progress)).toEqual({
      "cursus-a": { assigned: 3, invited: 2, notStarted: 1, inProgress: 1, completed: 1, overdue: 0 },
      "cursus-b": { assigned: 2, invited: 1, notStarted: 0, inProgress: 0, completed: 1, overdue: 1 },
      "cursus-c": { assigned: 1, invited: 0, notStarted: 1, inProgress: 0, completed: 0, overdue: 0 },
    });
    expect(progress.courses.map((course) => course.dueDates.map((date) => date.toISOString()))).toEqual([
      ["2027-02-28T23:00:00.000Z"],
      ["2027-01-31T23:00:00.000Z"],
      [],
    ]);
  });

  it("turns in-progress and not-started into overdue once the due date has passed, never completed", async () => {
    const later = await schoolProgress(db, school.id, { now: new Date("2027-03-02T08:00:00.000Z") });
    // By then the invitations have expired too.
    expect(countsOf(later)["cursus-a"]).toEqual({ assigned: 3, invited: 0, notStarted: 0, inProgress: 0, completed: 1, overdue: 2 });
  });

  it("counts a group's members only, and its invitations only, when filtered by group", async () => {
    expect(countsOf(await read(), { groep: group.id })).toEqual({
      "cursus-a": { assigned: 2, invited: 1, notStarted: 0, inProgress: 1, completed: 1, overdue: 0 },
      "cursus-b": { assigned: 2, invited: 1, notStarted: 0, inProgress: 0, completed: 1, overdue: 1 },
      "cursus-c": { assigned: 0, invited: 0, notStarted: 0, inProgress: 0, completed: 0, overdue: 0 },
    });
  });

  it("does not count an invitation of someone who is already a teacher in scope", async () => {
    await createInvitation(db, school.id, { email: "ANNA@school.test", expiresAt: OPEN_UNTIL });
    expect(countsOf(await read())["cursus-a"]!.invited).toBe(2);
  });

  it("takes the earliest due date when two assignments give a teacher the same course", async () => {
    await createAssignment(db, school.id, { courseId: courseA, groupId: group.id, dueDate: startOfDayInNetherlands("2027-02-05") });
    const progress = await read();
    expect(countsOf(progress)["cursus-a"]).toEqual({ assigned: 3, invited: 2, notStarted: 1, inProgress: 0, completed: 1, overdue: 1 });
    const bram = teacherRows(progress, query({ cursus: courseA }, progress)).find((row) => row.userId === teachers.bram);
    expect(bram).toMatchObject({ status: "overdue", dueDate: "2027-02-04T23:00:00.000Z" });
  });
});

describe("who is counted", () => {
  it("counts a teacher who joins the group later for the group's courses", async () => {
    await addToGroup(db, group.id, teachers.cees);
    const progress = await read();
    expect(countsOf(progress)["cursus-b"]).toMatchObject({ assigned: 3, overdue: 2 });
    const cees = progress.teachers.find((teacher) => teacher.userId === teachers.cees)!;
    expect(cees.courses.map((course) => course.courseId)).toEqual([courseA, courseB, courseC]);
    expect(cees.groups).toEqual([{ id: group.id, name: "Onderbouw" }]);
  });

  it("drops a withdrawn assignment's course from the dashboard and keeps the progress made under it", async () => {
    expect(await withdrawAssignment(db, school.id, assignmentB, NOW)).toBe(true);
    const progress = await read();
    expect(progress.courses.map((course) => course.slug)).toEqual(["cursus-a", "cursus-c"]);
    expect(progress.teachers.flatMap((teacher) => teacher.courses.map((course) => course.courseId))).not.toContain(courseB);
    const kept = await db.enrollment.findUniqueOrThrow({ where: { userId_courseId: { userId: teachers.anna, courseId: courseB } } });
    expect(kept.completedAt).toEqual(new Date("2027-01-25T09:00:00.000Z"));
    expect(await withdrawAssignment(db, school.id, assignmentB, NOW)).toBe(false);
  });

  it("leaves out a teacher who left the school, and teachers of other schools", async () => {
    const names = (await read()).teachers.map((teacher) => teacher.name);
    expect(names).toEqual(["Anna de Vries", "Bram Bakker", "Cees Jansen"]);
  });
});

describe("the per-teacher rows", () => {
  it("give status, due date, completion date and quiz best scores, per teacher and course", async () => {
    const progress = await read();
    const rows = teacherRows(progress, query({ cursus: courseA }, progress));
    expect(rows).toEqual([
      expect.objectContaining({
        name: "Anna de Vries",
        email: "anna@school.test",
        groups: ["Onderbouw"],
        courseSlug: "cursus-a",
        status: "completed",
        dueDate: "2027-02-28T23:00:00.000Z",
        completedAt: "2027-01-20T09:00:00.000Z",
        scores: [{ quizId: "toets", title: "Toets", bestScore: 80 }],
      }),
      expect.objectContaining({ name: "Bram Bakker", status: "in-progress", completedAt: null, scores: [] }),
      expect.objectContaining({ name: "Cees Jansen", groups: [], status: "not-started" }),
    ]);
  });

  it("never hold a reflection, in the read model, the rows or the CSV", async () => {
    const progress = await read();
    const rows = teacherRows(progress, query({}, progress));
    expect(JSON.stringify(progress)).not.toContain("geheime reflectie");
    expect(JSON.stringify(rows)).not.toContain("geheime reflectie");
    expect(teacherProgressCsv(rows)).not.toContain("geheime reflectie");
  });

  it("filter by status, course and group, and ignore filters they do not know", async () => {
    const progress = await read();
    const pairs = (params: Record<string, string>) => teacherRows(progress, query(params, progress)).map((row) => `${row.name.split(" ")[0]}:${row.courseSlug}`);
    expect(pairs({ status: "te-laat" })).toEqual(["Bram:cursus-b"]);
    expect(pairs({ status: "niet-gestart" })).toEqual(["Cees:cursus-a", "Cees:cursus-c"]);
    expect(pairs({ groep: group.id, status: "afgerond" })).toEqual(["Anna:cursus-a", "Anna:cursus-b"]);
    expect(pairs({ cursus: courseC })).toEqual(["Cees:cursus-c"]);
    expect(pairs({ cursus: "onbekend", groep: "onbekend", status: "kwijt" })).toHaveLength(6);
  });

  it("sort by name, status, due date or completion date, either way, with empty dates last", async () => {
    const progress = await read();
    const pairs = (params: Record<string, string>) => teacherRows(progress, query(params, progress)).map((row) => `${row.name.split(" ")[0]}:${row.courseSlug}`);
    expect(pairs({})).toEqual(["Anna:cursus-a", "Anna:cursus-b", "Bram:cursus-a", "Bram:cursus-b", "Cees:cursus-a", "Cees:cursus-c"]);
    expect(pairs({ sorteer: "naam", richting: "af" })).toEqual(["Cees:cursus-a", "Cees:cursus-c", "Bram:cursus-a", "Bram:cursus-b", "Anna:cursus-a", "Anna:cursus-b"]);
    expect(pairs({ sorteer: "status" })).toEqual(["Bram:cursus-b", "Cees:cursus-a", "Cees:cursus-c", "Bram:cursus-a", "Anna:cursus-a", "Anna:cursus-b"]);
    expect(pairs({ sorteer: "deadline" })).toEqual(["Anna:cursus-b", "Bram:cursus-b", "Anna:cursus-a", "Bram:cursus-a", "Cees:cursus-a", "Cees:cursus-c"]);
    expect(pairs({ sorteer: "deadline", richting: "af" })).toEqual(["Anna:cursus-a", "Bram:cursus-a", "Cees:cursus-a", "Anna:cursus-b", "Bram:cursus-b", "Cees:cursus-c"]);
    expect(pairs({ sorteer: "afgerond", richting: "af" }).slice(0, 2)).toEqual(["Anna:cursus-b", "Anna:cursus-a"]);
    expect(pairs({ sorteer: "afgerond" }).slice(0, 2)).toEqual(["Anna:cursus-a", "Anna:cursus-b"]);
  });
});

describe("sorting in the address", () => {
  it("turns a column round when it is the current one, says so in aria-sort, and leaves defaults out of the address", async () => {
    const progress = await read();
    const byName = query({ status: "te-laat" }, progress);
    expect(queryString(byName, "naam")).toBe("?status=te-laat");
    expect(ariaSort(byName, "naam")).toBe("ascending");
    expect(ariaSort(byName, "status")).toBeUndefined();
    expect(queryString(sortedBy(byName, "naam"), "naam")).toBe("?status=te-laat&richting=af");
    expect(queryString(sortedBy(byName, "deadline"), "naam")).toBe("?status=te-laat&sorteer=deadline");
    const descending = query({ sorteer: "deadline", richting: "af" }, progress);
    expect(ariaSort(descending, "deadline")).toBe("descending");
    expect(sortedBy(descending, "deadline").direction).toBe("op");
    expect(query({ sorteer: "wachtwoord" }, progress).sort).toBe("naam");
  });
});

describe("the CSV files", () => {
  it("are UTF-8 with a byte order mark, semicolons and Dutch columns, and read back cell for cell", async () => {
    const progress = await read();
    const text = teacherProgressCsv(teacherRows(progress, query({ cursus: courseA }, progress)));
    expect(text.startsWith("\uFEFFNaam;E-mailadres;Groepen;Cursus;Status;Af te ronden vóór;Afgerond op;Quizscores\r\n")).toBe(true);
    const parsed = parseCsv(text, { maxRecords: 100 });
    expect(parsed.ok && parsed.separator).toBe(";");
    expect(parsed.ok && parsed.records.slice(1).map((record) => record.cells)).toEqual([
      ["Anna de Vries", "anna@school.test", "Onderbouw", "Alfa: signalen herkennen", "Afgerond", "01-03-2027", "20-01-2027", "Toets: 80%"],
      ["Bram Bakker", "bram@school.test", "Onderbouw", "Alfa: signalen herkennen", "Bezig", "01-03-2027", "", ""],
      ["Cees Jansen", "cees@school.test", "", "Alfa: signalen herkennen", "Niet gestart", "01-03-2027", "", ""],
    ]);

    const courses = parseCsv(courseProgressCsv(courseRows(progress, courseQuery({}, progress))), { maxRecords: 100 });
    expect(courses.ok && courses.records.map((record) => record.cells)).toEqual([
      ["Cursus", "Af te ronden vóór", "Docenten", "Uitgenodigd", "Niet gestart", "Bezig", "Afgerond", "Te laat"],
      ["Alfa: signalen herkennen", "01-03-2027", "3", "2", "1", "1", "1", "0"],
      ["Bravo: het gesprek", "01-02-2027", "2", "1", "0", "0", "1", "1"],
      ["Charlie: melden", "", "1", "0", "1", "0", "0", "0"],
    ]);
  });

  it("quote separators, quotes and line breaks, and keep a spreadsheet from running a name as a formula", () => {
    const text = csvDocument([["Jansen; Cees", 'Zei "nee"', "regel 1\nregel 2", "=HYPERLINK(\"http://x\")", "@SUM(A1)", 5]]);
    expect(text).toBe('\uFEFF"Jansen; Cees";"Zei ""nee""";"regel 1\nregel 2";"\'=HYPERLINK(""http://x"")";\'@SUM(A1);5\r\n');
  });
});
