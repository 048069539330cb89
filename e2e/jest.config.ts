/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

/** Full-stack tests: real API, worker, SMTP catcher, built SPAs and Chromium. Run in band. */
const config: Config = {
  displayName: 'e2e',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  testTimeout: 120000,
  maxWorkers: 1,
};

export default config;
