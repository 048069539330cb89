/** One series of a chart: its name (in the legend and the table) and one value per label. */
export interface ChartSeries {
  label: string;
  values: number[];
  /** The palette's colour: success, danger, primary or info. */
  tone: 'success' | 'danger' | 'primary' | 'info';
  /** Drawn with stripes, so it differs from its neighbour without its colour. */
  hatched?: boolean;
}

const counts = new Intl.NumberFormat('fr-CH');
export const formatCount = (n: number) => counts.format(n);

/** The chart's figures as table rows, one per label; `skipEmpty` leaves out the rows at 0 everywhere. */
export function tableRows(labels: string[], series: ChartSeries[], skipEmpty: boolean): { label: string; values: number[] }[] {
  return labels.map((label, i) => ({ label, values: series.map((s) => s.values[i] ?? 0) })).filter((row) => !skipEmpty || row.values.some((v) => v !== 0));
}
