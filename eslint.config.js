import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// The layers (docs/architecture.md), lowest first. A layer imports only from layers below it; a feature
// imports no other feature. import-x resolves every specifier (relative, `@/`, dynamic import()) to a file,
// so `../../features/x` and `@/features/x` are caught alike.
const APP = ['./src/app', './src/main.tsx', './src/entry-server.tsx'];
const FEATURES = ['./src/features'];
const COMPONENTS = ['./src/components'];
const CONTENT = ['./src/content']; // the checkers, queries, Markdown, text: everything but content/schemas
const ENGINE = ['./src/engine'];
const FEATURE_NAMES = ['guide', 'smtp', 'troubleshoot'];

const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });
const layerZones = [
  zone('./src/routes.ts', ['./src'], 'src/routes.ts is the bottom layer: it imports nothing of the app.', ['./routes.ts']),
  zone('./src/content/schemas', [...ENGINE, ...COMPONENTS, ...FEATURES, ...APP], 'content/schemas (the data model and vocabulary) imports only schemas and src/routes.ts.'),
  zone('./src/content/schemas', CONTENT, 'content/schemas (the data model and vocabulary) imports only schemas and src/routes.ts.', ['./schemas']),
  zone('./src/engine', [...CONTENT, ...COMPONENTS, ...FEATURES, ...APP], 'The engine imports nothing of the app: only the engine, content/schemas and src/routes.ts.', ['./schemas']),
  zone('./src/content', [...COMPONENTS, ...FEATURES, ...APP], 'Content imports no component, feature or app module.'),
  zone('./src/components', [...FEATURES, ...APP], 'Components import no app or feature module: move the shared piece into components.'),
  ...FEATURE_NAMES.map((name) =>
    zone(`./src/features/${name}`, [...FEATURE_NAMES.filter((other) => other !== name).map((other) => `./src/features/${other}`), ...APP],
      'A feature imports no other feature and no app module: move shared pieces to src/components (UI) or src/content / src/engine (logic).'),
  ),
  zone('./scripts', [...COMPONENTS, ...FEATURES, ...APP], 'Scripts import only the engine, content and src/routes.ts.'),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage', '.lighthouse', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }] },
  },
  {
    // The engine returns codes and data; the words a reader sees live in content (public/, src/content/text)
    // or in the UI. Japanese in an engine string is allowed only in the tables of text the analysers match
    // against (bounce phrases, Japanese tokens) and in the adversarial inputs: data, not UI words.
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/smtp/keywords.ts', 'src/engine/smtp/tokens.ts', 'src/engine/smtp/adversarial.ts', 'src/engine/search/fold.ts', 'src/engine/search/stop-words.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal[value=/[\\u3040-\\u30ff\\u4e00-\\u9fff]/]', 'TemplateElement[value.raw=/[\\u3040-\\u30ff\\u4e00-\\u9fff]/]'].map((selector) => ({
          selector,
          message: 'The engine returns codes and data, not words: put Japanese UI text in src/content/text/, public/ or the feature that shows it (docs/architecture.md).',
        })),
      ],
    },
  },
  {
    // The engine, the schemas and the route module are pure TypeScript: no React, no DOM libraries.
    files: ['src/engine/**/*.ts', 'src/content/schemas/**/*.ts', 'src/routes.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', 'react/*', '@tanstack/*'] }],
    },
  },
);
