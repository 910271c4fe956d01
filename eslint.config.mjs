// Lint rules of the house. The layer rule of ARCHITECTURE.md is encoded as restricted imports per folder
// (test/behaviour/layers.test.ts checks the same rule with resolved paths); Prettier owns the layout.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import patterns a folder must not use: the layers above it, and the editor outside the editor layer. */
function layer(files, forbidden, message, forbiddenModules = []) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: forbidden, message }],
          paths: [
            { name: 'vscode', message: 'only src/extension talks to VS Code' },
            ...forbiddenModules.map((name) => ({ name, message: 'inside src/core only core/io does I/O' })),
          ],
        },
      ],
    },
  };
}

/** Node modules that reach the disk or the process: inside src/core, only core/io imports them. */
const NODE_IO = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process'];

/** The rooms of src/core and the rooms each may import (ARCHITECTURE.md, "Rooms inside core"). */
const CORE_ROOMS = ['theory', 'solo', 'band', 'formats', 'analysis', 'evaluation', 'io'];
const ROOM_MAY_IMPORT = {
  theory: [],
  solo: ['theory'],
  band: ['theory', 'solo'],
  formats: ['theory', 'solo', 'band'],
  analysis: ['theory', 'solo', 'formats'],
  evaluation: ['theory', 'solo', 'band', 'formats'],
  io: ['theory', 'solo', 'formats'],
};

const ABOVE_CORE = [
  '**/model/*',
  '**/engine',
  '**/engine/*',
  '**/extension/*',
  '**/cli/*',
  '**/server/*',
  '**/webview/*',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'out/**',
      'media/**',
      'test-results/**',
      'bench/results/**',
      'bench/.build/**',
      'bench/.build-*/**',
      '.vscode-test/**',
      'models/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-require-imports': 'off',
      'no-constant-condition': ['error', { checkLoops: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'max-len': [
        'error',
        { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
    },
  },
  layer(['src/core/**'], ABOVE_CORE, 'src/core is the bottom layer: it imports only core and src/shared', NODE_IO),
  // The rooms of src/core, in order: each imports only the rooms before it (test/behaviour/layers.test.ts checks
  // the same with resolved paths). Only core/io touches the file system.
  ...CORE_ROOMS.map((room) =>
    layer(
      [`src/core/${room}/**`],
      [
        ...ABOVE_CORE,
        ...CORE_ROOMS.filter((other) => !ROOM_MAY_IMPORT[room].includes(other) && other !== room).map(
          (other) => `**/${other}/*`,
        ),
      ],
      `src/core/${room} imports only core's root files and ${ROOM_MAY_IMPORT[room].join(', ') || 'no other room'}`,
      room === 'io' ? [] : NODE_IO,
    ),
  ),
  layer(
    ['src/model/**'],
    ['**/engine', '**/engine/*', '**/extension/*', '**/cli/*', '**/server/*', '**/webview/*', '**/evaluation/*'],
    'src/model imports only core (never the evaluation), model and src/shared',
  ),
  layer(
    ['src/engine/**'],
    ['**/extension/*', '**/cli/*', '**/server/*', '**/webview/*'],
    'the engine never reaches up into its users',
  ),
  layer(
    ['src/cli/**'],
    ['**/extension/*', '**/webview/*'],
    'the CLI uses the engine and the server, not the editor layer',
  ),
  layer(
    ['src/server/**'],
    ['**/extension/*', '**/webview/*', '**/cli/*'],
    'the server uses the engine, not the editor layer or the CLI',
  ),
  layer(
    ['src/shared/**', 'src/webview/**'],
    ['**/core/*', '**/model/*', '**/engine', '**/engine/*', '**/extension/*', '**/cli/*', '**/server/*'],
    'the webview and src/shared import only src/shared',
  ),
  {
    files: ['src/extension/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/*', '**/model/*', '**/engine/*', '**/cli/*', '**/server/*', '**/webview/*'],
              message: 'the extension reaches the engine only through its facade, src/engine (index.ts)',
            },
          ],
        },
      ],
    },
  },
  {
    // TypeScript already knows every name in scope; the rule only sees the JavaScript files correctly.
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['src/webview/**', 'test/e2e/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },
);
