// The coopnet:* postMessage protocol between the app and a portal that frames it.
// Incoming messages are untrusted: the guard accepts only the exact shapes below.
export type OutgoingMessage =
  | { type: "coopnet:ready"; nodes: number; edges: number }
  | { type: "coopnet:select"; id: string | null }
  | { type: "coopnet:error"; message: string };

export type IncomingMessage = { type: "coopnet:select"; id: string | null };

export function parseIncomingMessage(data: unknown): IncomingMessage | null {
  if (!data || typeof data !== "object" || Array.isArray(data)) return null;
  const msg = data as Record<string, unknown>;
  if (msg.type !== "coopnet:select") return null;
  if (msg.id === null) return { type: "coopnet:select", id: null };
  if (typeof msg.id !== "string" || msg.id.length === 0 || msg.id.length > 200) return null;
  return { type: "coopnet:select", id: msg.id };
}
