// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { I18nextProvider } from "react-i18next";
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
      <I18nextProvider i18n={createI18n("en")}>
        <GraphControls {...base} onRelayout={onRelayout} />
      </I18nextProvider>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Re-run layout" }));
    expect(onRelayout).toHaveBeenCalledTimes(1);
    unmount();
    render(
      <I18nextProvider i18n={createI18n("zh")}>
        <GraphControls {...base} onRelayout={onRelayout} />
      </I18nextProvider>,
    );
    expect(screen.getByRole("button", { name: "重新布局" })).toBeTruthy();
  });

  it("shows no such button without a handler", () => {
    render(
      <I18nextProvider i18n={createI18n("en")}>
        <GraphControls {...base} />
      </I18nextProvider>,
    );
    expect(screen.queryByRole("button", { name: "Re-run layout" })).toBeNull();
  });
});
