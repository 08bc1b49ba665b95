// Which graph is shown: the URL's (?data= or the embedded dataset), or a file the user
// opened or dropped, which replaces the URL's graph until the URL names another.
import { useMemo, useState } from "react";
import { EMBEDDED_DATA_URL } from "../data/embedded";
import type { GraphSource } from "../data/loadGraph";

let nextFileId = 1;

export interface GraphSourceChoice {
  source: GraphSource;
  /** the source is a file the user opened, not the URL's */
  isLocal: boolean;
  openFile(file: File, second?: File): void;
}

export function useGraphSource(dataParam: string | null): GraphSourceChoice {
  const url = dataParam ?? EMBEDDED_DATA_URL;
  const [local, setLocal] = useState<{ forUrl: string; source: GraphSource } | null>(null);
  const urlSource = useMemo<GraphSource>(() => ({ kind: "url", url }), [url]);
  const isLocal = local !== null && local.forUrl === url;
  return {
    source: isLocal ? local.source : urlSource,
    isLocal,
    openFile: (file, second) => setLocal({ forUrl: url, source: { kind: "file", id: nextFileId++, file, ...(second ? { second } : {}) } }),
  };
}
