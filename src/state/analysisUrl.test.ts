import { describe, expect, it } from "vitest";
import { decodeViewState } from "./urlCodec";

const decode = (search: string) => decodeViewState(new URLSearchParams(search));

describe("the analysis parameters of the URL", () => {
  it("read a path as two ids around a tilde, and nothing else as a path", () => {
    expect(decode("path=a~b").path).toEqual({ from: "a", to: "b" });
    expect(decode("path=a~b~c").path).toEqual({ from: "a", to: "b~c" });
    for (const bad of ["path=ab", "path=~b", "path=a~", "path="]) expect(decode(bad).path, bad).toBeNull();
  });

  it("keep the resolution within bounds and fall back to 1 for a bad one", () => {
    expect(decode("resolution=0.5").resolution).toBe(0.5);
    expect(decode("resolution=500").resolution).toBe(10);
    expect(decode("resolution=-2").resolution).toBe(1);
    expect(decode("resolution=x").resolution).toBe(1);
  });

  it("accept only known panes, colours by community only when asked, and communities from 1", () => {
    expect(decode("analysis=stats").pane).toBe("stats");
    expect(decode("analysis=<script>").pane).toBeNull();
    expect(decode("color=purple").color).toBe("type");
    expect(decode("community=0").community).toBeNull();
    expect(decode("community=3").community).toBe(3);
    expect(decode("size=javascript:alert(1)").size).toBeNull();
  });
});
