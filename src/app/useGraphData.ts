// Loads the graph of the current URL and keeps the last good one on screen when a new
// one fails, so a broken file never costs the user the view they had.
import { useEffect, useRef } from "react";
import { useQuery } from "@tanstack/react-query";
import { graphQuery } from "../data/graphQuery";
import type { GraphModel } from "../model/graphModel";

export type GraphStatus = "loading" | "ready" | "error";

export interface GraphData {
  status: GraphStatus;
  model: GraphModel | null;
  error: unknown;
  refetch: () => void;
}

export function useGraphData(url: string): GraphData {
  const query = useQuery(graphQuery(url));
  const lastGood = useRef<GraphModel | null>(null);
  useEffect(() => {
    if (query.data) lastGood.current = query.data;
  }, [query.data]);
  const model = query.data ?? lastGood.current;
  const status: GraphStatus = query.isError ? "error" : query.data ? "ready" : "loading";
  return { status, model, error: query.error, refetch: () => void query.refetch() };
}
