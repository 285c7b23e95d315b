// "How good are my suggestions?": the numbers of a backtest turned into
// plain words and the geometry of a small paired-bar chart.
import { formatLocale } from "./l10n/formats";
import type { QualityDto } from "./bindings/QualityDto";
import type { QualityBinDto } from "./bindings/QualityBinDto";

/** Below this many customers, "N in 10 of the top tenth" means too few people. */
export const MIN_QUALITY_CUSTOMERS = 30;

/** A share (0..1) as "N in 10", a whole number from 0 to 10. */
export function inTen(share: number): number {
  if (!Number.isFinite(share)) return 0;
  return Math.min(10, Math.max(0, Math.round(share * 10)));
}

/** Whether the backtest says something worth showing (else: "too little history"). */
export function hasEnoughHistory(q: QualityDto | null): q is QualityDto {
  return q !== null && q.customers >= MIN_QUALITY_CUSTOMERS && q.calibration.length > 0;
}

/** How Shopkeeper's first tenth did against picking "who came most recently". */
export type Verdict = "better" | "same" | "worse";

/** Better or worse only when "N in 10" differs; otherwise about the same. */
export function verdict(q: QualityDto): Verdict {
  const ours = inTen(q.precisionTop10);
  const theirs = inTen(q.precisionTop10Recency);
  return ours > theirs ? "better" : ours < theirs ? "worse" : "same";
}

/** How the ranking was chosen, in the card's terms: the chosen way and the others it beat,
 * each as "N in 100" (its ROC AUC on the shop's latest weeks, rounded). */
export interface Chosen {
  method: string;
  inHundred: number;
  beat: { method: string; inHundred: number }[];
}

/** The contest behind the ranking, when there was one and the chosen way is in it. */
export function chosen(q: QualityDto): Chosen | null {
  const own = q.contest.find((e) => e.method === q.method);
  if (!own || q.contest.length < 2) return null;
  const hundred = (auc: number) => (Number.isFinite(auc) ? Math.min(100, Math.max(0, Math.round(auc * 100))) : 0);
  return {
    method: q.method,
    inHundred: hundred(own.auc),
    beat: q.contest.filter((e) => e.method !== q.method).map((e) => ({ method: e.method, inHundred: hundred(e.auc) })),
  };
}

/** A number of purchases per customer, with at most two decimals, in the owner's locale. */
export function purchases(n: number, locale: string = formatLocale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: n >= 10 ? 0 : n >= 1 ? 1 : 2 }).format(n);
}

/** The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at least `v`. */
export function niceCeiling(v: number): number {
  if (!(v > 0) || !Number.isFinite(v)) return 1;
  const power = 10 ** Math.floor(Math.log10(v));
  for (const step of [1, 2, 2.5, 5, 10]) {
    // A little slack so 0.30000000000000004 stays 0.3.
    if (step * power >= v * (1 - 1e-9)) return step * power;
  }
  return 10 * power;
}

/** One bar: its box in the chart's coordinates and the value it stands for. */
export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
}

/** One tenth of the customers: its label (1 = least likely) and two bars. */
export interface BarPair {
  label: string;
  center: number;
  predicted: Bar;
  actual: Bar;
}

/** Everything the chart draws, in a `width` × `height` view box. */
export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  ticks: { value: number; y: number }[];
  pairs: BarPair[];
}

/** Room for the axis labels around the plot. */
const MARGIN = { left: 52, top: 12, right: 12, bottom: 48 };

/** Lays out predicted vs actual purchases per tenth as paired bars, lowest tenth on the left. */
export function chartLayout(bins: QualityBinDto[], width = 520, height = 240): ChartLayout {
  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: width - MARGIN.right,
    bottom: height - MARGIN.bottom,
  };
  const most = Math.max(0, ...bins.flatMap((b) => [b.meanPredicted, b.meanActual]));
  const top = niceCeiling(most);
  const y = (v: number) => plot.bottom - (Math.max(0, v) / top) * (plot.bottom - plot.top);
  const slot = bins.length > 0 ? (plot.right - plot.left) / bins.length : 0;
  const barWidth = slot * 0.36;
  const bar = (x: number, value: number): Bar => ({
    x,
    y: y(value),
    width: barWidth,
    height: plot.bottom - y(value),
    value,
  });
  const pairs = bins.map((b, i) => {
    const center = plot.left + slot * (i + 0.5);
    return {
      label: String(i + 1),
      center,
      predicted: bar(center - barWidth - 1, b.meanPredicted),
      actual: bar(center + 1, b.meanActual),
    };
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ value: top * f, y: y(top * f) }));
  return { width, height, plot, ticks, pairs };
}
