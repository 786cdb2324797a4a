// Course metadata (cursus.yml) and lesson front matter, as authors write them (Dutch keys),
// validated with Zod. Messages are Dutch: they reach authors through content:check.
import { z } from "zod";
import { SECTORS } from "./components";

export const COURSE_FILE = "cursus.yml";
export const MEDIA_FOLDER = "media";
export const LESSON_FILE_PATTERN = /^\d{2}-[a-z0-9-]+\.mdx$/;
export const MAX_LESSON_BYTES = 256 * 1024;

export const CourseMetadataSchema = z
  .object({
    titel: z.string({ required_error: "titel ontbreekt" }).trim().min(3, "titel is te kort (minstens 3 tekens)").max(120, "titel is te lang (hoogstens 120 tekens)"),
    samenvatting: z
      .string({ required_error: "samenvatting ontbreekt" })
      .trim()
      .min(10, "samenvatting is te kort (minstens 10 tekens)")
      .max(600, "samenvatting is te lang (hoogstens 600 tekens)"),
    doelgroep: z
      .array(z.enum(SECTORS, { message: `doelgroep kent alleen ${SECTORS.join(", ")}` }), { required_error: "doelgroep ontbreekt" })
      .min(1, "noem minstens één sector in doelgroep"),
    minuten: z
      .number({ required_error: "minuten ontbreekt", invalid_type_error: "minuten moet een heel getal zijn" })
      .int("minuten moet een heel getal zijn")
      .min(5, "minuten moet minstens 5 zijn")
      .max(600, "minuten mag hoogstens 600 zijn"),
    voldoende: z
      .number({ required_error: "voldoende ontbreekt", invalid_type_error: "voldoende moet een percentage zijn (0 tot 100)" })
      .int("voldoende moet een heel percentage zijn")
      .min(0, "voldoende moet minstens 0 zijn")
      .max(100, "voldoende mag hoogstens 100 zijn"),
    pogingen: z
      .number({ invalid_type_error: "pogingen moet een heel getal zijn" })
      .int("pogingen moet een heel getal zijn")
      .min(1, "pogingen moet minstens 1 zijn")
      .max(20, "pogingen mag hoogstens 20 zijn")
      .default(3),
    volgorde: z.enum(["vast", "vrij"], { message: "volgorde is vast of vrij" }).default("vast"),
    versienotitie: z
      .string({ required_error: "versienotitie ontbreekt" })
      .trim()
      .min(3, "versienotitie is te kort")
      .max(1000, "versienotitie is te lang (hoogstens 1000 tekens)"),
  })
  .strict();

export type CourseMetadata = z.infer<typeof CourseMetadataSchema>;

export const LessonFrontMatterSchema = z
  .object({
    titel: z.string({ required_error: "titel ontbreekt in de kop van de les" }).trim().min(3, "titel is te kort").max(120, "titel is te lang"),
    samenvatting: z.string().trim().max(400, "samenvatting is te lang (hoogstens 400 tekens)").optional(),
    minuten: z.number({ invalid_type_error: "minuten moet een heel getal zijn" }).int().min(1).max(240).optional(),
  })
  .strict();

export type LessonFrontMatter = z.infer<typeof LessonFrontMatterSchema>;
