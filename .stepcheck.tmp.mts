import { loadTf } from '/work/main/src/model/backend';
import { lossAndGradients, initialWeights, toTimeMajor, timeMajorTokens, type ParamTensors } from '/work/main/src/model/train';
import { makeOneHotBatch } from '/work/main/src/core/solo/dataset';
import { weightShapes } from '/work/main/src/model/network';
const V = Number(process.argv[2] ?? 2616), U = Number(process.argv[3] ?? 64), B = 32, Tx = 30;
const { tf, backend } = await loadTf();
const w = initialWeights(V, U, 1);
const params = {} as ParamTensors;
for (const { key, shape } of weightShapes({ nValues: V, units: U })) params[key] = tf.tensor(w[key], shape);
const tokens = new Int32Array(5000).map((_, i) => (i * 7919 + (i >> 3)) % V); tokens[100] = -1; tokens[101] = -1;
const starts = Array.from({ length: B }, (_, b) => b * 37 + 50);
const oh = makeOneHotBatch(tokens, starts, Tx, V);
const a = { ...toTimeMajor(oh.x, oh.y, B, Tx, V), padded: true };
const t = timeMajorTokens(tokens, starts, Tx);
const ra = tf.tidy(() => { const r = lossAndGradients(tf, params, a); return [r.loss, ...Object.values(r.grads)].map((g: any) => Array.from(g.dataSync() as Float32Array)); });
const rb = tf.tidy(() => { const r = lossAndGradients(tf, params, t); return [r.loss, ...Object.values(r.grads)].map((g: any) => Array.from(g.dataSync() as Float32Array)); });
ra.forEach((arr, i) => { let m = 0, s = 0; arr.forEach((v, j) => { m = Math.max(m, Math.abs(v - rb[i][j])); s = Math.max(s, Math.abs(v)); }); console.log(i, arr.length, rb[i].length, 'maxdiff', m, 'scale', s); });
for (const [name, data] of [['onehot', a], ['tokens', t]] as const) for (let rep = 0; rep < 4; rep++) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  tf.tidy(() => { const r = lossAndGradients(tf, params, data as any); r.loss.dataSync(); for (const g of Object.values(r.grads)) (g as any).dataSync(); });
  const c = process.cpuUsage(c0);
  if (rep >= 2) console.log(name, backend, V, U, 'wall', (performance.now() - t0).toFixed(1), 'cpu', ((c.user + c.system) / 1000).toFixed(1));
}
