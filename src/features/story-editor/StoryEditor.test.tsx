// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nProvider } from "../../i18n/I18nProvider";
import { createI18n } from "../../i18n/i18n";
import { createGraphModel } from "../../model/graphModel";
import type { Story } from "../../model/schema";
import { ViewStoreContext } from "../../state/hooks";
import { createStore } from "../../state/store";
import { getEmptyViewState, selectNode, toggleNodeType, type ViewState } from "../../state/viewState";
import { StoryEditor, type StepPicture } from "./StoryEditor";

const model = createGraphModel({
  nodes: [
    { id: "a", type: "alliance", name: { zh: "职教联盟", en: "Vocational Alliance" } },
    { id: "b", type: "vocational-college", name: { zh: "工业学院", en: "Industry College" } },
    { id: "c", type: "company", name: { zh: "汽车公司", en: "Car Company" } },
    { id: "d", type: "company", name: { zh: "另一公司", en: "Other Company" } },
  ],
  edges: [
    { source: "b", target: "a", type: "member-of" },
    { source: "c", target: "a", type: "member-of" },
    { source: "d", target: "b", type: "partner-of" },
  ],
});

const SAVED: Story[] = [
  { id: "tour", title: { zh: "导览", en: "Tour" }, steps: [{ caption: "First", select: "a" }, { caption: { zh: "二", en: "Second" }, nodes: ["b"] }, { caption: "Third" }] },
];

let frames: (() => void)[] = [];
beforeEach(() => {
  frames = [];
  vi.stubGlobal("requestAnimationFrame", (cb: () => void) => frames.push(cb));
  sessionStorage.clear();
});
afterEach(() => vi.unstubAllGlobals());

function renderEditor({ stories = [] as Story[], view = {} as Partial<ViewState>, graphKey = "g" } = {}) {
  const store = createStore<ViewState>({ ...getEmptyViewState("en"), ...view });
  const picture: StepPicture = { viewCentre: () => ({ x: 12.345, y: -6.789, zoom: 1.5 }), show: vi.fn(), frameNodes: vi.fn() };
  const onSave = vi.fn();
  const hidden = () => {
    const h = new Uint8Array(model.nodes.length);
    model.nodes.forEach((n, i) => (h[i] = store.get().filters.hiddenTypes.includes(n.type) ? 1 : 0));
    return h;
  };
  const ui = (props: { hiddenNodes: Uint8Array }) => (
    <I18nProvider i18n={createI18n("en")}>
      <ViewStoreContext.Provider value={store}>
        <StoryEditor model={model} lang="en" hiddenNodes={props.hiddenNodes} stories={stories} graphKey={graphKey} picture={() => picture} open onSave={onSave} onClose={() => {}} />
      </ViewStoreContext.Provider>
    </I18nProvider>
  );
  const result = render(ui({ hiddenNodes: hidden() }));
  const refilter = () => result.rerender(ui({ hiddenNodes: hidden() }));
  return { store, picture, onSave, refilter, user: userEvent.setup(), unmount: result.unmount };
}

const steps = () => within(screen.getByRole("list", { name: "Steps" })).getAllByRole("listitem");
const captionsEn = () => steps().map((li) => (within(li).getByLabelText("Caption (English)") as HTMLTextAreaElement).value);

