// Checks one lesson without running it: the front matter, the syntax, and every component
// against the authoring language in components.ts. Collects the ids that must be unique
// across the course.
import { parseDocument } from "yaml";
import {
  type AttributeSpec,
  COMPONENTS,
  type ComponentName,
  type ComponentSpec,
  LESSON,
  SCORE_MAX,
  SCORE_MIN,
  isComponentName,
} from "./components";
import { type LessonFrontMatter, LessonFrontMatterSchema, MAX_LESSON_BYTES } from "./course-metadata";
import type { Fault, Position } from "./faults";
import {
  type JsxElement,
  LessonSyntaxError,
  type Root,
  attributeValue,
  componentChildren,
  hasProse,
  isJsxElement,
  parseLesson,
  positionOf,
  walk,
} from "./mdx-tree.server";
import { checkScenarioGraph, type GraphNode } from "./scenario-graph";
import { yamlFaults, zodFaults } from "./yaml-faults.server";

export interface CourseWideId {
  kind: "Scenario" | "Quiz" | "Vraag" | "Reflectie";
  id: string;
  position: Position;
}

export interface CheckedLesson {
  file: string;
  faults: Fault[];
  frontMatter: LessonFrontMatter | null;
  tree: Root | null;
  ids: CourseWideId[];
}

export interface LessonContext {
  /** Whether a file exists at this path inside the course folder. */
  fileExists: (relativePath: string) => boolean;
}

