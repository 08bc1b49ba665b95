// The data format, version 1: the one definition of a graph file. TypeScript types are
// inferred from it and public/schema/graph.schema.json is generated from it
// (npm run schema:build), so the docs, the app and the dataset check cannot drift apart.
// Written with zod/mini, whose functions tree-shake: the first-render bundle stays small.
import * as z from "zod/mini";
import { NODE_TYPES, RELATION_TYPES, REGIONS } from "./vocabulary";

const nonEmpty = () => z.string().check(z.trim(), z.minLength(1, "must not be empty"));
const describe = <T extends z.ZodMiniType>(schema: T, description: string, id?: string): T => {
  z.globalRegistry.add(schema, id ? { description, id } : { description });
  return schema;
};

const LocalizedTextSchema = describe(
  z
    .object({
      zh: z.optional(describe(z.string(), "Chinese text")),
      en: z.optional(describe(z.string(), "English text")),
    })
    .check(z.refine((t) => Boolean(t.zh?.trim() || t.en?.trim()), { message: "needs zh or en" })),
  "Text in Chinese and/or English; at least one of the two",
  "LocalizedText",
);

const EvidenceSchema = describe(
  z.object({
    source: describe(nonEmpty(), "id of an entry in meta.sources"),
    quote: describe(nonEmpty(), "words copied verbatim from the source (print line breaks removed)"),
  }),
  "Where the source states this fact",
  "Evidence",
);

const FigureSchema = describe(
  z.object({
    value: describe(z.union([z.number(), z.string()]), "the figure as the text gives it"),
    unit: z.optional(describe(z.union([z.string(), LocalizedTextSchema]), "unit, e.g. % or {zh:'所',en:'schools'}")),
    label: z.optional(describe(LocalizedTextSchema, "what the figure counts")),
    date: z.optional(describe(z.string(), "when the figure holds: YYYY, YYYY-MM or YYYY-MM-DD")),
    approx: z.optional(describe(z.boolean(), "the text says 'more than' (余/多)")),
  }),
  "A figure with its unit and label",
  "Figure",
);

const AttributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), FigureSchema]);
const Attributes = () => z.record(z.string(), AttributeValueSchema);

const NodeTypeSchema = describe(
  z.union([z.enum(NODE_TYPES), nonEmpty().check(z.maxLength(80))]),
  "One of the documented node types; other strings are kept and drawn in a neutral style",
);
const RelationTypeSchema = describe(
  z.union([z.enum(RELATION_TYPES), nonEmpty().check(z.maxLength(80))]),
  "One of the documented relation types; other strings are kept and drawn in a neutral style",
);
const DateSchema = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"));

const NodeSchema = describe(
  z.object({
    id: describe(nonEmpty().check(z.maxLength(200)), "unique id"),
    type: NodeTypeSchema,
    name: describe(LocalizedTextSchema, "display name in Chinese and/or English"),
    aliases: z.optional(describe(z.array(z.string()), "short or other names people use (川外, SISU)")),
    region: z.optional(describe(z.enum(REGIONS), "sichuan, chongqing, both, china (elsewhere in China), international")),
    description: z.optional(LocalizedTextSchema),
    attributes: z.optional(describe(Attributes(), "figures and other attributes")),
    evidence: z.optional(z.array(EvidenceSchema)),
    pinyin: z.optional(
      describe(
        z.object({ full: z.array(z.string()), initials: z.array(z.string()) }),
        "search keys made at data build time: pinyin of name.zh, then of each Chinese alias",
      ),
    ),
    position: z.optional(describe(z.object({ x: z.number(), y: z.number() }), "saved layout position")),
    geo: z.optional(
      describe(
        z.object({
          lat: describe(z.number().check(z.gte(-90), z.lte(90)), "latitude, degrees north (WGS 84)"),
          lng: describe(z.number().check(z.gte(-180), z.lte(180)), "longitude, degrees east (WGS 84)"),
        }),
        "where the place is on the ground; pins it on the map",
      ),
    ),
    url: z.optional(describe(z.string(), "a web page about the node (only http and https are opened)")),
  }),
  "A node: an institution, place, event, document or programme",
);

const EdgeSchema = describe(
  z.object({
    id: z.optional(z.string()),
    source: describe(nonEmpty(), "id of the source node"),
    target: describe(nonEmpty(), "id of the target node"),
    type: RelationTypeSchema,
    date: z.optional(describe(DateSchema, "when the text dates the relation")),
    label: z.optional(describe(LocalizedTextSchema, "what the relation is about, in a few words")),
    weight: z.optional(z.number()),
    attributes: z.optional(Attributes()),
    evidence: z.optional(z.array(EvidenceSchema)),
  }),
  "A relation between two nodes",
);

