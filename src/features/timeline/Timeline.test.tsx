// @vitest-environment jsdom
// The timeline as a person uses it: the slider sets the year, play steps from the first year
// to the last and stops there, "All years" turns it off; both languages.
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createI18n } from "../../i18n/i18n";
import { I18nProvider } from "../../i18n/I18nProvider";
import { Timeline } from "./Timeline";

function Harness({ lang, start, onYear }: { lang: "zh" | "en"; start: number | null; onYear(year: number | null): void }) {
  const [year, setYear] = useState(start);
  return (
    <I18nProvider i18n={createI18n(lang)}>
      <Timeline
        span={[2020, 2023]}
        year={year}
        undated={3}
        onYear={(y) => {
          onYear(y);
          setYear(y);
        }}
      />
    </I18nProvider>
  );
}

afterEach(() => vi.useRealTimers());

describe("Timeline", () => {
  it("sets the year from the slider and turns off with All years", () => {
    const onYear = vi.fn();
    render(<Harness lang="en" start={null} onYear={onYear} />);
    const slider = screen.getByRole("slider", { name: "Timeline" });
    expect(slider.getAttribute("aria-valuetext")).toBe("all years");
    fireEvent.change(slider, { target: { value: "2021" } });
    expect(onYear).toHaveBeenLastCalledWith(2021);
    expect(slider.getAttribute("aria-valuetext")).toBe("as of the end of 2021");
    expect(screen.getByText("3 undated relations stay, drawn faint and dotted")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "All years" }));
    expect(onYear).toHaveBeenLastCalledWith(null);
    expect(screen.queryByRole("button", { name: "All years" })).toBeNull();
  });

  it("plays from the first year to the last, a year a step, and stops there", () => {
    vi.useFakeTimers();
    const onYear = vi.fn();
    render(<Harness lang="zh" start={2023} onYear={onYear} />);
    fireEvent.click(screen.getByRole("button", { name: /播放/ }));
    expect(onYear).toHaveBeenLastCalledWith(2020);
    expect(screen.getByRole("button", { name: "暂停" })).toBeTruthy();
    for (const year of [2021, 2022, 2023]) {
      act(() => vi.advanceTimersByTime(1300));
      expect(onYear).toHaveBeenLastCalledWith(year);
    }
    act(() => vi.advanceTimersByTime(5000));
    expect(onYear).toHaveBeenCalledTimes(4);
    expect(screen.getByRole("button", { name: /播放/ })).toBeTruthy();
    expect(screen.getByRole("slider", { name: "时间轴" }).getAttribute("aria-valuetext")).toBe("截至 2023 年底");
  });
});
