import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// The SPA talks to the API same-origin; dev and preview servers forward /api.
const apiProxy = { '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: true } };

export default defineConfig({
  plugins: [vue()],
  // vue-i18n's bundler build: the Composition API only (no legacy API), no devtools in production.
  define: { __VUE_I18N_FULL_INSTALL__: true, __VUE_I18N_LEGACY_API__: false, __INTLIFY_PROD_DEVTOOLS__: false },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  // The shared UI library has no test runner of its own: its pure helpers are tested here.
  test: { environment: 'happy-dom', include: ['src/**/*.test.ts', '../../libs/ui/src/**/*.test.ts'], setupFiles: ['src/test-setup.ts'] },
});
