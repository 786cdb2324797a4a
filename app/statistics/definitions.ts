// What the participation statistics count, as data: the page shows these definitions beside
// the figures, and the report's types use the same sector and provider keys. Pure module.
import { type Locale, type MessageKey, translator } from "~/i18n/translate";
import { formatCount } from "./numbers";

/** Sectors as the letter to parliament counts them, plus "other" (unknown or none). */
export const SECTORS = ["PO", "VO", "MBO", "SO", "OTHER"] as const;
export type SectorKey = (typeof SECTORS)[number];

/** Classroom providers (the Provider enum). */
export const CLASSROOM_PROVIDERS = ["SSV", "ESS", "MUNICIPALITY", "OTHER"] as const;
export type ClassroomProvider = (typeof CLASSROOM_PROVIDERS)[number];

/** The per-provider overview gives Signaal's e-learning a line of its own. */
export const PROVIDER_LINES = [...CLASSROOM_PROVIDERS, "ELEARNING"] as const;
export type ProviderLine = (typeof PROVIDER_LINES)[number];

export type PrioritisedKey = "yes" | "no" | "unknown";
export const PRIORITISED_KEYS: readonly PrioritisedKey[] = ["yes", "no", "unknown"];

export interface Definition {
  id: "training" | "participant" | "completion" | "conversation" | "period" | "prioritised" | "sector" | "provider" | "privacy" | "rounding";
  term: MessageKey;
  text: MessageKey;
}

/** In the order the statistics page lists them. */
export const STATISTICS_DEFINITIONS: readonly Definition[] = [
  { id: "training", term: "statistics.definition.training.term", text: "statistics.definition.training.text" },
  { id: "participant", term: "statistics.definition.participant.term", text: "statistics.definition.participant.text" },
  { id: "completion", term: "statistics.definition.completion.term", text: "statistics.definition.completion.text" },
  { id: "conversation", term: "statistics.definition.conversation.term", text: "statistics.definition.conversation.text" },
  { id: "period", term: "statistics.definition.period.term", text: "statistics.definition.period.text" },
  { id: "prioritised", term: "statistics.definition.prioritised.term", text: "statistics.definition.prioritised.text" },
  { id: "sector", term: "statistics.definition.sector.term", text: "statistics.definition.sector.text" },
  { id: "provider", term: "statistics.definition.provider.term", text: "statistics.definition.provider.text" },
  { id: "privacy", term: "statistics.definition.privacy.term", text: "statistics.definition.privacy.text" },
  { id: "rounding", term: "statistics.definition.rounding.term", text: "statistics.definition.rounding.text" },
];

export const SECTOR_LABELS: Record<SectorKey, MessageKey> = {
  PO: "statistics.sector.PO",
  VO: "statistics.sector.VO",
  MBO: "statistics.sector.MBO",
  SO: "statistics.sector.SO",
  OTHER: "statistics.sector.OTHER",
};

export const PROVIDER_LABELS: Record<ProviderLine, MessageKey> = {
  SSV: "statistics.provider.SSV",
  ESS: "statistics.provider.ESS",
  MUNICIPALITY: "statistics.provider.MUNICIPALITY",
  OTHER: "statistics.provider.OTHER",
  ELEARNING: "statistics.provider.ELEARNING",
};

export const PRIORITISED_LABELS: Record<PrioritisedKey, MessageKey> = {
  yes: "statistics.prioritised.yes",
  no: "statistics.prioritised.no",
  unknown: "statistics.prioritised.unknown",
};

/** Below this many people a municipality- or school-level cell is not shown. */
export const SMALLEST_SHOWN_COUNT = 5;

/**
 * A count of people in a municipality- or school-level breakdown. A suppressed cell has no
 * value at all, so a page or export cannot show it by mistake; zero is shown (it identifies
 * nobody).
 */
export type PersonCell = { value: number; suppressed: false } | { value: null; suppressed: true };

export function personCell(count: number): PersonCell {
  return count > 0 && count < SMALLEST_SHOWN_COUNT ? { value: null, suppressed: true } : { value: count, suppressed: false };
}

/** "<5" for a suppressed cell, else the number as the locale writes it. */
export function formatPersonCell(cell: PersonCell, locale: Locale): string {
  return cell.suppressed ? translator(locale)("statistics.suppressed") : formatCount(cell.value, locale);
}
