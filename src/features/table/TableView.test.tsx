// @vitest-environment jsdom
import { beforeAll, describe, expect, it, vi } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nProvider } from "../../i18n/I18nProvider";
import { createI18n } from "../../i18n/i18n";
import { createGraphModel } from "../../model/graphModel";
import { TableView } from "./TableView";

const model = createGraphModel({
  nodes: Array.from({ length: 300 }, (_, i) => ({
    id: `n${i}`,
    type: i % 2 ? "university" : "city",
    name: { zh: `节点${i}`, en: `Node ${String(i).padStart(3, "0")}` },
    region: i % 2 ? ("sichuan" as const) : ("chongqing" as const),
  })),
  edges: Array.from({ length: 299 }, (_, i) => ({ source: "n0", target: `n${i + 1}`, type: "partner-of" })),
});

function renderTable(lang: "zh" | "en", onSelect = vi.fn()) {
  render(
    <I18nProvider i18n={createI18n(lang)}>
      <TableView model={model} lang={lang} selected="n0" onSelect={onSelect} />
    </I18nProvider>,
  );
  return onSelect;
}

describe("TableView", () => {
  beforeAll(() => {
    // jsdom lays nothing out: give every element the size of a 800×600 viewport
    Object.defineProperty(HTMLElement.prototype, "offsetHeight", { configurable: true, get: () => 600 });
    Object.defineProperty(HTMLElement.prototype, "clientHeight", { configurable: true, get: () => 600 });
    Object.defineProperty(HTMLElement.prototype, "clientWidth", { configurable: true, get: () => 800 });
    Object.defineProperty(HTMLElement.prototype, "offsetWidth", { configurable: true, get: () => 800 });
    HTMLElement.prototype.getBoundingClientRect = () => ({ x: 0, y: 0, top: 0, left: 0, right: 800, bottom: 600, width: 800, height: 600, toJSON: () => ({}) });
  });
  it("gives the full row count while rendering only the rows in view", () => {
    renderTable("en");
    const table = screen.getByRole("table", { name: "Node list: 300 nodes" });
    expect(table).toHaveAttribute("aria-rowcount", "301");
    const rendered = within(table).getAllByRole("row").length;
    expect(rendered).toBeGreaterThan(2);
    expect(rendered).toBeLessThan(100);
  });

  it("starts with the best-linked node on top, marked as selected", () => {
    renderTable("en");
    const rows = within(screen.getByRole("table")).getAllByRole("row");
    expect(within(rows[1]!).getAllByRole("cell").map((c) => c.textContent)).toEqual(["Node 000", "City", "Chongqing", "299"]);
    expect(rows[1]).toHaveAttribute("aria-current", "true");
  });

  it("sorts by a column when its header is pressed and says so in aria-sort", async () => {
    renderTable("zh");
    const header = screen.getByRole("columnheader", { name: /名称/ });
    await userEvent.click(within(header).getByRole("button"));
    expect(header).toHaveAttribute("aria-sort", "ascending");
    await userEvent.click(within(header).getByRole("button"));
    expect(header).toHaveAttribute("aria-sort", "descending");
    const first = within(screen.getByRole("table")).getAllByRole("row")[1]!;
    expect(within(first).getAllByRole("cell")[0]).toHaveTextContent("节点299");
  });

  it("selects a node when its name is pressed", async () => {
    const onSelect = renderTable("en");
    await userEvent.click(screen.getByRole("button", { name: "Node 000" }));
    expect(onSelect).toHaveBeenCalledWith("n0");
  });
});
