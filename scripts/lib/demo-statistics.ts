// Historical participation data for the demo: municipalities, schools, classroom trainings
// and advisory conversations from 2015 to mid-2019, so that the statistics page and
// `npm run stats` have something to show from the first start.
//
// The counts are illustrative, shaped to match the totals in the letter to parliament of
// 24 July 2019 (Kamerstuk 29 754, nr. 522): about 5000 education professionals trained by SSV
// since 2015; in 2018 38 SSV trainings with 680 participants from PO, VO and MBO and about 50
// advisory conversations; in the first months of 2019 14 trainings for about 280 people; ESS
// ("Omgaan met Extreme Idealen") 2000+ since 2015. Every individual training, school and date
// is invented. The generator is deterministic (a seeded PRNG) and writes with createMany.
import type { Database } from "../../app/db/create-database.server";

type Sector = "PO" | "VO" | "MBO" | "SO";
type Provider = "SSV" | "ESS" | "MUNICIPALITY";

/**
 * Real municipalities with their CBS codes. Prioritised: the municipalities the NCTV lists
 * for reinforcement funds ("versterkingsgelden"),
 * https://www.nctv.nl/onderwerpen/versterkingsgelden-gemeenten. The others are a spread of
 * municipalities of similar size that are not on that list.
 */
export const DEMO_MUNICIPALITIES: readonly { cbsCode: string; name: string; prioritised: boolean }[] = [
  { cbsCode: "GM0518", name: "Den Haag", prioritised: true },
  { cbsCode: "GM0363", name: "Amsterdam", prioritised: true },
  { cbsCode: "GM0344", name: "Utrecht", prioritised: true },
  { cbsCode: "GM0599", name: "Rotterdam", prioritised: true },
  { cbsCode: "GM0503", name: "Delft", prioritised: true },
  { cbsCode: "GM0202", name: "Arnhem", prioritised: true },
  { cbsCode: "GM0637", name: "Zoetermeer", prioritised: true },
  { cbsCode: "GM0513", name: "Gouda", prioritised: true },
  { cbsCode: "GM0406", name: "Huizen", prioritised: true },
  { cbsCode: "GM0268", name: "Nijmegen", prioritised: true },
  { cbsCode: "GM0855", name: "Tilburg", prioritised: true },
  { cbsCode: "GM0034", name: "Almere", prioritised: true },
  { cbsCode: "GM0606", name: "Schiedam", prioritised: true },
  { cbsCode: "GM0394", name: "Haarlemmermeer", prioritised: true },
  { cbsCode: "GM0307", name: "Amersfoort", prioritised: true },
  { cbsCode: "GM0546", name: "Leiden", prioritised: true },
  { cbsCode: "GM0193", name: "Zwolle", prioritised: false },
  { cbsCode: "GM0014", name: "Groningen", prioritised: false },
  { cbsCode: "GM0772", name: "Eindhoven", prioritised: false },
  { cbsCode: "GM0758", name: "Breda", prioritised: false },
  { cbsCode: "GM0153", name: "Enschede", prioritised: false },
  { cbsCode: "GM0200", name: "Apeldoorn", prioritised: false },
  { cbsCode: "GM0080", name: "Leeuwarden", prioritised: false },
  { cbsCode: "GM0361", name: "Alkmaar", prioritised: false },
  { cbsCode: "GM0983", name: "Venlo", prioritised: false },
  { cbsCode: "GM0794", name: "Helmond", prioritised: false },
  { cbsCode: "GM0228", name: "Ede", prioritised: false },
  { cbsCode: "GM0150", name: "Deventer", prioritised: false },
  { cbsCode: "GM0505", name: "Dordrecht", prioritised: false },
  { cbsCode: "GM0392", name: "Haarlem", prioritised: false },
  { cbsCode: "GM0796", name: "'s-Hertogenbosch", prioritised: false },
];

