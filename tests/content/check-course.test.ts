import { describe, expect, it } from "vitest";
import { checkCourse } from "../../app/content/check-course.server";
import { formatFault } from "../../app/content/faults";
import { VALID_QUIZ, VALID_SCENARIO, lesson, writeCourse } from "../factories/course";

function faultsOf(files: Record<string, string | Buffer | null>) {
  return checkCourse(writeCourse(files)).faults.map((fault) => formatFault(fault));
}

describe("a valid course", () => {
  it("has no faults and yields its metadata and lessons in file order", () => {
    const course = checkCourse(writeCourse());
    expect(course.faults).toEqual([]);
    expect(course.metadata).toMatchObject({ titel: "Signalen in de klas", doelgroep: ["PO", "VO", "MBO"], voldoende: 70 });
    expect(course.lessons.map((item) => item.file)).toEqual(["01-scenario.mdx", "02-quiz.mdx"]);
  });
});

describe("course metadata", () => {
  it("names the key and its line", () => {
    const faults = faultsOf({ "cursus.yml": "titel: Ok titel\nsamenvatting: Een samenvatting van de cursus.\ndoelgroep: [PO, HBO]\nminuten: veel\nvoldoende: 70\nversienotitie: Eerste.\n" });
    expect(faults).toContain("cursus.yml:3:17 doelgroep kent alleen PO, VO, MBO, SO");
    expect(faults).toContain("cursus.yml:4:10 minuten moet een heel getal zijn");
  });

  it("reports a missing file and unknown keys", () => {
    expect(faultsOf({ "cursus.yml": null })[0]).toMatch(/^cursus\.yml:1:1 cursus\.yml ontbreekt/);
    expect(faultsOf({ "cursus.yml": `titel: Signalen\nsamenvatting: Een samenvatting van de cursus.\ndoelgroep: [VO]\nminuten: 20\nvoldoende: 70\nversienotitie: x1.\ntitle: dubbel\n` })).toContain(
      "cursus.yml:1:1 Onbekende sleutel(s): title. Controleer de spelling.",
    );
  });

  it("reports broken YAML at its place", () => {
    expect(faultsOf({ "cursus.yml": "titel: [niet gesloten\n" })[0]).toMatch(/^cursus\.yml:\d+:\d+ cursus\.yml is geen geldige YAML/);
  });
});

describe("lesson rules", () => {
  it.each([
    ["an import", 'import data from "../../package.json"\n', /import en export zijn niet toegestaan/],
    ["an export", "export const x = 1\n", /import en export zijn niet toegestaan/],
    ["a JavaScript expression", "De database is {process.env.DATABASE_URL}.\n", /Accolades \{ \} zijn niet toegestaan/],
    ["a script element", "<script>alert(1)</script>\n", /Onbekend onderdeel <script>/],
    ["an unknown component", '<Tabel rijen="3">x</Tabel>\n', /Onbekend onderdeel <Tabel>/],
    ["an expression attribute", '<Notitie titel={"x"}>Tekst</Notitie>\n', /accolades \{ \} zijn niet toegestaan/i],
    ["a spread attribute", "<Notitie {...props}>Tekst</Notitie>\n", /Accolades \{ \} zijn niet toegestaan in <Notitie>/],
    ["a javascript: link", "[klik](javascript:alert(1))\n", /Deze link \("javascript:alert\(1\)"\) is niet toegestaan/],
    ["a Markdown image", "![](media/beeld.png)\n", /Gebruik <Afbeelding/],
  ])("refuses %s with its line and column", (_what, body, message) => {
    const faults = faultsOf({ "03-extra.mdx": lesson(`Tekst.\n\n${body}`) });
    const fault = faults.find((line) => line.startsWith("03-extra.mdx:"));
    expect(fault).toMatch(/^03-extra\.mdx:7:\d+ /);
    expect(fault).toMatch(message);
  });

  it("refuses JavaScript front matter before reading anything", () => {
    const faults = faultsOf({ "03-extra.mdx": "---js\n{ titel: require('fs').readFileSync('/etc/passwd') }\n---\n\nTekst.\n" });
    expect(faults).toEqual(['03-extra.mdx:1:1 Alleen een gewone kop met "---" is toegestaan; "---js" zou code in de kop uitvoeren.']);
  });

  it("refuses an oversized lesson without parsing it", () => {
    const faults = faultsOf({ "03-extra.mdx": lesson("x".repeat(5 * 1024 * 1024)) });
    expect(faults).toEqual(["03-extra.mdx:1:1 Deze les is te groot (meer dan 256 kB). Verdeel de stof over meer lessen."]);
  });

  it("checks the lesson front matter", () => {
    expect(faultsOf({ "03-extra.mdx": "---\nminuten: 5\n---\n\nTekst.\n" })).toContain("03-extra.mdx:2:1 titel ontbreekt in de kop van de les");
  });

  it("names components in the wrong place and missing or unknown attributes", () => {
    const faults = faultsOf({
      "03-extra.mdx": lesson('<Keuze volgende="x" signaleren="1" duiden="1" handelen="1">Los<Feedback>f</Feedback></Keuze>\n\n<Notitie kleur="rood">Let op.</Notitie>\n\n<Begrip>Uitleg zonder term.</Begrip>\n'),
    });
    expect(faults).toContain("03-extra.mdx:5:1 <Keuze> mag alleen binnen <Stap> staan.");
    expect(faults).toContain("03-extra.mdx:7:10 <Notitie> kent de eigenschap \"kleur\" niet. Bekende eigenschappen: soort, titel.");
    expect(faults).toContain('03-extra.mdx:9:1 <Begrip> mist de verplichte eigenschap "term".');
  });

  it("requires alt text for images and captions for video, and existing media files", () => {
    const faults = faultsOf({
      "media/beeld.png": Buffer.from([0x89, 0x50, 0x4e, 0x47]),
      "03-extra.mdx": lesson('<Afbeelding src="media/beeld.png" />\n\n<Afbeelding src="media/weg.png" alt="Een klas" />\n\n<Video src="media/film.mp4" titel="Film" />\n'),
    });
    expect(faults).toContain('03-extra.mdx:5:1 <Afbeelding> mist de verplichte eigenschap "alt".');
    expect(faults).toContain("03-extra.mdx:7:13 Afbeelding src: het bestand media/weg.png bestaat niet in de cursusmap.");
    expect(faults).toContain('03-extra.mdx:9:1 <Video> mist de verplichte eigenschap "ondertitels".');
  });

  it("refuses media outside the course folder", () => {
    const faults = faultsOf({ "03-extra.mdx": lesson('<Afbeelding src="media/../../geheim.png" alt="x" />\n') });
    expect(faults.join("\n")).toMatch(/moet een bestand in de map media\/ van de cursus zijn/);
  });
});

