// Loads the graph of the current source and keeps the last good one on screen when a new
// one fails, so a broken file never costs the user the view they had. Reports the stage
// of a load in progress (fetching, reading, building) for the progress indication.
import { useEffect, useMemo, useRef, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { graphQuery, type GraphSource, type LoadedGraph, type StageListener } from "../data/graphQuery";

export type GraphStatus = "loading" | "ready" | "error";
export type LoadStage = Parameters<StageListener>[0] | null;

export interface GraphData {
  status: GraphStatus;
  loaded: LoadedGraph | null;
  /** the graph that failed to load kept this one on screen */
  keptPrevious: boolean;
  error: unknown;
  stage: LoadStage;
  /** bytes read so far, when known */
  bytes?: number | undefined;
  refetch: () => void;
}

export function useGraphData(source: GraphSource): GraphData {
  const [stage, setStage] = useState<LoadStage>(null);
  const [bytes, setBytes] = useState<number | undefined>(undefined);
  const stageRef = useRef<StageListener>(() => {});
  stageRef.current = (s, b) => {
    setStage(s);
    if (b !== undefined) setBytes(b);
  };
  const options = useMemo(() => graphQuery(source, (s, b) => stageRef.current(s, b)), [source]);
  const query = useQuery(options);
  const lastGood = useRef<LoadedGraph | null>(null);
  useEffect(() => {
    if (query.data) lastGood.current = query.data;
  }, [query.data]);
  useEffect(() => {
    if (!query.isFetching) setStage(null);
  }, [query.isFetching]);
  const loaded = query.data ?? (query.isError || query.isPending ? lastGood.current : null);
  const status: GraphStatus = query.isError ? "error" : query.data ? "ready" : "loading";
  return {
    status,
    loaded,
    keptPrevious: query.isError && Boolean(lastGood.current),
    error: query.error,
    stage: query.isFetching ? stage : null,
    bytes,
    refetch: () => void query.refetch(),
  };
}
