import { loadReferenceTokens } from '/work/main/bench/helpers/referenceCorpus';
import { trainNetwork } from '/work/main/src/model/train';
const data = await loadReferenceTokens();
const REF = { tx: 30, units: 64, batchSize: 32, m: 60, learningRate: 0.01, decay: 0.01, windows: 'reference' as const };
for (const workers of [1, 2, 1, 2]) {
  const c0 = process.cpuUsage();
  const r = await trainNetwork({ tokens: data.tokens, nValues: data.nValues }, { ...REF, epochs: 100, seed: 1, workers });
  const c = process.cpuUsage(c0);
  console.log(workers, r.workers, r.backend, 'sec', r.seconds.toFixed(2), 'maincpu', ((c.user + c.system) / 1e6).toFixed(2), 'first', r.loss[0].toFixed(6), 'final', r.loss[99].toFixed(6));
}
