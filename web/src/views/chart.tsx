import * as Plot from "@observablehq/plot";
import { useEffect, useRef, useState } from "preact/hooks";
import { claimRef, effective, formatNumber, formatRange, type TimelineEntry } from "../api.ts";
import { articleHref } from "../router.ts";

export const MODALITY_SYMBOLS: Record<string, string> = { stated: "circle", unconfirmed: "triangle", possible: "diamond", denied: "square" };
const MODALITY_GLYPHS: Record<string, string> = { stated: "●", unconfirmed: "▲", possible: "◆", denied: "■" };

export interface ChartDatum {
  readonly entry: TimelineEntry;
  readonly when: Date;
  readonly low: number;
  readonly high: number;
  readonly source: string;
  readonly modality: string;
  readonly rejected: boolean;
  readonly href: string;
  readonly text: string;
}

/** Who an estimate is from, as the chart colours it: the reviewed source, else the original one, else the outlet. */
export function sourceOf(entry: TimelineEntry): string {
  const e = effective(entry.claim);
  if (e.corrected && entry.claim.review?.correction?.source !== undefined) return e.source ?? "(the outlet itself)";
  return entry.original ?? entry.claim.source ?? entry.outlets[0] ?? "(the outlet itself)";
}

/** The estimates that can be drawn: a date and at least one value. */
export function chartData(entries: readonly TimelineEntry[]): ChartDatum[] {
  const data: ChartDatum[] = [];
  for (const entry of entries) {
    const e = effective(entry.claim);
    if (entry.date === null || (e.low === null && e.high === null)) continue;
    const when = new Date(entry.date);
    if (Number.isNaN(when.getTime())) continue;
    const low = (e.low ?? e.high)!;
    const high = (e.high ?? e.low)!;
    const source = sourceOf(entry);
    data.push({
      entry, when, low, high, source, modality: e.modality, rejected: e.rejected,
      href: articleHref(entry.claim.article, claimRef(entry.claim)),
      text: `${entry.date}: ${formatRange(e.low, e.high)} ${e.counts ?? ""} — ${source}${entry.carrier ? ` via ${entry.carrier}` : ""} (${e.modality})${e.rejected ? " — rejected by review" : ""}\n“${entry.claim.mention}”`,
    });
  }
  return spreadSameDay(data);
}

const DAY = 86_400_000;

/** The time axis: the estimates' dates padded by 5% (at least two days), so that ticks read as dates; and its length. */
function timeDomain(data: readonly ChartDatum[]): [Date, Date, number] {
  const times = data.map((d) => d.when.getTime());
  const [min, max] = [Math.min(...times), Math.max(...times)];
  const pad = Math.max((max - min) * 0.05, 2 * DAY);
  return [new Date(min - pad), new Date(max + pad), max - min + 2 * pad];
}

/**
 * Estimates published on the same day would hide one another: they are
 * spread a little sideways (1.5% of the time axis each), centred on their day.
 * Their dates, in the table and the tooltips, stay exact.
 */
function spreadSameDay(data: ChartDatum[]): ChartDatum[] {
  if (data.length < 2) return data;
  const times = data.map((d) => d.when.getTime());
  const step = timeDomain(data)[2] * 0.015;
  const byTime = new Map<number, number[]>();
  times.forEach((t, i) => byTime.set(t, [...(byTime.get(t) ?? []), i]));
  const out = [...data];
  for (const [time, indexes] of byTime) {
    if (indexes.length < 2) continue;
    indexes.forEach((index, k) => {
      out[index] = { ...data[index]!, when: new Date(time + (k - (indexes.length - 1) / 2) * step) };
    });
  }
  return out;
}

/**
 * Estimates over time (Observable Plot): a range is a vertical interval, an
 * exact value a point; colour by source, shape by modality. Every estimate is
 * one link to its sentence (focusable, with its fields as its title).
 */
export function EstimatesChart({ entries, counts }: { entries: readonly TimelineEntry[]; counts: string | null }) {
  const box = useRef<HTMLDivElement>(null);
  const [legend, setLegend] = useState<{ source: string; colour: string }[]>([]);
  const data = chartData(entries);
  const ranges = data.filter((d) => d.low !== d.high);
  const points = data.filter((d) => d.low === d.high);
  const key = data.map((d) => `${claimRef(d.entry.claim)}@${d.entry.claim.article}:${d.low}:${d.high}:${d.source}:${d.modality}:${d.rejected}`).join("|");

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    if (data.length === 0) {
      element.replaceChildren();
      setLegend([]);
      return;
    }
    const width = Math.max(300, Math.min(1100, element.clientWidth || 640));
    const [from, to] = timeDomain(data);
    const opacity = (d: ChartDatum) => (d.rejected ? 0.25 : 1);
    const common = { x: "when", stroke: "source", href: "href", title: "text", ariaLabel: "text", strokeOpacity: opacity } as const;
    const plot = Plot.plot({
      width,
      height: Math.round(Math.min(360, Math.max(220, width * 0.45))),
      marginLeft: 64,
      x: { type: "utc", label: null, domain: [from, to] },
      y: { grid: true, label: counts ?? "value", tickFormat: (v: number) => formatNumber(v), zero: true },
      color: { type: "categorical", scheme: "tableau10" },
      symbol: { domain: Object.keys(MODALITY_SYMBOLS), range: Object.values(MODALITY_SYMBOLS) },
      marks: [
        Plot.ruleY([0]),
        Plot.ruleX(ranges, { ...common, y1: "low", y2: "high", strokeWidth: 4 }),
        Plot.dot(points, { ...common, y: "low", symbol: "modality", fill: "source", fillOpacity: opacity, r: 5 }),
        // The modality of a range, shown at its top (not a link: the interval is).
        Plot.dot(ranges, { x: "when", y: "high", symbol: "modality", fill: "source", fillOpacity: opacity, r: 3.5, ariaHidden: "true" }),
      ],
    });
    plot.setAttribute("data-testid", "estimates-chart");
    // Plot's own inline stylesheet would be refused by the page's CSP: style.css carries its rules.
    for (const style of plot.querySelectorAll("style")) style.remove();
    element.replaceChildren(plot);
    const colour = plot.scale("color");
    const domain = (colour?.domain ?? []) as string[];
    const range = (colour?.range ?? []) as string[];
    setLegend(domain.map((source, i) => ({ source, colour: range[i % range.length] ?? "currentColor" })));
  }, [key]);

  if (data.length === 0) return <p class="muted">No dated estimate to draw.</p>;
  return (
    <figure class="chart">
      <div ref={box} class="chart-box" />
      <figcaption>
        <ul class="legend" aria-label="Sources">
          {legend.map(({ source, colour }) => (
            <li key={source}><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill={colour} /></svg> {source}</li>
          ))}
        </ul>
        <ul class="legend" aria-label="Modalities">
          {Object.keys(MODALITY_SYMBOLS).map((m) => <li key={m}><span aria-hidden="true">{MODALITY_GLYPHS[m]}</span> {m}</li>)}
          <li><span aria-hidden="true">┃</span> a range</li>
        </ul>
      </figcaption>
    </figure>
  );
}
