// The municipalities and schools that trainings and conversations refer to: choices for the
// forms, and lookups by CBS and BRIN code for the import.
import type { Database, Prisma } from "~/db.server";
import { db } from "~/db.server";
import type { Directory } from "./import-rows";

/** A client or a transaction: reads inside an import happen in its transaction. */
export type Reader = Database | Prisma.TransactionClient;

export interface MunicipalityOption {
  id: string;
  name: string;
  cbsCode: string;
}

export interface SchoolOption {
  id: string;
  name: string;
  brinCode: string;
  municipalityId: string;
  municipality: string;
}

export async function formChoices(): Promise<{ municipalities: MunicipalityOption[]; schools: SchoolOption[] }> {
  const [municipalities, schools] = await Promise.all([
    db.municipality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, cbsCode: true } }),
    db.school.findMany({
      orderBy: [{ municipality: { name: "asc" } }, { name: "asc" }],
      select: { id: true, name: true, brinCode: true, municipalityId: true, municipality: { select: { name: true } } },
    }),
  ]);
  return {
    municipalities,
    schools: schools.map(({ municipality, ...school }) => ({ ...school, municipality: municipality.name })),
  };
}

export async function loadDirectory(reader: Reader = db): Promise<Directory> {
  const [municipalities, schools] = await Promise.all([
    reader.municipality.findMany({ select: { id: true, name: true, cbsCode: true, prioritised: true } }),
    reader.school.findMany({ select: { id: true, name: true, brinCode: true, municipalityId: true } }),
  ]);
  return {
    municipalitiesByCbs: new Map(municipalities.map((municipality) => [municipality.cbsCode.toUpperCase(), municipality])),
    municipalitiesById: new Map(municipalities.map((municipality) => [municipality.id, municipality])),
    schoolsByBrin: new Map(schools.map((school) => [school.brinCode.toUpperCase(), school])),
  };
}
