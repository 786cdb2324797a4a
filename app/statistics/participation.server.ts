// The participation statistics for a period: classroom trainings, their participants,
// e-learning completions and advisory conversations, with every breakdown the letter to
// parliament and the statistics page need. A handful of grouped queries at the finest grain
// any breakdown needs; every total and breakdown is then added up here, never per row.
// Completions come from per-month counts that triggers keep (docs/decisions/006), so a year
// costs the same whether it holds a thousand completions or a million.
import type { Database } from "~/db/create-database.server";
import { CLASSROOM_PROVIDERS, type ClassroomProvider, PRIORITISED_KEYS, type PrioritisedKey, SECTORS, type SectorKey, personCell } from "./definitions";
import { type Period, cumulativePeriod, periodBetween, periodDays, periodInstants, previousDay } from "./period";
import type {
  CourseRow,
  CumulativeFigures,
  CumulativeProviderRow,
  MunicipalityRow,
  ParticipationReport,
  PrioritisedRow,
  ProviderRow,
  SectorCounts,
  SectorRow,
  Totals,
} from "./report";

export interface ReportOptions {
  /** Adds cumulative figures from 1 January of this year to the end of the period. */
  since?: number | null;
  now?: Date;
}

// The facts the queries return, at the grain the breakdowns need.
interface TrainingFact {
  municipalityId: string | null;
  provider: ClassroomProvider;
  prioritised: boolean;
  trainings: number;
  bySector: SectorCounts;
}
interface ConversationFact {
  municipalityId: string | null;
  provider: ClassroomProvider;
  prioritised: boolean;
  conversations: number;
}
interface CourseCompletions {
  courseSlug: string;
  sector: SectorKey;
  prioritised: boolean | null;
  completions: number;
}
/** Completions counted two ways: per municipality, and per course, sector and prioritised snapshot. */
interface CompletionFacts {
  byMunicipality: Map<string | null, number>;
  byCourse: CourseCompletions[];
}
interface Facts {
  trainings: TrainingFact[];
  conversations: ConversationFact[];
  completions: CompletionFacts;
}

/** The report for a period; with `since`, also the cumulative figures since that year. */
export async function participationReport(db: Database, period: Period, options: ReportOptions = {}): Promise<ParticipationReport> {
  const since = options.since ?? null;
  const cumulative = since === null ? null : cumulativePeriod(period, since);
  // The period's own figures come from the fine queries; only the years before it are counted again.
  const before = cumulative && cumulative.from < period.from ? periodBetween(cumulative.from, previousDay(period.from)) : null;
  const [facts, earlier, municipalities, courses] = await Promise.all([
    queryFacts(db, period),
    before ? queryProviderTotals(db, before) : null,
    db.municipality.findMany({ select: { id: true, cbsCode: true, name: true, prioritised: true } }),
    db.course.findMany({
      select: { slug: true, versions: { orderBy: { number: "desc" }, take: 1, select: { title: true } } },
    }),
  ]);
  const byProvider = providerRows(facts);
  return {
    period,
    generatedAt: (options.now ?? new Date()).toISOString(),
    totals: totalsOf(facts),
    byProvider,
    bySector: sectorRows(facts),
    byPrioritised: prioritisedRows(facts),
    byMunicipality: municipalityRows(facts, municipalities),
    byCourse: courseRows(facts, courses.map((course) => ({ slug: course.slug, title: course.versions[0]?.title ?? null }))),
    cumulative: cumulative && since !== null ? cumulativeFigures(since, cumulative, byProvider, earlier) : null,
  };
}

/**
 * Grouped queries at the finest grain any breakdown needs (municipality, provider or sector
 * and course, prioritised snapshot). Trainings and conversations cost one pass over the
 * period's rows, read from an index that holds every column the query uses (see the @@index
 * notes in prisma/schema.prisma), so the pass never touches the tables; completions are read
 * from their month counts.
 */
