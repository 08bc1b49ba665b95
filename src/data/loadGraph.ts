// Loads a graph: from a URL (?data= or the embedded dataset) or from a file the user chose
// or dropped. Fetching, parsing, repair and validation happen in the parse worker, so a
// large or hostile file never freezes the page; a failure is one typed GraphLoadError.
// The worker sends the graph compact first and its full records after (parseClient.ts):
// a load is done when the model can be drawn, and its `records` settle when the model has
// every record. The embedded dataset is the exception: ours, small and valid, it is fetched
// on the main thread (reusing the page's preload of it) and read there by the same JSON
// reader, from a small chunk, without waiting for the worker to start.
import { GraphLoadError, type GraphIssue } from "../io/errors";
import type { ParseStage } from "../io/protocol";
import { createGraphModel, type GraphModel } from "../model/graphModel";
import { EMBEDDED_DATA_URL, readEmbedded } from "./embedded";
import type { ParseJob, ParsedGraph } from "./parseClient";
import { parseWorker } from "./parseWorker";

/** A URL, or files the user chose: one graph file, or an edge table and a node table (CSV). */
export type GraphSource = { kind: "url"; url: string } | { kind: "file"; id: number; file: File; second?: File };

export interface LoadedGraph {
  model: GraphModel;
  warnings: readonly GraphIssue[];
  format: string;
  file: string;
  /** when the model's full records follow it: settles once every one is in */
  records?: Promise<void>;
}

export type LoadStage = ParseStage | "building";
/**
 * Where the stages of the current load are reported (for the progress indication): while
 * fetching, the bytes downloaded so far and the announced size when known; then the size read.
 */
export type StageListener = (stage: LoadStage, bytes?: number, total?: number) => void;

/** Beyond this size even the embedded dataset is read in the worker, so the page stays responsive. */
const MAIN_THREAD_MAX_BYTES = 2 * 1024 * 1024;

// the worker's client loads with the first file or ?data= graph: the embedded dataset needs
// none. The worker itself starts at once, so its start-up and the client's download overlap.
function parseInWorker(job: ParseJob, signal?: AbortSignal, onStage?: StageListener): Promise<ParsedGraph> {
  if (typeof Worker !== "undefined") parseWorker();
  return import("./parseClient").then((m) => m.parseInWorker(job, signal, onStage));
}

function fileNameOf(url: string): string {
  const clean = url.split(/[?#]/)[0] ?? url;
  let name = clean.slice(clean.lastIndexOf("/") + 1) || url;
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep it as written
  }
  return name;
}

async function readOnMainThread(file: string, signal?: AbortSignal, onStage?: StageListener): Promise<ParsedGraph> {
  onStage?.("fetching");
  // the reader's chunk loads while the file downloads
  const reader = import("../io/readJson");
  reader.catch(() => {});
  const { bytes, mime } = await readEmbedded(file, signal);
  onStage?.("reading", bytes.byteLength);
  if (bytes.byteLength > MAIN_THREAD_MAX_BYTES) return parseInWorker({ type: "parse:bytes", bytes, file, mime }, signal, onStage);
  const { readJsonFile } = await reader;
  let result;
  try {
    result = readJsonFile({ bytes, file, mime });
  } catch (err) {
    if (err instanceof GraphLoadError) throw err;
    throw new GraphLoadError("invalid", file, err instanceof Error ? err.message : String(err));
  }
  onStage?.("building");
  return { model: createGraphModel(result.graph), warnings: result.warnings, format: result.format };
}

async function readSource(source: GraphSource, signal?: AbortSignal, onStage?: StageListener): Promise<{ result: ParsedGraph; file: string }> {
  if (source.kind === "file") {
    const file = source.file.name || "file";
    const bytes = new Uint8Array(await source.file.arrayBuffer());
    const second = source.second ? { bytes: new Uint8Array(await source.second.arrayBuffer()), file: source.second.name || "nodes" } : undefined;
    return { result: await parseInWorker({ type: "parse:bytes", bytes, file, mime: source.file.type || undefined, second }, signal, onStage), file };
  }
  const file = fileNameOf(source.url);
  if (source.url === EMBEDDED_DATA_URL) return { result: await readOnMainThread(file, signal, onStage), file };
  let absolute: URL;
  try {
    absolute = new URL(source.url, globalThis.location?.href);
  } catch {
    throw new GraphLoadError("fetch", file, "not a valid URL");
  }
  if (!/^https?:$/.test(absolute.protocol)) throw new GraphLoadError("fetch", file, "only http and https addresses can be opened");
  return { result: await parseInWorker({ type: "parse:url", url: absolute.href, file }, signal, onStage), file };
}

export async function loadGraph(source: GraphSource, signal?: AbortSignal, onStage?: StageListener): Promise<LoadedGraph> {
  const { result, file } = await readSource(source, signal, onStage);
  const { model, warnings, format, records } = result;
  return { model, warnings, format, file, ...(records ? { records } : {}) };
}
