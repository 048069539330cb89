/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';
import { config as api } from './apps/api/jest.config';

/** API unit + integration tests. The browser e2e suite runs on its own (`e2e/jest.config.ts`). */
const config: Config = {
  projects: ['<rootDir>/apps/api'],
  // A global option: jest ignores `testTimeout` in a project's config, so the API's own value
  // (which applies when jest runs in apps/api) is repeated here or tests get jest's 5 s.
  testTimeout: api.testTimeout,
};

export default config;
