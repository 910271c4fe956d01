import { trainNetwork } from '/work/main/src/model/train';
import { createRng } from '/work/main/src/core/random';
const V = Number(process.argv[2] ?? 2616), U = Number(process.argv[3] ?? 64);
const rng = createRng(5);
const tokens = Int32Array.from({ length: 1629 }, () => rng.int(V));
for (const workers of [1, 2, 1, 2]) {
  const c0 = process.cpuUsage();
  const r = await trainNetwork({ tokens, nValues: V }, { tx: 30, units: U, batchSize: 32, windows: 'all', epochs: 1, seed: 1, workers });
  const c = process.cpuUsage(c0);
  console.log(V, U, workers, r.workers, 'examples', r.examples, 'sec', r.seconds.toFixed(2), 'maincpu', ((c.user + c.system) / 1e6).toFixed(2), 'loss', r.loss[0].toFixed(5));
}
