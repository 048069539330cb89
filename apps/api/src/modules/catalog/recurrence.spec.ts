import { MAX_OCCURRENCES, occurrences } from './recurrence';

describe('recurrence', () => {
  it('repeats weekly at the same local time across the change to summer time', () => {
    const series = occurrences(new Date('2027-03-19T19:00:00Z'), 'week', '2027-04-02')!; // 20:00 in Lausanne
    expect(series.map((d) => d.toISOString())).toEqual(['2027-03-19T19:00:00.000Z', '2027-03-26T19:00:00.000Z', '2027-04-02T18:00:00.000Z']);
  });

  it('includes an occurrence on the until day, and stops after it', () => {
    expect(occurrences(new Date('2027-01-01T19:00:00Z'), 'day', '2027-01-03')).toHaveLength(3);
  });

  it('skips months without that day', () => {
    const series = occurrences(new Date('2027-01-31T19:00:00Z'), 'month', '2027-05-31')!;
    expect(series.map((d) => d.toISOString().slice(0, 10))).toEqual(['2027-01-31', '2027-03-31', '2027-05-31']);
  });

  it('refuses more than the maximum number of occurrences', () => {
    expect(occurrences(new Date('2027-01-01T19:00:00Z'), 'day', '2030-01-01')).toBeNull();
    expect(occurrences(new Date('2027-01-01T19:00:00Z'), 'day', '2027-07-19')).toHaveLength(MAX_OCCURRENCES);
  });
});
