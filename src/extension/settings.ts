import * as vscode from 'vscode';
import type { GenerateOptions } from '../engine';

/** Reads one setting of the `jazzSolo` section; the indirection lets the conversion run without VS Code. */
export type SettingReader = (key: string) => unknown;

function vscodeSettings(): SettingReader {
  const config = vscode.workspace.getConfiguration('jazzSolo');
  return (key) => config.get(key);
}

function finiteNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function nonEmptyText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Settings JSON may hold the seed as a number although the schema says string: accept both. */
function parseSeed(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value.trim());
  return undefined;
}

/** The `jazzSolo.*` settings as generation options; empty or invalid values leave the engine's default. */
export function generateOptionsFromSettings(read: SettingReader = vscodeSettings()): GenerateOptions {
  const temperature = finiteNumber(read('temperature'));
  const topK = finiteNumber(read('topK'));
  return {
    steps: finiteNumber(read('steps')),
    temperature: temperature !== undefined && temperature > 0 ? temperature : undefined,
    greedy: temperature === 0,
    topK: topK !== undefined && topK >= 0 ? Math.floor(topK) : undefined,
    seed: parseSeed(read('seed')),
    chords: nonEmptyText(read('chordProgression')),
    tempo: finiteNumber(read('tempo')),
    key: nonEmptyText(read('key')),
    swing: finiteNumber(read('swing')),
  };
}

export function trainingEpochsSetting(read: SettingReader = vscodeSettings()): number | undefined {
  const epochs = finiteNumber(read('training.epochs'));
  return epochs !== undefined && epochs >= 1 ? Math.floor(epochs) : undefined;
}
