// @vitest-environment jsdom
// The progress of a load: from its start, the stage in a live region; while downloading,
// the bytes so far of the announced size beside it and in the progress bar.
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { I18nProvider } from "../../i18n/I18nProvider";
import { createI18n } from "../../i18n/i18n";
import { LoadProgress, type LoadProgressProps } from "./LoadProgress";

const show = (props: LoadProgressProps, lang: "en" | "zh" = "en") =>
  render(
    <I18nProvider i18n={createI18n(lang)}>
      <LoadProgress {...props} />
    </I18nProvider>,
  );

describe("LoadProgress", () => {
  it("says a download has started before its first byte", () => {
    show({ stage: "fetching" });
    expect(screen.getByRole("status").textContent).toBe("Downloading…");
    expect(screen.getByRole("progressbar").getAttribute("value")).toBeNull();
  });

  it("shows the bytes downloaded of the announced size, in either language", () => {
    const { unmount } = show({ stage: "fetching", bytes: 3_200_000, total: 15_000_000 });
    expect(screen.getByRole("status").textContent).toBe("Downloading…3.2 MB of 15.0 MB");
    const bar = screen.getByRole("progressbar");
    expect([bar.getAttribute("value"), bar.getAttribute("max")]).toEqual(["3200000", "15000000"]);
    unmount();
    show({ stage: "fetching", bytes: 3_200_000, total: 15_000_000 }, "zh");
    expect(screen.getByRole("status").textContent).toBe("正在下载…3.2 MB / 15.0 MB");
  });

  it("shows the bytes so far when the size is not announced, then the stage that follows", () => {
    const { rerender } = show({ stage: "fetching", bytes: 640_000 });
    expect(screen.getByRole("status").textContent).toBe("Downloading…640 KB");
    rerender(
      <I18nProvider i18n={createI18n("en")}>
        <LoadProgress stage="reading" bytes={15_000_000} />
      </I18nProvider>,
    );
    expect(screen.getByRole("status").textContent).toBe("Reading and checking 15.0 MB…");
  });
});
