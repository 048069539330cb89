/**
 * Installs the scanner's service worker (ADR 0049), which keeps the build so that an installed
 * scanner reloaded offline still starts. Only built pages have one (the dev server has no build),
 * and only the scanner registers it: a browser that never scanned keeps none.
 */
export function registerScannerWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Without it the page still scans online and while it stays open: nothing to tell the door.
  navigator.serviceWorker.register('/scanner-sw.js', { scope: '/' }).catch(() => undefined);
}
