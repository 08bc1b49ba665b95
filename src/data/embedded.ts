// The embedded dataset: its URL in the build (hashed file name). index.html preloads it
// (vite.config.ts), so its fetch starts with the page, before any script runs.
import datasetUrl from "../../data/chengyu-education.json?url";

export const EMBEDDED_DATA_URL: string = datasetUrl;
