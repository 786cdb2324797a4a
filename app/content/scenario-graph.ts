// The checks a scenario's graph must pass: every step reachable from the first one, no way
// back to an earlier step, every reference resolving. With at least one choice per step,
// these together guarantee that every path ends in an ending.
import type { Position } from "./faults";

export interface GraphChoice {
  next: string;
  position: Position;
}

export interface GraphNode {
  id: string;
  kind: "step" | "ending";
  choices: GraphChoice[];
  position: Position;
}

export interface GraphFault {
  position: Position;
  message: string;
}

export function checkScenarioGraph(scenarioId: string, nodes: GraphNode[]): GraphFault[] {
  const faults: GraphFault[] = [];
  const byId = new Map<string, GraphNode>();
  for (const node of nodes) {
    if (byId.has(node.id)) {
      faults.push({ position: node.position, message: `Het id "${node.id}" komt twee keer voor in scenario "${scenarioId}".` });
    } else {
      byId.set(node.id, node);
    }
  }
  const start = nodes.find((node) => node.kind === "step");
  if (!start) return faults;

  for (const node of nodes) {
    for (const choice of node.choices) {
      if (!byId.has(choice.next)) {
        faults.push({
          position: choice.position,
          message: `Deze keuze leidt naar "${choice.next}", maar scenario "${scenarioId}" heeft geen stap of einde met dat id.`,
        });
      }
    }
  }

  // Depth-first from the start: a choice that leads to a step still on the path is a loop.
  const visited = new Set<string>();
  const onPath = new Set<string>();
  const visit = (node: GraphNode) => {
    visited.add(node.id);
    onPath.add(node.id);
    for (const choice of node.choices) {
      const target = byId.get(choice.next);
      if (!target) continue;
      if (onPath.has(target.id)) {
        faults.push({
          position: choice.position,
          message: `Deze keuze leidt terug naar stap "${target.id}"; zo kan het scenario eindeloos doorgaan. Laat elke keuze naar een latere stap of een einde gaan.`,
        });
      } else if (!visited.has(target.id)) {
        visit(target);
      }
    }
    onPath.delete(node.id);
  };
  visit(start);

  for (const node of nodes) {
    if (!visited.has(node.id) && byId.get(node.id) === node) {
      const what = node.kind === "step" ? "Stap" : "Einde";
      faults.push({
        position: node.position,
        message: `${what} "${node.id}" is vanaf de eerste stap ("${start.id}") niet te bereiken: geen enkele keuze leidt ernaartoe.`,
      });
    }
  }
  return faults;
}