async function queryFacts(db: Database, period: Period): Promise<Facts> {
  const days = periodDays(period);
  const instants = periodInstants(period);
  const dayRange = { gte: days.start, lt: days.end };
  const [trainings, conversations, completions] = await Promise.all([
    db.classroomTraining.groupBy({
      by: ["municipalityId", "provider", "prioritised"],
      where: { date: dayRange },
      _count: { _all: true },
      _sum: { participantsPo: true, participantsVo: true, participantsMbo: true, participantsSo: true, participantsOther: true },
    }),
    db.advisoryConversation.groupBy({
      by: ["municipalityId", "provider", "prioritised"],
      where: { date: dayRange },
      _count: { _all: true },
    }),
    queryCompletions(db, instants.start, instants.end, { byMunicipality: true }),
  ]);
  return {
    trainings: trainings.map((group) => ({
      municipalityId: group.municipalityId,
      provider: group.provider,
      prioritised: group.prioritised,
      trainings: group._count._all,
      bySector: {
        PO: Number(group._sum.participantsPo ?? 0),
        VO: Number(group._sum.participantsVo ?? 0),
        MBO: Number(group._sum.participantsMbo ?? 0),
        SO: Number(group._sum.participantsSo ?? 0),
        OTHER: Number(group._sum.participantsOther ?? 0),
      },
    })),
    conversations: conversations.map((group) => ({
      municipalityId: group.municipalityId,
      provider: group.provider,
      prioritised: group.prioritised,
      conversations: group._count._all,
    })),
    completions,
  };
}

// --- completions: whole months from the counts, the edges of the period from the records ---

interface Span {
  start: Date;
  end: Date;
  /** -1: a stretch the month counts hold but the period does not. */
  sign: 1 | -1;
}

/** The start of the calendar month (UTC) nearest to `moment`: the edge of the period that the month counts can serve. */
function nearestMonthStart(moment: Date): Date {
  const year = moment.getUTCFullYear();
  const month = moment.getUTCMonth();
  const start = Date.UTC(year, month, 1);
  const next = Date.UTC(year, month + 1, 1);
  return new Date(moment.getTime() - start <= next - moment.getTime() ? start : next);
}

/** "2024-03", the key of CompletionMonthMunicipality and CompletionMonthCourse. */
function monthKey(monthStart: Date): string {
  return monthStart.toISOString().slice(0, 7);
}

/**
 * Completions from `start` to `end` (instants, end excluded). The month counts hold whole
 * months in UTC, while a period runs from Dutch midnight to Dutch midnight: the months
 * nearest to the period's edges are read from the counts, and the hour or two between such a
 * month's edge and the period's edge is counted from the records (added when the period
 * reaches past the month, taken off when the month reaches past the period). A free range of
 * days may leave up to half a month at each end; a period shorter than that is counted from
 * the records alone.
 */
async function queryCompletions(db: Database, start: Date, end: Date, options: { byMunicipality: boolean }): Promise<CompletionFacts> {
  const first = nearestMonthStart(start);
  const last = nearestMonthStart(end);
  if (first >= last) return countRecords(db, [{ start, end, sign: 1 }]);
  const edges: Span[] = [];
  if (start < first) edges.push({ start, end: first, sign: 1 });
  if (first < start) edges.push({ start: first, end: start, sign: -1 });
  if (last < end) edges.push({ start: last, end, sign: 1 });
  if (end < last) edges.push({ start: end, end: last, sign: -1 });
  const months = { gte: monthKey(first), lt: monthKey(last) };
  const [byMunicipality, byCourse, atEdges] = await Promise.all([
    options.byMunicipality
      ? db.completionMonthMunicipality.groupBy({ by: ["municipalityId"], where: { month: months }, _sum: { completions: true } })
      : [],
    db.completionMonthCourse.groupBy({ by: ["courseSlug", "sector", "prioritised"], where: { month: months }, _sum: { completions: true } }),
    countRecords(db, edges),
  ]);
  const facts: CompletionFacts = { byMunicipality: new Map(), byCourse: [] };
  for (const group of byMunicipality) {
    addTo(facts.byMunicipality, group.municipalityId === "" ? null : group.municipalityId, group._sum.completions ?? 0);
  }
  for (const group of byCourse) {
    addCourse(facts.byCourse, {
      courseSlug: group.courseSlug,
      sector: sectorKey(group.sector),
      prioritised: group.prioritised === "yes" ? true : group.prioritised === "no" ? false : null,
      completions: group._sum.completions ?? 0,
    });
  }
  for (const [municipalityId, completions] of atEdges.byMunicipality) addTo(facts.byMunicipality, municipalityId, completions);
  for (const row of atEdges.byCourse) addCourse(facts.byCourse, row);
  return withoutZeros(facts);
}

