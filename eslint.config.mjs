// Lint rules: typescript-eslint recommended, plus the layer boundaries of CONVENTIONS.md.
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layout keeps itself: a feature uses another feature only through its index.ts; the helpers in
 * features/shared/ and the page infrastructure in web/ use no feature at all.
 */
const featureBoundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = context.filename.split(path.sep).join('/');
    const at = file.indexOf('/src/');
    if (at < 0) return {};
    const here = file.slice(at + 1).split('/');
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.posix
        .normalize(path.posix.join(path.posix.dirname(here.join('/')), spec))
        .split('/');
      if (target[0] !== 'src' || target[1] !== 'features' || target.length < 3) return;
      const feature = target[2];
      const entry = target.length === 3 || (target.length === 4 && target[3] === 'index');
      let problem;
      if (here[1] === 'web') problem = 'web/ is shared page infrastructure: it imports no feature.';
      else if (here[1] === 'features' && here[2] === 'shared' && here.length > 3 && feature !== 'shared')
        problem = 'features/shared/ is used by features and imports none of them.';
      else if (here[1] === 'features' && feature !== 'shared' && feature !== here[2] && !entry)
        problem = `Use features/${feature} through its index.ts, not its file ${target.slice(3).join('/')}.`;
      if (problem) context.report({ node: node.source, message: problem });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

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
  {
    files: ['src/**/*.ts'],
    plugins: { layout: { rules: { 'feature-boundaries': featureBoundaries } } },
    rules: { 'layout/feature-boundaries': 'error' },
  },
);
