// The dependency rule of ARCHITECTURE.md, checked over every import in src/: a layer imports only the layers
// below it, the extension reaches the engine only through its facade, and the webview and src/shared stay
// free of both the editor and the engine.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';

const ROOT = resolve(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

type Layer = 'core' | 'model' | 'engine' | 'cli' | 'extension' | 'server' | 'shared' | 'webview';

/** Which folders of src/ each layer may import from (its own folder always included). */
const ALLOWED: Record<Layer, Layer[]> = {
  shared: [],
  core: ['shared'],
  model: ['core', 'shared'],
  engine: ['model', 'core', 'shared'],
  // `jazz-solo lsp` starts the language server in the CLI's process.
  cli: ['server', 'engine', 'model', 'core', 'shared'],
  server: ['engine', 'model', 'core', 'shared'],
  // The editor layer is an adapter: everything of the engine it needs comes through the facade.
  extension: ['engine', 'shared'],
  webview: ['shared'],
};
const MAY_IMPORT_VSCODE = new Set<Layer>(['extension']);
const ENGINE_FACADE = join(SRC, 'engine', 'index.ts');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|mts|cts)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every module specifier a file names: static and dynamic imports, re-exports and require calls. */
export function importSpecifiers(text: string): string[] {
  const withoutComments = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of withoutComments.matchAll(pattern)) found.push(match[1]);
  return found;
}

function layerOf(file: string): Layer | undefined {
  const top = relative(SRC, file).split(sep)[0];
  return (Object.keys(ALLOWED) as Layer[]).find((layer) => layer === top);
}

function resolveRelative(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next spelling
    }
  }
  return base;
}

/** The broken rules of one file, as "file: imports X (why)". */
export function layerViolations(file: string, text: string): string[] {
  const layer = layerOf(file);
  if (!layer) return [];
  const problems: string[] = [];
  const name = relative(ROOT, file);
  for (const specifier of new Set(importSpecifiers(text))) {
    if (specifier === 'vscode') {
      if (!MAY_IMPORT_VSCODE.has(layer)) problems.push(`${name}: imports vscode (only src/extension may)`);
      continue;
    }
    if (!specifier.startsWith('.')) continue;
    const target = resolveRelative(file, specifier);
    if (!target.startsWith(SRC + sep)) continue;
    const targetLayer = layerOf(target);
    if (!targetLayer || targetLayer === layer) continue;
    if (!ALLOWED[layer].includes(targetLayer)) {
      problems.push(
        `${name}: imports ${relative(ROOT, target)} (${layer} may import ${ALLOWED[layer].join(', ') || 'nothing else'})`,
      );
    } else if (layer === 'extension' && targetLayer === 'engine' && target !== ENGINE_FACADE) {
      problems.push(
        `${name}: imports ${relative(ROOT, target)} (the extension reaches the engine only through src/engine/index.ts)`,
      );
    }
  }
  return problems;
}

test('every layer imports only the layers below it', () => {
  const problems = sourceFiles(SRC).flatMap((file) => layerViolations(file, readFileSync(file, 'utf8')));
  assert.deepEqual(problems, []);
});

test('the rule check sees each kind of import that breaks it', () => {
  const inCore = join(SRC, 'core', 'example.ts');
  const inExtension = join(SRC, 'extension', 'example.ts');
  const inWebview = join(SRC, 'webview', 'example.ts');
  assert.equal(layerViolations(inCore, "import { x } from '../model/lstmCell';").length, 1);
  assert.equal(layerViolations(inCore, "import type { x } from '../engine';").length, 1);
  assert.equal(layerViolations(inCore, "const m = await import('../model/network');").length, 1);
  assert.equal(layerViolations(inCore, "export { y } from '../extension/settings';").length, 1);
  assert.equal(layerViolations(inCore, "import * as vscode from 'vscode';").length, 1);
  assert.equal(layerViolations(inExtension, "import { generateSolo } from '../engine/evaluate';").length, 1);
  assert.equal(layerViolations(inExtension, "import { parseValue } from '../core/grammar';").length, 1);
  assert.equal(layerViolations(inExtension, "import type { Engine } from '../engine';").length, 0);
  assert.equal(layerViolations(inWebview, "import { x } from '../shared/messages';").length, 0);
  assert.equal(layerViolations(inWebview, "import { x } from '../core/types';").length, 1);
  assert.equal(layerViolations(inCore, "// import { x } from '../model/lstmCell';").length, 0);
});