/**
 * Drops what adds up to nothing: a count left at zero after its records were moved or erased,
 * or an edge taken off a month. Only groups with records make rows of their own, as before.
 */
function withoutZeros(facts: CompletionFacts): CompletionFacts {
  return {
    byMunicipality: new Map([...facts.byMunicipality].filter(([, completions]) => completions !== 0)),
    byCourse: facts.byCourse.filter((row) => row.completions !== 0),
  };
}

/** Completion records in the spans, counted with their signs, from the covering index on completedAt. */
async function countRecords(db: Database, spans: Span[]): Promise<CompletionFacts> {
  const groups = await Promise.all(
    spans.map(async (span) => ({
      sign: span.sign,
      rows: await db.completionRecord.groupBy({
        by: ["municipalityId", "sector", "courseSlug", "prioritised"],
        where: { completedAt: { gte: span.start, lt: span.end } },
        _count: { _all: true },
      }),
    })),
  );
  const facts: CompletionFacts = { byMunicipality: new Map(), byCourse: [] };
  for (const { sign, rows } of groups) {
    for (const row of rows) {
      const completions = sign * row._count._all;
      addTo(facts.byMunicipality, row.municipalityId, completions);
      addCourse(facts.byCourse, { courseSlug: row.courseSlug, sector: row.sector ?? "OTHER", prioritised: row.prioritised, completions });
    }
  }
  return facts;
}

function addTo<K>(counts: Map<K, number>, key: K, value: number): void {
  counts.set(key, (counts.get(key) ?? 0) + value);
}

function addCourse(rows: CourseCompletions[], row: CourseCompletions): void {
  const same = rows.find(
    (candidate) => candidate.courseSlug === row.courseSlug && candidate.sector === row.sector && candidate.prioritised === row.prioritised,
  );
  if (same) same.completions += row.completions;
  else rows.push({ ...row });
}

/** The month counts write "" for a record without a sector. */
function sectorKey(sector: string): SectorKey {
  return (SECTORS as readonly string[]).includes(sector) ? (sector as SectorKey) : "OTHER";
}

/** Totals per provider in a period: trainings and conversations grouped by provider, completions only counted. */
async function queryProviderTotals(db: Database, period: Period): Promise<CumulativeProviderRow[]> {
  const days = periodDays(period);
  const instants = periodInstants(period);
  const dayRange = { gte: days.start, lt: days.end };
  const [trainings, conversations, completions] = await Promise.all([
    db.classroomTraining.groupBy({
      by: ["provider"],
      where: { date: dayRange },
      _count: { _all: true },
      _sum: { participantsPo: true, participantsVo: true, participantsMbo: true, participantsSo: true, participantsOther: true },
    }),
    db.advisoryConversation.groupBy({ by: ["provider"], where: { date: dayRange }, _count: { _all: true } }),
    queryCompletions(db, instants.start, instants.end, { byMunicipality: false }),
  ]);
  const rows: CumulativeProviderRow[] = CLASSROOM_PROVIDERS.map((provider) => {
    const sums = trainings.find((group) => group.provider === provider);
    return {
      provider,
      trainings: sums?._count._all ?? 0,
      participants: sums
        ? Number(sums._sum.participantsPo ?? 0) +
          Number(sums._sum.participantsVo ?? 0) +
          Number(sums._sum.participantsMbo ?? 0) +
          Number(sums._sum.participantsSo ?? 0) +
          Number(sums._sum.participantsOther ?? 0)
        : 0,
      conversations: conversations.find((group) => group.provider === provider)?._count._all ?? 0,
    };
  });
  rows.push({ provider: "ELEARNING", trainings: null, participants: sum(completions.byCourse, (row) => row.completions), conversations: null });
  return rows;
}

