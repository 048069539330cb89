import { describe, expect, it } from 'vitest';
import { formatFigure, seriesColour, SERIES_COLOURS, seriesHatched, tableRows } from './chart-data';

describe('a chart’s table', () => {
  const series = [
    { label: 'Acceptés', values: [3, 0, 1], tone: 'success' as const },
    { label: 'Refusés', values: [0, 0, 2], tone: 'danger' as const, hatched: true },
  ];

  it('has a row per label with each series’ value', () => {
    expect(tableRows(['20:01', '20:02', '20:03'], series, false)).toEqual([
      { label: '20:01', values: [3, 0], total: 3 },
      { label: '20:02', values: [0, 0], total: 0 },
      { label: '20:03', values: [1, 2], total: 3 },
    ]);
  });

  it('leaves out the rows at zero everywhere when asked', () => {
    expect(tableRows(['20:01', '20:02', '20:03'], series, true).map((r) => r.label)).toEqual(['20:01', '20:03']);
  });

  it('adds amounts to the cent and writes them with their decimals', () => {
    const money = [
      { label: 'A', values: [45.5], colour: seriesColour(0) },
      { label: 'B', values: [0.1], colour: seriesColour(1) },
    ];
    expect(tableRows(['03.12'], money, false)[0].total).toBe(45.6);
    expect(formatFigure(1234.5, 2)).toBe('1234.50');
    expect(formatFigure(3)).toBe('3');
  });

  it('comes round the colours again past the last one', () => {
    expect(seriesColour(SERIES_COLOURS.length)).toBe(SERIES_COLOURS[0]);
    expect([0, 1, 2].map(seriesHatched)).toEqual([false, true, false]);
    // The first colour again, hatched this time.
    expect(seriesHatched(SERIES_COLOURS.length)).toBe(true);
  });
});
