/**
 * Training in PyTorch, as a drop-in for trainNetwork: the same windows, initial weights and optimiser are
 * exported to a private temporary folder, train_lstm.py trains on every CPU thread or a GPU (or, with
 * `nproc` > 1, as `torchrun` DistributedDataParallel processes: gloo on CPU, NCCL on GPUs), and writes the
 * weights after every epoch, which this side reads for progress and the held-out choice of the epoch.
 * The model folder is then saved by the caller through the engine's own save path, as after trainNetwork.
 * A cancel stops the whole process group and nothing is saved.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrainingCancelledError, UserFacingError } from '../../shared/errors';
import { shuffleInPlace } from '../../core/solo/dataset';
import { BestEpochKeeper } from '../earlyStopping';
import { parameterCount, weightShapes, type NetworkWeights, type WeightKey } from '../network';
import {
  DEFAULT_TRAINING_OPTIONS,
  initialWeights,
  trainingWindows,
  type TrainingData,
  type TrainingHooks,
  type TrainingOptions,
  type TrainingResult,
} from '../train';

export interface PytorchOptions {
  /** The Python with torch: a path or a command. Default: JAZZ_SOLO_PYTHON, else /usr/bin/python3, else python3. */
  python?: string;
  /** Processes of torchrun's DistributedDataParallel on this machine (default 1: one process, all threads). */
  nproc?: number;
  /** Threads of the one process (default: every thread of the machine); benchmarks ask for 1. */
  threads?: number;
}

/** What a SIGTERM'd process group gets before it is killed. */
const KILL_GRACE_MS = 2000;
const PROGRESS_PREFIX = 'JAZZ_PROGRESS ';

