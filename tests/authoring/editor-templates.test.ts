// The palette's templates: every component's example is valid where it may stand (the
// checker finds nothing), a scenario is a complete small one, and inserting a template twice
// keeps every id unique. Also where a fault's line and column are in the text.
import { describe, expect, it } from "vitest";
import { applyInsertion, changedLines, componentInsertion, offsetAt, withUniqueIds } from "../../app/components/authoring/editor-text";
import { paletteEntries } from "../../app/components/authoring/palette";
import { checkLesson } from "../../app/content/check-lesson.server";
import { COMPONENTS, type ComponentName } from "../../app/content/components";
import { lesson } from "../factories/course";

const MEDIA = new Set(["media/voorbeeld.png", "media/voorbeeld.mp4", "media/voorbeeld.vtt"]);
const faultsOf = (source: string) => checkLesson("01-les.mdx", source, { fileExists: (file) => MEDIA.has(file) }).faults;

const T = (name: ComponentName) => COMPONENTS[name].template;
const scenario = (inner: string) => `<Scenario id="context" titel="Context" omgeving="klas">\n\n${inner}\n\n</Scenario>\n`;
const quiz = (inner: string) => `<Quiz id="context">\n\n${inner}\n\n</Quiz>\n`;
const choiceWith = (feedback: string) => `<Keuze volgende="einde" signaleren="1" duiden="1" handelen="1">\n\nEen keuze.\n\n${feedback}\n\n</Keuze>`;
const optionWith = (explanation: string) => `<Optie juist>\n\nGoed.\n\n${explanation}\n\n</Optie>`;

/** Each template where it may stand: directly in a lesson, or in the smallest valid parent. */
const IN_CONTEXT: Record<ComponentName, (template: string) => string> = {
  Scenario: (template) => template,
  Quiz: (template) => template,
  Reflectie: (template) => template,
  Notitie: (template) => template,
  Begrip: (template) => template,
  Afbeelding: (template) => template,
  Video: (template) => template,
  Stap: (template) => scenario(`${template}\n\n${T("Einde")}`),
  Einde: (template) => scenario(`${T("Stap")}\n\n${template}`),
  Keuze: (template) => scenario(`<Stap id="begin">\n\nWat er gebeurt.\n\n${template}\n\n${template}\n\n</Stap>\n\n${T("Einde")}`),
  Feedback: (template) => scenario(`<Stap id="begin">\n\nWat er gebeurt.\n\n${choiceWith(template)}\n\n${choiceWith(template)}\n\n</Stap>\n\n${T("Einde")}`),
  Vraag: (template) => quiz(template),
  Optie: (template) => quiz(`<Vraag id="vraag">\n\nDe vraag?\n\n${optionWith(T("Uitleg"))}\n\n${template}\n\n</Vraag>`),
  Uitleg: (template) => quiz(`<Vraag id="vraag">\n\nDe vraag?\n\n${optionWith(template)}\n\n<Optie>\n\nFout.\n\n${template}\n\n</Optie>\n\n</Vraag>`),
};

describe("the palette's templates", () => {
  it.each(Object.keys(COMPONENTS) as ComponentName[])("%s is valid where it may stand", (name) => {
    const template = T(name);
    expect(template).toContain(`<${name}`);
    expect(faultsOf(lesson(`Tekst.\n\n${IN_CONTEXT[name](template)}\n`))).toEqual([]);
  });

  it("offer every component, those that stand in a lesson first", () => {
    const entries = paletteEntries();
    expect(entries.map((entry) => entry.name).sort()).toEqual(Object.keys(COMPONENTS).sort());
    expect(entries.filter((entry) => entry.inLesson).map((entry) => entry.name)).toEqual(["Scenario", "Quiz", "Reflectie", "Notitie", "Begrip", "Afbeelding", "Video"]);
  });

  it("include a complete scenario: two steps, choices with feedback and scores, and endings", () => {
    const template = T("Scenario");
    expect(template.match(/<Stap /g)).toHaveLength(2);
    expect(template.match(/<Keuze /g)?.length).toBeGreaterThanOrEqual(4);
    expect(template.match(/<Feedback>/g)?.length).toBe(template.match(/<Keuze /g)?.length);
    expect(template).toMatch(/<Einde [^>]*uitkomst="goed"/);
    expect(template).toMatch(/<Einde [^>]*uitkomst="slecht"/);
  });
});

describe("inserting a template", () => {
  it("twice into one lesson keeps it valid: the second copy's ids and references get -2", () => {
    const start = lesson("Tekst.\n");
    const first = applyInsertion(start, componentInsertion(start, start.length, start.length, T("Scenario")));
    const second = applyInsertion(first, componentInsertion(first, first.length, first.length, T("Scenario")));
    expect(second).toContain('<Scenario id="nieuw-scenario-2"');
    expect(second).toContain('<Stap id="doorvragen-2">');
    expect(second).toContain('volgende="doorvragen-2"');
    expect(faultsOf(second)).toEqual([]);
  });

  it("picks the next free number and leaves references to ids it does not define alone", () => {
    const text = '<Stap id="nieuwe-stap">\n<Stap id="nieuwe-stap-2">\n<Einde id="einde">';
    const step = withUniqueIds(T("Stap"), text);
    expect(step).toContain('<Stap id="nieuwe-stap-3">');
    expect(step.match(/volgende="einde"/g)).toHaveLength(2);
  });

  it("puts the component on lines of its own, with blank lines around it, and the cursor after it", () => {
    const text = "Eerste alinea.\nTweede regel.";
    const at = text.indexOf("\nTweede");
    const insertion = componentInsertion(text, at, at, T("Notitie"));
    const result = applyInsertion(text, insertion);
    expect(result).toBe(`Eerste alinea.\n\n${T("Notitie")}\n\nTweede regel.`);
    expect(result.slice(0, insertion.cursor).endsWith("</Notitie>")).toBe(true);
  });
});

describe("a fault's place in the text", () => {
  const text = "een\ntwee\n\ndrie";
  it.each([
    [1, 1, 0],
    [2, 3, 6],
    [3, 1, 9],
    [4, 2, 11],
    [2, 99, 8],
    [9, 1, text.length],
  ])("line %i, column %i is offset %i", (line, column, offset) => {
    expect(offsetAt(text, line, column)).toBe(offset);
  });
});

describe("where two versions differ", () => {
  it("lists the lines only in theirs and only in mine, each with its number in its own text", () => {
    const theirs = "een\ntwee\ndrie\nvier\n";
    const mine = "een\nTWEE\ndrie\nvier\nvijf\n";
    expect(changedLines(theirs, mine)).toEqual([
      { side: "theirs", line: 2, text: "twee" },
      { side: "mine", line: 2, text: "TWEE" },
      { side: "mine", line: 5, text: "vijf" },
    ]);
  });
});
