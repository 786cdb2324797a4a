// Runs a compiled lesson once, at publish time, with Signaal's component map: prose becomes
// static HTML segments, and scenarios, quizzes and reflections become manifest entries
// with their own pre-rendered HTML. No lesson code ever runs on a learner's request.
import { getMDXComponent } from "mdx-bundler/client";
import {
  Children,
  type ComponentType,
  type ReactElement,
  type ReactNode,
  cloneElement,
  isValidElement,
} from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SCORE_DIMENSIONS } from "./components";
import type {
  LessonSegment,
  QuizManifest,
  QuizQuestion,
  ReflectionManifest,
  ScenarioChoice,
  ScenarioEnding,
  ScenarioManifest,
  ScenarioStep,
  Scores,
} from "./manifest";

export interface RenderedLesson {
  segments: LessonSegment[];
  scenarios: ScenarioManifest[];
  quizzes: QuizManifest[];
  reflections: ReflectionManifest[];
}

export interface RenderOptions {
  lesson: string;
  /** Default pass mark of the course, for quizzes that set none. */
  passMark: number;
  /** Public URL of a file in the course's media/ folder. */
  mediaUrl: (relativePath: string) => string;
}

type Props = Record<string, unknown> & { children?: ReactNode };

const BLOCK_TAG = "signaal-blok";
const BLOCK_PATTERN = new RegExp(`<${BLOCK_TAG} data-soort="(scenario|quiz|reflection)" data-id="([a-z0-9-]+)"></${BLOCK_TAG}>`, "g");

const NOTE_LABELS: Record<string, string> = { info: "Goed om te weten", "let-op": "Let op", tip: "Tip" };

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function elementsOf(children: ReactNode, component: unknown): ReactElement<Props>[] {
  const found: ReactElement<Props>[] = [];
  const visit = (node: ReactNode) =>
    Children.forEach(node, (child) => {
      if (!isValidElement<Props>(child)) return;
      if (child.type === component) found.push(child);
      else visit(child.props.children);
    });
  visit(children);
  return found;
}

/** The children without any element of the given component, at any depth. */
function without(children: ReactNode, component: unknown): ReactNode {
  return Children.map(children, (child) => {
    if (!isValidElement<Props>(child)) return child;
    if (child.type === component) return null;
    if (child.props.children === undefined) return child;
    return cloneElement(child, undefined, without(child.props.children, component));
  });
}

/** Children taken from the lesson's element tree already carry Signaal's components. */
function html(node: ReactNode): string {
  return renderToStaticMarkup(<>{node}</>).trim();
}