/** The period's lines plus those of the years before it (none when the period starts on 1 January of `since`). */
function cumulativeFigures(since: number, period: Period, inPeriod: ProviderRow[], earlier: CumulativeProviderRow[] | null): CumulativeFigures {
  const byProvider = inPeriod.map((row): CumulativeProviderRow => {
    const before = earlier?.find((candidate) => candidate.provider === row.provider);
    const add = (a: number | null, b: number | null | undefined) => (a === null ? null : a + (b ?? 0));
    return {
      provider: row.provider,
      trainings: add(row.trainings, before?.trainings),
      participants: row.participants + (before?.participants ?? 0),
      conversations: add(row.conversations, before?.conversations),
    };
  });
  const classroom = byProvider.filter((row) => row.provider !== "ELEARNING");
  return {
    since,
    period,
    trainings: sum(classroom, (row) => row.trainings ?? 0),
    participants: sum(classroom, (row) => row.participants),
    completions: byProvider.find((row) => row.provider === "ELEARNING")?.participants ?? 0,
    conversations: sum(classroom, (row) => row.conversations ?? 0),
    byProvider,
  };
}

function noSectors(): SectorCounts {
  return { PO: 0, VO: 0, MBO: 0, SO: 0, OTHER: 0 };
}

function addSectors(target: SectorCounts, source: SectorCounts): void {
  for (const sector of SECTORS) target[sector] += source[sector];
}

function sumSectors(counts: SectorCounts): number {
  return SECTORS.reduce((sum, sector) => sum + counts[sector], 0);
}

function sectorsOfCompletions(facts: CompletionFacts): SectorCounts {
  const counts = noSectors();
  for (const row of facts.byCourse) counts[row.sector] += row.completions;
  return counts;
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}

function totalsOf(facts: Facts): Totals {
  const participantsBySector = noSectors();
  for (const fact of facts.trainings) addSectors(participantsBySector, fact.bySector);
  const completionsBySector = sectorsOfCompletions(facts.completions);
  const participants = sumSectors(participantsBySector);
  const completions = sumSectors(completionsBySector);
  return {
    trainings: sum(facts.trainings, (fact) => fact.trainings),
    participants,
    participantsBySector,
    completions,
    completionsBySector,
    reached: participants + completions,
    conversations: sum(facts.conversations, (fact) => fact.conversations),
  };
}

function providerRows(facts: Facts): ProviderRow[] {
  const classroom = CLASSROOM_PROVIDERS.map((provider): ProviderRow => {
    const trainings = facts.trainings.filter((fact) => fact.provider === provider);
    const conversations = facts.conversations.filter((fact) => fact.provider === provider);
    const participantsBySector = noSectors();
    for (const fact of trainings) addSectors(participantsBySector, fact.bySector);
    const prioritisedTrainings = trainings.filter((fact) => fact.prioritised);
    return {
      provider,
      trainings: sum(trainings, (fact) => fact.trainings),
      participants: sumSectors(participantsBySector),
      participantsBySector,
      conversations: sum(conversations, (fact) => fact.conversations),
      inPrioritised: {
        trainings: sum(prioritisedTrainings, (fact) => fact.trainings),
        participants: sum(prioritisedTrainings, (fact) => sumSectors(fact.bySector)),
        conversations: sum(
          conversations.filter((fact) => fact.prioritised),
          (fact) => fact.conversations,
        ),
      },
    };
  });
  const completionsBySector = sectorsOfCompletions(facts.completions);
  const elearning: ProviderRow = {
    provider: "ELEARNING",
    trainings: null,
    participants: sumSectors(completionsBySector),
    participantsBySector: completionsBySector,
    conversations: null,
    inPrioritised: {
      trainings: null,
      participants: sum(
        facts.completions.byCourse.filter((row) => row.prioritised === true),
        (row) => row.completions,
      ),
      conversations: null,
    },
  };
  return [...classroom, elearning];
}

