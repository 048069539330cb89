import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { shopDocument } from './shop-document.ts';

// The SPA talks to the API same-origin; dev and preview servers forward /api.
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';
const apiProxy = { '/api': { target: apiUrl, changeOrigin: true } };

export default defineConfig({
  // Each page carries the organizer's HEAD snippet and the shop's Content-Security-Policy (ADR 0030).
  plugins: [vue(), shopDocument(apiUrl)],
  // vue-i18n's bundler build: the Composition API only (no legacy API), no devtools in production.
  define: { __VUE_I18N_FULL_INSTALL__: true, __VUE_I18N_LEGACY_API__: false, __INTLIFY_PROD_DEVTOOLS__: false },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  // The shared UI library has no test runner of its own: its pure helpers are tested here.
  test: { environment: 'happy-dom', include: ['src/**/*.test.ts', '../../libs/ui/src/**/*.test.ts'], setupFiles: ['src/test-setup.ts'] },
});
