// Lint rules: typescript-eslint recommended, plus the layer boundaries of CONVENTIONS.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const frameworkImports = {
  patterns: [
    {
      group: ['botbuilder', 'botbuilder-*', 'botframework-*', '@microsoft/teams-ai'],
      message: 'Only src/app.ts and src/teams/ touch the bot framework.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'devTools/',
      '.data/',
      'test-artifacts/',
      'appPackage/build/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/config.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Only src/config.ts reads the environment.' },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'botbuilder',
                'botbuilder-*',
                'botframework-*',
                '@microsoft/teams-ai',
                '@azure/*',
                'restify',
                'pino',
                '**/store/**',
                '**/features/**',
                '**/jobs/**',
                '**/bot/**',
                '**/app',
                '**/server',
              ],
              message: 'domain/ is pure: no framework, storage or feature imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/features/**/*.ts',
      'src/jobs/**/*.ts',
      'src/cards/**/*.ts',
      'src/i18n/**/*.ts',
      'src/bot/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', frameworkImports] },
  },
);
