import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers of docs in ../GUIDE (domain ← storage ← features ← app): each zone lists what it may
// not import, with the reason shown to whoever breaks the rule.
const layerZones = [
  {
    target: './src/domain',
    from: [
      './src/storage',
      './src/hooks',
      './src/features',
      './src/components',
      './src/app',
      './src/cli',
      './src/config',
      './src/i18n',
    ],
    message:
      'domain/ is pure TypeScript: it imports no storage, UI, app, configuration (the clock comes in as an argument) or translation code.',
  },
  {
    target: './src/storage',
    from: ['./src/hooks', './src/features', './src/components', './src/app', './src/cli'],
    message: 'storage/ may import only domain/.',
  },
  {
    target: './src/components',
    from: ['./src/storage', './src/hooks', './src/features', './src/app', './src/cli'],
    message: 'components/ are visual building blocks without data access.',
  },
  {
    target: './src/hooks',
    from: ['./src/features', './src/app', './src/cli'],
    message:
      'hooks/ are the data hooks several features share: they import no feature or app code.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/cli'],
    message: 'features/ never import app/ or cli/.',
  },
  {
    target: './src/cli',
    from: ['./src/storage', './src/hooks', './src/features', './src/components', './src/app'],
    message: 'cli/ runs in Node and reuses domain/ only.',
  },
];

// Features do not import each other: one zone per feature folder, generated from the tree.
import { readdirSync } from 'node:fs';
const featureZones = readdirSync('./src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({
    target: `./src/features/${entry.name}`,
    from: './src/features',
    except: [`./${entry.name}`],
    message:
      'Features do not import each other; move shared UI to src/components/ and shared data hooks to src/hooks/.',
  }));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      // eslint-plugin-import rather than import-x: import-x needs a native resolver whose
      // platform packages this project's registry does not all have, which breaks `npm ci`.
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'import/no-cycle': 'error',
      'import/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'ts-fsrs', message: 'Only src/domain/scheduling imports ts-fsrs.' },
            { name: 'dexie', message: 'Only src/storage imports Dexie.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/scheduling/**', 'tests/**', 'src/cli/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/storage/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'ts-fsrs', message: 'Only src/domain/scheduling imports ts-fsrs.' }] },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'domain/ is pure: pass what you need in.' },
        { name: 'document', message: 'domain/ is pure: pass what you need in.' },
        { name: 'indexedDB', message: 'domain/ is pure: storage lives in src/storage.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'domain/ takes time as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'domain/ takes randomness as an argument (a seed).',
        },
        {
          selector: 'NewExpression[callee.name="Date"][arguments.length=0]',
          message: 'domain/ takes time as an argument.',
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
