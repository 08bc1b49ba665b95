// The interface languages and where their strings are: one chunk per language (zh.ts,
// en.ts), so the page loads only the active one and the other when the user switches.
import type { Messages } from "./types";

export type { Messages };
export type Language = "zh" | "en";

export function loadMessages(lang: Language): Promise<Messages> {
  return lang === "en" ? import("./en").then((m) => m.en) : import("./zh").then((m) => m.zh);
}
