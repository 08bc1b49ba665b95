// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nProvider } from "../../i18n/I18nProvider";
import { createI18n } from "../../i18n/i18n";
import { createGraphModel } from "../../model/graphModel";
import { DetailPanel } from "./DetailPanel";

const model = createGraphModel({
  meta: { sources: [{ id: "s", title: { zh: "报道", en: "The report" }, date: "2025-04" }] },
  nodes: [
    {
      id: "a", type: "alliance", name: { zh: "职教联盟", en: "Vocational Alliance" }, region: "both",
      description: { zh: "一个联盟。", en: "An alliance." },
      attributes: { members: { value: 113, unit: { zh: "所", en: "colleges" }, label: { zh: "成员院校", en: "member colleges" } }, colour: "#ff0000" },
      evidence: [{ source: "s", quote: "联盟正式成立" }],
      url: "javascript:alert(1)",
    },
    { id: "b", type: "vocational-college", name: { zh: "工业学院", en: "Industry College" } },
    { id: "c", type: "company", name: { zh: "汽车公司" } },
  ],
  edges: [
    { source: "b", target: "a", type: "leads", date: "2020", evidence: [{ source: "s", quote: "当选理事长单位" }] },
    { source: "c", target: "a", type: "member-of" },
    { source: "a", target: "c", type: "partner-of" },
  ],
});

function renderPanel(lang: "zh" | "en", hiddenEdges: Uint8Array | null = null) {
  const onSelect = vi.fn();
  const onClose = vi.fn();
  render(
    <I18nProvider i18n={createI18n(lang)}>
      <DetailPanel model={model} index={0} lang={lang} hiddenEdges={hiddenEdges} onSelect={onSelect} onClose={onClose} />
    </I18nProvider>,
  );
  return { onSelect, onClose };
}

describe("DetailPanel", () => {
  it("names the node in the chosen language with the other beneath, its type, region and figures", () => {
    renderPanel("en");
    const panel = screen.getByRole("complementary", { name: "Node details" });
    expect(within(panel).getByRole("heading", { level: 2 })).toHaveTextContent("Vocational Alliance");
    expect(panel).toHaveTextContent("职教联盟");
    expect(panel).toHaveTextContent("Alliance or community");
    expect(panel).toHaveTextContent("Sichuan & Chongqing");
    expect(panel).toHaveTextContent("member colleges113 colleges");
    expect(panel).toHaveTextContent("colour#ff0000");
  });

  it("groups relations by type and direction, each with its quote and source", () => {
    renderPanel("en");
    expect(screen.getByRole("heading", { name: "led by" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "has member" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "partner of" })).toBeInTheDocument();
    expect(screen.getByText("当选理事长单位")).toBeInTheDocument();
    expect(screen.getAllByText(/Source: The report · 2025-04/).length).toBeGreaterThanOrEqual(2);
  });

  it("selects the other node of a relation and closes on Escape", async () => {
    const { onSelect, onClose } = renderPanel("zh");
    await userEvent.click(screen.getByRole("button", { name: "工业学院" }));
    expect(onSelect).toHaveBeenCalledWith("b");
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalled();
  });

  it("never links a javascript: URL and says how many relations the filters hide", () => {
    renderPanel("en", Uint8Array.of(1, 0, 0));
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText("1 more relation is hidden by the filters")).toBeInTheDocument();
  });
});
