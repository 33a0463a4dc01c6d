// @ts-check
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'eslint.config.mjs',
      'jest.config.js',
      // Generated from apps/api/openapi.json by `npm run openapi`.
      'apps/web/src/api/schema.d.ts',
      'apps/web/test-results/**',
      'apps/web/playwright-report/**',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  prettier,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Plain launcher scripts are not part of the TypeScript project.
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly' },
      parserOptions: { projectService: false, project: null },
    },
  },
  {
    // The domain stays framework-free: scoring, statistics and the solver are plain TypeScript.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'pg', 'class-validator'] },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The web app bundles the domain for the browser (the what-if): no Node built-ins in it.
    files: ['libs/domain/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.test-support.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@nestjs/*',
            'typeorm',
            'bullmq',
            'ioredis',
            'pg',
            'class-validator',
            'node:*',
            'fs',
            'path',
            'crypto',
            'os',
            'worker_threads',
            'child_process',
            'util',
            'stream',
            'buffer',
          ],
        },
      ],
    },
  },
  {
    // Features reach each other only through their public index.ts, so what a feature offers
    // the others is one short file and its internals can move freely. common/ is shared.
    files: ['apps/api/src/*/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../*/*', '!../common/**'],
              message: "Import another feature through its index.ts ('../feature').",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/api/src/common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../*/*', '!../../common/**'],
              message: "Import a feature through its index.ts ('../../feature').",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts', 'bench/**/*.ts', 'drills/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The web app: browser code with React's hook rules.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['apps/web/**/*.test.{ts,tsx}', 'apps/web/e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
