// Parses XML safely, without the DOM (Web Workers have no DOMParser): @xmldom/xmldom,
// which resolves no external entities. Documents whose DOCTYPE declares entities are
// refused outright (no "billion laughs"), and any parser complaint refuses the file, as
// does nesting deeper than MAX_XML_DEPTH (the graph readers' walks would be quadratic).
import { DOMParser } from "@xmldom/xmldom";
import { GraphLoadError } from "./errors";
import { makeIssue } from "./issueCodes";

/** GEXF hierarchies and yEd groups nest a few levels; 100 is far beyond any real file. */
const MAX_XML_DEPTH = 100;

const DOCTYPE = /<!DOCTYPE/i;
const ENTITY = /<!ENTITY/i;

const malformed = (file: string, reason: string) =>
  new GraphLoadError("invalid", file, "malformed XML", [makeIssue("xml-malformed", "", { reason })]);

function cleanMessage(message: unknown): string {
  return String(message)
    .replace(/^\[xmldom \w+\]\s*/, "")
    .replace(/\s*@#\[line:(\w+),col:(\w+)\]\s*$/, (_, line: string, col: string) =>
      line === "undefined" ? "" : ` (line ${line}, column ${col})`,
    )
    .replace(/\s+/g, " ")
    .trim();
}

export function parseXml(text: string, file: string): Document {
  if (DOCTYPE.test(text) && ENTITY.test(text))
    throw new GraphLoadError("invalid", file, "XML entities", [makeIssue("xml-entities", "")]);
  const problems: string[] = [];
  const note = (message: unknown) => void problems.push(cleanMessage(message));
  let doc: Document | undefined;
  try {
    // XML 1.0 line ends only: xmldom would also turn U+0085 and U+2028 (XML 1.1) into \n
    const normalizeLineEndings = (source: string) => source.replace(/\r\n?/g, "\n");
    const options = { locator: {}, normalizeLineEndings, errorHandler: { warning: note, error: note, fatalError: note } };
    const parser = new DOMParser(options);
    doc = parser.parseFromString(text.trimStart(), "application/xml");
  } catch (err) {
    problems.push(cleanMessage(err instanceof Error ? err.message : err));
  }
  if (problems.length) throw malformed(file, problems[0]!);
  if (!doc?.documentElement) throw malformed(file, "no root element");
  if (depthExceeds(doc.documentElement, MAX_XML_DEPTH))
    throw new GraphLoadError("invalid", file, "XML too deep", [makeIssue("xml-too-deep", "", { limit: MAX_XML_DEPTH })]);
  return doc;
}

/** Whether elements nest deeper than limit below root (an iterative walk, stopping early). */
function depthExceeds(root: Element, limit: number): boolean {
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return false;
}

/** The elements of a tag under a node, as an array (xmldom's lists are live). */
export function elementsOf(node: Document | Element, tag: string): Element[] {
  return Array.from(node.getElementsByTagName(tag));
}

/** The direct child elements of an element with a (local) name. */
export function childElements(el: Element, localName?: string): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 1 && (!localName || (c as Element).localName === localName)) out.push(c as Element);
  return out;
}

/** Runs library code over a parsed document; its exceptions become a GraphLoadError. */
export function guard<T>(file: string, format: string, run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof GraphLoadError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new GraphLoadError("invalid", file, reason, [makeIssue("xml-graph", "", { format, reason })]);
  }
}
