// The municipality table of the statistics page: municipalities by reach (participants plus
// e-learning completions), each prioritised one with its share of everyone reached, and the
// prioritised municipalities' share together. Suppressed cells ("<5") count as 0 for the
// order and never reach a number that would give them away: a reach or share that would
// include one is given as a lower bound. Pure module.
import type { PersonCell } from "./definitions";
import type { MunicipalityRow, ParticipationReport } from "./report";

export interface MunicipalityReachRow {
  row: MunicipalityRow;
  /** Participants and completions as far as they are shown; suppressed parts count as 0. */
  reach: number;
  /** True when part of the reach is suppressed: the real reach is higher than `reach`. */
  reachIsLowerBound: boolean;
  /**
   * For a prioritised municipality: reach / everyone reached in the period (0–1), a lower
   * bound when `reachIsLowerBound`; null for the others and when nobody was reached.
   */
  share: number | null;
}

export interface MunicipalityReach {
  rows: MunicipalityReachRow[];
  /** The prioritised municipalities' part of everyone reached (by each record's snapshot), 0–1; null when nobody was reached. */
  prioritisedShare: number | null;
  prioritisedReached: number;
  reached: number;
}

function shown(cell: PersonCell): number {
  return cell.suppressed ? 0 : cell.value;
}

const byName = new Intl.Collator("nl", { sensitivity: "base", ignorePunctuation: true });

/**
 * Named municipalities by reach, largest first (equal reach: by name); the row of
 * completions without a school comes last whatever its reach, as it is no municipality.
 */
export function municipalityReach(report: ParticipationReport): MunicipalityReach {
  const reached = report.totals.reached;
  const rows = report.byMunicipality.map((row): MunicipalityReachRow => {
    const reach = shown(row.participants) + shown(row.completions);
    return {
      row,
      reach,
      reachIsLowerBound: row.participants.suppressed || row.completions.suppressed,
      share: row.prioritised === true && reached > 0 ? reach / reached : null,
    };
  });
  rows.sort((a, b) => {
    if (a.row.name === null || b.row.name === null) return a.row.name === b.row.name ? 0 : a.row.name === null ? 1 : -1;
    return b.reach - a.reach || byName.compare(a.row.name, b.row.name);
  });
  const prioritisedReached = report.byPrioritised.find((row) => row.prioritised === "yes")?.reached ?? 0;
  return { rows, prioritisedShare: reached > 0 ? prioritisedReached / reached : null, prioritisedReached, reached };
}
