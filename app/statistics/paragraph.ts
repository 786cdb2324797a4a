// Writes a report's figures as the letter to parliament words them (Kamerstuk 29 754, nr. 522):
// "Sinds 2015 zijn er circa 5000 onderwijsprofessionals door SSV getraind. In 2018 zijn 38
// trainingen met 680 deelnemers vanuit PO, VO en MBO gegeven en circa 50 adviesgesprekken met
// scholen gevoerd." Word order and agreement (is/zijn, training/trainingen, a comma after the
// English opening phrase) differ per language, so each language is a small grammar here
// rather than a set of message templates. Pure module: the page, exports and CLI share it.
import { type Locale, formatList } from "~/i18n/translate";
import { CLASSROOM_PROVIDERS, type ClassroomProvider, SECTORS, type SectorKey } from "./definitions";
import { formatCount, roundForText } from "./numbers";
import type { ParticipationReport, ProviderRow, SectorCounts } from "./report";
import { type Period, periodQuarter, periodYear } from "./period";

/** A count as the text writes it: "38", "680", "circa 50" / "about 50", "circa 5000". */
export function approximately(count: number, locale: Locale): string {
  const { value, approximate } = roundForText(count);
  const number = formatCount(value, locale);
  if (!approximate) return number;
  return locale === "nl" ? `circa ${number}` : `about ${number}`;
}

const QUARTERS: Record<Locale, readonly string[]> = {
  nl: ["eerste", "tweede", "derde", "vierde"],
  en: ["first", "second", "third", "fourth"],
};

function dayText(isoDate: string, locale: Locale, withYear: boolean): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    day: "numeric",
    month: "long",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

