import { describe, expect, it } from "vitest";
import { parseIncomingMessage } from "./protocol";

describe("parseIncomingMessage", () => {
  it("accepts the three incoming messages", () => {
    expect(parseIncomingMessage({ type: "coopnet:select", id: "sisu" })).toEqual({ type: "coopnet:select", id: "sisu" });
    expect(parseIncomingMessage({ type: "coopnet:select", id: null })).toEqual({ type: "coopnet:select", id: null });
    expect(parseIncomingMessage({ type: "coopnet:get", extra: 1 })).toEqual({ type: "coopnet:get" });
    const set = { type: "coopnet:set", lang: "en", layout: "two-cities", node: "cqu", story: "alliances", step: 2, filters: { hideType: ["event"], from: 2020, to: null, depth: 1 } };
    expect(parseIncomingMessage(set)).toEqual(set);
  });

  it("keeps only the known fields of coopnet:set", () => {
    expect(parseIncomingMessage({ type: "coopnet:set", lang: "zh", onload: "alert(1)", filters: { hideType: [], color: "red" } })).toEqual({
      type: "coopnet:set",
      lang: "zh",
      filters: { hideType: [] },
    });
  });

  it("ignores unknown messages and any message with a field of the wrong shape", () => {
    const bad = [
      null, "coopnet:select", [], { type: "coopnet:unknown" }, { type: "coopnet:select" }, { type: "coopnet:select", id: "" },
      { type: "coopnet:select", id: "x".repeat(201) }, { type: "coopnet:set", lang: "fr" }, { type: "coopnet:set", layout: "<b>" },
      { type: "coopnet:set", step: 0 }, { type: "coopnet:set", step: 1.5 }, { type: "coopnet:set", story: 7 },
      { type: "coopnet:set", filters: { hideType: "event" } }, { type: "coopnet:set", filters: { hideType: [1] } },
      { type: "coopnet:set", filters: { from: "2020" } }, { type: "coopnet:set", filters: { depth: 4 } }, { type: "coopnet:set", filters: [] },
    ];
    for (const data of bad) expect(parseIncomingMessage(data), JSON.stringify(data)).toBeNull();
  });
});
