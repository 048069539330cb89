/**
 * A camera reads the code in front of it several times a second: the same code within `windowMs`
 * of its last reading is the same presentation, not a second scan.
 */
export class RepeatFilter {
  private last: { code: string; at: number } | null = null;

  constructor(private readonly windowMs = 2000) {}

  /** True when this reading is a new scan. */
  accept(code: string, now: number): boolean {
    const repeated = this.last?.code === code && now - this.last.at < this.windowMs;
    this.last = { code, at: now };
    return !repeated;
  }
}
