// The rules the embedded dataset keeps beyond the schema: documented types only, every
// node and edge evidenced, every quote found verbatim in the source text, no orphan nodes.
import { GraphFileSchema } from "../src/model/schema";
import { isKnownNodeType, isKnownRelationType } from "../src/model/labels";
import { formatPath } from "../src/io/errors";

export const squash = (s: string) => s.replace(/[\s\u3000]+/g, "");

/** the node types that are places: each carries geo coordinates (named in meta.geoSource) */
const PLACE_TYPES = new Set(["province", "city", "district"]);

export function checkDataset(raw: unknown, sourceText: string): string[] {
  const problems: string[] = [];
  const parsed = GraphFileSchema.safeParse(raw);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
  }
  const g = parsed.data;
  const corpus = squash(sourceText);
  if (!g.meta?.sources?.length) problems.push("meta.sources: the dataset names no source");
  if (g.nodes.some((n) => n.geo) && !g.meta?.geoSource) problems.push("meta.geoSource: the dataset's coordinates name no origin");
  const linked = new Set<string>();
  g.edges.forEach((e, i) => {
    linked.add(e.source);
    linked.add(e.target);
    if (!isKnownRelationType(e.type)) problems.push(`edges[${i}].type: '${e.type}' is not a documented relation type`);
    if (e.source === e.target) problems.push(`edges[${i}]: a self-loop on '${e.source}'`);
  });
  g.nodes.forEach((n, i) => {
    if (!isKnownNodeType(n.type)) problems.push(`nodes[${i}].type: '${n.type}' is not a documented node type`);
    if (!n.name.zh || !n.name.en) problems.push(`nodes[${i}].name: '${n.id}' needs both zh and en`);
    if (!n.region) problems.push(`nodes[${i}].region: '${n.id}' has no region`);
    if (!n.description?.zh || !n.description?.en) problems.push(`nodes[${i}].description: '${n.id}' needs zh and en`);
    if (!linked.has(n.id)) problems.push(`nodes[${i}]: '${n.id}' has no relation`);
    if (PLACE_TYPES.has(n.type) && !n.geo) problems.push(`nodes[${i}].geo: the place '${n.id}' has no coordinates`);
  });
  const records: [string, { evidence?: { source: string; quote: string }[] | undefined }][] = [
    ...g.nodes.map((n, i) => [`nodes[${i}] (${n.id})`, n] as [string, typeof n]),
    ...g.edges.map((e, i) => [`edges[${i}] (${e.source} -> ${e.target})`, e] as [string, typeof e]),
  ];
  const articles = new Map((g.meta?.sources ?? []).filter((s) => s.text).map((s) => [s.id, squash(s.text!)]));
  for (const [where, rec] of records) {
    if (!rec.evidence?.length) problems.push(`${where}.evidence: none`);
    rec.evidence?.forEach((ev, k) => {
      const q = squash(ev.quote);
      if (q.length < 4 || !corpus.includes(q)) problems.push(`${where}.evidence[${k}].quote: not in the source: ${ev.quote}`);
      else if (articles.has(ev.source) && !articles.get(ev.source)!.includes(q)) problems.push(`${where}.evidence[${k}].quote: not in the text of '${ev.source}'`);
    });
  }
  const seen = new Map<string, number>();
  g.edges.forEach((e, i) => {
    const key = `${e.source}|${e.target}|${e.type}`;
    if (seen.has(key)) problems.push(`edges[${i}]: repeats edges[${seen.get(key)}] (${key})`);
    seen.set(key, i);
  });
  return problems;
}
