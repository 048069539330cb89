/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

/** API unit + integration tests. The browser e2e suite runs on its own (`e2e/jest.config.ts`). */
const config: Config = {
  projects: ['<rootDir>/apps/api'],
  // A global option: the project's own testTimeout is ignored when jest runs from here.
  testTimeout: 60000,
};

export default config;
