// Lint enforces the layering of docs/architecture.md: who may import whom, read from the one
// folder table in layers.json (tests/integration/layers.test.ts checks the files against it too).
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const ROOT = dirname(fileURLToPath(import.meta.url));
const { layers, neverImported } = JSON.parse(readFileSync(join(ROOT, 'layers.json'), 'utf8'));
const NODE =
  /^(node:|(fs|path|os|crypto|net|child_process|stream|url|util|events|worker_threads|better-sqlite3|node-hid|serialport|koffi|exceljs|pdfkit|pngjs)$|@serialport\/)/;
const DOM_LIBRARIES = ['react', 'react-dom', 'dexie'];

/** The row a repository path belongs to: the longest listed folder containing it ('.' for the top). */
function rowOf(path) {
  let best = null;
  for (const folder of Object.keys(layers)) {
    if (folder === '.' ? !path.includes('/') : path === folder || path.startsWith(`${folder}/`)) {
      if (!best || best === '.' || folder.length > best.length) best = folder;
    }
  }
  return best;
}

/** Why importing `spec` from `file` breaks the table, or null when it may. */
function refusal(file, spec) {
  const from = rowOf(file);
  if (!from) return `${file} is in no folder of layers.json: add its row`;
  const rule = layers[from];
  if (spec === 'electron' || spec.startsWith('electron/')) return rule.electron ? null : `only electron/app imports electron (${from})`;
  if (!spec.startsWith('.')) {
    if (rule.packages !== 'node' && NODE.test(spec)) return `${from}/ runs without Node: no ${spec}`;
    if (rule.packages === 'pure' && DOM_LIBRARIES.includes(spec)) return `${from}/ is pure TypeScript: no ${spec}`;
    return null;
  }
  const target = rowOf(
    relative(ROOT, resolve(ROOT, file, '..', spec))
      .split('\\')
      .join('/'),
  );
  if (!target || target === from || rule.may.includes('*')) return null;
  if (neverImported.includes(target)) return `nothing imports ${target}/`;
  return rule.may.includes(target) ? null : `${from}/ may not import ${target}/ (${rule.why})`;
}

const layerPlugin = {
  rules: {
    'by-folder': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const file = relative(ROOT, context.filename).split('\\').join('/');
        const check = (node) => {
          if (node?.type !== 'Literal' || typeof node.value !== 'string') return;
          const why = refusal(file, node.value);
          if (why) context.report({ node, message: `Layer rule: ${why}.` });
        };
        return {
          ImportDeclaration: (n) => check(n.source),
          ExportNamedDeclaration: (n) => check(n.source),
          ExportAllDeclaration: (n) => check(n.source),
          ImportExpression: (n) => check(n.source),
          CallExpression: (n) => {
            if (n.callee.type === 'Identifier' && n.callee.name === 'require') check(n.arguments[0]);
          },
        };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'renderer/dist/**', 'renderer/pusat/dist/**', 'bench/results/**', 'coverage/**'] },
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
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    plugins: { layers: layerPlugin },
    rules: { 'layers/by-folder': 'error' },
  },
  // The rules of hooks and the React Compiler's checks, on the renderer only (nothing else uses React).
  { files: ['renderer/**/*.ts', 'renderer/**/*.tsx'], ...reactHooks.configs.flat.recommended },
  {
    // Checks that must run on any Node that can run npm (scripts/checkNode.cjs): CommonJS on purpose.
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off', 'no-var': 'off' },
  },
);