function monthText(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/**
 * The opening of a sentence about the period: "In 2018", "In het eerste kwartaal van 2019",
 * "In maart 2019", "Op 3 maart 2019", "Van 1 januari tot en met 30 april 2019" (and English).
 */
export function periodPhrase(period: Period, locale: Locale): string {
  const year = periodYear(period);
  const nl = locale === "nl";
  switch (period.kind) {
    case "year":
      return `In ${year}`;
    case "quarter": {
      const ordinal = QUARTERS[locale][periodQuarter(period) - 1];
      return nl ? `In het ${ordinal} kwartaal van ${year}` : `In the ${ordinal} quarter of ${year}`;
    }
    case "month":
      return `In ${monthText(period.from, locale)}`;
    case "day":
      return `${nl ? "Op" : "On"} ${dayText(period.from, locale, true)}`;
    case "range": {
      const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
      const from = dayText(period.from, locale, !sameYear);
      const to = dayText(period.to, locale, true);
      return nl ? `Van ${from} tot en met ${to}` : `From ${from} to ${to}`;
    }
  }
}

/** "PO, VO en MBO": the sectors with at least one person, in the letter's order. */
export function sectorList(counts: SectorCounts, locale: Locale): string | null {
  const present = SECTORS.filter((sector) => counts[sector] > 0);
  if (present.length === 0) return null;
  return formatList(present.map((sector) => sectorName(sector, locale)), locale);
}

function sectorName(sector: SectorKey, locale: Locale): string {
  if (sector !== "OTHER") return sector;
  return locale === "nl" ? "andere sectoren" : "other sectors";
}

const PROVIDER_SUBJECT: Record<Locale, Record<ClassroomProvider, string>> = {
  nl: { SSV: "SSV", ESS: "ESS", MUNICIPALITY: "gemeenten", OTHER: "andere aanbieders" },
  en: { SSV: "SSV", ESS: "ESS", MUNICIPALITY: "municipalities", OTHER: "other providers" },
};

function providerRow<Row extends { provider: string }>(rows: Row[], provider: ClassroomProvider): Row {
  const row = rows.find((candidate) => candidate.provider === provider);
  if (!row) throw new Error(`the report has no line for ${provider}`);
  return row;
}

/**
 * One provider's paragraph: the cumulative sentence (when the report has a start year and
 * the provider trained anyone since), then the period's trainings and conversations. The
 * provider is named in the paragraph's first sentence; the letter's period sentence follows
 * its cumulative sentence without naming SSV again.
 */
export function providerParagraph(report: ParticipationReport, provider: ClassroomProvider, locale: Locale): string {
  const grammar = locale === "nl" ? dutch : english;
  const sentences: string[] = [];
  const cumulative = report.cumulative ? providerRow(report.cumulative.byProvider, provider) : null;
  if (report.cumulative && cumulative && cumulative.participants > 0) {
    sentences.push(grammar.trainedSince(report.cumulative.since, cumulative.participants, provider));
  }
  sentences.push(grammar.periodTrainings(report.period, providerRow(report.byProvider, provider), provider, sentences.length === 0));
  return sentences.join(" ");
}

/** The e-learning's own paragraph, or null when nobody completed a course (in the period or since). */
export function elearningParagraph(report: ParticipationReport, locale: Locale): string | null {
  const grammar = locale === "nl" ? dutch : english;
  const cumulative = report.cumulative?.completions ?? 0;
  if (report.totals.completions === 0 && cumulative === 0) return null;
  const sentences: string[] = [];
  if (report.cumulative && cumulative > 0) sentences.push(grammar.completedSince(report.cumulative.since, cumulative));
  sentences.push(grammar.periodCompletions(report.period, report.totals.completions, report.totals.completionsBySector));
  return sentences.join(" ");
}

function hasFigures(report: ParticipationReport, provider: ClassroomProvider): boolean {
  const row = providerRow(report.byProvider, provider);
  const cumulative = report.cumulative ? providerRow(report.cumulative.byProvider, provider) : null;
  return (row.trainings ?? 0) > 0 || (row.conversations ?? 0) > 0 || (cumulative?.participants ?? 0) > 0;
}

/**
 * The report in prose: SSV's paragraph always (the letter's subject), other providers' when
 * they have figures, then the e-learning's.
 */
export function reportParagraphs(report: ParticipationReport, locale: Locale): string[] {
  const paragraphs = CLASSROOM_PROVIDERS.filter((provider) => provider === "SSV" || hasFigures(report, provider)).map((provider) =>
    providerParagraph(report, provider, locale),
  );
  const elearning = elearningParagraph(report, locale);
  return elearning ? [...paragraphs, elearning] : paragraphs;
}

interface Grammar {
  trainedSince(since: number, participants: number, provider: ClassroomProvider): string;
  periodTrainings(period: Period, row: ProviderRow, provider: ClassroomProvider, nameProvider: boolean): string;
  completedSince(since: number, completions: number): string;
  periodCompletions(period: Period, completions: number, bySector: SectorCounts): string;
}

const dutch: Grammar = {
  trainedSince(since, participants, provider) {
    const one = participants === 1;
    return `Sinds ${since} ${one ? "is" : "zijn"} er ${approximately(participants, "nl")} ${one ? "onderwijsprofessional" : "onderwijsprofessionals"} door ${PROVIDER_SUBJECT.nl[provider]} getraind.`;
  },
  periodTrainings(period, row, provider, nameProvider) {
    const opening = periodPhrase(period, "nl");
    const by = nameProvider ? ` door ${PROVIDER_SUBJECT.nl[provider]}` : "";
    const trainings = row.trainings ?? 0;
    const conversations = row.conversations ?? 0;
    const verb = (count: number) => (count === 1 ? "is" : "zijn");
    let trainingClause = "";
    if (trainings > 0) {
      trainingClause = trainings === 1 ? "1 training" : `${trainings} trainingen`;
      const sectors = sectorList(row.participantsBySector, "nl");
      if (row.participants > 0 && sectors) {
        trainingClause += ` met ${approximately(row.participants, "nl")} ${row.participants === 1 ? "deelnemer" : "deelnemers"} vanuit ${sectors}`;
      }
      trainingClause += " gegeven";
    }
    const conversationClause =
      conversations === 0
        ? ""
        : `${approximately(conversations, "nl")} ${conversations === 1 ? "adviesgesprek met een school" : "adviesgesprekken met scholen"} gevoerd`;
    if (trainingClause && conversationClause) {
      // One auxiliary serves both clauses when they agree: "zijn 38 trainingen ... gegeven en circa 50 ... gevoerd".
      const second = verb(conversations) === verb(trainings) ? "" : `${verb(conversations)} `;
      return `${opening} ${verb(trainings)}${by} ${trainingClause} en ${second}${conversationClause}.`;
    }
    if (trainingClause) return `${opening} ${verb(trainings)}${by} ${trainingClause}.`;
    if (conversationClause) return `${opening} ${verb(conversations)}${by} ${conversationClause}.`;
    return `${opening} zijn${by} geen trainingen gegeven en geen adviesgesprekken gevoerd.`;
  },
  completedSince(since, completions) {
    const one = completions === 1;
    return `Sinds ${since} ${one ? "is" : "zijn"} er ${approximately(completions, "nl")} ${one ? "e-learning" : "e-learnings"} van Signaal afgerond.`;
  },
  periodCompletions(period, completions, bySector) {
    const opening = periodPhrase(period, "nl");
    if (completions === 0) return `${opening} zijn er geen e-learnings van Signaal afgerond.`;
    const one = completions === 1;
    const sectors = sectorList(bySector, "nl");
    const who = sectors ? ` door ${one ? "een onderwijsprofessional" : "onderwijsprofessionals"} vanuit ${sectors}` : "";
    return `${opening} ${one ? "is" : "zijn"} er ${approximately(completions, "nl")} ${one ? "e-learning" : "e-learnings"} van Signaal afgerond${who}.`;
  },
};

const english: Grammar = {
  trainedSince(since, participants, provider) {
    const subject = PROVIDER_SUBJECT.en[provider];
    const has = provider === "SSV" || provider === "ESS" ? "has" : "have";
    return `Since ${since}, ${subject} ${has} trained ${approximately(participants, "en")} ${participants === 1 ? "education professional" : "education professionals"}.`;
  },
  // English names the provider as the subject in every sentence (active voice), so
  // `nameProvider` changes nothing here.
  periodTrainings(period, row, provider) {
    const opening = `${periodPhrase(period, "en")}, ${PROVIDER_SUBJECT.en[provider]}`;
    const trainings = row.trainings ?? 0;
    const conversations = row.conversations ?? 0;
    let trainingClause = "";
    if (trainings > 0) {
      trainingClause = `gave ${trainings === 1 ? "1 training" : `${trainings} trainings`}`;
      const sectors = sectorList(row.participantsBySector, "en");
      if (row.participants > 0 && sectors) {
        trainingClause += ` with ${approximately(row.participants, "en")} ${row.participants === 1 ? "participant" : "participants"} from ${sectors}`;
      }
    }
    const conversationClause =
      conversations === 0
        ? ""
        : `held ${approximately(conversations, "en")} ${conversations === 1 ? "advisory conversation with a school" : "advisory conversations with schools"}`;
    if (trainingClause && conversationClause) return `${opening} ${trainingClause} and ${conversationClause}.`;
    if (trainingClause || conversationClause) return `${opening} ${trainingClause || conversationClause}.`;
    return `${opening} gave no trainings and held no advisory conversations.`;
  },
  completedSince(since, completions) {
    if (completions === 1) return `Since ${since}, a Signaal e-learning course has been completed once.`;
    return `Since ${since}, Signaal's e-learning courses have been completed ${approximately(completions, "en")} times.`;
  },
  periodCompletions(period, completions, bySector) {
    const opening = periodPhrase(period, "en");
    if (completions === 0) return `${opening}, no Signaal e-learning course was completed.`;
    const sectors = sectorList(bySector, "en");
    if (completions === 1) {
      return `${opening}, a Signaal e-learning course was completed once${sectors ? `, by an education professional from ${sectors}` : ""}.`;
    }
    return `${opening}, Signaal's e-learning courses were completed ${approximately(completions, "en")} times${sectors ? ` by education professionals from ${sectors}` : ""}.`;
  },
};