describe("StoryEditor", () => {
  it("captures the view as steps: selection, its shown neighbours, filters, arrangement and camera", async () => {
    const { store, onSave, refilter, user } = renderEditor({ view: { arrangement: "two-cities" } });
    expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Stories" }));
    await user.click(screen.getByRole("button", { name: "+ New story" }));
    await user.type(screen.getByLabelText("Title (English)"), "Vocational alliance");
    await user.type(screen.getByLabelText("Title (Chinese)"), "职教联盟");
    expect(screen.getByText("Id in the file and the URL: vocational-alliance")).toBeInTheDocument();
    act(() => store.update(selectNode("a")));
    await user.click(screen.getByRole("button", { name: "+ Add step from current view" }));
    expect(screen.getByRole("status")).toHaveTextContent("Step 1 added.");
    expect(steps()[0]).toHaveTextContent("selects Vocational Alliance · 3 nodes · two cities · camera");
    act(() => store.update(toggleNodeType("company")));
    refilter();
    act(() => store.update(selectNode("b")));
    await user.click(screen.getByRole("button", { name: "+ Add step from current view" }));
    await user.type(within(steps()[0]!).getByLabelText("Caption (English)"), "The alliance");
    await user.type(within(steps()[1]!).getByLabelText("Caption (English)"), "A member");
    await user.click(screen.getByRole("button", { name: "Save into graph" }));
    expect(onSave).toHaveBeenCalledTimes(1);
    const [saved] = onSave.mock.calls[0]![0] as Story[];
    expect(saved!.id).toBe("vocational-alliance");
    expect(saved!.title).toEqual({ zh: "职教联盟", en: "Vocational alliance" });
    expect(saved!.steps[0]).toEqual({ caption: { en: "The alliance" }, nodes: ["a", "b", "c"], select: "a", layout: "two-cities", camera: { x: 12.35, y: -6.79, zoom: 1.5 } });
    // the company d is hidden by the filter: it is not among b's nodes
    expect(saved!.steps[1]).toMatchObject({ caption: { en: "A member" }, nodes: ["b", "a"], select: "b", filters: { hideType: ["company"] } });
  });

  it("moves a step with Alt+↑ / Alt+↓ and the arrow buttons, says so, and keeps the focus on it", async () => {
    const { user } = renderEditor({ stories: SAVED });
    await user.click(screen.getByRole("button", { name: "Edit the story Tour" }));
    expect(captionsEn()).toEqual(["First", "Second", "Third"]);
    steps()[2]!.focus();
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(captionsEn()).toEqual(["First", "Third", "Second"]);
    expect(screen.getByRole("status")).toHaveTextContent("Step moved to position 2 of 3.");
    expect(document.activeElement).toBe(steps()[1]);
    await user.keyboard("{Alt>}{ArrowUp}{/Alt}");
    expect(captionsEn()).toEqual(["Third", "First", "Second"]);
    expect(document.activeElement).toBe(steps()[0]);
    await user.click(screen.getByRole("button", { name: "Move step 1 down" }));
    expect(captionsEn()).toEqual(["First", "Third", "Second"]);
    expect(document.activeElement).toBe(within(steps()[1]!).getByRole("button", { name: "Move step 2 down" }));
    expect(screen.getByText("Unsaved changes")).toBeInTheDocument();
    // back to the list, the focus is on the story just edited
    await user.click(screen.getByRole("button", { name: "← All stories" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Edit the story Tour" }));
  });

  it("moves a step dropped on another", async () => {
    const { user } = renderEditor({ stories: SAVED });
    await user.click(screen.getByRole("button", { name: "Edit the story Tour" }));
    const handle = steps()[0]!.querySelector(".step-item__handle")!;
    const dataTransfer = { setData: vi.fn(), setDragImage: vi.fn(), effectAllowed: "" };
    fireEvent.dragStart(handle, { dataTransfer });
    fireEvent.dragOver(steps()[2]!, { dataTransfer });
    fireEvent.drop(steps()[2]!, { dataTransfer });
    expect(captionsEn()).toEqual(["Second", "Third", "First"]);
  });

  it("deletes a step or a story, and puts it back with Undo", async () => {
    const { onSave, user } = renderEditor({ stories: SAVED });
    await user.click(screen.getByRole("button", { name: "Edit the story Tour" }));
    await user.click(screen.getByRole("button", { name: "Delete step 2" }));
    expect(captionsEn()).toEqual(["First", "Third"]);
    expect(screen.getByRole("status")).toHaveTextContent("Step 2 was deleted.");
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(captionsEn()).toEqual(["First", "Second", "Third"]);
    expect(screen.getByText("Everything is saved into the graph.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Delete step 1" }));
    await user.click(screen.getByRole("button", { name: "← All stories" }));
    await user.click(screen.getByRole("button", { name: "Delete the story Tour" }));
    expect(screen.getByText("This graph has no stories yet.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(screen.getByRole("button", { name: "Edit the story Tour" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Save into graph" }));
    expect((onSave.mock.calls[0]![0] as Story[])[0]!.steps.map((s) => s.caption)).toEqual([{ zh: "二", en: "Second" }, "Third"]);
  });

  it("writes captions in both languages, and refuses to save a step without one, saying where", async () => {
    const { onSave, user } = renderEditor({ stories: SAVED });
    await user.click(screen.getByRole("button", { name: "Edit the story Tour" }));
    // a plain caption serves both languages: it is in both fields
    const thirdZh = within(steps()[2]!).getByLabelText("Caption (Chinese)");
    expect(thirdZh).toHaveValue("Third");
    await user.clear(thirdZh);
    await user.type(thirdZh, "第三步");
    await user.clear(within(steps()[0]!).getByLabelText("Caption (English)"));
    await user.clear(within(steps()[0]!).getByLabelText("Caption (Chinese)"));
    await user.click(screen.getByRole("button", { name: "Save into graph" }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole("alert")).toHaveTextContent("Story 1, step 1 · caption: write it in Chinese or English (or both)");
    await user.type(within(steps()[0]!).getByLabelText("Caption (Chinese)"), "第一步");
    await user.click(screen.getByRole("button", { name: "Save into graph" }));
    expect(screen.queryByRole("alert")).toBeNull();
    const saved = (onSave.mock.calls[0]![0] as Story[])[0]!;
    expect(saved.steps.map((s) => s.caption)).toEqual([{ zh: "第一步" }, { zh: "二", en: "Second" }, { zh: "第三步", en: "Third" }]);
    expect(screen.getByRole("status")).toHaveTextContent("1 story saved into the graph.");
  });

  it("previews a step in the picture: its selection goes into the view, then the camera frames its nodes", async () => {
    const { store, picture, user } = renderEditor({ stories: SAVED, view: { selected: "d", view: "table" } });
    await user.click(screen.getByRole("button", { name: "Edit the story Tour" }));
    await user.click(screen.getByRole("button", { name: "Show step 2 in the picture" }));
    expect(store.get().selected).toBeNull();
    expect(store.get().view).toBe("graph");
    for (let i = 0; i < 3 && !vi.mocked(picture.frameNodes).mock.calls.length; i++) {
      const due = frames;
      frames = [];
      act(() => due.forEach((f) => f()));
    }
    expect(picture.frameNodes).toHaveBeenCalledWith(["b"], true);
  });

  it("keeps unsaved drafts in the session and asks before the page is left", async () => {
    const first = renderEditor({ stories: SAVED });
    await first.user.click(screen.getByRole("button", { name: "Delete the story Tour" }));
    const leave = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(leave);
    expect(leave.defaultPrevented).toBe(true);
    first.unmount();
    renderEditor({ stories: SAVED });
    expect(screen.getByRole("status")).toHaveTextContent("Your unsaved drafts from this session are back.");
    expect(screen.queryByRole("button", { name: "Edit the story Tour" })).toBeNull();
    expect(screen.getByText("This graph has no stories yet.")).toBeInTheDocument();
  });
});
