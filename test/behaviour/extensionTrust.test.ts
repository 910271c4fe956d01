/**
 * The extension facing a hostile workspace: model names derived from file names can never escape or be the
 * models folder, settings from an untrusted workspace never reach generation out of range, and the manifest
 * keeps the settings that decide how much work a run does out of an untrusted workspace's hands.
 */
import { afterEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { fake } from '../unit/helpers/vscodeFake';
import { REPO_ROOT } from '../unit/helpers/shared';
import { generateSolo, modelNameForCorpus, DEFAULT_MODEL_DIR } from '../../src/engine';
import { generateOptionsFromSettings, trainingEpochsSetting } from '../../src/extension/settings';
import { ModelRegistry } from '../../src/extension/models/modelRegistry';
import { isInRange, LIMITS, type NumericRange } from '../../src/shared/limits';

afterEach(() => fake.reset());

describe('model names derived from file names', () => {
  const HOSTILE = [
    '..abc',
    '..mid',
    '.abc',
    '...abc',
    '/',
    '',
    'a/b/..',
    '../../etc/passwd.abc',
    'x\\..\\y.abc',
    '.hidden.abc',
    'con\u0000.abc',
    '-.-.mid',
  ];

  test('are never empty, ".", "..", hidden, or hold a separator', () => {
    for (const file of HOSTILE) {
      const name = modelNameForCorpus([file]);
      assert.notEqual(name, '');
      assert.ok(name !== '.' && name !== '..', `${JSON.stringify(file)} → ${name}`);
      assert.ok(!name.startsWith('.'), `${JSON.stringify(file)} → ${name} is hidden`);
      assert.ok(!/[/\\]/.test(name) && !name.includes(String.fromCharCode(0)), `${JSON.stringify(file)} → ${name}`);
      assert.equal(basename(name), name);
    }
    assert.equal(modelNameForCorpus(['corpus/blues.abc']), 'blues', 'an ordinary name is kept');
    assert.equal(modelNameForCorpus(['my tunes/']), 'my-tunes');
  });

  test('the registry puts every trained model directly inside its models folder, and refuses other names', () => {
    const storage = mkdtempSync(join(tmpdir(), 'jazz-registry-'));
    try {
      const state = new Map<string, unknown>();
      const memento = {
        get: (key: string) => state.get(key),
        update: async (key: string, value: unknown) => void state.set(key, value),
      };
      const registry = new ModelRegistry(memento as never, vscode.Uri.file(storage), DEFAULT_MODEL_DIR);
      for (const file of HOSTILE) {
        const model = registry.trainedModel(modelNameForCorpus([file]));
        assert.equal(dirname(model.dir), registry.trainedModelsRoot, `${JSON.stringify(file)} → ${model.dir}`);
      }
      for (const name of ['.', '..', '', 'a/b', '../x', '.saving'])
        assert.throws(() => registry.trainedModel(name), /cannot name a model folder/);
      state.set('jazzSolo.activeModel', '../../elsewhere');
      assert.equal(registry.active.isDefault, true, 'a remembered name that leaves the folder means the default model');
      registry.dispose();
    } finally {
      rmSync(storage, { recursive: true, force: true });
    }
  });
});

describe('an untrusted workspace', () => {
  const HOSTILE_SETTINGS: Record<string, unknown> = {
    tempo: 0,
    steps: 1e9,
    temperature: 1e6,
    topK: -4,
    seed: '99999999999999',
    swing: -5,
    'training.epochs': 1e9,
  };

  test('its settings reach generation only within the shared ranges, and generation works with them', async () => {
    fake.setTrusted(false);
    for (const [key, value] of Object.entries(HOSTILE_SETTINGS)) fake.settings.set(`jazzSolo.${key}`, value);
    const options = generateOptionsFromSettings();
    const expectIn = (range: NumericRange, value: unknown, what: string) =>
      assert.ok(value === undefined || isInRange(range, value), `${what} ${String(value)} is outside its range`);
    expectIn(LIMITS.tempo, options.tempo, 'tempo');
    expectIn(LIMITS.steps, options.steps, 'steps');
    expectIn(LIMITS.temperature, options.temperature, 'temperature');
    expectIn(LIMITS.topK, options.topK, 'topK');
    expectIn(LIMITS.swing, options.swing, 'swing');
    expectIn(LIMITS.seed, options.seed, 'seed');
    assert.equal(options.tempo, LIMITS.tempo.min);
    assert.equal(options.seed, undefined, 'a seed beyond 32 bits is not used');
    expectIn(LIMITS.epochs, trainingEpochsSetting(), 'epochs');

    const solo = await generateSolo({ ...options, steps: 40, seed: 1 });
    assert.match(solo.abc, new RegExp(`^Q:1/4=${LIMITS.tempo.min}$`, 'm'));
  });

  test('settings that are not numbers at all give the defaults, never the text itself', () => {
    for (const key of ['tempo', 'steps', 'temperature', 'topK', 'swing']) fake.settings.set(`jazzSolo.${key}`, 'lots');
    fake.settings.set('jazzSolo.seed', { not: 'a seed' });
    const options = generateOptionsFromSettings();
    const ranges = {
      tempo: LIMITS.tempo,
      steps: LIMITS.steps,
      temperature: LIMITS.temperature,
      topK: LIMITS.topK,
      swing: LIMITS.swing,
      seed: LIMITS.seed,
    };
    for (const [key, range] of Object.entries(ranges)) {
      const value = options[key as keyof typeof ranges];
      assert.ok(value === undefined || isInRange(range, value), `${key}: ${String(value)}`);
    }
  });

  test('the manifest restricts the settings that decide how much work a run does, and documents the shared ranges', () => {
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
    const restricted: string[] = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
    const properties: Record<string, { minimum?: number; maximum?: number }> =
      manifest.contributes.configuration.properties;
    for (const key of Object.keys(properties)) {
      if (/epochs|steps|model|corpus|path|folder|dir/i.test(key))
        assert.ok(restricted.includes(key), `${key} is not restricted`);
    }
    for (const key of restricted) assert.ok(key in properties, `${key} is restricted but not contributed`);
    const shared: Record<string, NumericRange> = {
      'jazzSolo.steps': LIMITS.steps,
      'jazzSolo.temperature': LIMITS.temperature,
      'jazzSolo.topK': LIMITS.topK,
      'jazzSolo.tempo': LIMITS.tempo,
      'jazzSolo.swing': LIMITS.swing,
      'jazzSolo.continueSteps': LIMITS.continueSteps,
      'jazzSolo.training.epochs': LIMITS.epochs,
    };
    for (const [key, range] of Object.entries(shared)) {
      const property = properties[key];
      assert.ok(property, `${key} is not contributed`);
      // 0 epochs is the documented "automatic".
      assert.equal(property.minimum, key === 'jazzSolo.training.epochs' ? 0 : range.min, `${key} minimum`);
      assert.equal(property.maximum, range.max, `${key} maximum`);
    }
  });
});
