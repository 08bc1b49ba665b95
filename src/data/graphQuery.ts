// TanStack Query options for loading a graph file by URL. Fetching, parsing and
// validation all happen inside the query function, so a failure is one typed error.
import { queryOptions } from "@tanstack/react-query";
import { GraphLoadError } from "../io/errors";
import { readGraphJson } from "../io/readGraphJson";
import { createGraphModel, type GraphModel } from "../model/graphModel";

export function fileNameOf(url: string): string {
  const clean = url.split(/[?#]/)[0] ?? url;
  return decodeURIComponent(clean.slice(clean.lastIndexOf("/") + 1)) || url;
}

export async function fetchGraph(url: string, signal?: AbortSignal): Promise<GraphModel> {
  const file = fileNameOf(url);
  let text: string;
  try {
    const res = await fetch(url, { signal, credentials: "same-origin" });
    if (!res.ok) throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`);
    text = await res.text();
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new GraphLoadError("fetch", file, err instanceof Error ? err.message : String(err));
  }
  return createGraphModel(readGraphJson(text, file));
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
