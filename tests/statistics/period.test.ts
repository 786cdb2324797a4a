// Periods: what kind of period a pair of days is, and the boundaries each kind of record is
// counted by (calendar days for trainings, Dutch midnight for completions).
import { describe, expect, it } from "vitest";
import {
  PeriodError,
  cumulativePeriod,
  monthPeriod,
  periodBetween,
  periodDays,
  periodInstants,
  previousDay,
  quarterPeriod,
  yearPeriod,
} from "../../app/statistics/period";

describe("periods", () => {
  it("recognises a year, quarter, month and day, and anything else as a range", () => {
    expect(periodBetween("2018-01-01", "2018-12-31")).toEqual({ kind: "year", from: "2018-01-01", to: "2018-12-31" });
    expect(periodBetween("2019-01-01", "2019-03-31").kind).toBe("quarter");
    expect(periodBetween("2019-10-01", "2019-12-31").kind).toBe("quarter");
    expect(periodBetween("2020-02-01", "2020-02-29").kind).toBe("month");
    expect(periodBetween("2019-03-03", "2019-03-03").kind).toBe("day");
    expect(periodBetween("2019-01-01", "2019-04-30").kind).toBe("range");
    expect(periodBetween("2019-02-01", "2019-04-30").kind).toBe("range");
    expect(periodBetween("2018-01-01", "2019-12-31").kind).toBe("range");
    expect(periodBetween("2019-01-02", "2019-12-31").kind).toBe("range");
    expect(yearPeriod(2018)).toEqual(periodBetween("2018-01-01", "2018-12-31"));
    expect(quarterPeriod(2019, 1)).toEqual(periodBetween("2019-01-01", "2019-03-31"));
    expect(monthPeriod(2019, 2)).toEqual({ kind: "month", from: "2019-02-01", to: "2019-02-28" });
  });

  it("refuses malformed, impossible and reversed dates", () => {
    expect(() => periodBetween("2018-1-1", "2018-12-31")).toThrow(PeriodError);
    expect(() => periodBetween("2019-02-29", "2019-03-31")).toThrow(/2019-02-29/);
    expect(() => periodBetween("2018-12-31", "2018-01-01")).toThrow(/before it starts/);
    expect(() => periodBetween("0218-01-01", "2018-01-01")).toThrow(PeriodError);
    expect(() => monthPeriod(2019, 13)).toThrow(PeriodError);
  });

  it("counts days for trainings and Dutch midnights for completions", () => {
    const year = yearPeriod(2018);
    expect(periodDays(year)).toEqual({ start: new Date("2018-01-01T00:00:00Z"), end: new Date("2019-01-01T00:00:00Z") });
    // Winter: UTC+1; summer: UTC+2.
    expect(periodInstants(year)).toEqual({ start: new Date("2017-12-31T23:00:00Z"), end: new Date("2018-12-31T23:00:00Z") });
    expect(periodInstants(monthPeriod(2018, 6))).toEqual({
      start: new Date("2018-05-31T22:00:00Z"),
      end: new Date("2018-06-30T22:00:00Z"),
    });
    // The days the clocks change: 25 March and 28 October 2018.
    expect(periodInstants(periodBetween("2018-03-25", "2018-10-28"))).toEqual({
      start: new Date("2018-03-24T23:00:00Z"),
      end: new Date("2018-10-28T23:00:00Z"),
    });
  });

  it("runs cumulative figures from 1 January of the start year to the end of the period", () => {
    expect(cumulativePeriod(periodBetween("2019-01-01", "2019-04-30"), 2015)).toEqual({
      kind: "range",
      from: "2015-01-01",
      to: "2019-04-30",
    });
    expect(cumulativePeriod(yearPeriod(2018), 2018).kind).toBe("year");
    expect(() => cumulativePeriod(yearPeriod(2018), 2019)).toThrow(/after the period's start/);
    expect(previousDay("2019-01-01")).toBe("2018-12-31");
    expect(previousDay("2020-03-01")).toBe("2020-02-29");
  });
});