const ID_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;
const SAFE_URL = /^(https?:\/\/|mailto:|\/|#|\.{0,2}\/?[a-z0-9])/i;

export function checkLesson(file: string, source: string, context: LessonContext): CheckedLesson {
  const faults: Fault[] = [];
  const fault = (position: Position, message: string) => faults.push({ file, ...position, message });
  const result: CheckedLesson = { file, faults, frontMatter: null, tree: null, ids: [] };

  if (Buffer.byteLength(source, "utf8") > MAX_LESSON_BYTES) {
    fault({ line: 1, column: 1 }, `Deze les is te groot (meer dan ${MAX_LESSON_BYTES / 1024} kB). Verdeel de stof over meer lessen.`);
    return result;
  }
  const firstLine = source.split("\n", 1)[0]?.trim() ?? "";
  if (firstLine !== "---") {
    const message = firstLine.startsWith("---")
      ? `Alleen een gewone kop met "---" is toegestaan; "${firstLine}" zou code in de kop uitvoeren.`
      : 'Een les begint met een kop tussen twee regels "---", met daarin ten minste de titel.';
    fault({ line: 1, column: 1 }, message);
    return result;
  }

  let tree: Root;
  try {
    tree = parseLesson(source);
  } catch (error) {
    if (error instanceof LessonSyntaxError) {
      fault(error.position, error.message);
      return result;
    }
    throw error;
  }
  result.tree = tree;

  const yamlNode = tree.children[0]?.type === "yaml" ? tree.children[0] : null;
  if (!yamlNode) {
    fault({ line: 1, column: 1 }, 'De kop van de les is niet afgesloten met een regel "---".');
  } else {
    const document = parseDocument(yamlNode.value, { prettyErrors: false });
    // The YAML block starts on the line after the opening "---".
    const offset = { line: positionOf(yamlNode).line, column: 0 };
    const syntax = yamlFaults(document, yamlNode.value, offset);
    for (const item of syntax) fault(item.position, item.message);
    if (syntax.length === 0) {
      const parsed = LessonFrontMatterSchema.safeParse(document.toJS() ?? {});
      if (parsed.success) result.frontMatter = parsed.data;
      else for (const item of zodFaults(parsed.error, document, yamlNode.value, offset)) fault(item.position, item.message);
    }
  }

  walk(tree, (node, enclosing) => {
    const position = positionOf(node);
    switch (node.type) {
      case "mdxjsEsm":
        fault(position, "import en export zijn niet toegestaan in een les. Gebruik alleen de onderdelen uit de handleiding.");
        return;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        fault(position, "Accolades { } zijn niet toegestaan: ze openen JavaScript. Schrijf gewone tekst zonder { en }.");
        return;
      case "image":
        fault(position, 'Gebruik <Afbeelding src="media/..." alt="..." /> voor een afbeelding, zodat er altijd een beschrijving bij staat.');
        return;
      case "link":
      case "definition":
        if (!SAFE_URL.test(node.url) || /^(javascript|data|vbscript):/i.test(node.url.trim())) {
          fault(position, `Deze link ("${node.url}") is niet toegestaan. Gebruik een adres dat begint met https://, mailto: of een pad binnen Signaal.`);
        }
        return;
      case "html":
        fault(position, "HTML is niet toegestaan in een les. Gebruik Markdown en de onderdelen uit de handleiding.");
        return;
    }
    if (!isJsxElement(node)) return;
    if (!node.name) {
      fault(position, "Een leeg onderdeel <> ... </> is niet toegestaan.");
      return;
    }
    if (!isComponentName(node.name)) {
      fault(position, `Onbekend onderdeel <${node.name}>. Toegestaan zijn: ${Object.keys(COMPONENTS).join(", ")}.`);
      return;
    }
    const spec = COMPONENTS[node.name];
    const parent = enclosing?.name && isComponentName(enclosing.name) ? enclosing.name : enclosing ? null : LESSON;
    if (parent === null || !spec.parents.includes(parent)) {
      const where = spec.parents.map((name) => (name === LESSON ? "direct in de les" : `binnen <${name}>`)).join(" of ");
      fault(position, `<${node.name}> mag alleen ${where} staan.`);
    }
    checkAttributes(node, spec, fault, context);
    checkContent(node, spec, fault);
    if (node.name === "Scenario" || node.name === "Quiz" || node.name === "Vraag" || node.name === "Reflectie") {
      const id = attributeValue(node, "id");
      if (typeof id === "string" && ID_PATTERN.test(id)) result.ids.push({ kind: node.name, id, position });
    }
    if (node.name === "Scenario") checkScenario(node, fault);
    if (node.name === "Vraag") checkQuestion(node, fault);
  });
  return result;
}

type Report = (position: Position, message: string) => void;

function checkAttributes(element: JsxElement, spec: ComponentSpec, fault: Report, context: LessonContext) {
  const seen = new Set<string>();
  for (const attribute of element.attributes) {
    const position = positionOf(attribute);
    if (attribute.type === "mdxJsxExpressionAttribute") {
      fault(position, `Accolades { } zijn niet toegestaan in <${spec.name}>: schrijf elke eigenschap als naam="waarde".`);
      continue;
    }
    const attributeSpec = spec.attributes.find((candidate) => candidate.name === attribute.name);
    if (!attributeSpec) {
      const known = spec.attributes.map((candidate) => candidate.name).join(", ") || "geen";
      fault(position, `<${spec.name}> kent de eigenschap "${attribute.name}" niet. Bekende eigenschappen: ${known}.`);
      continue;
    }
    if (seen.has(attribute.name)) fault(position, `De eigenschap "${attribute.name}" staat twee keer in <${spec.name}>.`);
    seen.add(attribute.name);
    if (attribute.value !== null && typeof attribute.value === "object") {
      fault(position, `Schrijf ${attribute.name}="..." met aanhalingstekens; accolades { } zijn niet toegestaan.`);
      continue;
    }
    const problem = attributeProblem(attributeSpec, attribute.value ?? null, context);
    if (problem) fault(position, `${spec.name} ${attribute.name}: ${problem}`);
  }
  for (const attributeSpec of spec.attributes) {
    if (attributeSpec.required && !seen.has(attributeSpec.name)) {
      fault(positionOf(element), `<${spec.name}> mist de verplichte eigenschap "${attributeSpec.name}".`);
    }
  }
}

function attributeProblem(spec: AttributeSpec, value: string | null, context: LessonContext): string | null {
  if (spec.kind === "flag") return value === null ? null : `schrijf alleen "${spec.name}", zonder waarde.`;
  if (value === null) return "geef een waarde tussen aanhalingstekens.";
  switch (spec.kind) {
    case "id":
    case "reference":
      return ID_PATTERN.test(value) ? null : `"${value}" is geen geldig id: gebruik kleine letters, cijfers en streepjes, en begin met een letter.`;
    case "text":
      return value.trim() === "" ? "mag niet leeg zijn." : null;
    case "score": {
      const score = Number(value);
      return Number.isInteger(score) && score >= SCORE_MIN && score <= SCORE_MAX && /^-?\d+$/.test(value.trim())
        ? null
        : `"${value}" is geen geldige score: gebruik een heel getal van ${SCORE_MIN} tot en met ${SCORE_MAX}.`;
    }
    case "percentage": {
      const percentage = Number(value);
      return /^\d+$/.test(value.trim()) && percentage >= 0 && percentage <= 100 ? null : `"${value}" is geen percentage van 0 tot en met 100.`;
    }
    case "choice":
      return spec.values?.includes(value) ? null : `"${value}" is niet toegestaan; kies uit: ${spec.values?.join(", ")}.`;
    case "media": {
      const extension = value.split(".").pop()?.toLowerCase() ?? "";
      if (!value.startsWith("media/") || value.includes("..") || value.includes("\\") || /\/\//.test(value)) {
        return `"${value}" moet een bestand in de map media/ van de cursus zijn, bijvoorbeeld media/${spec.extensions?.[0] === "vtt" ? "ondertitels.vtt" : "beeld.png"}.`;
      }
      if (!spec.extensions?.includes(extension)) return `bestandstype .${extension} is niet toegestaan; gebruik ${spec.extensions?.map((e) => `.${e}`).join(", ")}.`;
      return context.fileExists(value) ? null : `het bestand ${value} bestaat niet in de cursusmap.`;
    }
  }
}

function checkContent(element: JsxElement, spec: ComponentSpec, fault: Report) {
  const name = spec.name;
  if (spec.content === "none") {
    if (element.children.length > 0) fault(positionOf(element), `<${name}> heeft geen inhoud: schrijf <${name} ... />.`);
    return;
  }
  const children = componentChildren(element);
  const count = (child: ComponentName) => children.filter((node) => node.name === child).length;
  const requireProse = (message: string, except: ComponentName[] = []) => {
    if (!hasProse(element, except)) fault(positionOf(element), message);
  };
  switch (name) {
    case "Scenario":
      if (count("Stap") === 0) fault(positionOf(element), "Een scenario heeft minstens één <Stap> nodig; de eerste stap is het begin.");
      if (count("Einde") === 0) fault(positionOf(element), "Een scenario heeft minstens één <Einde> nodig.");
      break;
    case "Stap":
      if (count("Keuze") < 2) fault(positionOf(element), "Een stap biedt minstens twee keuzes (<Keuze>).");
      requireProse("Beschrijf in de stap de situatie, vóór de keuzes.", ["Keuze"]);
      break;
    case "Keuze":
      if (count("Feedback") !== 1) fault(positionOf(element), "Elke keuze heeft precies één <Feedback>.");
      requireProse("Schrijf in de keuze wat de docent doet.", ["Feedback"]);
      break;
    case "Quiz":
      if (count("Vraag") === 0) fault(positionOf(element), "Een quiz heeft minstens één <Vraag>.");
      break;
    case "Vraag":
      if (count("Optie") < 2) fault(positionOf(element), "Een vraag heeft minstens twee antwoorden (<Optie>).");
      requireProse("Schrijf de vraag zelf boven de antwoorden.", ["Optie"]);
      break;
    case "Optie":
      if (count("Uitleg") !== 1) fault(positionOf(element), "Elk antwoord (<Optie>) heeft precies één <Uitleg>.");
      requireProse("Schrijf de tekst van het antwoord in de <Optie>.", ["Uitleg"]);
      break;
    default:
      requireProse(`<${name}> is leeg; schrijf er tekst in.`);
  }
}

function checkScenario(scenario: JsxElement, fault: Report) {
  const id = attributeValue(scenario, "id") ?? "?";
  const nodes: GraphNode[] = [];
  for (const child of componentChildren(scenario)) {
    if (child.name !== "Stap" && child.name !== "Einde") continue;
    const nodeId = attributeValue(child, "id");
    if (typeof nodeId !== "string") continue;
    nodes.push({
      id: nodeId,
      kind: child.name === "Stap" ? "step" : "ending",
      position: positionOf(child),
      choices: componentChildren(child)
        .filter((choice) => choice.name === "Keuze")
        .flatMap((choice) => {
          const next = attributeValue(choice, "volgende");
          return typeof next === "string" ? [{ next, position: positionOf(choice) }] : [];
        }),
    });
  }
  for (const problem of checkScenarioGraph(id, nodes)) fault(problem.position, problem.message);
}

function checkQuestion(question: JsxElement, fault: Report) {
  const options = componentChildren(question).filter((child) => child.name === "Optie");
  const correct = options.filter((option) => option.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "juist")).length;
  const type = attributeValue(question, "type") ?? "een";
  if (options.length >= 2 && correct === 0) {
    fault(positionOf(question), 'Deze vraag heeft geen juist antwoord: zet "juist" bij minstens één <Optie>.');
  }
  if (type === "een" && correct > 1) {
    fault(positionOf(question), `Deze vraag heeft ${correct} juiste antwoorden; zet type="meer" voor een vraag met meer juiste antwoorden.`);
  }
}
