// The dependency rule of ARCHITECTURE.md, checked over every import in src/: a layer imports only the layers
// below it, the extension reaches the engine only through its facade, and the webview and src/shared stay
// free of both the editor and the engine. Inside src/core the rooms follow their own order, only core/io
// touches the file system, training never imports the evaluation, and no import circle exists anywhere.
import { REPO_ROOT } from '../unit/helpers/shared';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';

const ROOT = REPO_ROOT;
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

/** The rooms of src/core in their order: each imports only the rooms before it (and core's root files). */
type Room = 'root' | 'theory' | 'solo' | 'band' | 'formats' | 'analysis' | 'evaluation' | 'io';
const ROOM_ALLOWED: Record<Room, Room[]> = {
  root: [],
  theory: ['root'],
  solo: ['root', 'theory'],
  band: ['root', 'theory', 'solo'],
  formats: ['root', 'theory', 'solo', 'band'],
  analysis: ['root', 'theory', 'solo', 'formats'],
  evaluation: ['root', 'theory', 'solo', 'band', 'formats'],
  io: ['root', 'theory', 'solo', 'formats'],
};
const CORE = join(SRC, 'core');
/** Modules that reach the file system or the process: only core/io may use them inside core. */
const NODE_IO = /^(node:)?(fs|fs\/promises|child_process|worker_threads|net|os)$/;
/** What training is: it learns from a corpus and must not depend on how solos are judged. */
const TRAINING_FILES = [join(SRC, 'engine', 'train.ts')];

function roomOf(file: string): Room | undefined {
  const parts = relative(CORE, file).split(sep);
  if (parts[0].startsWith('..')) return undefined;
  return parts.length === 1 ? 'root' : (parts[0] as Room);
}

/** The broken room rules of a file inside src/core. */
export function roomViolations(file: string, text: string): string[] {
  const room = roomOf(file);
  if (!room) return [];
  const name = relative(ROOT, file);
  const problems: string[] = [];
  for (const specifier of new Set(importSpecifiers(text))) {
    if (NODE_IO.test(specifier) && room !== 'io')
      problems.push(`${name}: imports ${specifier} (only core/io does I/O)`);
    if (!specifier.startsWith('.')) continue;
    const targetRoom = roomOf(resolveRelative(file, specifier));
    if (!targetRoom || targetRoom === room) continue;
    if (!(ROOM_ALLOWED[room] ?? []).includes(targetRoom))
      problems.push(`${name}: imports core/${targetRoom} (core/${room} may import ${ROOM_ALLOWED[room].join(', ')})`);
  }
  return problems;
}

/** Training (src/model and the engine's train use case) never imports the evaluation. */
export function trainingViolations(file: string, text: string): string[] {
  if (!(layerOf(file) === 'model' || TRAINING_FILES.includes(file))) return [];
  return [...new Set(importSpecifiers(text))]
    .filter((s) => s.startsWith('.') && roomOf(resolveRelative(file, s)) === 'evaluation')
    .map((s) => `${relative(ROOT, file)}: imports ${s} (training does not depend on the evaluation)`);
}

/** Every import circle among the files (Tarjan's strongly connected components of more than one file). */
export function importCircles(files: string[], read: (file: string) => string): string[][] {
  const edges = new Map<string, string[]>();
  for (const file of files) {
    const targets = importSpecifiers(read(file))
      .filter((s) => s.startsWith('.'))
      .map((s) => resolveRelative(file, s))
      .map((target) => (files.includes(target) ? target : `${target}.ts`))
      .filter((target) => files.includes(target));
    edges.set(file, [...new Set(targets)]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let counter = 0;
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (edges.get(file) ?? []).includes(file))
        circles.push(component.map((f) => relative(ROOT, f)).sort());
    }
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return circles;
}

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

test('inside src/core each room imports only the rooms before it, and only core/io does I/O', () => {
  const problems = sourceFiles(CORE).flatMap((file) => roomViolations(file, readFileSync(file, 'utf8')));
  assert.deepEqual(problems, []);
});

test('training never imports the evaluation', () => {
  const problems = sourceFiles(SRC).flatMap((file) => trainingViolations(file, readFileSync(file, 'utf8')));
  assert.deepEqual(problems, []);
});

test('no import circle anywhere in src', () => {
  assert.deepEqual(
    importCircles(sourceFiles(SRC), (file) => readFileSync(file, 'utf8')),
    [],
  );
});

test('the room and circle checks see what breaks them', () => {
  const inTheory = join(CORE, 'theory', 'example.ts');
  const inFormats = join(CORE, 'formats', 'example.ts');
  assert.equal(roomViolations(inTheory, "import { x } from '../solo/grammar';").length, 1);
  assert.equal(roomViolations(inTheory, "import { x } from '../types';").length, 0);
  assert.equal(roomViolations(inFormats, "import { x } from '../solo/grammar';").length, 0);
  assert.equal(roomViolations(inFormats, "import { readFileSync } from 'node:fs';").length, 1);
  assert.equal(roomViolations(join(CORE, 'io', 'x.ts'), "import { readFileSync } from 'node:fs';").length, 0);
  assert.equal(
    trainingViolations(join(SRC, 'model', 'x.ts'), "import { x } from '../core/evaluation/heldout';").length,
    1,
  );
  const a = join(SRC, 'a.ts');
  const b = join(SRC, 'b.ts');
  const texts: Record<string, string> = {
    [a]: "import { b } from './b';",
    [b]: "import { a } from './a';",
  };
  assert.equal(importCircles([a, b], (file) => texts[file]).length, 1);
  texts[b] = '';
  assert.equal(importCircles([a, b], (file) => texts[file]).length, 0);
});
