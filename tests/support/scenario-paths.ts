// Every path through a scenario, for tests that walk them all: depth-first over the
// manifest's graph, with the step each choice was made at and the scores it adds up to.
import { SCORE_DIMENSIONS } from "../../app/content/components";
import type { ScenarioChoice, ScenarioManifest, Scores } from "../../app/content/manifest";

export interface ScenarioPath {
  /** The step each choice was made at. */
  stepIds: string[];
  choices: string[];
  reactions: ScenarioChoice["reaction"][];
  steps: number;
  ending: string;
  scores: Scores;
}

const ZERO: Scores = { signaleren: 0, duiden: 0, handelen: 0 };
export const total = (scores: Scores) => SCORE_DIMENSIONS.reduce((sum, dimension) => sum + scores[dimension], 0);
const plus = (a: Scores, b: Scores): Scores => ({ signaleren: a.signaleren + b.signaleren, duiden: a.duiden + b.duiden, handelen: a.handelen + b.handelen });

/** Every path from the first step to an ending, depth-first over the manifest's graph. */
export function allPaths(scenario: ScenarioManifest): ScenarioPath[] {
  const paths: ScenarioPath[] = [];
  const visit = (nodeId: string, sofar: Omit<ScenarioPath, "ending">, onPath: ReadonlySet<string>) => {
    if (scenario.endings[nodeId]) {
      paths.push({ ...sofar, ending: nodeId });
      return;
    }
    const step = scenario.steps[nodeId];
    if (!step) throw new Error(`${scenario.id}: "${nodeId}" is neither a step nor an ending`);
    if (onPath.has(nodeId)) throw new Error(`${scenario.id}: a path returns to step "${nodeId}"`);
    if (step.choices.length < 2) throw new Error(`${scenario.id}: step "${nodeId}" offers fewer than two choices`);
    for (const choice of step.choices) {
      visit(
        choice.next,
        {
          stepIds: [...sofar.stepIds, nodeId],
          choices: [...sofar.choices, choice.id],
          reactions: [...sofar.reactions, choice.reaction],
          steps: sofar.steps + 1,
          scores: plus(sofar.scores, choice.scores),
        },
        new Set([...onPath, nodeId]),
      );
    }
  };
  visit(scenario.start, { stepIds: [], choices: [], reactions: [], steps: 0, scores: ZERO }, new Set());
  return paths;
}

