// Fetches or takes the bytes of a graph file and reads it with readGraphFile, wherever it
// runs (the parse worker or, without workers, the main thread). Every failure becomes a
// GraphLoadError that names the file.
import { GraphLoadError } from "./errors";
import { fetchBytes } from "./fetchBytes";
import { readGraphSteps, type ReadResult } from "./readAny";
import { runSteps, type ReadSteps } from "./pipeline";
import { csvTableKind, readCsv } from "./readCsv";
import { decodeBytes } from "./decode";
import { Reporter } from "./report";

export interface ByteFile {
  bytes: Uint8Array;
  file: string;
  mime?: string | undefined;
}

/** Two CSV files at once: the edge table (it has source and target columns: csvTableKind) and the node table. */
export function readCsvPair(a: ByteFile, b: ByteFile): ReadResult {
  const report = new Reporter();
  const [ta, tb] = [decodeBytes(a.bytes, a.file, report), decodeBytes(b.bytes, b.file, report)];
  const aIsEdges = csvTableKind(ta) === "edges" || csvTableKind(tb) !== "edges";
  const [edges, nodes, name] = aIsEdges ? [ta, tb, a.file] : [tb, ta, b.file];
  const result = readCsv(edges, nodes, { file: name });
  return { ...result, warnings: [...report.warnings(), ...result.warnings] };
}

export function readBytes(bytes: Uint8Array, file: string, mime?: string, second?: ByteFile): ReadResult {
  return runSteps(readBytesSteps(bytes, file, mime, second));
}

/** readBytes in steps, pausing between the costly ones (see pipeline.ts). */
export function* readBytesSteps(bytes: Uint8Array, file: string, mime?: string, second?: ByteFile): ReadSteps {
  try {
    if (second) return readCsvPair({ bytes, file, mime }, second);
    return yield* readGraphSteps({ bytes, file, mime });
  } catch (err) {
    if (err instanceof GraphLoadError) throw err;
    // a reader should never throw anything else; if one does, it is still the file's problem
    throw new GraphLoadError("invalid", file, err instanceof Error ? err.message : String(err));
  }
}

export async function readFromUrl(url: string, file: string, signal?: AbortSignal): Promise<ReadResult> {
  const { bytes, mime } = await fetchBytes(url, file, signal);
  return readBytes(bytes, file, mime);
}