function sectorRows(facts: Facts): SectorRow[] {
  const totals = totalsOf(facts);
  return SECTORS.map((sector) => ({
    sector,
    participants: totals.participantsBySector[sector],
    completions: totals.completionsBySector[sector],
    reached: totals.participantsBySector[sector] + totals.completionsBySector[sector],
  }));
}

function prioritisedKey(prioritised: boolean | null): PrioritisedKey {
  return prioritised === null ? "unknown" : prioritised ? "yes" : "no";
}

function prioritisedRows(facts: Facts): PrioritisedRow[] {
  return PRIORITISED_KEYS.map((key) => {
    const trainings = facts.trainings.filter((fact) => prioritisedKey(fact.prioritised) === key);
    const participants = sum(trainings, (fact) => sumSectors(fact.bySector));
    const completions = sum(
      facts.completions.byCourse.filter((row) => prioritisedKey(row.prioritised) === key),
      (row) => row.completions,
    );
    return {
      prioritised: key,
      trainings: sum(trainings, (fact) => fact.trainings),
      participants,
      completions,
      reached: participants + completions,
      conversations: sum(
        facts.conversations.filter((fact) => prioritisedKey(fact.prioritised) === key),
        (fact) => fact.conversations,
      ),
    };
  });
}

const byName = new Intl.Collator("nl", { sensitivity: "base", ignorePunctuation: true });

function municipalityRows(
  facts: Facts,
  municipalities: { id: string; cbsCode: string; name: string; prioritised: boolean }[],
): MunicipalityRow[] {
  const counts = new Map<string | null, { trainings: number; participants: number; completions: number; conversations: number }>();
  const countsFor = (id: string | null) => {
    let entry = counts.get(id);
    if (!entry) {
      entry = { trainings: 0, participants: 0, completions: 0, conversations: 0 };
      counts.set(id, entry);
    }
    return entry;
  };
  for (const municipality of municipalities) countsFor(municipality.id);
  for (const fact of facts.trainings) {
    const entry = countsFor(fact.municipalityId);
    entry.trainings += fact.trainings;
    entry.participants += sumSectors(fact.bySector);
  }
  for (const fact of facts.conversations) countsFor(fact.municipalityId).conversations += fact.conversations;
  for (const [municipalityId, completions] of facts.completions.byMunicipality) countsFor(municipalityId).completions += completions;

  const known = new Map(municipalities.map((municipality) => [municipality.id, municipality]));
  const rows = [...counts].map(([id, entry]): MunicipalityRow => {
    const municipality = id === null ? undefined : known.get(id);
    return {
      municipalityId: id,
      cbsCode: municipality?.cbsCode ?? null,
      name: municipality?.name ?? null,
      prioritised: municipality?.prioritised ?? null,
      trainings: entry.trainings,
      participants: personCell(entry.participants),
      completions: personCell(entry.completions),
      conversations: entry.conversations,
    };
  });
  // Named municipalities by name; rows without one (a removed municipality by id, then no school) last.
  return rows.sort((a, b) => {
    if (a.name !== null && b.name !== null) return byName.compare(a.name, b.name);
    if (a.name !== null || b.name !== null) return a.name === null ? 1 : -1;
    if (a.municipalityId === null || b.municipalityId === null) return a.municipalityId === b.municipalityId ? 0 : a.municipalityId === null ? 1 : -1;
    return a.municipalityId < b.municipalityId ? -1 : a.municipalityId > b.municipalityId ? 1 : 0;
  });
}

function courseRows(facts: Facts, courses: { slug: string; title: string | null }[]): CourseRow[] {
  const rows = new Map<string, CourseRow>();
  for (const course of courses) {
    rows.set(course.slug, { courseSlug: course.slug, title: course.title, completions: 0, completionsBySector: noSectors() });
  }
  for (const fact of facts.completions.byCourse) {
    let row = rows.get(fact.courseSlug);
    if (!row) {
      row = { courseSlug: fact.courseSlug, title: null, completions: 0, completionsBySector: noSectors() };
      rows.set(fact.courseSlug, row);
    }
    row.completions += fact.completions;
    row.completionsBySector[fact.sector] += fact.completions;
  }
  return [...rows.values()].sort((a, b) => a.courseSlug.localeCompare(b.courseSlug));
}
