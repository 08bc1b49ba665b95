// TanStack Query options for loading a graph: from a URL (?data= or the embedded
// dataset) or from a file the user chose or dropped. Fetching, parsing, repair and
// validation happen inside the query function (in the parse worker), so a failure is one
// typed error; the main thread only builds the model.
import { queryOptions } from "@tanstack/react-query";
import { GraphLoadError, type GraphIssue } from "../io/errors";
import type { ParseStage } from "../io/protocol";
import { createGraphModel, type GraphModel } from "../model/graphModel";
import { parseInWorker } from "./parseClient";

/** A URL, or files the user chose: one graph file, or an edge table and a node table (CSV). */
export type GraphSource = { kind: "url"; url: string } | { kind: "file"; id: number; file: File; second?: File };

export interface LoadedGraph {
  model: GraphModel;
  warnings: readonly GraphIssue[];
  format: string;
  file: string;
}

export function fileNameOf(url: string): string {
  const clean = url.split(/[?#]/)[0] ?? url;
  let name = clean.slice(clean.lastIndexOf("/") + 1) || url;
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep it as written
  }
  return name;
}

/** Where the stages of the current load are reported (for the progress indication). */
export type StageListener = (stage: ParseStage | "building", bytes?: number) => void;

export async function loadGraph(source: GraphSource, signal?: AbortSignal, onStage?: StageListener): Promise<LoadedGraph> {
  let result;
  let file: string;
  if (source.kind === "url") {
    file = fileNameOf(source.url);
    let absolute: URL;
    try {
      absolute = new URL(source.url, globalThis.location?.href);
    } catch {
      throw new GraphLoadError("fetch", file, "not a valid URL");
    }
    if (!/^https?:$/.test(absolute.protocol)) throw new GraphLoadError("fetch", file, "only http and https addresses can be opened");
    result = await parseInWorker({ type: "parse:url", url: absolute.href, file }, signal, onStage);
  } else {
    file = source.file.name || "file";
    const bytes = new Uint8Array(await source.file.arrayBuffer());
    const second = source.second ? { bytes: new Uint8Array(await source.second.arrayBuffer()), file: source.second.name || "nodes" } : undefined;
    result = await parseInWorker({ type: "parse:bytes", bytes, file, mime: source.file.type || undefined, second }, signal, onStage);
  }
  onStage?.("building");
  return { model: createGraphModel(result.graph), warnings: result.warnings, format: result.format, file };
}

export function graphQuery(source: GraphSource, onStage?: StageListener) {
  return queryOptions({
    queryKey: source.kind === "url" ? (["graph", "url", source.url] as const) : (["graph", "file", String(source.id)] as const),
    queryFn: ({ signal }) => loadGraph(source, signal, onStage),
    staleTime: Infinity,
    gcTime: source.kind === "url" ? Infinity : 60_000,
    retry: (count, err) => !(err instanceof GraphLoadError && err.kind !== "fetch") && count < 1,
  });
}
