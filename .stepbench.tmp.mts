import { loadTf } from '/work/main/src/model/backend';
import { lossAndGradients, initialWeights, toTimeMajor, type ParamTensors } from '/work/main/src/model/train';
import { weightShapes } from '/work/main/src/model/network';
const V = Number(process.argv[2] ?? 2616), U = Number(process.argv[3] ?? 64), B = 32, Tx = 30;
const { tf, backend } = await loadTf();
const w = initialWeights(V, U, 1);
const params = {} as ParamTensors;
for (const { key, shape } of weightShapes({ nValues: V, units: U })) params[key] = tf.tensor(w[key], shape);
const x = new Float32Array(B * Tx * V), y = new Float32Array(B * Tx * V);
for (let b = 0; b < B; b++) for (let t = 0; t < Tx; t++) { const k = (b * 7 + t * 13) % V; y[(b * Tx + t) * V + k] = 1; if (t + 1 < Tx) x[(b * Tx + t + 1) * V + k] = 1; }
const batch = toTimeMajor(x, y, B, Tx, V);
for (let rep = 0; rep < 6; rep++) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  tf.tidy(() => { const r = lossAndGradients(tf, params, batch); r.loss.dataSync(); for (const g of Object.values(r.grads)) (g as any).dataSync(); });
  const c = process.cpuUsage(c0);
  console.log(backend, V, U, 'wall', (performance.now() - t0).toFixed(1), 'cpu', ((c.user + c.system) / 1000).toFixed(1));
}