interface YearPlan {
  provider: Provider;
  /** First and last possible day, YYYY-MM-DD. */
  from: string;
  to: string;
  trainings: number;
  participants: number;
  sectors: readonly Sector[];
  /** Whether mixed trainings may count some participants as "other" (youth workers, say). */
  other: boolean;
  conversations: number;
}

const ALL: readonly Sector[] = ["PO", "VO", "MBO", "SO"];
const LETTER: readonly Sector[] = ["PO", "VO", "MBO"];

// SSV: 1117 + 1330 + 1570 + 680 + 283 = 4980 ("circa 5000"; 4697 up to 2018, "circa 4700"); 2018 exactly as the letter, with 49
// conversations ("circa 50"); January to April 2019: 14 trainings, 283 people ("circa 280").
// ESS: 300 + 390 + 460 + 560 + 330 = 2040 ("circa 2000").
const PLAN: readonly YearPlan[] = [
  { provider: "SSV", from: "2015-01-01", to: "2015-12-31", trainings: 62, participants: 1117, sectors: ALL, other: true, conversations: 31 },
  { provider: "SSV", from: "2016-01-01", to: "2016-12-31", trainings: 70, participants: 1330, sectors: ALL, other: true, conversations: 38 },
  { provider: "SSV", from: "2017-01-01", to: "2017-12-31", trainings: 81, participants: 1570, sectors: ALL, other: true, conversations: 44 },
  { provider: "SSV", from: "2018-01-01", to: "2018-12-31", trainings: 38, participants: 680, sectors: LETTER, other: false, conversations: 49 },
  { provider: "SSV", from: "2019-01-01", to: "2019-04-30", trainings: 14, participants: 283, sectors: LETTER, other: false, conversations: 17 },
  { provider: "ESS", from: "2015-01-01", to: "2015-12-31", trainings: 15, participants: 300, sectors: ["VO", "MBO"], other: false, conversations: 0 },
  { provider: "ESS", from: "2016-01-01", to: "2016-12-31", trainings: 19, participants: 390, sectors: ["VO", "MBO"], other: false, conversations: 0 },
  { provider: "ESS", from: "2017-01-01", to: "2017-12-31", trainings: 22, participants: 460, sectors: ["PO", "VO", "MBO"], other: true, conversations: 6 },
  { provider: "ESS", from: "2018-01-01", to: "2018-12-31", trainings: 27, participants: 560, sectors: ["PO", "VO", "MBO"], other: true, conversations: 8 },
  { provider: "ESS", from: "2019-01-01", to: "2019-06-30", trainings: 16, participants: 330, sectors: ["PO", "VO", "MBO"], other: true, conversations: 3 },
  { provider: "MUNICIPALITY", from: "2017-01-01", to: "2017-12-31", trainings: 5, participants: 95, sectors: ["PO", "VO"], other: true, conversations: 0 },
  { provider: "MUNICIPALITY", from: "2018-01-01", to: "2018-12-31", trainings: 7, participants: 132, sectors: ["PO", "VO"], other: true, conversations: 0 },
  { provider: "MUNICIPALITY", from: "2019-01-01", to: "2019-06-30", trainings: 4, participants: 71, sectors: ["PO", "VO"], other: true, conversations: 0 },
];

const TITLES: Record<Provider, readonly string[]> = {
  SSV: ["Radicalisering signaleren en bespreekbaar maken", "Omgaan met polarisatie in de klas", "Schoolbrede aanpak van radicalisering"],
  ESS: ["Omgaan met Extreme Idealen"],
  MUNICIPALITY: ["Voorlichting radicalisering voor scholen"],
};

const TOPICS = [
  "Schoolveiligheidsbeleid en radicalisering",
  "Zorgen over een leerling: signaleren en handelen",
  "Samenwerking met gemeente en veiligheidspartners",
  "Spanningen in de klas na een ingrijpende gebeurtenis",
];

