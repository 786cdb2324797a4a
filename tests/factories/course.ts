// Builds course folders for content tests: a valid course by default, with any file
// replaced or added.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const VALID_METADATA = `titel: Signalen in de klas
samenvatting: Een korte cursus over signalen van radicalisering en polarisatie in de klas.
doelgroep: [PO, VO, MBO]
minuten: 20
voldoende: 70
pogingen: 3
volgorde: vast
versienotitie: Eerste versie.
`;

export const VALID_SCENARIO = `<Scenario id="verhitte-les" titel="Een verhitte les" omgeving="klas" sector="VO">
<Stap id="begin">
Na het nieuws zegt Daan: "Die mensen horen hier niet."

<Keuze volgende="gesprek" signaleren="2" duiden="2" handelen="2">
Je vraagt de klas wat er achter die woorden zit.

<Feedback>Goed: je houdt het gesprek open.</Feedback>
</Keuze>

<Keuze volgende="melding" signaleren="1" duiden="-2" handelen="-3" reactie="over">
Je meldt Daan meteen bij de politie.

<Feedback>Eén uitspraak is geen reden voor een melding.</Feedback>
</Keuze>
</Stap>

<Stap id="gesprek">
De klas praat mee.

<Keuze volgende="einde-goed" signaleren="2" duiden="2" handelen="2">
Je spreekt af om later met Daan door te praten.

<Feedback>Zo blijf je in gesprek.</Feedback>
</Keuze>

<Keuze volgende="einde-matig" signaleren="0" duiden="0" handelen="-1" reactie="onder">
Je laat het erbij.

<Feedback>Je mist een kans.</Feedback>
</Keuze>
</Stap>

<Einde id="einde-goed" uitkomst="goed">
Daan voelt zich gehoord.
</Einde>

<Einde id="einde-matig" uitkomst="matig">
Het onderwerp blijft liggen.
</Einde>

<Einde id="melding" uitkomst="slecht">
Daan voelt zich gestigmatiseerd.
</Einde>
</Scenario>
`;

export const VALID_QUIZ = `<Quiz id="toets" voldoende="70">
<Vraag id="een-signaal">
Is één signaal genoeg om te melden?

<Optie>
Ja.
<Uitleg>Nee: één signaal is niet alarmerend.</Uitleg>
</Optie>

<Optie juist>
Nee, kijk naar verandering in de tijd.
<Uitleg>Juist.</Uitleg>
</Optie>
</Vraag>
</Quiz>
`;

/** A quiz with a single-choice and a multiple-choice question. */
export const MIXED_QUIZ = `<Quiz id="toets">
<Vraag id="een-signaal">
Is één signaal genoeg om te melden?

<Optie>
Ja.
<Uitleg>Nee: één signaal is niet alarmerend.</Uitleg>
</Optie>

<Optie juist>
Nee, kijk naar verandering in de tijd.
<Uitleg>Klopt, het gaat om verandering.</Uitleg>
</Optie>
</Vraag>

<Vraag id="stappen" type="meer">
Wat doe je als je je zorgen maakt?

<Optie juist>
Je deelt je zorg met collega's.
<Uitleg>Zo check je of je gevoel klopt.</Uitleg>
</Optie>

<Optie juist>
Je praat met de leerling.
<Uitleg>Blijf nieuwsgierig naar zijn ideeën.</Uitleg>
</Optie>

<Optie>
Je vult een checklist in.
<Uitleg>Er bestaat geen checklist voor radicalisering.</Uitleg>
</Optie>
</Vraag>
</Quiz>
`;

export function lesson(body: string, title = "Een les"): string {
  return `---\ntitel: ${title}\n---\n\n${body}`;
}

export function writeCourse(files: Record<string, string | Buffer | null> = {}, slug = "test-cursus"): string {
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "signaal-course-")), slug);
  const all: Record<string, string | Buffer | null> = {
    "cursus.yml": VALID_METADATA,
    "01-scenario.mdx": lesson(`# Inleiding\n\nEen les met een scenario.\n\n${VALID_SCENARIO}`),
    "02-quiz.mdx": lesson(VALID_QUIZ, "Toets"),
    ...files,
  };
  for (const [name, content] of Object.entries(all)) {
    if (content === null) continue;
    const file = path.join(folder, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return folder;
}
