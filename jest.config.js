/**
 * One Jest config for unit specs (beside the code) and end-to-end specs (test/e2e).
 * NestJS 12 ships ESM; CommonJS tests load it through require(esm), which Jest only allows
 * with --experimental-vm-modules (set by the npm scripts).
 */
const { availableParallelism } = require('node:os');

const aliases = {
  '^@rolefit/(domain|persistence|queues|config|mail|testkit)$': '<rootDir>/libs/$1/src/index.ts',
  '^@rolefit/(domain|persistence|queues|config|mail|testkit)/(.*)$': '<rootDir>/libs/$1/src/$2',
};

const base = {
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  moduleNameMapper: aliases,
  testEnvironment: 'node',
  // apps/web has its own runners (Vitest for components, Playwright in a browser).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
};

module.exports = {
  // Jest's default is one worker per core but one: on the 2-core CI machine that is a single
  // worker, and the e2e suites, which spend much of their time waiting on PostgreSQL, Redis,
  // child processes and mail, ran one by one. Each spec file has its own database copy and
  // queue prefix (test/support/e2e-databases.ts), so at least two run side by side.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  projects: [
    {
      ...base,
      displayName: 'unit',
      rootDir: __dirname,
      testMatch: [
        '<rootDir>/libs/**/*.spec.ts',
        '<rootDir>/apps/**/*.spec.ts',
        '<rootDir>/test/docs/**/*.spec.ts',
      ],
    },
    {
      ...base,
      displayName: 'e2e',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFiles: ['<rootDir>/test/setup/env.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/spec-database.ts'],
      testTimeout: 60000,
    },
  ],
};
