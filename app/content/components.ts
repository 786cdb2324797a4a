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
  /**
   * A valid Dutch example that the browser editor's palette inserts. A part of a scenario or
   * quiz is valid inside its parent: choices lead to "einde", the id of the Einde template.
   */
  template: string;
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

// ---- templates for the editor's palette ----
// Written the way content/README.md shows components: prose at the level of its tag, parts
// inside indented by two spaces, a blank line after each opening and before each closing tag.

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => (line ? `  ${line}` : line))
    .join("\n");
}

function element(open: string, name: string, prose: string, parts: string[] = []): string {
  return [open, prose, ...parts.map(indent), `</${name}>`].join("\n\n");
}

const feedback = (text: string) => element("<Feedback>", "Feedback", text);
const choice = (open: string, text: string, feedbackText: string) => element(open, "Keuze", text, [feedback(feedbackText)]);
const explanation = (text: string) => element("<Uitleg>", "Uitleg", text);
const option = (open: string, text: string, explanationText: string) => element(open, "Optie", text, [explanation(explanationText)]);

const FEEDBACK_TEMPLATE = feedback("Zeg eerst wat goed ging, dan wat beter kan, en waarom.");
const CHOICE_TEMPLATE = choice(
  '<Keuze volgende="einde" signaleren="2" duiden="2" handelen="2">',
  "Wat doet de docent bij deze keuze?",
  "Zeg eerst wat goed ging, dan wat beter kan, en waarom.",
);
const STEP_TEMPLATE = element('<Stap id="nieuwe-stap">', "Stap", "Beschrijf de situatie: wat ziet of hoort de docent?", [
  CHOICE_TEMPLATE,
  choice(
    '<Keuze volgende="einde" signaleren="1" duiden="-2" handelen="-3" reactie="over">',
    "Je meldt de leerling meteen, zonder eerst met de leerling te praten.",
    "Je ziet het signaal, maar één signaal is geen reden tot alarm. Je slaat het gesprek met de leerling over.",
  ),
]);
const ENDING_TEMPLATE = element('<Einde id="einde" uitkomst="goed" titel="Zo liep het af">', "Einde", "Vertel wat er gebeurde, en daarna waarom het zo afliep.");

const SCENARIO_TEMPLATE = element('<Scenario id="nieuw-scenario" titel="Na het nieuws" omgeving="klas" sector="VO">', "Scenario", "De namen in dit scenario zijn verzonnen.", [
  element('<Stap id="begin">', "Stap", "Na een nieuwsbericht zegt Daan in de klas: 'Die mensen horen hier niet.' Een paar leerlingen lachen.", [
    choice(
      '<Keuze volgende="doorvragen" signaleren="2" duiden="2" handelen="2">',
      "Je vraagt de klas wat er achter die woorden zit.",
      "Goed. Je ziet wat er gebeurt en houdt het gesprek open, zonder Daan te veroordelen.",
    ),
    choice(
      '<Keuze volgende="te-snel" signaleren="1" duiden="-2" handelen="-3" reactie="over">',
      "Je meldt Daan meteen bij de wijkagent.",
      "Je ziet het signaal, maar één uitspraak is geen reden tot alarm. Je slaat het gesprek met Daan over.",
    ),
  ]),
  element('<Stap id="doorvragen">', "Stap", "Twee weken later zegt Daan weer zoiets. Hij trekt zich ook terug uit de klas.", [
    choice(
      '<Keuze volgende="op-tijd" signaleren="3" duiden="2" handelen="3">',
      "Je deelt je zorg met collega's en gaat naar de zorgcoördinator.",
      "Goed. Je let op verandering in de tijd en volgt de stappen van de school.",
    ),
    choice(
      '<Keuze volgende="afgewacht" signaleren="-1" duiden="-1" handelen="-2" reactie="onder">',
      "Je laat het erbij. Het gaat vast vanzelf over.",
      "Je mist een verandering in gedrag. Vraag ernaar en deel je zorg met collega's.",
    ),
  ]),
  element('<Einde id="op-tijd" uitkomst="goed" titel="Op tijd">', "Einde", "Daan voelt zich gehoord, en de school houdt een oogje in het zeil."),
  element('<Einde id="te-snel" uitkomst="slecht" titel="Te snel">', "Einde", "Daan voelt zich weggezet en praat met niemand meer op school."),
  element('<Einde id="afgewacht" uitkomst="matig" titel="Afgewacht">', "Einde", "Er gebeurt niets. Niemand weet wat er met Daan speelt."),
]);

