/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

/** API unit + integration tests. The browser e2e suite runs on its own (`e2e/jest.config.ts`). */
const config: Config = {
  projects: ['<rootDir>/apps/api'],
};

export default config;
