// Lint enforces the layering of DESIGN §1: who may import whom.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

// Bare builtin names as exact specifiers: as glob patterns 'events' would also refuse our own
// shared/events.ts (the host event map every layer imports).
const bareBuiltins = ['fs', 'path', 'os', 'crypto', 'net', 'child_process', 'stream', 'url', 'util', 'events', 'worker_threads'];
const nodeBuiltins = ['node:*'];
const nodePackages = ['better-sqlite3', 'node-hid', 'serialport', '@serialport/*', 'koffi', 'exceljs', 'pdfkit', 'pngjs'];

const restrict = (patterns, message, { noNode = false } = {}) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }, ...(noNode ? [{ regex: `^(${bareBuiltins.join('|')})(/.*)?$`, message }] : [])] }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'renderer/dist/**', 'bench/results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [...nodeBuiltins, ...nodePackages, 'electron', 'react', 'react-dom', 'dexie', '**/electron/**', '**/renderer/**', '**/drivers/**'],
      'shared/ is pure TypeScript: no Node, no DOM libraries, nothing of ours outside shared/.',
      { noNode: true },
    ),
  },
  // The rules of hooks and the React Compiler's checks, on the renderer only (nothing else uses React).
  { files: ['renderer/**/*.ts', 'renderer/**/*.tsx'], ...reactHooks.configs.flat.recommended },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: restrict(
      [...nodeBuiltins, ...nodePackages, 'electron', '**/electron/**', '**/drivers/**'],
      'renderer/ talks only to the API client and shared/: never to Node, Electron or drivers.',
      { noNode: true },
    ),
  },
  {
    files: ['drivers/**/*.ts'],
    rules: restrict(['electron', '**/electron/**', '**/renderer/**'], 'drivers/ depend on shared/ only.'),
  },
  {
    files: ['electron/db/**/*.ts', 'electron/services/**/*.ts'],
    rules: restrict(['electron', '**/app/**', '**/host/**', '**/renderer/**'], 'services and db sit below the host and never see Electron.'),
  },
  {
    files: ['electron/host/**/*.ts'],
    rules: restrict(['electron', '**/app/**', '**/renderer/**'], 'the host is Electron-free; only electron/app imports electron.'),
  },
  {
    files: ['electron/app/**/*.ts'],
    rules: restrict(['**/renderer/**'], 'nothing imports the renderer.'),
  },
  {
    // Checks that must run on any Node that can run npm (scripts/checkNode.cjs): CommonJS on purpose.
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-var': 'off' },
  },
);
