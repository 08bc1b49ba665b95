import { describe, expect, it } from "vitest";
import type { Story } from "../../model/schema";
import { createStory, fixIds, fromStories, sameStories, setTitle, toStories } from "./storyDrafts";

describe("story drafts", () => {
  it("give a new story an id made from its title, unique among the stories, fixed once saved", () => {
    let drafts = fromStories([{ id: "vocational-alliance", title: "x", steps: [{ caption: "c" }] }]);
    drafts = createStory("k")(drafts);
    expect(drafts[1]!.id).toBe("story");
    drafts = setTitle("k", "zh", "职教联盟")(drafts);
    expect(drafts[1]!.id).toBe("职教联盟");
    drafts = setTitle("k", "en", "  Vocational Alliance! ")(drafts);
    expect(drafts[1]!.id).toBe("vocational-alliance-2");
    drafts = fixIds()(drafts);
    drafts = setTitle("k", "en", "Something else")(drafts);
    expect(drafts[1]!.id).toBe("vocational-alliance-2");
  });

  it("write back the stories they were made from, with the fields the editor does not show", () => {
    const stories: Story[] = [
      {
        id: "s",
        title: { zh: "标题", en: "Title" },
        description: "about",
        steps: [{ caption: "same in both", nodes: ["a"], edges: ["e1"], path: ["a", "b"], year: 2021, layout: "map", camera: { x: 1, y: 2, zoom: 3 } }],
      },
    ];
    expect(toStories(fromStories(stories))).toEqual(stories);
    expect(sameStories(toStories(fromStories(stories)), [{ ...stories[0]!, steps: [{ ...stories[0]!.steps[0]!, year: 2022 }] }])).toBe(false);
  });
});
