// The coopnet:* postMessage protocol between the app and a portal that frames it.
// Incoming messages are untrusted: the guard accepts only the exact shapes below, and a
// message with any field of the wrong shape is ignored as a whole.

/** Filters as in the URL: the parameter names, with their values. */
export interface FilterFields {
  hideType?: string[];
  hideRegion?: string[];
  hideRelation?: string[];
  from?: number | null;
  to?: number | null;
  depth?: number;
}

export interface SetMessage {
  type: "coopnet:set";
  lang?: "zh" | "en";
  layout?: string;
  node?: string | null;
  filters?: FilterFields;
  story?: string;
  step?: number;
}

export type IncomingMessage = { type: "coopnet:select"; id: string | null } | SetMessage | { type: "coopnet:get" };

export interface StateMessage {
  type: "coopnet:state";
  /** every view parameter of the URL, as a query string */
  params: string;
  lang: "zh" | "en";
  node: string | null;
  layout: string;
  view: string;
  filters: Required<FilterFields>;
}

export type OutgoingMessage =
  | { type: "coopnet:ready"; nodes: number; edges: number }
  | { type: "coopnet:select"; id: string | null }
  | { type: "coopnet:error"; message: string }
  | { type: "coopnet:resize"; height: number }
  | StateMessage;

const MAX_TEXT = 200;
const MAX_LIST = 100;
const INVALID = Symbol("invalid");
type Checked<T> = T | undefined | typeof INVALID;

const isRecord = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === "object" && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === "string" && v.length > 0 && v.length <= MAX_TEXT;
const isYear = (v: unknown) => v === null || (Number.isInteger(v) && (v as number) >= 1000 && (v as number) <= 9999);

function checkIdList(v: unknown): Checked<string[]> {
  if (v === undefined) return undefined;
  return Array.isArray(v) && v.length <= MAX_LIST && v.every(isId) ? [...v] : INVALID;
}

function checkFilters(v: unknown): Checked<FilterFields> {
  if (v === undefined) return undefined;
  if (!isRecord(v)) return INVALID;
  const out: FilterFields = {};
  for (const key of ["hideType", "hideRegion", "hideRelation"] as const) {
    const list = checkIdList(v[key]);
    if (list === INVALID) return INVALID;
    if (list) out[key] = list;
  }
  for (const key of ["from", "to"] as const) {
    if (v[key] === undefined) continue;
    if (!isYear(v[key])) return INVALID;
    out[key] = v[key] as number | null;
  }
  if (v.depth !== undefined) {
    if (!Number.isInteger(v.depth) || (v.depth as number) < 0 || (v.depth as number) > 3) return INVALID;
    out.depth = v.depth as number;
  }
  return out;
}

function parseSet(msg: Record<string, unknown>): SetMessage | null {
  const out: SetMessage = { type: "coopnet:set" };
  if (msg.lang !== undefined) {
    if (msg.lang !== "zh" && msg.lang !== "en") return null;
    out.lang = msg.lang;
  }
  if (msg.layout !== undefined) {
    if (typeof msg.layout !== "string" || !/^[a-z][a-z0-9-]{0,39}$/.test(msg.layout)) return null;
    out.layout = msg.layout;
  }
  if (msg.node !== undefined) {
    if (msg.node !== null && !isId(msg.node)) return null;
    out.node = msg.node;
  }
  if (msg.story !== undefined) {
    if (!isId(msg.story)) return null;
    out.story = msg.story;
  }
  if (msg.step !== undefined) {
    if (!Number.isInteger(msg.step) || (msg.step as number) < 1 || (msg.step as number) > 10000) return null;
    out.step = msg.step as number;
  }
  const filters = checkFilters(msg.filters);
  if (filters === INVALID) return null;
  if (filters) out.filters = filters;
  return out;
}

export function parseIncomingMessage(data: unknown): IncomingMessage | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case "coopnet:select":
      if (data.id === null) return { type: "coopnet:select", id: null };
      return isId(data.id) ? { type: "coopnet:select", id: data.id } : null;
    case "coopnet:set":
      return parseSet(data);
    case "coopnet:get":
      return { type: "coopnet:get" };
    default:
      return null;
  }
}
