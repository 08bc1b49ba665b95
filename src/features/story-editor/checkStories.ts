// Before stories go into the graph they pass the validation a file passes when it is
// opened (io/validate.ts, the schema of model/schema.ts), so what the editor saves opens
// again. Story rules do not depend on the nodes and edges: they are checked in a graph
// with none, which keeps a save of a large graph quick.
import { GraphLoadError, type GraphIssue } from "../../io/errors";
import { validateRepaired } from "../../io/validate";
import type { Story } from "../../model/schema";

export type StoriesCheck = { ok: true; stories: Story[] } | { ok: false; issues: StoryIssue[] };

export interface StoryIssue {
  /** 1-based, as people count */
  story: number;
  step: number | null;
  /** the field of the story or step, e.g. "caption", "title", "steps" */
  field: string;
  issue: GraphIssue;
}

const AT = /^stories\[(\d+)\](?:\.steps\[(\d+)\])?\.?(.*)$/;

function locate(issue: GraphIssue): StoryIssue {
  const m = AT.exec(issue.path);
  return {
    story: m ? Number(m[1]) + 1 : 0,
    step: m?.[2] !== undefined ? Number(m[2]) + 1 : null,
    field: (m?.[3] ?? issue.path).split(/[.[]/)[0] ?? "",
    issue,
  };
}

export function checkStories(stories: readonly Story[]): StoriesCheck {
  try {
    const shell = { nodes: [], edges: [], stories };
    const graph = validateRepaired({ graph: shell, nodeOrigin: [], edgeOrigin: [] }, "stories");
    return { ok: true, stories: graph.stories ?? [] };
  } catch (err) {
    if (!(err instanceof GraphLoadError)) throw err;
    return { ok: false, issues: err.issues.map(locate) };
  }
}
