// sigma.js 3 (WebGL) + graphology + ForceAtlas2 in its web worker, set up like sigma's
// "large graphs" example: node size degree/3, a label per node, light edges, FA2 with
// inferSettings. Initial positions are seeded random. FA2 never stops by itself: the page
// stops it after 30 s and marks graph:layout-stopped.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";
import { mulberry32 } from "../../prng.mjs";
import { PALETTE, expose, loadNodeLink, markOnce, showError } from "../common.js";

const FA2_MS = 30_000;

try {
  const data = await loadNodeLink();
  const rand = mulberry32(7);
  const n = data.nodes.length;
  const side = 10 * Math.sqrt(n);
  const graph = new Graph({ type: "undirected", multi: false });
  for (const d of data.nodes) {
    graph.addNode(d.id, { x: rand() * side, y: rand() * side, color: PALETTE[d.community % PALETTE.length], label: d.id });
  }
  for (const l of data.links) graph.mergeEdge(l.source, l.target);
  graph.forEachNode((id) => graph.setNodeAttribute(id, "size", Math.max(1, graph.degree(id) / 3)));

  // sigma's constructor renders synchronously, so catch the first afterRender on the prototype
  const emit = Sigma.prototype.emit;
  Sigma.prototype.emit = function (type, ...args) {
    if (type === "afterRender") {
      Sigma.prototype.emit = emit;
      markOnce("graph:first-render");
    }
    return emit.call(this, type, ...args);
  };
  new Sigma(graph, document.getElementById("graph"), { defaultEdgeColor: "#e6e6e6" });

  const layout = new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph) });
  layout.start();
  setTimeout(() => {
    layout.stop();
    markOnce("graph:layout-stopped");
  }, FA2_MS);
  expose(() => data.nodes.flatMap((d) => {
    const a = graph.getNodeAttributes(d.id);
    return [a.x, a.y];
  }));
} catch (err) {
  showError(err);
}