const SourceSchema = describe(
  z.object({
    id: nonEmpty(),
    title: LocalizedTextSchema,
    publisher: z.optional(z.string()),
    date: z.optional(z.string()),
    article: z.optional(describe(z.string(), "which article of the page")),
    file: z.optional(describe(z.string(), "the text file the quotes come from")),
    url: z.optional(z.string()),
    text: z.optional(describe(z.string(), "the full text of the source, so a reader can see each quote in place")),
  }),
  "A source document that evidence quotes cite",
);

const StoryTextSchema = describe(z.union([z.string(), LocalizedTextSchema]), "A caption or title: a plain string serves both languages");
const idList = () => z.optional(z.array(nonEmpty()));

const StoryStepSchema = describe(
  z.object({
    caption: StoryTextSchema,
    nodes: describe(idList(), "ids of the nodes this step emphasises"),
    edges: describe(idList(), "ids of the edges this step emphasises (default: the edges among its nodes)"),
    select: z.optional(describe(nonEmpty(), "id of the node whose detail panel is open")),
    filters: z.optional(
      describe(
        z.object({
          hideType: idList(),
          hideRegion: idList(),
          hideRelation: idList(),
          from: z.optional(z.number().check(z.int())),
          to: z.optional(z.number().check(z.int())),
          depth: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(3))),
        }),
        "filters as in the URL parameters of the same names",
      ),
    ),
    path: z.optional(describe(z.tuple([nonEmpty(), nonEmpty()]), "ids of two nodes whose shortest path is drawn")),
    year: z.optional(describe(z.number().check(z.int()), "the network as it stood at the end of this year")),
    layout: z.optional(z.enum(["free", "two-cities", "map"])),
    camera: z.optional(
      describe(
        z.object({ x: z.number(), y: z.number(), zoom: z.number().check(z.positive()) }),
        "the view's centre in graph coordinates and its zoom (default: frame the step's nodes)",
      ),
    ),
  }),
  "One step of a story",
  "StoryStep",
);

const StorySchema = describe(
  z.object({
    id: nonEmpty(),
    title: StoryTextSchema,
    description: z.optional(StoryTextSchema),
    steps: z.array(StoryStepSchema).check(z.minLength(1, "a story needs at least one step")),
  }),
  "A guided walk through the network, step by step",
  "Story",
);

type Path = (string | number)[];

export const GraphFileSchema = describe(
  z
    .object({
      version: z.optional(describe(z.literal(1), "format version")),
      meta: z.optional(
        z.object({
          title: z.optional(LocalizedTextSchema),
          description: z.optional(LocalizedTextSchema),
          sources: z.optional(z.array(SourceSchema)),
          created: z.optional(z.string()),
          license: z.optional(z.string()),
          geoSource: z.optional(describe(z.string(), "where the nodes' geo coordinates come from")),
        }),
      ),
      nodes: z.array(NodeSchema),
      edges: z.array(EdgeSchema),
      stories: z.optional(z.array(StorySchema)),
    })
    .check(
      z.superRefine((g, ctx) => {
        const issue = (path: Path, message: string) => ctx.addIssue({ code: "custom", path, message, input: g });
        const ids = new Set<string>();
        g.nodes.forEach((n, i) => {
          if (ids.has(n.id)) issue(["nodes", i, "id"], `duplicate id '${n.id}'`);
          ids.add(n.id);
        });
        g.edges.forEach((e, i) => {
          for (const end of ["source", "target"] as const)
            if (!ids.has(e[end])) issue(["edges", i, end], `no node with id '${e[end]}'`);
        });
        const storyIds = new Set<string>();
        g.stories?.forEach((s, i) => {
          if (storyIds.has(s.id)) issue(["stories", i, "id"], `duplicate story id '${s.id}'`);
          storyIds.add(s.id);
        });
        const sources = new Set((g.meta?.sources ?? []).map((s) => s.id));
        if (sources.size === 0) return;
        const checkEvidence = (list: { source: string }[] | undefined, path: Path) =>
          list?.forEach((ev, k) => {
            if (!sources.has(ev.source)) issue([...path, "evidence", k, "source"], `unknown source '${ev.source}'`);
          });
        g.nodes.forEach((n, i) => checkEvidence(n.evidence, ["nodes", i]));
        g.edges.forEach((e, i) => checkEvidence(e.evidence, ["edges", i]));
      }),
    ),
  "Chengyu EduNet graph file, version 1",
);

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type AttributeValue = z.infer<typeof AttributeValueSchema>;
export type GraphNode = z.infer<typeof NodeSchema>;
export type GraphEdge = z.infer<typeof EdgeSchema>;
export type GraphSource = z.infer<typeof SourceSchema>;
export type StoryStep = z.infer<typeof StoryStepSchema>;
export type Story = z.infer<typeof StorySchema>;
export type GraphFile = z.infer<typeof GraphFileSchema>;
