// The paragraph in the wording of the letter to parliament (Kamerstuk 29 754, nr. 522), and
// its "circa" rule, on hand-made reports.
import { describe, expect, it } from "vitest";
import type { SectorKey } from "../../app/statistics/definitions";
import { roundForText } from "../../app/statistics/numbers";
import { approximately, elearningParagraph, periodPhrase, providerParagraph, reportParagraphs } from "../../app/statistics/paragraph";
import type { ParticipationReport, ProviderRow, SectorCounts } from "../../app/statistics/report";
import { type Period, periodBetween, quarterPeriod, yearPeriod } from "../../app/statistics/period";

function sectors(counts: Partial<SectorCounts> = {}): SectorCounts {
  return { PO: 0, VO: 0, MBO: 0, SO: 0, OTHER: 0, ...counts };
}

function total(counts: SectorCounts): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

interface Line {
  trainings?: number;
  participants?: Partial<Record<SectorKey, number>>;
  conversations?: number;
}

function providerRows(lines: Partial<Record<"SSV" | "ESS" | "MUNICIPALITY" | "OTHER", Line>>, completions: SectorCounts): ProviderRow[] {
  const classroom = (["SSV", "ESS", "MUNICIPALITY", "OTHER"] as const).map((provider): ProviderRow => {
    const line = lines[provider] ?? {};
    const bySector = sectors(line.participants);
    return {
      provider,
      trainings: line.trainings ?? 0,
      participants: total(bySector),
      participantsBySector: bySector,
      conversations: line.conversations ?? 0,
      inPrioritised: { trainings: 0, participants: 0, conversations: 0 },
    };
  });
  return [
    ...classroom,
    {
      provider: "ELEARNING",
      trainings: null,
      participants: total(completions),
      participantsBySector: completions,
      conversations: null,
      inPrioritised: { trainings: null, participants: 0, conversations: null },
    },
  ];
}

/** A report with only what the paragraph reads filled in. */
function report(
  period: Period,
  lines: Partial<Record<"SSV" | "ESS" | "MUNICIPALITY" | "OTHER", Line>>,
  options: { completions?: Partial<SectorCounts>; since?: number; cumulative?: Partial<Record<"SSV" | "ESS" | "MUNICIPALITY" | "OTHER", Line>>; cumulativeCompletions?: number } = {},
): ParticipationReport {
  const completions = sectors(options.completions);
  const byProvider = providerRows(lines, completions);
  const totals = {
    trainings: 0,
    participants: 0,
    participantsBySector: sectors(),
    completions: total(completions),
    completionsBySector: completions,
    reached: 0,
    conversations: 0,
  };
  return {
    period,
    generatedAt: "2026-11-28T00:00:00.000Z",
    totals,
    byProvider,
    bySector: [],
    byPrioritised: [],
    byMunicipality: [],
    byCourse: [],
    cumulative:
      options.since === undefined
        ? null
        : {
            since: options.since,
            period: periodBetween(`${options.since}-01-01`, period.to),
            trainings: 0,
            participants: 0,
            completions: options.cumulativeCompletions ?? 0,
            conversations: 0,
            byProvider: providerRows(options.cumulative ?? {}, sectors({ OTHER: options.cumulativeCompletions ?? 0 })),
          },
  };
}

const LETTER_2018 =
  "In 2018 zijn 38 trainingen met 680 deelnemers vanuit PO, VO en MBO gegeven en circa 50 adviesgesprekken met scholen gevoerd.";

describe("the circa rule", () => {
  it("keeps counts below 10 exact, rounds to tens below 1000, hundreds below 10,000, thousands above", () => {
    expect(roundForText(7)).toEqual({ value: 7, approximate: false });
    expect(roundForText(38)).toEqual({ value: 40, approximate: true });
    expect(roundForText(49)).toEqual({ value: 50, approximate: true });
    expect(roundForText(45)).toEqual({ value: 50, approximate: true });
    expect(roundForText(680)).toEqual({ value: 680, approximate: false });
    expect(roundForText(283)).toEqual({ value: 280, approximate: true });
    expect(roundForText(996)).toEqual({ value: 1000, approximate: true });
    expect(roundForText(4980)).toEqual({ value: 5000, approximate: true });
    expect(roundForText(2040)).toEqual({ value: 2000, approximate: true });
    expect(roundForText(12_480)).toEqual({ value: 12_000, approximate: true });
  });

  it("writes 'circa' only when rounding changed the count, in the letter's number style", () => {
    expect(approximately(680, "nl")).toBe("680");
    expect(approximately(49, "nl")).toBe("circa 50");
    expect(approximately(4980, "nl")).toBe("circa 5000");
    expect(approximately(12_480, "nl")).toBe("circa 12.000");
    expect(approximately(4980, "en")).toBe("about 5,000");
  });
});