describe("scenario graphs", () => {
  const withScenario = (scenario: string) => faultsOf({ "01-scenario.mdx": lesson(scenario) });

  it("finds a choice that leads nowhere", () => {
    const faults = withScenario(VALID_SCENARIO.replace('volgende="einde-matig"', 'volgende="nergens"'));
    expect(faults.some((line) => /^01-scenario\.mdx:\d+:1 Deze keuze leidt naar "nergens"/.test(line))).toBe(true);
  });

  it("finds a step or ending that cannot be reached", () => {
    const faults = withScenario(VALID_SCENARIO.replace('volgende="einde-matig"', 'volgende="einde-goed"'));
    expect(faults).toContainEqual(expect.stringMatching(/^01-scenario\.mdx:\d+:1 Einde "einde-matig" is vanaf de eerste stap \("begin"\) niet te bereiken/));
  });

  it("finds a path that never ends (a loop back)", () => {
    const faults = withScenario(VALID_SCENARIO.replace('volgende="einde-matig"', 'volgende="begin"'));
    expect(faults).toContainEqual(expect.stringMatching(/leidt terug naar stap "begin"; zo kan het scenario eindeloos doorgaan/));
  });

  it("finds duplicate step ids, steps with one choice, choices without feedback and bad scores", () => {
    const broken = VALID_SCENARIO.replace('<Stap id="gesprek">', '<Stap id="begin">')
      .replace("<Feedback>Zo blijf je in gesprek.</Feedback>", "")
      .replace('signaleren="2" duiden="2" handelen="2">\nJe vraagt', 'signaleren="5" duiden="2" handelen="2">\nJe vraagt');
    const faults = withScenario(broken);
    expect(faults).toContainEqual(expect.stringMatching(/Het id "begin" komt twee keer voor in scenario "verhitte-les"/));
    expect(faults).toContainEqual(expect.stringMatching(/Elke keuze heeft precies één <Feedback>/));
    expect(faults).toContainEqual(expect.stringMatching(/Keuze signaleren: "5" is geen geldige score/));
  });
});

describe("quizzes", () => {
  it("finds a question without a correct option", () => {
    const faults = faultsOf({ "02-quiz.mdx": lesson(VALID_QUIZ.replace("<Optie juist>", "<Optie>")) });
    expect(faults).toContainEqual(expect.stringMatching(/^02-quiz\.mdx:6:1 Deze vraag heeft geen juist antwoord/));
  });

  it("finds a single-choice question with two correct options and an option without explanation", () => {
    const faults = faultsOf({
      "02-quiz.mdx": lesson(VALID_QUIZ.replace("<Optie>", "<Optie juist>").replace("<Uitleg>Juist.</Uitleg>", "")),
    });
    expect(faults).toContainEqual(expect.stringMatching(/heeft 2 juiste antwoorden; zet type="meer"/));
    expect(faults).toContainEqual(expect.stringMatching(/Elk antwoord \(<Optie>\) heeft precies één <Uitleg>/));
  });

  it("finds an id used twice in the course", () => {
    const faults = faultsOf({ "03-nog-een.mdx": lesson(VALID_QUIZ) });
    expect(faults).toContainEqual(expect.stringMatching(/^03-nog-een\.mdx:5:1 Het quiz-id "toets" is al gebruikt in 02-quiz\.mdx \(regel 5\)/));
  });
});
