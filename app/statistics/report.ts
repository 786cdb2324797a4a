// The shape of a participation report: plain data, safe to send to the browser and to
// serialise. app/statistics/participation.server.ts builds it.
import type { PersonCell, PrioritisedKey, ProviderLine, SectorKey } from "./definitions";
import type { Period } from "./period";

export type SectorCounts = Record<SectorKey, number>;

export interface Totals {
  trainings: number;
  /** Classroom participants (attendances). */
  participants: number;
  participantsBySector: SectorCounts;
  completions: number;
  completionsBySector: SectorCounts;
  /** participants + completions: everyone the trainings and the e-learning reached. */
  reached: number;
  conversations: number;
}

export interface ProviderRow {
  provider: ProviderLine;
  /** null on the e-learning line, which has no trainings. */
  trainings: number | null;
  /** For the e-learning line: its completions. */
  participants: number;
  participantsBySector: SectorCounts;
  /** null on the e-learning line. */
  conversations: number | null;
  /** The part of the above in municipalities that were prioritised when recorded. */
  inPrioritised: { trainings: number | null; participants: number; conversations: number | null };
}

export interface SectorRow {
  sector: SectorKey;
  participants: number;
  completions: number;
  reached: number;
}

export interface PrioritisedRow {
  /** From the snapshot each record keeps; "unknown" only holds completions without a school. */
  prioritised: PrioritisedKey;
  trainings: number;
  participants: number;
  completions: number;
  reached: number;
  conversations: number;
}

/**
 * One municipality. Counts of people are PersonCells (fewer than 5 is suppressed); the row
 * gives no sum of participants and completions, which would reveal a suppressed part.
 */
export interface MunicipalityRow {
  /** null: completions of people without a school. */
  municipalityId: string | null;
  cbsCode: string | null;
  name: string | null;
  /** The municipality's status today (the prioritised table counts by snapshot). */
  prioritised: boolean | null;
  trainings: number;
  participants: PersonCell;
  completions: PersonCell;
  conversations: number;
}

export interface CourseRow {
  courseSlug: string;
  /** The title of the latest published version; null when no version is stored. */
  title: string | null;
  completions: number;
  completionsBySector: SectorCounts;
}

/** A line of the cumulative figures; on the e-learning line, participants are completions. */
export interface CumulativeProviderRow {
  provider: ProviderLine;
  /** null on the e-learning line. */
  trainings: number | null;
  participants: number;
  /** null on the e-learning line. */
  conversations: number | null;
}

/**
 * The figures "since 2015": totals per provider only, no further breakdown, so that years of
 * completions are counted rather than grouped.
 */
export interface CumulativeFigures {
  since: number;
  /** From 1 January of `since` to the last day of the report's period. */
  period: Period;
  trainings: number;
  /** Classroom participants. */
  participants: number;
  completions: number;
  conversations: number;
  /** SSV, ESS, MUNICIPALITY, OTHER, ELEARNING: always all five, in that order. */
  byProvider: CumulativeProviderRow[];
}

export interface ParticipationReport {
  period: Period;
  generatedAt: string;
  totals: Totals;
  /** SSV, ESS, MUNICIPALITY, OTHER, ELEARNING: always all five, in that order. */
  byProvider: ProviderRow[];
  /** PO, VO, MBO, SO, OTHER: always all five. */
  bySector: SectorRow[];
  /** yes, no, unknown: always all three. */
  byPrioritised: PrioritisedRow[];
  /** Every municipality (also those with nothing in the period), by name; the no-school row last. */
  byMunicipality: MunicipalityRow[];
  /** Every course with a stored version, and any other slug with completions, by slug. */
  byCourse: CourseRow[];
  /** Present when a start year was asked for. */
  cumulative: CumulativeFigures | null;
}
