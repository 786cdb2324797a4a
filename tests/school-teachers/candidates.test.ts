// Reading a teachers' file and checking each row, without a database: every kind of problem
// a coordinator can meet, reported per row in Dutch.
import { describe, expect, it } from "vitest";
import { translator } from "../../app/i18n/translate";
import { type PersonFacts, type SchoolFacts, checkCandidates, countCandidates } from "../../app/school-teachers/candidates";
import { MAX_UPLOAD_ROWS, readTeacherFile } from "../../app/school-teachers/teacher-file";

const t = translator("nl");
const file = (...lines: string[]) => lines.join("\n");

function facts(people: Record<string, Partial<PersonFacts>> = {}, open: string[] = [], groups: string[] = []): SchoolFacts {
  return {
    people: new Map(Object.entries(people).map(([email, fact]) => [email, { here: null, elsewhere: false, accountDeactivated: false, ...fact }])),
    openInvitations: new Set(open),
    groups: groups.map((name, index) => ({ id: `g${index}`, name })),
  };
}

function report(text: string, schoolFacts = facts()): string[][] {
  const read = readTeacherFile(text);
  if (!read.ok) throw new Error(`file refused: ${JSON.stringify(read.problems)}`);
  return checkCandidates(read.rows, schoolFacts).map((row) => row.problems.map((problem) => t(problem.key, problem.params)));
}

function fileProblems(text: string): string[] {
  const read = readTeacherFile(text);
  if (read.ok) throw new Error("expected the file to be refused");
  return read.problems.map((problem) => t(problem.key, problem.params));
}

describe("reading the file", () => {
  it("reads semicolons or commas, a byte order mark, quotes, capitals in the header and a missing group column", () => {
    const semicolons = readTeacherFile(file("\uFEFFNaam;E-mail;Groep", '"Vries, Joost de";J.deVries@School.nl ;Sectie Engels', "Sanne Bakker;s.bakker@school.nl;"));
    expect(semicolons).toEqual({
      ok: true,
      rows: [
        { line: 2, name: "Vries, Joost de", email: "J.deVries@School.nl ", group: "Sectie Engels", problems: [] },
        { line: 3, name: "Sanne Bakker", email: "s.bakker@school.nl", group: "", problems: [] },
      ],
    });
    const commas = readTeacherFile(file("naam,emailadres", "Fatima el Amrani,f.elamrani@school.nl"));
    expect(commas).toEqual({ ok: true, rows: [{ line: 2, name: "Fatima el Amrani", email: "f.elamrani@school.nl", problems: [] }] });
  });

  it("refuses a file without a usable header, in Dutch", () => {
    expect(fileProblems("")).toEqual(["Het bestand is leeg."]);
    expect(fileProblems("naam;e-mail")).toEqual(["Het bestand heeft alleen een kopregel en geen docenten."]);
    expect(fileProblems(file("Jan;jan@school.nl", "Piet;piet@school.nl"))[0]).toMatch(/^De eerste regel moet de kopregel zijn/);
    expect(fileProblems(file("naam;telefoon", "Jan;06"))).toEqual([
      "De kolom ‘telefoon’ in de kopregel kent Signaal niet. Gebruik naam, e-mail en groep.",
      "De kolom ‘e-mail’ ontbreekt in de kopregel.",
    ]);
    expect(fileProblems(file("naam;e-mail;email", "Jan;a@b.nl;c@d.nl"))).toEqual(["De kolom ‘email’ staat twee keer in de kopregel."]);
    expect(fileProblems(file("naam;e-mail", '"Jan;jan@school.nl'))).toEqual([
      "Regel 2: een waarde begint met een aanhalingsteken (\") dat niet wordt gesloten.",
    ]);
  });

  it("refuses more rows than the limit", () => {
    const rows = Array.from({ length: MAX_UPLOAD_ROWS + 1 }, (_, index) => `Docent ${index};d${index}@school.nl`);
    expect(fileProblems(file("naam;e-mail", ...rows))).toEqual(["Het bestand heeft meer dan 1000 docenten. Verdeel het over kleinere bestanden."]);
  });
});

describe("checking each row", () => {
  it("reports every problem of every row, and nothing for a good row", () => {
    const text = file(
      "naam;e-mail;groep",
      "Goede Docent;goed@school.nl;Team onderbouw",
      ";leeg@school.nl;",
      `${"x".repeat(121)};lang@school.nl;`,
      "Geen Adres;;",
      "Fout Adres;geen-adres;",
      `Lange Groep;groep@school.nl;${"g".repeat(81)}`,
      "Dubbel;GOED@school.nl;",
      "Te veel;veel@school.nl;groep;extra",
    );
    expect(report(text)).toEqual([
      [],
      ["Vul de naam in."],
      ["De naam is langer dan 120 tekens."],
      ["Vul het e-mailadres in."],
      ["Dit is geen geldig e-mailadres. Een e-mailadres ziet eruit als naam@school.nl."],
      ["De naam van de groep is langer dan 80 tekens."],
      ["Dit e-mailadres staat ook op regel 2 van het bestand."],
      ["Deze regel heeft 4 waarden, maar er zijn alleen kolommen voor naam, e-mail en groep."],
    ]);
  });

  it("checks each address against the school: teachers here, deactivated here, coordinators, other schools, open invitations, blocked accounts", () => {
    const text = file(
      "naam;e-mail",
      "Al Hier;hier@school.nl",
      "Ooit Hier;ooit@school.nl",
      "Coördinator;coord@school.nl",
      "Elders;elders@school.nl",
      "Uitgenodigd;open@school.nl",
      "Geblokkeerd;blok@school.nl",
      "Nieuw;nieuw@school.nl",
    );
    const school = facts(
      {
        "hier@school.nl": { here: "teacher" },
        "ooit@school.nl": { here: "deactivatedTeacher" },
        "coord@school.nl": { here: "coordinator" },
        "elders@school.nl": { elsewhere: true },
        "blok@school.nl": { accountDeactivated: true },
      },
      ["open@school.nl"],
    );
    expect(report(text, school)).toEqual([
      ["Deze persoon is al docent op deze school."],
      ["Deze persoon is op deze school gedeactiveerd. Activeer de docent weer vanaf de docentenpagina."],
      ["Deze persoon is schoolcoördinator van deze school."],
      ["Deze persoon is al actief op een andere school. Een account hoort bij één school."],
      [
        "Er staat al een uitnodiging open voor dit e-mailadres. Verstuur die opnieuw vanuit de lijst met docenten als de docent hem niet meer heeft.",
      ],
      ["Het account met dit e-mailadres is door SSV geblokkeerd. Neem contact op met SSV."],
      [],
    ]);
  });

  it("matches groups regardless of capitals, marks new ones, and counts good and bad rows", () => {
    const read = readTeacherFile(file("naam;e-mail;groep", "A;a@school.nl;team ONDERBOUW", "B;b@school.nl;Sectie Engels", "C;c@school.nl;sectie engels", "D;;"));
    if (!read.ok) throw new Error("refused");
    const rows = checkCandidates(read.rows, facts({}, [], ["Team onderbouw"]));
    expect(rows.map(({ group, newGroup }) => ({ group, newGroup }))).toEqual([
      { group: "Team onderbouw", newGroup: false },
      { group: "Sectie Engels", newGroup: true },
      { group: "Sectie Engels", newGroup: true },
      { group: null, newGroup: false },
    ]);
    expect(rows[0]!.email).toBe("a@school.nl");
    expect(countCandidates(rows)).toEqual({ rows: 4, valid: 3, invalid: 1 });
  });
});