export function defaultPython(): string {
  return process.env.JAZZ_SOLO_PYTHON || (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
}

/** The training script shipped with the package: beside the bundle (dist/) or beside this source file. */
export function pytorchScript(): string {
  const path = join(__dirname, 'train_lstm.py');
  if (!existsSync(path)) throw new Error(`the PyTorch training script is missing (${path})`);
  return path;
}

/** torch's version under each Python already asked (the engine asks before it reads a corpus, then to train). */
const torchVersions = new Map<string, string>();

/** torch's version under `python`, or one clear error saying how to get it. */
export function torchVersion(python: string): string {
  const known = torchVersions.get(python);
  if (known) return known;
  const probe = spawnSync(python, ['-c', 'import torch; print(torch.__version__)'], { encoding: 'utf8' });
  if (probe.status === 0) {
    const version = probe.stdout.trim();
    torchVersions.set(python, version);
    return version;
  }
  const reason = probe.error
    ? `${python} cannot be run (${(probe.error as NodeJS.ErrnoException).code ?? probe.error.message})`
    : `${python} has no PyTorch (${(probe.stderr.trim().split('\n').pop() ?? '').trim()})`;
  throw new UserFacingError(
    `training with PyTorch needs a Python with torch: ${reason}; install python3-torch (Debian) or choose another Python (--python, or the setting jazzSolo.training.pythonPath)`,
  );
}

async function writeFloat32(path: string, values: Float32Array | Int32Array): Promise<void> {
  await fs.writeFile(path, Buffer.from(values.buffer, values.byteOffset, values.byteLength));
}

async function readWeights(folder: string, nValues: number, units: number): Promise<NetworkWeights> {
  const weights = { nValues, units } as NetworkWeights;
  for (const { key, shape } of weightShapes({ nValues, units })) {
    const bytes = await fs.readFile(join(folder, `${key}.f32`));
    const size = shape.reduce((a, b) => a * b, 1);
    if (bytes.byteLength !== size * 4)
      throw new Error(`PyTorch wrote ${key} with ${bytes.byteLength / 4} values, not ${size}`);
    weights[key as WeightKey] = new Float32Array(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
  }
  return weights;
}

/**
 * The window order of every epoch, [epochs, windows] positions into the starts: trainNetwork shuffles its
 * starts in place once per epoch with this generator, and a shuffle consumes the generator the same way
 * whatever it shuffles, so shuffling positions gives its very batches.
 */
function epochOrders(
  windows: number,
  epochs: number,
  rng: ReturnType<typeof trainingWindows>['windowRng'],
): Int32Array {
  const positions = Array.from({ length: windows }, (_, i) => i);
  const order = new Int32Array(windows * epochs);
  for (let epoch = 0; epoch < epochs; epoch++) order.set(shuffleInPlace(positions, rng), epoch * windows);
  return order;
}

/** Stops the whole process group (torchrun and its workers): SIGTERM, then SIGKILL after a grace period. */
function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  kill('SIGTERM');
  setTimeout(() => kill('SIGKILL'), KILL_GRACE_MS).unref();
}

interface Progress {
  epoch: number;
  epochs: number;
  loss: number;
  seconds: number;
  device: string;
  processes: number;
  threads: number;
  torch: string;
  /** Peak resident memory of the process that reports (rank 0), MB. */
  peakRssMb: number;
}

/** Trains the network in PyTorch; resolves as trainNetwork does. */
export async function trainWithPytorch(
  data: TrainingData,
  options: TrainingOptions & PytorchOptions = {},
  hooks: TrainingHooks = {},
): Promise<TrainingResult> {
  const o = { ...DEFAULT_TRAINING_OPTIONS, ...options };
  const { nValues } = data;
  const { windowed, starts, windowRng } = trainingWindows(data, o);
  const python = options.python ?? defaultPython();
  const version = torchVersion(python);
  const nproc = options.nproc ?? 1;
  if (!Number.isInteger(nproc) || nproc < 1 || nproc > 256)
    throw new UserFacingError(`--nproc must be a whole number from 1 to 256, got ${nproc}`);
  if (hooks.signal?.aborted) throw new TrainingCancelledError();

  const folder = await fs.mkdtemp(join(tmpdir(), 'jazz-solo-torch-'));
  try {
    const initial = initialWeights(nValues, o.units, o.seed);
    for (const key of ['kernel', 'recurrentKernel', 'bias', 'denseKernel', 'denseBias'] as const)
      await writeFloat32(join(folder, `${key}.f32`), initial[key]);
    await writeFloat32(join(folder, 'tokens.i32'), windowed.tokens);
    await writeFloat32(join(folder, 'starts.i32'), Int32Array.from(starts));
    await writeFloat32(join(folder, 'order.i32'), epochOrders(starts.length, o.epochs, windowRng));
    const meta = {
      nValues,
      units: o.units,
      tx: o.tx,
      epochs: o.epochs,
      batchSize: o.batchSize,
      learningRate: o.learningRate,
      beta1: o.beta1,
      beta2: o.beta2,
      decay: o.decay,
      seed: o.seed,
      ...(options.threads ? { threads: options.threads } : {}),
    };
    await fs.writeFile(join(folder, 'meta.json'), JSON.stringify(meta));
    return await runScript(
      folder,
      { python, nproc, version, nValues, units: o.units, examples: starts.length, o },
      hooks,
    );
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}

async function runScript(
  folder: string,
  run: {
    python: string;
    nproc: number;
    version: string;
    nValues: number;
    units: number;
    examples: number;
    o: TrainingOptions & { epochs: number };
  },
  hooks: TrainingHooks,
): Promise<TrainingResult> {
  const { nValues, units } = run;
  const script = pytorchScript();
  // --redirects 2 --tee 1: the workers' stdout reaches this side (prefixed "[default0]:"), their stderr
  // torchrun's logs. Also a workaround: Debian's torch 1.13 under Python 3.11 cannot read the default "0"
  // of either (its Std flag has no member 0 when iterated) and fails before it starts a process.
  const args =
    run.nproc > 1
      ? [
          '-m',
          'torch.distributed.run',
          '--standalone',
          `--nproc_per_node=${run.nproc}`,
          '--redirects=2',
          '--tee=1',
          script,
          folder,
        ]
      : [script, folder];
  const started = performance.now();
  // Its own process group, so a cancel reaches torchrun's workers too.
  const child = spawn(run.python, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const keeper = run.o.heldOut ? new BestEpochKeeper(run.o.heldOut) : undefined;
  const losses: number[] = [];
  let last: NetworkWeights | undefined;
  let lastProgress: Progress | undefined;
  let stoppedEarly = false;
  let stderrTail = '';
  let work = Promise.resolve();

  const onAbort = () => stopGroup(child);
  hooks.signal?.addEventListener('abort', onAbort);
  const handleProgress = async (progress: Progress) => {
    const epochFolder = join(folder, `epoch-${progress.epoch}`);
    last = await readWeights(epochFolder, nValues, units);
    await fs.rm(epochFolder, { recursive: true, force: true });
    losses.push(progress.loss);
    lastProgress = progress;
    const heldOutNll = keeper?.observe(progress.epoch, last);
    const elapsedSeconds = (performance.now() - started) / 1000;
    await hooks.onEpochEnd?.({
      epoch: progress.epoch,
      epochs: progress.epochs,
      loss: progress.loss,
      elapsedSeconds,
      etaSeconds: (elapsedSeconds / progress.epoch) * (progress.epochs - progress.epoch),
      ...(keeper ? { heldOutNll, bestEpoch: keeper.bestEpoch } : {}),
    });
    if (keeper?.shouldStop(progress.epoch) && !stoppedEarly) {
      stoppedEarly = true;
      stopGroup(child);
    }
  };
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const at = line.indexOf(PROGRESS_PREFIX);
      if (at < 0 || stoppedEarly) continue;
      const progress = JSON.parse(line.slice(at + PROGRESS_PREFIX.length)) as Progress;
      work = work.then(() => handleProgress(progress));
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-4000);
  });
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, error }));
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  hooks.signal?.removeEventListener('abort', onAbort);
  await work;
  if (hooks.signal?.aborted) throw new TrainingCancelledError();
  if (!stoppedEarly && (exit.error || exit.code !== 0 || losses.length < run.o.epochs)) {
    const lastLine = stderrTail.trim().split('\n').filter(Boolean).pop() ?? '';
    const how = exit.error ? exit.error.message : exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
    throw new UserFacingError(`PyTorch training failed (${how})${lastLine ? `: ${lastLine}` : ''}`);
  }
  const chosenEpoch = keeper?.bestEpoch ?? losses.length;
  const device = lastProgress
    ? `${lastProgress.device}, ${lastProgress.processes} process(es) × ${lastProgress.threads} thread(s)`
    : '';
  return {
    weights: keeper?.bestWeights ?? last!,
    loss: losses,
    ...(keeper ? { heldOutLoss: keeper.curve } : {}),
    chosenEpoch,
    backend: `pytorch ${run.version} (${device})`,
    workers: run.nproc,
    ...(lastProgress ? { externalPeakRssMb: lastProgress.peakRssMb } : {}),
    seconds: lastProgress?.seconds ?? (performance.now() - started) / 1000,
    parameterCount: parameterCount({ nValues, units }),
    examples: run.examples,
  };
}
