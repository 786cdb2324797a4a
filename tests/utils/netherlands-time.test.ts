import { describe, expect, it } from "vitest";
import { dayInNetherlands, readDay, startOfDayInNetherlands, wallClockInNetherlands } from "../../app/utils/netherlands-time";

describe("days in the Netherlands", () => {
  it("starts a day at local midnight in winter and in summer, also on the days the clock changes", () => {
    expect(startOfDayInNetherlands("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(startOfDayInNetherlands("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(startOfDayInNetherlands("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDayInNetherlands("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
  });

  it("names the Dutch day and clock of a moment, which may be a day after UTC's", () => {
    expect(dayInNetherlands(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(wallClockInNetherlands(new Date("2026-11-30T08:15:00Z"))).toMatchObject({ hour: 9, minute: 15, weekday: 1 });
  });

  it("reads a day written the Dutch way or by a date field, and refuses days that do not exist", () => {
    for (const text of ["31-01-2027", "31/1/2027", "31.01.2027", " 2027-01-31 "]) expect(readDay(text)).toEqual({ ok: true, day: "2027-01-31" });
    expect(readDay("31-02-2027")).toEqual({ ok: false, code: "dateNonexistent" });
    expect(readDay("morgen")).toEqual({ ok: false, code: "dateFormat" });
    expect(readDay("31-01/2027")).toEqual({ ok: false, code: "dateFormat" });
  });
});
