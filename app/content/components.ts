// The authoring language of a course: the components an author may use in a lesson, their
// attributes and where they may stand. The checker, the compiler and the author
// documentation (content/README.md) all follow this one table. Names are Dutch because the
// authors are.

export const LESSON = "les" as const;

export type ComponentName =
  | "Scenario"
  | "Stap"
  | "Keuze"
  | "Feedback"
  | "Einde"
  | "Quiz"
  | "Vraag"
  | "Optie"
  | "Uitleg"
  | "Reflectie"
  | "Notitie"
  | "Begrip"
  | "Afbeelding"
  | "Video";

export type AttributeKind =
  /** An identifier: lower-case letters, digits and hyphens, starting with a letter. */
  | "id"
  /** A reference to a step or ending of the same scenario. */
  | "reference"
  | "text"
  /** A whole number from SCORE_MIN to SCORE_MAX. */
  | "score"
  /** A whole number from 0 to 100. */
  | "percentage"
  | "choice"
  /** Present without a value, e.g. <Optie juist>. */
  | "flag"
  /** A file in the course's media/ folder. */
  | "media";

export interface AttributeSpec {
  name: string;
  kind: AttributeKind;
  required: boolean;
  /** For kind "choice". */
  values?: readonly string[];
  /** For kind "media": allowed file extensions. */
  extensions?: readonly string[];
}

export interface ComponentSpec {
  name: ComponentName;
  /** Where the component may stand. */
  parents: readonly (ComponentName | typeof LESSON)[];
  attributes: readonly AttributeSpec[];
  /** "prose": text and the components that list this one as parent; "none": self-closing. */
  content: "prose" | "none";
}

export const SCORE_MIN = -3;
export const SCORE_MAX = 3;
export const SCORE_DIMENSIONS = ["signaleren", "duiden", "handelen"] as const;
export type ScoreDimension = (typeof SCORE_DIMENSIONS)[number];

export const SETTINGS = ["klas", "gang", "schoolplein", "online", "teamkamer", "elders"] as const;
export const SECTORS = ["PO", "VO", "MBO", "SO"] as const;
export const REACTIONS = ["passend", "over", "onder"] as const;
export const OUTCOMES = ["goed", "matig", "slecht"] as const;
export const QUESTION_TYPES = ["een", "meer"] as const;
export const NOTE_KINDS = ["info", "let-op", "tip"] as const;
export const IMAGE_EXTENSIONS = ["png", "jpg", "jpeg", "webp"] as const;
export const VIDEO_EXTENSIONS = ["mp4", "webm"] as const;
export const CAPTION_EXTENSIONS = ["vtt"] as const;

const score = (name: ScoreDimension): AttributeSpec => ({ name, kind: "score", required: true });

export const COMPONENTS: Record<ComponentName, ComponentSpec> = {
  Scenario: {
    name: "Scenario",
    parents: [LESSON],
    attributes: [
      { name: "id", kind: "id", required: true },
      { name: "titel", kind: "text", required: true },
      { name: "omgeving", kind: "choice", required: true, values: SETTINGS },
      { name: "sector", kind: "choice", required: false, values: SECTORS },
    ],
    content: "prose",
  },
  Stap: { name: "Stap", parents: ["Scenario"], attributes: [{ name: "id", kind: "id", required: true }], content: "prose" },
  Keuze: {
    name: "Keuze",
    parents: ["Stap"],
    attributes: [
      { name: "volgende", kind: "reference", required: true },
      score("signaleren"),
      score("duiden"),
      score("handelen"),
      { name: "reactie", kind: "choice", required: false, values: REACTIONS },
    ],
    content: "prose",
  },
  Feedback: { name: "Feedback", parents: ["Keuze"], attributes: [], content: "prose" },
  Einde: {
    name: "Einde",
    parents: ["Scenario"],
    attributes: [
      { name: "id", kind: "id", required: true },
      { name: "uitkomst", kind: "choice", required: true, values: OUTCOMES },
      { name: "titel", kind: "text", required: false },
    ],
    content: "prose",
  },
  Quiz: {
    name: "Quiz",
    parents: [LESSON],
    attributes: [
      { name: "id", kind: "id", required: true },
      { name: "titel", kind: "text", required: false },
      { name: "voldoende", kind: "percentage", required: false },
    ],
    content: "prose",
  },
  Vraag: {
    name: "Vraag",
    parents: ["Quiz"],
    attributes: [
      { name: "id", kind: "id", required: true },
      { name: "type", kind: "choice", required: false, values: QUESTION_TYPES },
    ],
    content: "prose",
  },
  Optie: { name: "Optie", parents: ["Vraag"], attributes: [{ name: "juist", kind: "flag", required: false }], content: "prose" },
  Uitleg: { name: "Uitleg", parents: ["Optie"], attributes: [], content: "prose" },
  Reflectie: { name: "Reflectie", parents: [LESSON], attributes: [{ name: "id", kind: "id", required: true }], content: "prose" },
  Notitie: {
    name: "Notitie",
    parents: [LESSON, "Stap", "Einde"],
    attributes: [
      { name: "soort", kind: "choice", required: false, values: NOTE_KINDS },
      { name: "titel", kind: "text", required: false },
    ],
    content: "prose",
  },
  Begrip: { name: "Begrip", parents: [LESSON], attributes: [{ name: "term", kind: "text", required: true }], content: "prose" },
  Afbeelding: {
    name: "Afbeelding",
    parents: [LESSON, "Stap", "Einde"],
    attributes: [
      { name: "src", kind: "media", required: true, extensions: IMAGE_EXTENSIONS },
      { name: "alt", kind: "text", required: true },
      { name: "bijschrift", kind: "text", required: false },
    ],
    content: "none",
  },
  Video: {
    name: "Video",
    parents: [LESSON],
    attributes: [
      { name: "src", kind: "media", required: true, extensions: VIDEO_EXTENSIONS },
      { name: "ondertitels", kind: "media", required: true, extensions: CAPTION_EXTENSIONS },
      { name: "titel", kind: "text", required: true },
      { name: "bijschrift", kind: "text", required: false },
    ],
    content: "none",
  },
};

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENTS, name);
}