describe("the period phrase", () => {
  it("names years, quarters, months, days and ranges as the letter would", () => {
    expect(periodPhrase(yearPeriod(2018), "nl")).toBe("In 2018");
    expect(periodPhrase(quarterPeriod(2019, 1), "nl")).toBe("In het eerste kwartaal van 2019");
    expect(periodPhrase(quarterPeriod(2019, 4), "en")).toBe("In the fourth quarter of 2019");
    expect(periodPhrase(periodBetween("2019-03-01", "2019-03-31"), "nl")).toBe("In maart 2019");
    expect(periodPhrase(periodBetween("2019-03-01", "2019-03-31"), "en")).toBe("In March 2019");
    expect(periodPhrase(periodBetween("2019-03-03", "2019-03-03"), "nl")).toBe("Op 3 maart 2019");
    expect(periodPhrase(periodBetween("2019-01-01", "2019-04-30"), "nl")).toBe("Van 1 januari tot en met 30 april 2019");
    expect(periodPhrase(periodBetween("2019-01-01", "2019-04-30"), "en")).toBe("From 1 January to 30 April 2019");
    expect(periodPhrase(periodBetween("2018-09-01", "2019-01-31"), "nl")).toBe("Van 1 september 2018 tot en met 31 januari 2019");
  });
});

describe("a provider's paragraph", () => {
  const letter2018 = report(
    yearPeriod(2018),
    { SSV: { trainings: 38, participants: { PO: 200, VO: 300, MBO: 180 }, conversations: 49 } },
    { since: 2015, cumulative: { SSV: { trainings: 250, participants: { PO: 1500, VO: 2300, MBO: 897 } } } },
  );

  it("writes the letter's sentences for SSV in 2018, since 2015", () => {
    expect(providerParagraph(letter2018, "SSV", "nl")).toBe(`Sinds 2015 zijn er circa 4700 onderwijsprofessionals door SSV getraind. ${LETTER_2018}`);
  });

  it("names the provider in the period sentence when there is no cumulative sentence before it", () => {
    const withoutSince = report(yearPeriod(2018), { SSV: { trainings: 38, participants: { PO: 200, VO: 300, MBO: 180 }, conversations: 49 } });
    expect(providerParagraph(withoutSince, "SSV", "nl")).toBe(
      "In 2018 zijn door SSV 38 trainingen met 680 deelnemers vanuit PO, VO en MBO gegeven en circa 50 adviesgesprekken met scholen gevoerd.",
    );
  });

  it("writes the same figures in English", () => {
    expect(providerParagraph(letter2018, "SSV", "en")).toBe(
      "Since 2015, SSV has trained about 4,700 education professionals. In 2018, SSV gave 38 trainings with 680 participants from PO, VO and MBO and held about 50 advisory conversations with schools.",
    );
  });

  it("builds the sector list from the sectors present", () => {
    const q1 = report(quarterPeriod(2019, 1), { ESS: { trainings: 3, participants: { VO: 40, OTHER: 3 } } });
    expect(providerParagraph(q1, "ESS", "nl")).toBe("In het eerste kwartaal van 2019 zijn door ESS 3 trainingen met circa 40 deelnemers vanuit VO en andere sectoren gegeven.");
    expect(providerParagraph(q1, "ESS", "en")).toBe("In the first quarter of 2019, ESS gave 3 trainings with about 40 participants from VO and other sectors.");
  });

  it("agrees in number: one training, one conversation, nothing at all", () => {
    const period = periodBetween("2019-01-01", "2019-04-30");
    expect(providerParagraph(report(period, { SSV: { trainings: 1, participants: { PO: 1 }, conversations: 3 } }), "SSV", "nl")).toBe(
      "Van 1 januari tot en met 30 april 2019 is door SSV 1 training met 1 deelnemer vanuit PO gegeven en zijn 3 adviesgesprekken met scholen gevoerd.",
    );
    expect(providerParagraph(report(period, { SSV: { trainings: 14, participants: { PO: 100, VO: 183 }, conversations: 1 } }), "SSV", "nl")).toBe(
      "Van 1 januari tot en met 30 april 2019 zijn door SSV 14 trainingen met circa 280 deelnemers vanuit PO en VO gegeven en is 1 adviesgesprek met een school gevoerd.",
    );
    expect(providerParagraph(report(period, { SSV: { conversations: 12 } }), "SSV", "nl")).toBe(
      "Van 1 januari tot en met 30 april 2019 zijn door SSV circa 10 adviesgesprekken met scholen gevoerd.",
    );
    expect(providerParagraph(report(period, {}), "SSV", "nl")).toBe(
      "Van 1 januari tot en met 30 april 2019 zijn door SSV geen trainingen gegeven en geen adviesgesprekken gevoerd.",
    );
    expect(providerParagraph(report(period, {}), "MUNICIPALITY", "en")).toBe(
      "From 1 January to 30 April 2019, municipalities gave no trainings and held no advisory conversations.",
    );
    expect(providerParagraph(report(period, { OTHER: { trainings: 1, participants: { SO: 1 } } }), "OTHER", "en")).toBe(
      "From 1 January to 30 April 2019, other providers gave 1 training with 1 participant from SO.",
    );
  });
});

