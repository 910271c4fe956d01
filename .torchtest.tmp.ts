import { loadReferenceTokens } from '/work/main/bench/helpers/referenceCorpus';
import { trainNetwork } from '/work/main/src/model/train';
import { trainWithPytorch } from '/work/main/src/model/pytorch/pytorchTrainer';
async function main() {
const data = await loadReferenceTokens();
const REF = { tx: 30, units: 64, batchSize: 32, m: 60, learningRate: 0.01, decay: 0.01, windows: 'reference' as const, epochs: 100, seed: 1 };
const nproc = Number(process.argv[2] ?? 1);
const t = await trainWithPytorch({ tokens: data.tokens, nValues: data.nValues }, { ...REF, nproc }, { onEpochEnd: (i) => { if (i.epoch % 25 === 0) console.log('torch epoch', i.epoch, i.loss.toFixed(4)); } });
console.log('torch', t.backend, t.seconds.toFixed(2), t.loss[0].toFixed(4), t.loss[99].toFixed(4));
const b = await trainNetwork({ tokens: data.tokens, nValues: data.nValues }, { ...REF, workers: 1 });
console.log('builtin', b.backend, b.seconds.toFixed(2), b.loss[0].toFixed(4), b.loss[99].toFixed(4));

}
void main();
