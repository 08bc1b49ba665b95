import { describe, expect, it } from "vitest";
import { getAllowedOrigins, parseOriginList } from "./origins";

describe("allowed origins", () => {
  it("reads a comma-separated list as origins, dropping what is not an http(s) origin", () => {
    expect(parseOriginList("https://portal.example.edu/news/, http://127.0.0.1:8080 ,javascript:alert(1),nonsense")).toEqual([
      "https://portal.example.edu",
      "http://127.0.0.1:8080",
    ]);
    expect(parseOriginList("")).toBeNull();
    expect(parseOriginList(null)).toBeNull();
    expect(parseOriginList("nonsense")).toEqual([]);
  });

  it("lets the address narrow the build's list but never widen it", () => {
    expect(getAllowedOrigins(undefined, null)).toBeNull();
    expect(getAllowedOrigins("https://a.example", null)).toEqual(["https://a.example"]);
    expect(getAllowedOrigins(undefined, "https://b.example")).toEqual(["https://b.example"]);
    expect(getAllowedOrigins("https://a.example,https://b.example", "https://b.example,https://evil.example")).toEqual(["https://b.example"]);
    expect(getAllowedOrigins("https://a.example", "https://evil.example")).toEqual([]);
  });
});