describe("the report's paragraphs", () => {
  it("always has SSV, other providers only with figures, and the e-learning in its own paragraph", () => {
    const text = reportParagraphs(
      report(
        yearPeriod(2018),
        { SSV: { trainings: 2, participants: { VO: 30 } }, ESS: { trainings: 1, participants: { MBO: 20 } } },
        { completions: { PO: 3, VO: 120 }, since: 2015, cumulative: { SSV: { participants: { VO: 4980 } }, ESS: { participants: { MBO: 2040 } } }, cumulativeCompletions: 483 },
      ),
      "nl",
    );
    expect(text).toEqual([
      "Sinds 2015 zijn er circa 5000 onderwijsprofessionals door SSV getraind. In 2018 zijn 2 trainingen met 30 deelnemers vanuit VO gegeven.",
      "Sinds 2015 zijn er circa 2000 onderwijsprofessionals door ESS getraind. In 2018 is 1 training met 20 deelnemers vanuit MBO gegeven.",
      "Sinds 2015 zijn er circa 480 e-learnings van Signaal afgerond. In 2018 zijn er circa 120 e-learnings van Signaal afgerond door onderwijsprofessionals vanuit PO en VO.",
    ]);
  });

  it("writes the e-learning sentence in English, and none when nothing was completed", () => {
    const one = report(yearPeriod(2018), {}, { completions: { VO: 1 } });
    expect(elearningParagraph(one, "en")).toBe("In 2018, a Signaal e-learning course was completed once, by an education professional from VO.");
    expect(elearningParagraph(one, "nl")).toBe("In 2018 is er 1 e-learning van Signaal afgerond door een onderwijsprofessional vanuit VO.");
    const many = report(yearPeriod(2018), {}, { completions: { PO: 5, MBO: 1230 }, since: 2015, cumulativeCompletions: 12_480 });
    expect(elearningParagraph(many, "en")).toBe(
      "Since 2015, Signaal's e-learning courses have been completed about 12,000 times. In 2018, Signaal's e-learning courses were completed about 1,200 times by education professionals from PO and MBO.",
    );
    const noneThisYear = report(yearPeriod(2018), {}, { since: 2015, cumulativeCompletions: 7 });
    expect(elearningParagraph(noneThisYear, "nl")).toBe(
      "Sinds 2015 zijn er 7 e-learnings van Signaal afgerond. In 2018 zijn er geen e-learnings van Signaal afgerond.",
    );
    expect(elearningParagraph(report(yearPeriod(2018), {}), "nl")).toBeNull();
    expect(reportParagraphs(report(yearPeriod(2018), {}), "nl")).toEqual(["In 2018 zijn door SSV geen trainingen gegeven en geen adviesgesprekken gevoerd."]);
  });
});