export function renderLesson(code: string, options: RenderOptions): RenderedLesson {
  const scenarios: ScenarioManifest[] = [];
  const quizzes: QuizManifest[] = [];
  const reflections: ReflectionManifest[] = [];
  const block = (kind: "scenario" | "quiz" | "reflection", id: string) => {
    const Tag = BLOCK_TAG as unknown as ComponentType<Record<string, string>>;
    return <Tag data-soort={kind} data-id={id} />;
  };

  // Structural components are only inspected through their parents' props; rendered on
  // their own they show nothing.
  const Stap = () => null;
  const Keuze = () => null;
  const Feedback = () => null;
  const Einde = () => null;
  const Vraag = () => null;
  const Optie = () => null;
  const Uitleg = () => null;

  const components: Record<string, ComponentType<Props>> = {
    // The page's h1 is the lesson title; authors write ## for sections (content/README.md).
    h1: (props) => <h2>{props.children}</h2>,
    a: (props) => {
      const href = text(props.href);
      const external = /^https?:\/\//.test(href);
      return (
        <a href={href} {...(external ? { rel: "noopener noreferrer" } : {})}>
          {props.children}
        </a>
      );
    },
    Stap,
    Keuze,
    Feedback,
    Einde,
    Vraag,
    Optie,
    Uitleg,
    Notitie: (props) => {
      const kind = text(props.soort) || "info";
      return (
        <aside className={`notitie notitie--${kind}`} aria-label={text(props.titel) || NOTE_LABELS[kind]}>
          <p className="notitie__titel">{text(props.titel) || NOTE_LABELS[kind]}</p>
          {props.children}
        </aside>
      );
    },
    Begrip: (props) => (
      <dl className="begrip">
        <dt>{text(props.term)}</dt>
        <dd>{props.children}</dd>
      </dl>
    ),
    Afbeelding: (props) => (
      <figure className="media">
        <img src={options.mediaUrl(text(props.src))} alt={text(props.alt)} loading="lazy" />
        {props.bijschrift ? <figcaption>{text(props.bijschrift)}</figcaption> : null}
      </figure>
    ),
    Video: (props) => (
      <figure className="media">
        <video controls preload="metadata" src={options.mediaUrl(text(props.src))} aria-label={text(props.titel)}>
          <track kind="captions" src={options.mediaUrl(text(props.ondertitels))} srcLang="nl" label="Nederlands" default />
        </video>
        <figcaption>
          <strong>{text(props.titel)}</strong>
          {props.bijschrift ? ` ${text(props.bijschrift)}` : null}
        </figcaption>
      </figure>
    ),
    Reflectie: (props) => {
      reflections.push({ id: text(props.id), lesson: options.lesson, promptHtml: html(props.children) });
      return block("reflection", text(props.id));
    },
    Scenario: (props) => {
      const steps: Record<string, ScenarioStep> = {};
      const endings: Record<string, ScenarioEnding> = {};
      let start = "";
      for (const step of elementsOf(props.children, Stap)) {
        const stepId = text(step.props.id);
        start ||= stepId;
        const choices: ScenarioChoice[] = elementsOf(step.props.children, Keuze).map((choice, index) => {
          const feedback = elementsOf(choice.props.children, Feedback)[0];
          return {
            id: `k${index + 1}`,
            html: html(without(choice.props.children, Feedback)),
            feedbackHtml: html(feedback?.props.children),
            next: text(choice.props.volgende),
            scores: Object.fromEntries(SCORE_DIMENSIONS.map((dimension) => [dimension, Number(choice.props[dimension])])) as Scores,
            reaction: (text(choice.props.reactie) || "passend") as ScenarioChoice["reaction"],
          };
        });
        steps[stepId] = { id: stepId, html: html(without(step.props.children, Keuze)), choices };
      }
      for (const ending of elementsOf(props.children, Einde)) {
        const endingId = text(ending.props.id);
        endings[endingId] = {
          id: endingId,
          title: text(ending.props.titel) || null,
          outcome: text(ending.props.uitkomst) as ScenarioEnding["outcome"],
          html: html(ending.props.children),
        };
      }
      scenarios.push({
        id: text(props.id),
        lesson: options.lesson,
        title: text(props.titel),
        setting: text(props.omgeving),
        sector: text(props.sector) || null,
        start,
        steps,
        endings,
        maxScores: bestScores(start, steps),
      });
      return block("scenario", text(props.id));
    },
    Quiz: (props) => {
      const questions: QuizQuestion[] = elementsOf(props.children, Vraag).map((question) => ({
        id: text(question.props.id),
        type: text(question.props.type) === "meer" ? "meer" : "een",
        html: html(without(question.props.children, Optie)),
        options: elementsOf(question.props.children, Optie).map((option, index) => ({
          id: `o${index + 1}`,
          html: html(without(option.props.children, Uitleg)),
          correct: "juist" in option.props,
          explanationHtml: html(elementsOf(option.props.children, Uitleg)[0]?.props.children),
        })),
      }));
      const passMark = props.voldoende === undefined ? options.passMark : Number(props.voldoende);
      quizzes.push({ id: text(props.id), lesson: options.lesson, title: text(props.titel) || null, passMark, questions });
      return block("quiz", text(props.id));
    },
  };

  const Lesson = getMDXComponent(code) as ComponentType<{ components: Record<string, ComponentType<Props>> }>;
  const markup = renderToStaticMarkup(<Lesson components={components} />);
  return { segments: splitSegments(markup), scenarios, quizzes, reflections };
}

function splitSegments(markup: string): LessonSegment[] {
  const segments: LessonSegment[] = [];
  let last = 0;
  for (const match of markup.matchAll(BLOCK_PATTERN)) {
    const before = markup.slice(last, match.index).trim();
    if (before) segments.push({ kind: "html", html: before });
    segments.push({ kind: match[1] as "scenario" | "quiz" | "reflection", id: match[2]! });
    last = match.index! + match[0].length;
  }
  const rest = markup.slice(last).trim();
  if (rest) segments.push({ kind: "html", html: rest });
  return segments;
}

/** Per dimension, the highest total any path from the start can reach (the graph has no loops). */
function bestScores(start: string, steps: Record<string, ScenarioStep>): Scores {
  const memo = new Map<string, Scores>();
  const best = (stepId: string): Scores => {
    const step = steps[stepId];
    if (!step) return { signaleren: 0, duiden: 0, handelen: 0 };
    const known = memo.get(stepId);
    if (known) return known;
    const result = Object.fromEntries(
      SCORE_DIMENSIONS.map((dimension) => [
        dimension,
        Math.max(...step.choices.map((choice) => choice.scores[dimension] + best(choice.next)[dimension])),
      ]),
    ) as Scores;
    memo.set(stepId, result);
    return result;
  };
  return best(start);
}
