import { describe, expect, it } from "vitest";
import { getElementSnippet, getIframeSnippet } from "./snippets";

const VIEW = "https://example.org/edunet/?lang=en&node=sisu&embed=1&hideType=event&story=alliances&step=2";

describe("embed snippets", () => {
  it("frames the view's address, escaped for an attribute", () => {
    expect(getIframeSnippet(VIEW, 'Network "A" <b>')).toBe(
      '<iframe src="https://example.org/edunet/?lang=en&amp;node=sisu&amp;embed=1&amp;hideType=event&amp;story=alliances&amp;step=2"\n' +
        '        title="Network &quot;A&quot; &lt;b&gt;" width="100%" height="560" allowfullscreen></iframe>',
    );
  });

  it("loads embed.js beside the app and gives the element lang and node as attributes, every other parameter in src", () => {
    expect(getElementSnippet(VIEW)).toBe(
      '<script src="https://example.org/edunet/embed.js" defer></script>\n' +
        '<coopnet-graph src="https://example.org/edunet/?hideType=event&amp;story=alliances&amp;step=2" lang="en" node="sisu" height="auto"></coopnet-graph>',
    );
    expect(getElementSnippet("https://example.org/app/index.html?embed=1&lang=zh")).toBe(
      '<script src="https://example.org/app/embed.js" defer></script>\n<coopnet-graph src="https://example.org/app/index.html" lang="zh" height="auto"></coopnet-graph>',
    );
  });
});
