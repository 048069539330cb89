/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// Nest 12 ships ESM only: swc transforms it (and the few ESM deps Fastify pulls in) for jest.
const esmPackages = ['@nestjs', 'file-type', 'strtok3', 'token-types', '@tokenizer', 'uint8array-extras', 'cookie', 'content-disposition'].join('|');

export const config: Config = {
  displayName: 'api',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`node_modules/(?!(\\.pnpm/[^/]+/node_modules/)?(${esmPackages}))`],
  globalSetup: '<rootDir>/src/test/global-setup.ts',
  globalTeardown: '<rootDir>/src/test/global-teardown.ts',
  // Per test, far above the slowest seen on a busy machine (the 200-buyer race: 25 s with two
  // suites and more running on two cores). Reaching it means something hangs.
  testTimeout: 120_000,
};

export default config;
