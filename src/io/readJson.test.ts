// readJsonFile is how the embedded dataset is read on the main thread: it must read JSON
// exactly as readGraphFile does (the same repairs, validation and errors), and nothing else.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readGraphFile } from "./readAny";
import { readJsonFile } from "./readJson";

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../tests/fixtures/${path}`, import.meta.url)));
const outcome = (read: () => unknown) => {
  try {
    return { ok: read() };
  } catch (err) {
    return { error: err };
  }
};

describe("reading a JSON file on its own", () => {
  const files = [
    "small.json",
    ...readdirSync(new URL("../../tests/fixtures/broken", import.meta.url)).map((f) => `broken/${f}`),
    ...readdirSync(new URL("../../tests/fixtures/formats", import.meta.url)).filter((f) => f.endsWith(".json")).map((f) => `formats/${f}`),
  ];

  it.each(files)("gives what readGraphFile gives for %s", (path) => {
    const input = { bytes: fixture(path), file: path };
    expect(outcome(() => readJsonFile(input))).toEqual(outcome(() => readGraphFile(input)));
  });

  it("gives what readGraphFile gives for the embedded dataset, repairs included", () => {
    const input = { bytes: new Uint8Array(readFileSync(new URL("../../data/chengyu-education.json", import.meta.url))), file: "chengyu-education.json" };
    expect(readJsonFile(input)).toEqual(readGraphFile(input));
  });

  it("refuses a file that is not JSON instead of guessing", () => {
    expect(() => readJsonFile({ text: "source,target\na,b\n", file: "edges.csv" })).toThrow(/JSON/);
  });
});
