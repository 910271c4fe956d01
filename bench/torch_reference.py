#!/usr/bin/env python3
"""The reference jazz LSTM in PyTorch, for bench/run.mjs: same batches, same initial weights, one thread.

Usage: python3 bench/torch_reference.py DUMP_DIR
DUMP_DIR is written by bench/helpers/trainEngine.ts: meta.json, x.f32 / y.f32 (the m one-hot windows,
[m, Tx, V], built by the engine's own makeOneHotBatch), order.i32 (the engine's window order of every
epoch, [epochs, m]) and the seeded initial weights in Keras layout. Prints one JSON line, prefixed
BENCH_RESULT, with the training seconds (loop only, as the engine reports), the per-epoch loss and peak RSS.

The model is Keras' reference: LSTM(64) over Tx steps from a zero state, Dense(V) with softmax on every
step, categorical cross-entropy summed over the steps and averaged over the batch, Adam(0.01, 0.9, 0.999,
eps 1e-7 placed as Keras places it) with the legacy decay lr / (1 + decay * t) set before every update.
The last step of a window has an all-zero target, so its loss and gradients are exactly zero; like the
engine, this script does not compute it (the same 29 steps of work on both sides; the losses are unchanged).
"""
import json
import os
import resource
import sys
import time

import numpy as np
import torch

torch.set_num_threads(1)
try:
    torch.set_num_interop_threads(1)
except RuntimeError:
    pass  # already set by an earlier parallel call; one thread either way


def read_f32(directory, name, shape):
    return torch.from_numpy(np.fromfile(os.path.join(directory, name), dtype='<f4').reshape(shape).copy())


class ReferenceNetwork(torch.nn.Module):
    def __init__(self, n_values, units):
        super().__init__()
        self.lstm = torch.nn.LSTM(n_values, units, batch_first=True)
        self.dense = torch.nn.Linear(units, n_values)

    def forward(self, x):  # x [B, T, V] -> logits [B, T, V]
        hidden, _ = self.lstm(x)  # zero initial state, as the reference's a0 = c0 = 0
        return self.dense(hidden)


def load_keras_weights(model, directory, n_values, units):
    """Keras keeps kernels as [inputs, 4U] with gates i, f, c, o; PyTorch as [4U, inputs] with i, f, g, o
    (the same order), and two biases that are added: Keras' bias goes in one, zeros in the other. The zero
    one is frozen: Adam steps each bias by about lr on its own, so two trained biases would move the sum
    twice as fast as Keras' single bias (that alone put batch 2's loss 0.1 off the engine's)."""
    four = 4 * units
    kernel = read_f32(directory, 'kernel.f32', (n_values, four))
    recurrent = read_f32(directory, 'recurrentKernel.f32', (units, four))
    bias = read_f32(directory, 'bias.f32', (four,))
    dense_kernel = read_f32(directory, 'denseKernel.f32', (units, n_values))
    dense_bias = read_f32(directory, 'denseBias.f32', (n_values,))
    with torch.no_grad():
        model.lstm.weight_ih_l0.copy_(kernel.t())
        model.lstm.weight_hh_l0.copy_(recurrent.t())
        model.lstm.bias_ih_l0.copy_(bias)
        model.lstm.bias_hh_l0.zero_()
        model.dense.weight.copy_(dense_kernel.t())
        model.dense.bias.copy_(dense_bias)
    model.lstm.bias_hh_l0.requires_grad_(False)


KERAS_EPSILON = 1e-7


def keras_epsilon(update):
    """PyTorch adds eps to sqrt(v / (1 - beta2^t)), Keras 2 to sqrt(v): scaling eps by 1 / sqrt(1 - beta2^t)
    makes PyTorch's step exactly Keras'. It matters: early on, eps is large next to sqrt(v) of small
    gradients, and the plain eps made the two runs drift apart by 9% in final loss."""
    return KERAS_EPSILON / (1 - 0.999 ** (update + 1)) ** 0.5


def main():
    directory = sys.argv[1]
    with open(os.path.join(directory, 'meta.json')) as f:
        meta = json.load(f)
    n_values, units, tx, m = meta['nValues'], meta['units'], meta['tx'], meta['m']
    epochs, batch_size = meta['epochs'], meta['batchSize']
    steps = tx - 1  # see the module docstring: the last step's target is empty
    x_all = read_f32(directory, 'x.f32', (m, tx, n_values))[:, :steps].contiguous()
    y_all = read_f32(directory, 'y.f32', (m, tx, n_values))[:, :steps].contiguous()
    order = torch.from_numpy(np.fromfile(os.path.join(directory, 'order.i32'), dtype='<i4').reshape(epochs, m).astype(np.int64))

    torch.manual_seed(0)  # only the module constructor draws; every weight is overwritten below
    model = ReferenceNetwork(n_values, units)
    load_keras_weights(model, directory, n_values, units)
    learning_rate, decay = meta['learningRate'], meta['decay']
    optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=learning_rate, betas=(0.9, 0.999), eps=1e-7)

    losses = []
    update = 0
    started = time.perf_counter()
    for epoch in range(epochs):
        loss_sum = 0.0
        for first in range(0, m, batch_size):
            rows = order[epoch, first:first + batch_size]
            x = x_all[rows]  # [B, T, V]
            y = y_all[rows]
            for group in optimizer.param_groups:
                group['lr'] = learning_rate / (1 + decay * update)
                group['eps'] = keras_epsilon(update)
            optimizer.zero_grad(set_to_none=True)
            log_probabilities = torch.log_softmax(model(x), dim=-1)
            loss = -(y * log_probabilities).sum() / x.shape[0]
            loss.backward()
            optimizer.step()
            update += 1
            loss_sum += loss.item() * x.shape[0]
        losses.append(loss_sum / m)
    seconds = time.perf_counter() - started
    result = {
        'seconds': seconds,
        'loss': losses,
        'finalLoss': losses[-1],
        'torchVersion': torch.__version__,
        'threads': torch.get_num_threads(),
        'peakRssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    print('BENCH_RESULT ' + json.dumps(result), flush=True)


if __name__ == '__main__':
    main()
