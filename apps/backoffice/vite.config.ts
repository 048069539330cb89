import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import type { Plugin, ResolvedConfig } from 'vite';
import { defineConfig } from 'vitest/config';

// The SPA talks to the API same-origin; dev and preview servers forward /api.
const apiProxy = { '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: true } };

export default defineConfig({
  // The scanner's service worker keeps the whole build, so an installed scanner starts offline (ADR 0049).
  plugins: [vue(), scannerWorker()],
  // vue-i18n's bundler build: the Composition API only (no legacy API), no devtools in production.
  define: { __VUE_I18N_FULL_INSTALL__: true, __VUE_I18N_LEGACY_API__: false, __INTLIFY_PROD_DEVTOOLS__: false },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  test: { environment: 'happy-dom' },
});

const WORKER_FILE = 'scanner-sw.js';

/**
 * Writes the scanner's service worker (ADR 0049) once the build is written: `worker.js` with the
 * list of every file of the build to keep, and a version that is the hash of their contents — so a
 * new build is a new worker, which the browser installs on its next visit.
 */
function scannerWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'guichet-scanner-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const files = filesUnder(outDir)
        .filter((file) => file !== WORKER_FILE)
        .sort();
      const hash = createHash('sha256');
      for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
      const header = `const VERSION = ${JSON.stringify(hash.digest('hex').slice(0, 16))};\nconst FILES = ${JSON.stringify(files.map((f) => `/${f}`))};\n`;
      writeFileSync(join(outDir, WORKER_FILE), header + readFileSync(fileURLToPath(new URL('./scanner-worker/worker.js', import.meta.url)), 'utf8'));
    },
  };
}

function filesUnder(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, root) : [relative(root, path).split(sep).join('/')];
  });
}
