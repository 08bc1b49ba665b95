// yEd keeps a node's look in a <data> of y:ShapeNode (or GenericNode, group nodes...):
// the y:NodeLabel text is its name, y:Geometry its box (top-left, y down), y:Fill its
// colour. Read here from the document, then those data are removed before graphology.
import { childElements, elementsOf } from "./xmlDom";
import { toHexColor } from "./draft";

const YED_NS = "http://www.yworks.com/xml/graphml";

interface YedNode {
  label?: string;
  center?: { x: number; y: number };
  color?: string;
}

const first = (el: Element, name: string) => el.getElementsByTagNameNS(YED_NS, name)[0];

function ownText(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  let text = "";
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 || c.nodeType === 4) text += c.nodeValue ?? "";
  return text.trim() || undefined;
}

/** The graphics data elements (yfiles.type keys, or data holding y: elements) of an element. */
function graphicsData(el: Element, keys: Set<string>): Element[] {
  return childElements(el, "data").filter(
    (d) => keys.has(d.getAttribute("key") ?? "") || d.getElementsByTagNameNS(YED_NS, "*").length > 0,
  );
}

export interface YedGraphics {
  nodes: Map<Element, YedNode>;
  edgeLabels: Map<Element, string>;
  /** the ids of the yfiles keys, to remove with their data */
  keys: Set<string>;
}

export function readYedGraphics(doc: Document): YedGraphics {
  const keys = new Set(elementsOf(doc, "key").filter((k) => k.hasAttribute("yfiles.type")).map((k) => k.getAttribute("id") ?? ""));
  const nodes = new Map<Element, YedNode>();
  const edgeLabels = new Map<Element, string>();
  for (const node of elementsOf(doc, "node")) {
    for (const data of graphicsData(node, keys)) {
      const info: YedNode = {};
      info.label = ownText(first(data, "NodeLabel"));
      const geometry = first(data, "Geometry");
      if (geometry) {
        const [x, y, w, h] = ["x", "y", "width", "height"].map((a) => Number(geometry.getAttribute(a) || 0)) as [number, number, number, number];
        info.center = { x: x + w / 2, y: y + h / 2 };
      }
      const fill = first(data, "Fill")?.getAttribute("color");
      if (fill) info.color = toHexColor(fill.slice(0, 7));
      if (info.label !== undefined || info.center || info.color) nodes.set(node, info);
      keys.add(data.getAttribute("key") ?? "");
    }
  }
  for (const edge of elementsOf(doc, "edge")) {
    for (const data of graphicsData(edge, keys)) {
      const label = ownText(first(data, "EdgeLabel"));
      if (label !== undefined) edgeLabels.set(edge, label);
      keys.add(data.getAttribute("key") ?? "");
    }
  }
  return { nodes, edgeLabels, keys };
}
