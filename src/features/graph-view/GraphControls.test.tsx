// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nProvider } from "../../i18n/I18nProvider";
import { createI18n } from "../../i18n/i18n";
import { GraphControls, type GraphControlsProps } from "./GraphControls";

const base: GraphControlsProps = {
  progress: null,
  arrangement: "free",
  onArrangement: () => {},
  onZoomIn: () => {},
  onZoomOut: () => {},
  onFit: () => {},
};

describe("GraphControls", () => {
  it("offers to re-run the layout when the view can, in either language", async () => {
    const onRelayout = vi.fn();
    const { unmount } = render(
      <I18nProvider i18n={createI18n("en")}>
        <GraphControls {...base} onRelayout={onRelayout} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Re-run layout" }));
    expect(onRelayout).toHaveBeenCalledTimes(1);
    unmount();
    render(
      <I18nProvider i18n={createI18n("zh")}>
        <GraphControls {...base} onRelayout={onRelayout} />
      </I18nProvider>,
    );
    expect(screen.getByRole("button", { name: "重新布局" })).toBeTruthy();
  });

  it("shows the keys the picture takes behind a Keyboard button, in either language", async () => {
    const { unmount } = render(
      <I18nProvider i18n={createI18n("en")}>
        <GraphControls {...base} />
      </I18nProvider>,
    );
    const button = screen.getByRole("button", { name: "Keyboard" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("group", { name: "Keyboard" })).toBeNull();
    await userEvent.click(button);
    expect(button).toHaveAttribute("aria-expanded", "true");
    const help = screen.getByRole("group", { name: "Keyboard" });
    const rows = [...help.querySelectorAll("dl > div")].map((row) => [
      [...row.querySelectorAll("kbd")].map((k) => k.textContent).join(" "),
      row.querySelector("dd")?.textContent,
    ]);
    expect(rows).toEqual([
      ["← ↑ → ↓", "move the view"],
      ["+ −", "zoom in, zoom out"],
      ["0", "fit the view"],
      ["[ ]", "previous, next node by importance"],
      ["Esc", "clear the selection"],
    ]);
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("group", { name: "Keyboard" })).toBeNull();
    expect(button).toHaveAttribute("aria-expanded", "false");
    unmount();
    render(
      <I18nProvider i18n={createI18n("zh")}>
        <GraphControls {...base} />
      </I18nProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "键盘" }));
    expect(screen.getByRole("group", { name: "键盘" })).toHaveTextContent("适应窗口");
  });

  it("shows no such button without a handler", () => {
    render(
      <I18nProvider i18n={createI18n("en")}>
        <GraphControls {...base} />
      </I18nProvider>,
    );
    expect(screen.queryByRole("button", { name: "Re-run layout" })).toBeNull();
  });

  it("switches between the free, two-cities and map arrangements from one labelled choice", async () => {
    const onArrangement = vi.fn();
    const { unmount } = render(
      <I18nProvider i18n={createI18n("en")}>
        <GraphControls {...base} onArrangement={onArrangement} />
      </I18nProvider>,
    );
    const choice = screen.getByRole("combobox", { name: "Arrangement" });
    expect([...choice.querySelectorAll("option")].map((o) => o.textContent)).toEqual(["Free", "Two cities", "Map"]);
    await userEvent.selectOptions(choice, "Map");
    expect(onArrangement).toHaveBeenLastCalledWith("map");
    unmount();
    render(
      <I18nProvider i18n={createI18n("zh")}>
        <GraphControls {...base} arrangement="map" onArrangement={onArrangement} />
      </I18nProvider>,
    );
    expect(screen.getByRole("combobox", { name: "布局方式" })).toHaveValue("map");
    expect(screen.getByRole("option", { name: "地图" })).toBeTruthy();
  });
});
