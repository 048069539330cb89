/** One series of a chart: its name (in the legend and the table) and one value per label. */
export interface ChartSeries {
  label: string;
  values: number[];
  /** The palette's colour: success, danger, primary or info. */
  tone?: 'success' | 'danger' | 'primary' | 'info';
  /** A colour of its own instead (`SERIES_COLOURS`: one per event), drawn as given. */
  colour?: string;
  /** Drawn with stripes, so it differs from its neighbour without its colour. */
  hatched?: boolean;
}

/**
 * Colours for series that stand for things (one per event), in order; each has at least 3:1 contrast
 * on white. Past the last one they come round again — every other series is hatched besides.
 */
export const SERIES_COLOURS = ['#8a1c3b', '#1d5fa8', '#1f7a4d', '#9a5b00', '#6b3fa0', '#0f6e73', '#5b6b2f', '#b4400c'] as const;
export const seriesColour = (index: number) => SERIES_COLOURS[index % SERIES_COLOURS.length];
/** Every other series is hatched; past the last colour the other way round, so a colour seen again is told apart. */
export const seriesHatched = (index: number) => (index + Math.floor(index / SERIES_COLOURS.length)) % 2 === 1;

const counts = new Intl.NumberFormat('fr-CH');
export const formatCount = (n: number) => counts.format(n);
/**
 * A figure as the reports write it: a count grouped as in Switzerland; with decimals (amounts in
 * francs), as the report tables write amounts (« 1234.50 »).
 */
export function formatFigure(n: number, decimals = 0): string {
  return decimals ? n.toFixed(decimals) : formatCount(n);
}

/** The chart's figures as table rows, one per label; `skipEmpty` leaves out the rows at 0 everywhere. */
export function tableRows(labels: string[], series: ChartSeries[], skipEmpty: boolean): { label: string; values: number[]; total: number }[] {
  return labels
    .map((label, i) => {
      const values = series.map((s) => s.values[i] ?? 0);
      // Rounded to the cent: amounts in francs (45.5 + 0.1) add up without float noise.
      return { label, values, total: Math.round(values.reduce((sum, v) => sum + v, 0) * 100) / 100 };
    })
    .filter((row) => !skipEmpty || row.values.some((v) => v !== 0));
}