const SCHOOL_NAMES: Record<Sector, readonly string[]> = {
  PO: ["Basisschool De Regenboog", "Basisschool Het Kompas", "Basisschool De Klimop", "Basisschool De Horizon"],
  VO: ["Stadscollege", "Lyceum aan het Water", "Scholengemeenschap De Brug"],
  MBO: ["Vakcollege", "Mbo-college"],
  SO: ["School voor speciaal onderwijs De Sprong"],
};

/** Schools each municipality gets: the prioritised ones are the larger cities here. */
const SCHOOLS_PER_MUNICIPALITY: Record<"prioritised" | "other", readonly Sector[]> = {
  prioritised: ["PO", "PO", "VO", "VO", "MBO", "SO"],
  other: ["PO", "PO", "VO", "MBO"],
};

/** mulberry32: small, fast and the same on every machine. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function pickWeighted<T>(random: () => number, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let point = random() * total;
  for (const item of items) {
    point -= weight(item);
    if (point < 0) return item;
  }
  return pick(random, items);
}

/** Splits `total` into `parts` positive whole numbers of roughly similar size, summing exactly. */
function split(random: () => number, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.5 + random());
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const shares = weights.map((weight) => Math.max(1, Math.floor((weight / weightSum) * total)));
  let rest = total - shares.reduce((sum, share) => sum + share, 0);
  for (let index = 0; rest !== 0; index = (index + 1) % parts) {
    const step = rest > 0 ? 1 : -1;
    if (step < 0 && (shares[index] ?? 0) <= 1) continue;
    shares[index] = (shares[index] ?? 0) + step;
    rest -= step;
  }
  return shares;
}

const DAY_MS = 86_400_000;

/** A school day (Monday to Friday, outside the summer holiday) between two dates, at midnight UTC. */
function schoolDay(random: () => number, from: string, to: string): Date {
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / DAY_MS) + 1;
  for (;;) {
    const date = new Date(start + Math.floor(random() * days) * DAY_MS);
    const weekday = date.getUTCDay();
    const monthDay = (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
    if (weekday !== 0 && weekday !== 6 && (monthDay < 715 || monthDay > 831)) return date;
  }
}

interface DemoMunicipality {
  id: string;
  name: string;
  prioritised: boolean;
  schools: { id: string; sector: Sector }[];
}

async function ensureMunicipalities(db: Database): Promise<DemoMunicipality[]> {
  const codes = DEMO_MUNICIPALITIES.map((municipality) => municipality.cbsCode);
  // The base seed already made Rotterdam and Zwolle (and a school in each); reuse those rows.
  const existing = new Set(
    (await db.municipality.findMany({ where: { cbsCode: { in: codes } }, select: { cbsCode: true } })).map((row) => row.cbsCode),
  );
  await db.municipality.createMany({ data: DEMO_MUNICIPALITIES.filter((municipality) => !existing.has(municipality.cbsCode)) });
  const rows = await db.municipality.findMany({
    where: { cbsCode: { in: codes } },
    select: { id: true, cbsCode: true, name: true, prioritised: true },
  });
  const byCode = new Map(rows.map((row) => [row.cbsCode, row]));

  let brin = 0;
  const schools = DEMO_MUNICIPALITIES.flatMap((municipality) => {
    const row = byCode.get(municipality.cbsCode);
    if (!row) throw new Error(`municipality ${municipality.cbsCode} was not created`);
    const counters: Partial<Record<Sector, number>> = {};
    return SCHOOLS_PER_MUNICIPALITY[row.prioritised ? "prioritised" : "other"].map((sector) => {
      const nth = counters[sector] ?? 0;
      counters[sector] = nth + 1;
      brin += 1;
      const base = SCHOOL_NAMES[sector][nth % SCHOOL_NAMES[sector].length];
      // Fictitious BRIN codes: a letter-digit pattern no real school registration uses.
      return { brinCode: `Z${String(brin).padStart(3, "0")}`, name: `${base} ${row.name}`, sector, municipalityId: row.id };
    });
  });
  await db.school.createMany({ data: schools });
  const allSchools = await db.school.findMany({
    where: { municipalityId: { in: rows.map((row) => row.id) } },
    select: { id: true, sector: true, municipalityId: true },
    orderBy: { brinCode: "asc" },
  });
  return DEMO_MUNICIPALITIES.map(({ cbsCode }) => {
    const row = byCode.get(cbsCode)!;
    return {
      id: row.id,
      name: row.name,
      prioritised: row.prioritised,
      schools: allSchools.filter((school) => school.municipalityId === row.id).map((school) => ({ id: school.id, sector: school.sector })),
    };
  });
}

