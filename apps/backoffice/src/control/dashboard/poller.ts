/** What the poller needs from the page: whether it is hidden, and a word when that changes. */
export interface Visibility {
  hidden(): boolean;
  onChange(listener: () => void): () => void;
}

/** The browser tab's visibility. */
export const documentVisibility: Visibility = {
  hidden: () => document.hidden,
  onChange(listener) {
    document.addEventListener('visibilitychange', listener);
    return () => document.removeEventListener('visibilitychange', listener);
  },
};

export interface Poller {
  /** Reads now (the last read done), e.g. after the dates changed; the rhythm starts again from it. */
  refresh(): Promise<void>;
  stop(): void;
}

/**
 * Calls `read` now and then `intervalMs` after each read ends — never two at once, so a slow server
 * is not piled on. While the page is hidden nothing is read; shown again, it reads at once.
 */
export function startPolling(read: () => Promise<void>, intervalMs: number, visibility: Visibility = documentVisibility): Poller {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!stopped && !visibility.hidden()) timer = setTimeout(() => void tick(), intervalMs);
  };

  const tick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      // Asked while a read is on its way: one more read once it is back, with what is asked now.
      again = true;
      return running;
    }
    if (timer) clearTimeout(timer);
    timer = null;
    running = read()
      .catch(() => undefined)
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          void tick();
        } else schedule();
      });
    return running;
  };

  const unwatch = visibility.onChange(() => {
    if (visibility.hidden()) {
      if (timer) clearTimeout(timer);
      timer = null;
    } else void tick();
  });

  if (!visibility.hidden()) void tick();

  return {
    refresh: tick,
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
      unwatch();
    },
  };
}
