// The settings table of src/extension/settings.ts is the one declaration of every jazzSolo.* setting:
// package.json must contribute exactly those keys with the same defaults and ranges, and what a user
// writes in settings.json reaches the engine clamped to them.
import { REPO_ROOT } from '../helpers/shared';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  SETTINGS,
  bandSettingsFromSettings,
  generateOptionsFromSettings,
  readConfiguration,
  settingName,
  trainingEngineFromSettings,
  trainingEpochsSetting,
  type SettingKey,
  type SettingReader,
} from '../../../src/extension/settings';
import { DEFAULTS } from '../../../src/shared/defaults';
import { LIMITS } from '../../../src/shared/limits';
import { fake } from '../helpers/vscodeFake';

interface Contributed {
  type: string;
  default: unknown;
  minimum?: number;
  maximum?: number;
  enum?: string[];
}

const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const contributed: Record<string, Contributed> = manifest.contributes.configuration.properties;

function reader(values: Record<string, unknown>): SettingReader {
  return (key) => values[key];
}

describe("package.json's settings", () => {
  test('contribute exactly the keys of the settings table', () => {
    const declared = Object.keys(SETTINGS).map((key) => settingName(key as SettingKey));
    assert.deepEqual(Object.keys(contributed).sort(), declared.sort());
  });

  test('have the same type, default, range and choices as the table', () => {
    for (const [key, spec] of Object.entries(SETTINGS)) {
      const property = contributed[settingName(key as SettingKey)];
      assert.equal(property.type, spec.type, key);
      assert.deepEqual(property.default, spec.default, `${key}: default`);
      if ('range' in spec) {
        assert.equal(property.minimum, spec.range.min, `${key}: minimum`);
        assert.equal(property.maximum, spec.range.max, `${key}: maximum`);
      }
      if ('choices' in spec) assert.deepEqual(property.enum, [...spec.choices], `${key}: choices`);
    }
  });

  test('share their ranges with the CLI and the engine', () => {
    assert.equal(SETTINGS.tempo.range, LIMITS.tempo);
    assert.equal(SETTINGS.steps.default, DEFAULTS.steps);
    assert.equal(SETTINGS.swing.default, DEFAULTS.swing);
    assert.equal(contributed['jazzSolo.tempo'].default, DEFAULTS.tempo);
  });

  test('that change files or what runs are restricted in untrusted workspaces', () => {
    const restricted: string[] = manifest.capabilities.untrustedWorkspaces.restrictedConfigurations;
    for (const name of restricted) assert.ok(name in contributed, `${name} is restricted but not contributed`);
    assert.ok(restricted.includes('jazzSolo.training.epochs'));
    assert.ok(restricted.includes('jazzSolo.training.engine') && restricted.includes('jazzSolo.training.pythonPath'));
  });

  test('the Python that training runs is a user setting only: a workspace cannot name a program', () => {
    assert.equal((contributed['jazzSolo.training.pythonPath'] as { scope?: string }).scope, 'machine');
  });
});

describe('reading the settings', () => {
  test('an empty settings.json gives every declared default', () => {
    const settings = readConfiguration(reader({}));
    for (const [key, spec] of Object.entries(SETTINGS))
      assert.deepEqual(settings[key as SettingKey], spec.default, key);
  });

  test('numbers out of range are clamped, wrong types fall back to the default', () => {
    const settings = readConfiguration(
      reader({ tempo: 0, steps: 1e9, swing: 'lots', topK: -4, temperature: 99, continueSteps: 2.6, meter: '5/4' }),
    );
    assert.equal(settings.tempo, LIMITS.tempo.min);
    assert.equal(settings.steps, LIMITS.steps.max);
    assert.equal(settings.swing, DEFAULTS.swing);
    assert.equal(settings.topK, 0);
    assert.equal(settings.temperature, LIMITS.temperature.max);
    assert.equal(settings.continueSteps, 3);
    assert.equal(settings.meter, DEFAULTS.meter);
  });

  test('temperature 0 means greedy; the seed may be written as text or as a number', () => {
    const greedy = generateOptionsFromSettings(reader({ temperature: 0, seed: ' 42 ' }));
    assert.equal(greedy.greedy, true);
    assert.equal(greedy.temperature, undefined);
    assert.equal(greedy.seed, 42);
    assert.equal(generateOptionsFromSettings(reader({ seed: 7 })).seed, 7);
    assert.equal(generateOptionsFromSettings(reader({ seed: '-1' })).seed, undefined);
    assert.equal(generateOptionsFromSettings(reader({ seed: '' })).seed, undefined);
  });

  test('an empty progression or key leaves the engine its own choice', () => {
    const options = generateOptionsFromSettings(reader({ chordProgression: '  ', key: '' }));
    assert.equal(options.chords, undefined);
    assert.equal(options.key, undefined);
    assert.equal(
      generateOptionsFromSettings(reader({ chordProgression: '| Dm7 G7 | Cmaj7 |' })).chords,
      '| Dm7 G7 | Cmaj7 |',
    );
  });

  test('training epochs: 0 is automatic, others are whole numbers in range', () => {
    assert.equal(trainingEpochsSetting(reader({})), undefined);
    assert.equal(trainingEpochsSetting(reader({ 'training.epochs': 0 })), undefined);
    assert.equal(trainingEpochsSetting(reader({ 'training.epochs': 12 })), 12);
    assert.equal(trainingEpochsSetting(reader({ 'training.epochs': 1e9 })), LIMITS.epochs.max);
  });

  test('the band: parts, lead instrument and count-in, with an unknown instrument refused', () => {
    const band = bandSettingsFromSettings(
      reader({ 'band.drums': false, 'band.leadInstrument': 'trumpet', 'band.countIn': false }),
    );
    assert.deepEqual(band, {
      parts: { bass: true, comping: true, drums: false },
      leadInstrument: 'trumpet',
      countIn: false,
    });
    assert.equal(bandSettingsFromSettings(reader({ 'band.leadInstrument': 'kazoo' })).leadInstrument, 'tenor-sax');
  });

  test('training asks PyTorch only when the engine setting says so, with the Python path trimmed', () => {
    assert.deepEqual(trainingEngineFromSettings(reader({})), {});
    assert.deepEqual(trainingEngineFromSettings(reader({ 'training.pythonPath': '/opt/py/bin/python' })), {});
    assert.deepEqual(trainingEngineFromSettings(reader({ 'training.engine': 'tensorflow' })), {});
    assert.deepEqual(trainingEngineFromSettings(reader({ 'training.engine': 'pytorch' })), {
      engine: 'pytorch',
      python: undefined,
    });
    assert.deepEqual(
      trainingEngineFromSettings(
        reader({ 'training.engine': 'pytorch', 'training.pythonPath': ' /opt/py/bin/python ' }),
      ),
      { engine: 'pytorch', python: '/opt/py/bin/python' },
    );
  });

  test('inside the editor, the settings are read from VS Code', async () => {
    fake.reset();
    fake.settings.set('jazzSolo.tempo', 200);
    fake.settings.set('jazzSolo.band.comping', false);
    const settings = readConfiguration();
    assert.equal(settings.tempo, 200);
    assert.equal(settings['band.comping'], false);
    fake.reset();
    assert.equal(readConfiguration().tempo, DEFAULTS.tempo);
  });
});
