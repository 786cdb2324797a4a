// The component palette: one button per component of the authoring language, each putting
// a valid example (components.ts) where the cursor is. The components a lesson holds
// directly come first; the parts of scenarios and quizzes follow, folded away.
import { COMPONENTS, type ComponentName, LESSON } from "~/content/components";
import type { MessageKey } from "~/i18n/translate";
import { useTranslation } from "~/i18n/use-translation";

/** The authors' guide, and its chapter on which component may stand inside which. */
export const AUTHORS_GUIDE_PATH = "/auteur/handleiding";
export const COMPONENTS_GUIDE_PATH = `${AUTHORS_GUIDE_PATH}#6-alle-onderdelen-met-voorbeelden`;

export interface PaletteEntry {
  name: ComponentName;
  template: string;
  /** Whether the component stands directly in a lesson (or only inside another). */
  inLesson: boolean;
}

const DESCRIPTIONS: Record<ComponentName, MessageKey> = {
  Scenario: "editor.component.Scenario",
  Stap: "editor.component.Stap",
  Keuze: "editor.component.Keuze",
  Feedback: "editor.component.Feedback",
  Einde: "editor.component.Einde",
  Quiz: "editor.component.Quiz",
  Vraag: "editor.component.Vraag",
  Optie: "editor.component.Optie",
  Uitleg: "editor.component.Uitleg",
  Reflectie: "editor.component.Reflectie",
  Notitie: "editor.component.Notitie",
  Begrip: "editor.component.Begrip",
  Afbeelding: "editor.component.Afbeelding",
  Video: "editor.component.Video",
};

export function paletteEntries(): PaletteEntry[] {
  return Object.values(COMPONENTS).map((spec) => ({ name: spec.name, template: spec.template, inLesson: spec.parents.includes(LESSON) }));
}

export function Palette({ entries, onInsert }: { entries: readonly PaletteEntry[]; onInsert: (entry: PaletteEntry) => void }) {
  const { t } = useTranslation();
  // A compact toolbar keeps the text in view: each button's one-line description is its
  // accessible description, and its tooltip for the mouse.
  const list = (items: readonly PaletteEntry[]) => (
    <ul className="editor-palette__list">
      {items.map((entry) => (
        <li key={entry.name}>
          <button
            type="button"
            className="button button--secondary"
            aria-describedby={`palet-${entry.name}`}
            title={t(DESCRIPTIONS[entry.name])}
            onClick={() => onInsert(entry)}
          >
            {t("editor.palette.insert", { component: entry.name })}
          </button>
          <span className="visually-hidden" id={`palet-${entry.name}`}>
            {t(DESCRIPTIONS[entry.name])}
          </span>
        </li>
      ))}
    </ul>
  );
  return (
    <section className="editor-palette" aria-labelledby="palet-titel">
      <h2 id="palet-titel">{t("editor.palette.title")}</h2>
      <p className="editor-palette__intro">{t("editor.palette.intro")}</p>
      <h3>{t("editor.palette.lesson")}</h3>
      {list(entries.filter((entry) => entry.inLesson))}
      <details>
        <summary>{t("editor.palette.parts")}</summary>
        <p className="editor-palette__intro">
          <a href={COMPONENTS_GUIDE_PATH} target="_blank" rel="noopener">
            {t("editor.palette.partsGuide")}
          </a>
        </p>
        {list(entries.filter((entry) => !entry.inLesson))}
      </details>
    </section>
  );
}
