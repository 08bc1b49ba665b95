// The embedded dataset: its URL in the build (hashed file name) and how its bytes are read.
// index.html preloads it (vite.config.ts), so its fetch starts with the page, before any
// script runs. The offline copy replaces this module with app/offline/embeddedData.ts,
// which reads the graph written into the page instead.
import datasetUrl from "../../data/chengyu-education.json?url";
import { fetchBytes } from "../io/fetchBytes";

export const EMBEDDED_DATA_URL: string = datasetUrl;

export function readEmbedded(file: string, signal?: AbortSignal): Promise<{ bytes: Uint8Array; mime?: string }> {
  return fetchBytes(new URL(EMBEDDED_DATA_URL, globalThis.location?.href).href, file, signal);
}
