// @vitest-environment jsdom
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nProvider } from "../../i18n/I18nProvider";
import { createI18n } from "../../i18n/i18n";
import { createGraphModel } from "../../model/graphModel";
import { SearchBox } from "./SearchBox";

const model = createGraphModel({
  nodes: [
    { id: "sisu", type: "university", name: { zh: "四川外国语大学", en: "Sichuan International Studies University" }, aliases: ["川外"] },
    { id: "scu", type: "research-university", name: { zh: "四川大学", en: "Sichuan University" }, aliases: ["川大"] },
  ],
  edges: [],
});

function Harness({ onSelect }: { onSelect: (id: string) => void }) {
  const [q, setQ] = useState("");
  return (
    <I18nProvider i18n={createI18n("en")}>
      <SearchBox model={model} lang="en" query={q} onQuery={setQ} onSelect={onSelect} />
    </I18nProvider>
  );
}

describe("SearchBox", () => {
  it("lists matches as you type and opens the best one on Enter", async () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    const box = screen.getByRole("combobox", { name: /Search/ });
    await userEvent.type(box, "sichuan");
    expect(screen.getAllByRole("option").map((o) => o.querySelector(".search__name")?.textContent)).toEqual([
      "Sichuan University",
      "Sichuan International Studies University",
    ]);
    await userEvent.keyboard("{Enter}");
    expect(onSelect).toHaveBeenLastCalledWith("scu");
  });

  it("moves through matches with the arrow keys", async () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    await userEvent.type(screen.getByRole("combobox"), "sichuan");
    await userEvent.keyboard("{ArrowDown}{Enter}");
    expect(onSelect).toHaveBeenLastCalledWith("sisu");
  });

  it("says so when nothing matches, and clears on Escape", async () => {
    render(<Harness onSelect={vi.fn()} />);
    const box = screen.getByRole("combobox");
    await userEvent.type(box, "qqqzzz");
    expect(screen.getByRole("option")).toHaveTextContent("Nothing found for “qqqzzz”");
    await userEvent.keyboard("{Escape}");
    expect(box).toHaveValue("");
  });
});
