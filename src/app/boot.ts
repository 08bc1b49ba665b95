// What the first picture waits for, started first: main.tsx imports this module before
// anything else, so it runs before React and the renderer are even evaluated. Reads the
// view from the URL, starts the graph's load (the HTML's preload has its fetch under way;
// here the reader's chunk is asked for) and the active language's messages.
import { EMBEDDED_DATA_URL } from "../data/embedded";
import { createGraphLoads } from "../data/graphLoads";
import { loadMessages } from "../i18n/messages";
import { readUrlViewState } from "./bindings";

export const initial = readUrlViewState();
export const loads = createGraphLoads();
loads.start({ kind: "url", url: initial.data ?? EMBEDDED_DATA_URL });
export const messages = loadMessages(initial.lang);
