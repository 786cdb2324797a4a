// Publishing figures for the bench: the demo course from scratch, and a generated course of
// ten lessons (each with a scenario and a quiz), each into a fresh SQLite database.
import fs from "node:fs";
import path from "node:path";
import { createDatabase } from "../../app/db/create-database.server";
import { readDatabaseConfig } from "../../app/db/database-config.server";
import { publishCourse } from "../../app/content/publish.server";
import { VALID_METADATA, VALID_QUIZ, VALID_SCENARIO, lesson } from "../../tests/factories/course";
import { prepareDatabase } from "./prepare-database";
import { CONTENT_ROOT } from "./publish-content";

export const DEMO_COURSE = path.join(CONTENT_ROOT, "demo-signaleren");
export const LESSON_COUNT = 10;

function writeTenLessonCourse(directory: string): string {
  const folder = path.join(directory, "tien-lessen");
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "cursus.yml"), VALID_METADATA);
  for (let index = 1; index <= LESSON_COUNT; index++) {
    const number = String(index).padStart(2, "0");
    const body = `# Les ${index}\n\nTekst van les ${index}.\n\n${VALID_SCENARIO.replace('id="verhitte-les"', `id="scenario-${index}"`)}\n\n${VALID_QUIZ.replace('id="toets"', `id="toets-${index}"`).replace('id="een-signaal"', `id="vraag-${index}"`)}`;
    fs.writeFileSync(path.join(folder, `${number}-les-${index}.mdx`), lesson(body, `Les ${index}`));
  }
  return folder;
}

async function timePublish(databaseFile: string, folder: string): Promise<number> {
  const config = readDatabaseConfig(`file:${databaseFile}`);
  await prepareDatabase(config);
  const db = createDatabase(config);
  try {
    const started = performance.now();
    const result = await publishCourse(db, folder);
    const elapsed = performance.now() - started;
    if (result.status !== "published") throw new Error(`publishing ${folder} gave ${result.status}`);
    return Math.round(elapsed);
  } finally {
    await db.$disconnect();
  }
}

export async function measurePublishing(directory: string) {
  return {
    demoMs: await timePublish(path.join(directory, "publish-demo.db"), DEMO_COURSE),
    tenLessonsMs: await timePublish(path.join(directory, "publish-ten.db"), writeTenLessonCourse(directory)),
  };
}
