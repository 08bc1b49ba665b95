// The small charts of the analysis panes, drawn with D3 into an <svg> the component owns:
// the degree histogram and the two-cities bars. Colours come from the page's theme
// variables, text is large enough for a projector.
import { scaleBand, scaleLinear } from "d3-scale";
import { select } from "d3-selection";
import type { HistogramBin } from "../../analysis/graphStats";

const FONT = 13;

export function drawHistogram(svg: SVGSVGElement, bins: readonly HistogramBin[], labels: { x: string; y: string }): void {
  const width = 340, height = 170, m = { top: 12, right: 8, bottom: 36, left: 40 };
  const root = select(svg).attr("viewBox", `0 0 ${width} ${height}`);
  root.selectAll("*").remove();
  const x = scaleBand<number>().domain(bins.map((_, i) => i)).range([m.left, width - m.right]).padding(0.15);
  const max = Math.max(1, ...bins.map((b) => b.count));
  const y = scaleLinear().domain([0, max]).nice().range([height - m.bottom, m.top]);
  root.append("g").selectAll("rect").data(bins).join("rect")
    .attr("x", (_, i) => x(i)!).attr("width", x.bandwidth())
    .attr("y", (b) => y(b.count)).attr("height", (b) => y(0) - y(b.count))
    .attr("fill", "var(--accent)")
    .append("title").text((b) => `${b.from === b.to ? b.from : `${b.from}–${b.to}`}: ${b.count}`);
  const every = Math.ceil(bins.length / 8);
  root.append("g").attr("font-size", FONT).attr("fill", "currentColor").attr("text-anchor", "middle").selectAll("text")
    .data(bins.filter((_, i) => i % every === 0)).join("text")
    .attr("x", (b) => x(bins.indexOf(b))! + x.bandwidth() / 2).attr("y", height - m.bottom + FONT + 3).text((b) => String(b.from));
  root.append("line").attr("x1", m.left).attr("x2", width - m.right).attr("y1", y(0)).attr("y2", y(0)).attr("stroke", "currentColor").attr("opacity", 0.5);
  const axis = root.append("g").attr("font-size", FONT).attr("fill", "currentColor");
  axis.append("text").attr("x", m.left - 6).attr("y", y(max) + 4).attr("text-anchor", "end").text(String(y.domain()[1]));
  axis.append("text").attr("x", m.left - 6).attr("y", y(0) + 4).attr("text-anchor", "end").text("0");
  axis.append("text").attr("x", (m.left + width - m.right) / 2).attr("y", height - 4).attr("text-anchor", "middle").attr("opacity", 0.75).text(labels.x);
  axis.append("text").attr("transform", `translate(12, ${(m.top + height - m.bottom) / 2}) rotate(-90)`).attr("text-anchor", "middle").attr("opacity", 0.75).text(labels.y);
}

export interface CityBar {
  label: string;
  values: readonly number[];
}

/** One horizontal bar per relation type, split into its within-Sichuan, within-Chongqing and across counts. */
export function drawCityBars(svg: SVGSVGElement, bars: readonly CityBar[], colours: readonly string[]): void {
  const rowH = 26, labelW = 130, width = 340, m = { top: 4, right: 34 };
  const height = m.top + bars.length * rowH + 4;
  const root = select(svg).attr("viewBox", `0 0 ${width} ${height}`);
  root.selectAll("*").remove();
  const max = Math.max(1, ...bars.map((b) => b.values.reduce((a, v) => a + v, 0)));
  const x = scaleLinear().domain([0, max]).range([labelW, width - m.right]);
  const rows = root.selectAll("g").data(bars).join("g").attr("transform", (_, i) => `translate(0, ${m.top + i * rowH})`);
  rows.append("text").attr("x", labelW - 6).attr("y", rowH / 2 + 5).attr("text-anchor", "end").attr("font-size", FONT).attr("fill", "currentColor")
    .text((b) => (b.label.length > 14 ? `${b.label.slice(0, 13)}…` : b.label));
  rows.each(function (bar) {
    let at = 0;
    const g = select(this);
    bar.values.forEach((v, k) => {
      if (!v) return;
      g.append("rect").attr("x", x(at)).attr("width", x(at + v) - x(at)).attr("y", 4).attr("height", rowH - 8).attr("fill", colours[k]!).append("title").text(String(v));
      at += v;
    });
    g.append("text").attr("x", x(at) + 4).attr("y", rowH / 2 + 5).attr("font-size", FONT).attr("fill", "currentColor").text(String(at));
  });
}
