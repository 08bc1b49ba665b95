// Loads the graph of the current source and keeps the last good one on screen when a new
// one fails, so a broken file never costs the user the view they had. Reports the stage
// of a load in progress (fetching, reading, building) for the progress indication, and
// whether the graph shown has all its records yet (a large graph is drawn before they are in).
import { useEffect, useState, useSyncExternalStore } from "react";
import type { GraphLoads } from "../data/graphLoads";
import type { GraphSource, LoadedGraph, LoadStage } from "../data/loadGraph";

export type GraphStatus = "loading" | "ready" | "error";

export interface GraphData {
  status: GraphStatus;
  loaded: LoadedGraph | null;
  /** the graph that failed to load kept this one on screen */
  keptPrevious: boolean;
  error: unknown;
  stage: LoadStage | null;
  /** bytes downloaded or read so far, when known */
  bytes?: number | undefined;
  /** the size the server announced for the download, when it did */
  total?: number | undefined;
  /** every record of the graph shown is in its model (false while a large graph's full records still come) */
  complete: boolean;
  refetch: () => void;
}

export function useGraphData(loads: GraphLoads, source: GraphSource): GraphData {
  const load = useSyncExternalStore(loads.subscribe, () => loads.get(source));
  useEffect(() => {
    loads.start(source);
  }, [loads, source]);
  const data = load?.status === "success" ? load.data : null;
  const [lastGood, setLastGood] = useState<LoadedGraph | null>(data);
  if (data && data !== lastGood) setLastGood(data);
  const pending = load?.status === "pending" ? load : null;
  return {
    status: load?.status === "error" ? "error" : data ? "ready" : "loading",
    loaded: data ?? lastGood,
    keptPrevious: load?.status === "error" && Boolean(lastGood),
    error: load?.status === "error" ? load.error : null,
    stage: pending?.stage ?? null,
    bytes: pending?.bytes,
    total: pending?.total,
    complete: !(load?.status === "success" && load.partial),
    refetch: () => loads.retry(source),
  };
}
