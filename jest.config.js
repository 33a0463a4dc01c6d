/**
 * One Jest config for unit specs (beside the code) and end-to-end specs (test/e2e).
 * NestJS 12 ships ESM; CommonJS tests load it through require(esm), which Jest only allows
 * with --experimental-vm-modules (set by the npm scripts).
 */
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
      testTimeout: 60000,
    },
  ],
};
