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
  // Per test, far above the slowest seen on a busy machine (50 s with two suites and more
  // running on two cores; 15 s when quiet). Starting the stack has its own budget (STACK_START_MS).
  testTimeout: 240_000,
  maxWorkers: 1,
};

export default config;
