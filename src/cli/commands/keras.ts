/** `jazz-solo import-keras` and `jazz-solo export-keras`: the Coursera notebook's Keras model in and out. */
import { printable } from '../../shared/text';
import { UserFacingError } from '../../shared/errors';

import { JSON_OPTION, checkFileTarget, defineCommand } from './common';

export const importKerasCommand = defineCommand({
  name: 'import-keras',
  summary: "Turn the notebook's Keras model (.h5) and its indices_values (JSON) into a model folder.",
  positionals: [
    {
      name: 'weights',
      required: true,
      variadic: false,
      help: 'A Keras 2 model.save() or save_weights() .h5, or a Keras 3 .weights.h5.',
    },
  ],
  options: [
    {
      name: 'values',
      kind: 'string',
      valueName: 'VALUES.json',
      help: "The notebook's indices_values dumped as JSON (see the README): required, its order changes from run to run.",
    },
    { name: 'out', kind: 'string', valueName: 'DIR', help: 'The model folder to write.', writesFile: true },
    {
      name: 'recurrent-activation',
      kind: 'string',
      valueName: 'A',
      choices: ['sigmoid', 'hard_sigmoid'],
      help: "The LSTM's gate activation when the file does not say (save_weights): hard_sigmoid before Keras 2.3.",
    },
    { name: 'name', kind: 'string', valueName: 'NAME', help: "The model's name.", defaultText: "the file's name" },
    JSON_OPTION,
  ],
  notes:
    'Example: jazz-solo import-keras my_model.h5 --values indices_values.json --out models/notebook --recurrent-activation hard_sigmoid',
  async run(args, io) {
    const { options, positionals } = args;
    if (positionals.length !== 1) throw new UserFacingError('import-keras needs one Keras .h5 file');
    if (options.values === undefined)
      throw new UserFacingError(
        "import-keras needs --values VALUES.json: the notebook's indices_values dumped as JSON",
      );
    if (options.out === undefined) throw new UserFacingError('import-keras needs --out DIR, the model folder to write');
    const { importKerasModel, parseRecurrentActivation } = await import('../../engine/keras');
    const result = await importKerasModel({
      weightsFile: positionals[0],
      valuesFile: String(options.values),
      outDir: String(options.out),
      recurrentActivation:
        options['recurrent-activation'] === undefined
          ? undefined
          : parseRecurrentActivation(String(options['recurrent-activation'])),
      name: options.name === undefined ? undefined : String(options.name),
    });
    for (const note of result.notes) io.err(`note: ${printable(note)}\n`);
    if (options.json) {
      await io.out(`${JSON.stringify(result)}\n`);
      return;
    }
    await io.out(
      `imported "${printable(result.name)}" (${result.source.layout}, layers ${printable(result.source.lstmLayer)} and ` +
        `${printable(result.source.denseLayer)}: LSTM of ${result.units} units over ${result.values} values, ` +
        `recurrent activation ${result.recurrentActivation} from the ${result.source.activationFrom}) into ${printable(result.modelDir)}\n`,
    );
  },
});

export const exportKerasCommand = defineCommand({
  name: 'export-keras',
  summary: "Write a model folder's network as a Keras 2 weights file the notebook's model.load_weights() reads.",
  positionals: [{ name: 'model', required: true, variadic: false, help: 'The model folder.' }],
  options: [
    {
      name: 'out',
      kind: 'string',
      valueName: 'FILE.h5',
      help: 'The weights file; its indices_values JSON is written beside it (FILE.indices_values.json).',
      writesFile: true,
    },
    JSON_OPTION,
  ],
  async run(args, io) {
    const { options, positionals } = args;
    if (positionals.length !== 1) throw new UserFacingError('export-keras needs one model folder');
    const out = checkFileTarget(options.out, '--out');
    if (out === undefined || out === '-') throw new UserFacingError('export-keras needs --out FILE.h5');
    const { exportKerasModel, valuesFileBeside, extrasFileBeside } = await import('../../engine/keras');
    checkFileTarget(valuesFileBeside(out), 'the values file');
    checkFileTarget(extrasFileBeside(out), 'the decoding style file');
    const result = await exportKerasModel(positionals[0], out);
    if (options.json) {
      await io.out(`${JSON.stringify(result)}\n`);
      return;
    }
    await io.out(
      `wrote ${printable(result.weightsFile)} (layers lstm, dense) and ${printable(result.valuesFile)}\n` +
        `in the notebook: LSTM(n_a, return_state=True, recurrent_activation='${result.recurrentActivation}') ` +
        `(Keras before 2.3 defaults to hard_sigmoid), then model.load_weights(...) and\n` +
        `indices_values = {int(k): v for k, v in json.load(open('${printable(result.valuesFile.split(/[\\/]/).pop() ?? '')}')).items()}\n`,
    );
  },
});