/** Adds the demo's historical statistics. Call once, on a database seeded with the base demo. */
export async function seedDemoStatistics(db: Database, options: { recordedById?: string | null } = {}): Promise<void> {
  const random = seededRandom(20190724);
  const municipalities = await ensureMunicipalities(db);
  const recordedById = options.recordedById ?? null;
  // The cabinet asks for trainings in prioritised municipalities: they get most of them.
  const weight = (municipality: DemoMunicipality) => (municipality.prioritised ? 3 : 1);

  const trainings = [];
  const conversations = [];
  for (const plan of PLAN) {
    const sizes = split(random, plan.participants, plan.trainings);
    for (const [index, size] of sizes.entries()) {
      const municipality =
        plan.provider === "MUNICIPALITY"
          ? pick(
              random,
              municipalities.filter((candidate) => candidate.prioritised),
            )
          : pickWeighted(random, municipalities, weight);
      const counts: Record<Sector | "OTHER", number> = { PO: 0, VO: 0, MBO: 0, SO: 0, OTHER: 0 };
      // The first trainings of a year cover each planned sector once, so that every one appears.
      const forcedSector = plan.sectors[index];
      const candidates = municipality.schools.filter((school) =>
        forcedSector ? school.sector === forcedSector : plan.sectors.includes(school.sector),
      );
      let schoolId: string | null = null;
      if (forcedSector || (candidates.length > 0 && random() < 0.7)) {
        // A training at one school (or, when the municipality has no school of the sector, for its schools of that sector).
        const school = candidates.length > 0 ? pick(random, candidates) : null;
        schoolId = school?.id ?? null;
        counts[school?.sector ?? forcedSector ?? "OTHER"] = size;
      } else {
        // A training for staff of several schools in the municipality.
        const other = plan.other && size > 10 ? Math.floor(random() * 3) : 0;
        const shares = split(random, size - other, Math.min(plan.sectors.length, size - other));
        shares.forEach((share, position) => {
          const sector = plan.sectors[position];
          if (sector) counts[sector] += share;
        });
        counts.OTHER = other;
      }
      trainings.push({
        provider: plan.provider,
        providerName: plan.provider === "MUNICIPALITY" ? `Gemeente ${municipality.name}` : null,
        title: pick(random, TITLES[plan.provider]),
        date: schoolDay(random, plan.from, plan.to),
        municipalityId: municipality.id,
        prioritised: municipality.prioritised,
        schoolId,
        participantsPo: counts.PO,
        participantsVo: counts.VO,
        participantsMbo: counts.MBO,
        participantsSo: counts.SO,
        participantsOther: counts.OTHER,
        participants: size,
        recordedById,
      });
    }
    for (let index = 0; index < plan.conversations; index++) {
      const municipality = pickWeighted(random, municipalities, weight);
      const school = pick(random, municipality.schools);
      conversations.push({
        date: schoolDay(random, plan.from, plan.to),
        schoolId: school.id,
        municipalityId: municipality.id,
        prioritised: municipality.prioritised,
        topic: pick(random, TOPICS),
        provider: plan.provider,
        providerName: null,
        recordedById,
      });
    }
  }
  await db.classroomTraining.createMany({ data: trainings });
  await db.advisoryConversation.createMany({ data: conversations });
}
