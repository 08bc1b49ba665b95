// TanStack Query options for loading a graph file by URL. Fetching, parsing and
// validation happen inside the query function (in the parse worker), so a failure is one
// typed error and the main thread only builds the model.
import { queryOptions } from "@tanstack/react-query";
import { GraphLoadError } from "../io/errors";
import { createGraphModel, type GraphModel } from "../model/graphModel";
import { parseInWorker } from "./parseClient";

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

export async function fetchGraph(url: string, signal?: AbortSignal, base?: string): Promise<GraphModel> {
  const file = fileNameOf(url);
  let absolute: string;
  try {
    absolute = new URL(url, base ?? globalThis.location?.href).href;
  } catch {
    throw new GraphLoadError("fetch", file, "not a valid URL");
  }
  if (!/^https?:$/.test(new URL(absolute).protocol)) throw new GraphLoadError("fetch", file, "only http and https addresses can be opened");
  const graph = await parseInWorker({ type: "parse:url", url: absolute, file }, signal);
  return createGraphModel(graph);
}

export function graphQuery(url: string) {
  return queryOptions({
    queryKey: ["graph", url] as const,
    queryFn: ({ signal }) => fetchGraph(url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (count, err) => !(err instanceof GraphLoadError && err.kind !== "fetch") && count < 1,
  });
}
