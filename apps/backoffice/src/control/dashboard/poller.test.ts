import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPolling, type Visibility } from './poller';

/** A tab whose visibility the test sets. */
function tab(hidden = false) {
  let listener: (() => void) | null = null;
  const visibility: Visibility & { set(h: boolean): void } = {
    hidden: () => hidden,
    onChange(l) {
      listener = l;
      return () => (listener = null);
    },
    set(h) {
      hidden = h;
      listener?.();
    },
  };
  return visibility;
}

/** A read that stays on its way until the test ends it. */
function reads() {
  const pending: (() => void)[] = [];
  const read = vi.fn(() => new Promise<void>((resolve) => pending.push(resolve)));
  const finish = async () => {
    pending.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { read, finish };
}

describe('the dashboard’s polling', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads at once, then 5 s after each read ends — never while one is on its way', async () => {
    const { read, finish } = reads();
    const poller = startPolling(read, 5000, tab());
    expect(read).toHaveBeenCalledTimes(1);
    // A slow server: 12 s and still no second request.
    await vi.advanceTimersByTimeAsync(12_000);
    expect(read).toHaveBeenCalledTimes(1);
    await finish();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(read).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(read).toHaveBeenCalledTimes(2);
    poller.stop();
  });

  it('goes on after a failed read', async () => {
    const read = vi.fn().mockRejectedValueOnce(new Error('network')).mockResolvedValue(undefined);
    const poller = startPolling(read, 5000, tab());
    await vi.advanceTimersByTimeAsync(5000);
    expect(read).toHaveBeenCalledTimes(2);
    poller.stop();
  });

  it('pauses while the page is hidden and reads at once when it is shown again', async () => {
    const visibility = tab();
    const { read, finish } = reads();
    const poller = startPolling(read, 5000, visibility);
    await finish();
    visibility.set(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(read).toHaveBeenCalledTimes(1);
    visibility.set(false);
    expect(read).toHaveBeenCalledTimes(2);
    poller.stop();
  });

  it('does not read on start in a hidden page', async () => {
    const { read } = reads();
    const poller = startPolling(read, 5000, tab(true));
    await vi.advanceTimersByTimeAsync(20_000);
    expect(read).not.toHaveBeenCalled();
    poller.stop();
  });

  it('reads once more after the read on its way when asked to refresh meanwhile (the dates changed)', async () => {
    const { read, finish } = reads();
    const poller = startPolling(read, 5000, tab());
    void poller.refresh();
    void poller.refresh();
    expect(read).toHaveBeenCalledTimes(1);
    await finish();
    expect(read).toHaveBeenCalledTimes(2);
    await finish();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(read).toHaveBeenCalledTimes(2);
    poller.stop();
  });

  it('reads no more once stopped', async () => {
    const { read, finish } = reads();
    const poller = startPolling(read, 5000, tab());
    await finish();
    poller.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(read).toHaveBeenCalledTimes(1);
  });
});
