/**
 * The only module that loads TensorFlow.js at run time. Loading tfjs takes 150-230 ms, so everything else
 * uses `import type` and asks for it here on first use.
 *
 * Preference order: @tensorflow/tfjs-node (native, when it can be required), then @tensorflow/tfjs with the
 * wasm backend, then tfjs' pure-JS cpu backend.
 */
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

export type TfModule = typeof import('@tensorflow/tfjs');
export type BackendName = 'tensorflow' | 'wasm' | 'cpu';

export interface LoadedTf {
  tf: TfModule;
  /** The backend tfjs really uses ('tensorflow', 'wasm' or 'cpu'). */
  backend: string;
}

const WASM_FILES = ['tfjs-backend-wasm-simd.wasm', 'tfjs-backend-wasm.wasm'];

// Held in a variable so that bundlers leave this require alone: tfjs-node is an optional native package
// resolved at run time. tfjs and the wasm backend are required by literal names so that they are bundled.
const TFJS_NODE = '@tensorflow/tfjs-node';

let tfModule: { tf: TfModule; native: boolean } | undefined;
let wasmRegistered = false;
let matMulPatched = false;
const loads = new Map<string, Promise<LoadedTf>>();

function requireTfModule(allowNative: boolean): { tf: TfModule; native: boolean } {
  if (tfModule && (tfModule.native || !allowNative)) return tfModule;
  if (allowNative && !tfModule && nativeBindingInstalled()) {
    try {
      tfModule = { tf: require(TFJS_NODE) as TfModule, native: true };
      return tfModule;
    } catch {
      // Not installed or no prebuilt binary for this platform: fall through to the JS packages.
    }
  }
  if (!tfModule) tfModule = { tf: require('@tensorflow/tfjs') as TfModule, native: false };
  return tfModule;
}

/**
 * Whether tfjs-node's native library was installed. Its package can be present without it (an install
 * whose download failed, or --ignore-scripts), and requiring it then loads a second copy of tfjs that
 * re-registers every kernel, with a warning each, before failing.
 */
function nativeBindingInstalled(): boolean {
  try {
    const packageDir = path.dirname(require.resolve(`${TFJS_NODE}/package.json`));
    const lib = path.join(packageDir, 'lib');
    return readdirSync(lib).some(
      (dir) => dir.startsWith('napi-v') && existsSync(path.join(lib, dir, 'tfjs_binding.node')),
    );
  } catch {
    return false;
  }
}

/** The folder whose .wasm files the wasm backend should load, as a prefix ending in a separator. */
export function wasmDirectory(): string | undefined {
  const candidates: string[] = [];
  if (process.env.JAZZ_SOLO_WASM_DIR) candidates.push(process.env.JAZZ_SOLO_WASM_DIR);
  // After bundling, __dirname is the bundle's folder, where the build copies the .wasm files.
  candidates.push(__dirname);
  try {
    candidates.push(path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist'));
  } catch {
    // The package cannot be resolved from here (bundled without node_modules): no fallback folder.
  }
  for (const dir of candidates) {
    if (WASM_FILES.some((file) => existsSync(path.join(dir, file)))) {
      return dir.endsWith(path.sep) ? dir : dir + path.sep;
    }
  }
  return undefined;
}

// tfjs types its kernel registry loosely; the patched kernels only pass tensors and attributes through.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type KernelFunc = (args: { inputs: Record<string, any>; backend: any; attrs?: Record<string, any> }) => any;

/**
 * On wasm 4.22 a matMul with transposeA/transposeB (every gradient has one) is 4-17 times slower than an
 * explicit transpose followed by a plain matMul. Re-register the matMul kernels so they transpose first.
 */
function patchWasmMatMul(tf: TfModule): void {
  if (matMulPatched) return;
  const transposeConfig = tf.getKernel('Transpose', 'wasm');
  if (!transposeConfig) return;
  const transpose = transposeConfig.kernelFunc as unknown as KernelFunc;
  for (const kernelName of ['BatchMatMul', '_FusedMatMul']) {
    const original = tf.getKernel(kernelName, 'wasm');
    if (!original) continue;
    const originalFunc = original.kernelFunc as unknown as KernelFunc;
    const transposeFirst: KernelFunc = (args) => {
      const attrs = args.attrs ?? {};
      if (!attrs.transposeA && !attrs.transposeB) return originalFunc(args);
      const swapLastTwo = (info: { shape: number[] }) => {
        const perm = info.shape.map((_, i) => i);
        const rank = perm.length;
        [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1], perm[rank - 2]];
        return transpose({ inputs: { x: info }, backend: args.backend, attrs: { perm } });
      };
      const a = attrs.transposeA ? swapLastTwo(args.inputs.a) : args.inputs.a;
      const b = attrs.transposeB ? swapLastTwo(args.inputs.b) : args.inputs.b;
      try {
        return originalFunc({
          ...args,
          inputs: { ...args.inputs, a, b },
          attrs: { ...attrs, transposeA: false, transposeB: false },
        });
      } finally {
        if (a !== args.inputs.a) args.backend.disposeData(a.dataId);
        if (b !== args.inputs.b) args.backend.disposeData(b.dataId);
      }
    };
    tf.unregisterKernel(kernelName, 'wasm');
    tf.registerKernel({
      kernelName,
      backendName: 'wasm',
      kernelFunc: transposeFirst as unknown as typeof original.kernelFunc,
    });
  }
  matMulPatched = true;
}

async function tryWasm(tf: TfModule): Promise<boolean> {
  try {
    if (!wasmRegistered) {
      const wasm = require('@tensorflow/tfjs-backend-wasm') as typeof import('@tensorflow/tfjs-backend-wasm');
      const dir = wasmDirectory();
      if (dir) wasm.setWasmPaths(dir);
      wasmRegistered = true;
    }
    // setBackend resolves false (without throwing) when the .wasm file cannot be loaded.
    if (!(await tf.setBackend('wasm'))) return false;
    patchWasmMatMul(tf);
    return true;
  } catch {
    return false;
  }
}

async function load(preferred: BackendName | undefined): Promise<LoadedTf> {
  const { tf, native } = requireTfModule(preferred === undefined || preferred === 'tensorflow');
  if (native && preferred !== 'wasm' && preferred !== 'cpu') {
    if (await tf.setBackend('tensorflow')) return { tf, backend: 'tensorflow' };
  }
  if (preferred !== 'cpu' && (await tryWasm(tf))) return { tf, backend: 'wasm' };
  if (!(await tf.setBackend('cpu')))
    throw new Error('TensorFlow.js could not start any backend (tensorflow, wasm, cpu)');
  return { tf, backend: 'cpu' };
}

/**
 * TensorFlow.js with the best backend available (or `preferred`, falling back when it cannot start).
 * Loaded once and cached; asking again for the same preference is free.
 */
export function loadTf(preferred?: BackendName): Promise<LoadedTf> {
  const key = preferred ?? 'best';
  let pending = loads.get(key);
  if (!pending) {
    pending = load(preferred).catch((error) => {
      loads.delete(key);
      throw error;
    });
    loads.set(key, pending);
    return pending;
  }
  // Another preference may have switched the global backend since: switch back before handing tf out.
  return pending.then(async (loaded) => {
    if (loaded.tf.getBackend() !== loaded.backend) await loaded.tf.setBackend(loaded.backend);
    return loaded;
  });
}
