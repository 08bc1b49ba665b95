// force-graph 1.52 (canvas + d3-force on the main thread), set up the way its large-graph
// example suggests: no pointer tracking (hover hit-testing), faint links, an initial zoom
// that shows the whole graph, cooldownTime 60 s. Physics are the d3-force defaults, with
// d3AlphaMin 0.001 (d3-force's own alphaMin) so the engine stops when d3 would consider the
// simulation done; force-graph's default (0) would tick until cooldownTime whatever happens.
import ForceGraph from "force-graph";
import { expose, loadNodeLink, markOnce, showError } from "../common.js";

const COOLDOWN_MS = 60_000;
const ALPHA_MIN = 0.001;

try {
  const data = await loadNodeLink();
  const el = document.getElementById("graph");
  const n = data.nodes.length;
  let startedAt = 0;
  const graph = new ForceGraph(el)
    .width(window.innerWidth)
    .height(window.innerHeight)
    .enablePointerInteraction(false)
    .nodeAutoColorBy("community")
    .linkColor(() => "rgba(0,0,0,0.12)")
    .d3AlphaMin(ALPHA_MIN)
    .cooldownTime(COOLDOWN_MS)
    .onRenderFramePost(() => {
      // the first frame that drew the nodes: d3 has given them positions by then
      if (data.nodes[0]?.x !== undefined) markOnce("graph:first-render");
    })
    .onEngineStop(() => {
      const stoppedByTime = performance.now() - startedAt >= COOLDOWN_MS;
      markOnce(stoppedByTime ? "graph:layout-stopped" : "graph:layout-settled");
    });
  // d3-force's initial phyllotaxis spiral has radius ~10·√n: zoom so that it fits the window
  graph.zoom(Math.min(1, (0.45 * Math.min(window.innerWidth, window.innerHeight)) / (10 * Math.sqrt(n))));
  startedAt = performance.now();
  graph.graphData(data);
  expose(() => data.nodes.flatMap((d) => [d.x, d.y]));
} catch (err) {
  showError(err);
}