const EXPLANATION_TEMPLATE = explanation("Waarom is dit antwoord goed of fout? Schrijf ook bij een fout antwoord wat wél klopt.");
const OPTION_TEMPLATE = option("<Optie>", "Een fout antwoord.", "Waarom klopt dit niet, en wat klopt wél?");
const QUESTION_TEMPLATE = element('<Vraag id="nieuwe-vraag">', "Vraag", "Schrijf hier de vraag.", [
  option("<Optie juist>", "Het goede antwoord.", "Waarom klopt dit antwoord?"),
  OPTION_TEMPLATE,
]);
const QUIZ_TEMPLATE = element('<Quiz id="nieuwe-quiz" titel="Korte toets">', "Quiz", "Beantwoord de vragen. Na elk antwoord lees je de uitleg.", [QUESTION_TEMPLATE]);

const REFLECTION_TEMPLATE = element(
  '<Reflectie id="nieuwe-reflectie">',
  "Reflectie",
  "Denk aan een les waarin dit speelde. Wat deed jij toen? Wat zou je nu anders doen?",
);
const NOTE_TEMPLATE = element('<Notitie soort="tip" titel="Tip">', "Notitie", "Een korte tip, waarschuwing of extra informatie.");
const TERM_TEMPLATE = element('<Begrip term="Polarisatie">', "Begrip", "Polarisatie betekent dat de tegenstellingen tussen groepen groter worden.");
const IMAGE_TEMPLATE = '<Afbeelding src="media/voorbeeld.png" alt="Beschrijf wat er op de afbeelding staat." bijschrift="Een kort bijschrift." />';
const VIDEO_TEMPLATE =
  '<Video src="media/voorbeeld.mp4" ondertitels="media/voorbeeld.vtt" titel="Titel van de video" bijschrift="Video van 1 minuut, met ondertitels." />';

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
    template: SCENARIO_TEMPLATE,
  },
  Stap: { name: "Stap", parents: ["Scenario"], attributes: [{ name: "id", kind: "id", required: true }], content: "prose", template: STEP_TEMPLATE },
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
    template: CHOICE_TEMPLATE,
  },
  Feedback: { name: "Feedback", parents: ["Keuze"], attributes: [], content: "prose", template: FEEDBACK_TEMPLATE },
  Einde: {
    name: "Einde",
    parents: ["Scenario"],
    attributes: [
      { name: "id", kind: "id", required: true },
      { name: "uitkomst", kind: "choice", required: true, values: OUTCOMES },
      { name: "titel", kind: "text", required: false },
    ],
    content: "prose",
    template: ENDING_TEMPLATE,
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
    template: QUIZ_TEMPLATE,
  },
  Vraag: {
    name: "Vraag",
    parents: ["Quiz"],
    attributes: [
      { name: "id", kind: "id", required: true },
      { name: "type", kind: "choice", required: false, values: QUESTION_TYPES },
    ],
    content: "prose",
    template: QUESTION_TEMPLATE,
  },
  Optie: { name: "Optie", parents: ["Vraag"], attributes: [{ name: "juist", kind: "flag", required: false }], content: "prose", template: OPTION_TEMPLATE },
  Uitleg: { name: "Uitleg", parents: ["Optie"], attributes: [], content: "prose", template: EXPLANATION_TEMPLATE },
  Reflectie: { name: "Reflectie", parents: [LESSON], attributes: [{ name: "id", kind: "id", required: true }], content: "prose", template: REFLECTION_TEMPLATE },
  Notitie: {
    name: "Notitie",
    parents: [LESSON, "Stap", "Einde"],
    attributes: [
      { name: "soort", kind: "choice", required: false, values: NOTE_KINDS },
      { name: "titel", kind: "text", required: false },
    ],
    content: "prose",
    template: NOTE_TEMPLATE,
  },
  Begrip: { name: "Begrip", parents: [LESSON], attributes: [{ name: "term", kind: "text", required: true }], content: "prose", template: TERM_TEMPLATE },
  Afbeelding: {
    name: "Afbeelding",
    parents: [LESSON, "Stap", "Einde"],
    attributes: [
      { name: "src", kind: "media", required: true, extensions: IMAGE_EXTENSIONS },
      { name: "alt", kind: "text", required: true },
      { name: "bijschrift", kind: "text", required: false },
    ],
    content: "none",
    template: IMAGE_TEMPLATE,
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
    template: VIDEO_TEMPLATE,
  },
};

export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENTS, name);
}
