import { describe, expect, it } from 'vitest';
import { tableRows } from './chart-data';

describe('a chart’s table', () => {
  const series = [
    { label: 'Acceptés', values: [3, 0, 1], tone: 'success' as const },
    { label: 'Refusés', values: [0, 0, 2], tone: 'danger' as const, hatched: true },
  ];

  it('has a row per label with each series’ value', () => {
    expect(tableRows(['20:01', '20:02', '20:03'], series, false)).toEqual([
      { label: '20:01', values: [3, 0] },
      { label: '20:02', values: [0, 0] },
      { label: '20:03', values: [1, 2] },
    ]);
  });

  it('leaves out the rows at zero everywhere when asked', () => {
    expect(tableRows(['20:01', '20:02', '20:03'], series, true).map((r) => r.label)).toEqual(['20:01', '20:03']);
  });
});
