#!/usr/bin/env python3
"""Trains jazz-solo's LSTM in PyTorch: the network, windows, initial weights and optimiser of the built-in
engine (src/model/train.ts), on every CPU thread or a GPU, and across processes with PyTorch's own
DistributedDataParallel when started by torchrun.

Usage (jazz-solo runs it; a user may run it by hand, also on several machines):
    python3 train_lstm.py DIR
    python3 -m torch.distributed.run --nproc_per_node N train_lstm.py DIR
    python3 -m torch.distributed.run --nnodes 2 --node_rank R --master_addr HOST --master_port 29500 \\
        --nproc_per_node N train_lstm.py DIR        (on each machine, DIR copied to each)

DIR holds what `jazz-solo train --engine pytorch` exports:
    meta.json          nValues, units, tx, epochs, batchSize, learningRate, beta1, beta2, decay, seed
    tokens.i32         the corpus' window tokens (tunes end to end, -1 = padding after a short tune)
    starts.i32         the start of every training window in tokens.i32
    order.i32          [epochs, windows] the windows' order in every epoch (the built-in engine's shuffles)
    kernel.f32 recurrentKernel.f32 bias.f32 denseKernel.f32 denseBias.f32   initial weights, Keras layout
Rank 0 writes the weights after every epoch to DIR/epoch-N/ (same names, Keras layout; written to a
temporary folder, then renamed) and prints one line per epoch on stdout:
    JAZZ_PROGRESS {"epoch": 1, "epochs": 10, "loss": 123.4, "seconds": 5.6, "device": "cpu", "processes": 2}
A process that gets SIGTERM stops at once and writes nothing more.

The model is Keras': one LSTM cell (gates i, f, c, o; sigmoid and tanh) over Tx - 1 steps from a zero
state, the input a one-hot value (its projection is a row of the kernel), a Dense softmax on every step,
cross-entropy summed over steps and averaged over the batch, Adam with Keras 2's legacy decay and epsilon.
"""
import json
import os
import resource
import signal
import sys
import time

import numpy as np
import torch
import torch.distributed as dist
from torch.distributed.elastic.multiprocessing.errors import record

WEIGHT_NAMES = ['kernel', 'recurrentKernel', 'bias', 'denseKernel', 'denseBias']
KERAS_EPSILON = 1e-7


def stop_with_parent():
    """Linux: end with the process that started this one (jazz-solo or torchrun), never orphaned."""
    try:
        import ctypes
        ctypes.CDLL('libc.so.6').prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def read_array(directory, name, dtype, shape=None):
    values = np.fromfile(os.path.join(directory, name), dtype=dtype)
    return values if shape is None else values.reshape(shape)


class JazzLstm(torch.nn.Module):
    """The reference network with Keras' weight layout: kernel [V, 4U], recurrent kernel [U, 4U], bias [4U]."""

    def __init__(self, directory, n_values, units):
        super().__init__()
        self.units = units
        shapes = {
            'kernel': (n_values, 4 * units),
            'recurrentKernel': (units, 4 * units),
            'bias': (4 * units,),
            'denseKernel': (units, n_values),
            'denseBias': (n_values,),
        }
        for name in WEIGHT_NAMES:
            values = read_array(directory, name + '.f32', '<f4', shapes[name]).copy()
            self.register_parameter(name, torch.nn.Parameter(torch.from_numpy(values)))

    def forward(self, inputs):
        """inputs [B, T] value indices (-1: the zero input) -> logits [B, T, V]."""
        batch, steps = inputs.shape
        units = self.units
        zero_row = torch.zeros(1, 4 * units, dtype=self.kernel.dtype, device=self.kernel.device)
        # The one-hot input's projection is a row of the kernel; the zero input is an extra zero row.
        table = torch.cat([self.kernel, zero_row], 0)
        index = torch.where(inputs < 0, torch.full_like(inputs, table.shape[0] - 1), inputs)
        projected = table[index] + self.bias  # [B, T, 4U]
        h = torch.zeros(batch, units, dtype=table.dtype, device=table.device)
        c = torch.zeros_like(h)
        hidden = []
        for t in range(steps):
            z = projected[:, t] + h @ self.recurrentKernel
            i, f, g, o = z.split(units, dim=1)
            c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
            h = torch.sigmoid(o) * torch.tanh(c)
            hidden.append(h)
        return torch.stack(hidden, 1) @ self.denseKernel + self.denseBias


def write_weights(directory, epoch, model):
    """DIR/epoch-N/*.f32, complete before it appears (written aside, then renamed)."""
    final = os.path.join(directory, 'epoch-%d' % epoch)
    partial = final + '.partial'
    os.makedirs(partial, exist_ok=True)
    for name in WEIGHT_NAMES:
        getattr(model, name).detach().to('cpu', torch.float32).numpy().astype('<f4').tofile(os.path.join(partial, name + '.f32'))
    os.replace(partial, final)


@record  # under torchrun, a failing process's traceback reaches torchrun's error summary
def main():
    stop_with_parent()
    signal.signal(signal.SIGTERM, lambda *_: os._exit(143))
    directory = sys.argv[1]
    with open(os.path.join(directory, 'meta.json')) as f:
        meta = json.load(f)
    distributed = int(os.environ.get('WORLD_SIZE', '1')) > 1
    cuda = torch.cuda.is_available() and not meta.get('cpu', False)
    if distributed:
        dist.init_process_group('nccl' if cuda else 'gloo')
    rank = dist.get_rank() if distributed else 0
    world = dist.get_world_size() if distributed else 1
    local_rank = int(os.environ.get('LOCAL_RANK', '0'))
    device = torch.device('cuda', local_rank) if cuda else torch.device('cpu')
    if cuda:
        torch.cuda.set_device(device)
    elif not distributed:
        # Every thread of the machine (torch's default counts physical cores only); torchrun gives each of
        # its processes OMP_NUM_THREADS instead.
        torch.set_num_threads(int(meta.get('threads') or os.cpu_count() or 1))

    n_values, units, tx = meta['nValues'], meta['units'], meta['tx']
    epochs, batch_size = meta['epochs'], meta['batchSize']
    tokens = torch.from_numpy(read_array(directory, 'tokens.i32', '<i4').astype(np.int64))
    starts = read_array(directory, 'starts.i32', '<i4').astype(np.int64)
    orders = np.memmap(os.path.join(directory, 'order.i32'), dtype='<i4', mode='r', shape=(epochs, len(starts)))
    steps = tx - 1
    offsets = torch.arange(steps + 1)

    model = JazzLstm(directory, n_values, units).to(device)
    trained = torch.nn.parallel.DistributedDataParallel(model, device_ids=[local_rank] if cuda else None) if distributed else model
    learning_rate, decay = meta['learningRate'], meta['decay']
    optimizer = torch.optim.Adam(model.parameters(), lr=learning_rate, betas=(meta['beta1'], meta['beta2']), eps=KERAS_EPSILON)

    update = 0
    started = time.perf_counter()
    for epoch in range(1, epochs + 1):
        # Every process reads the same order and takes its share of each batch.
        order = starts[np.asarray(orders[epoch - 1], dtype=np.int64)]
        loss_sum = torch.zeros((), dtype=torch.float64, device=device)
        for first in range(0, len(order), batch_size):
            batch = order[first:first + batch_size]
            mine = torch.from_numpy(batch[rank::world])
            windows = tokens[mine[:, None] + offsets].to(device)  # [b, Tx]
            inputs = windows[:, :steps].clone()
            inputs[:, 0] = -1  # the first input is the zero vector, as at generation time
            targets = windows[:, 1:]
            for group in optimizer.param_groups:
                group['lr'] = learning_rate / (1 + decay * update)
                # Keras adds eps to sqrt(v), PyTorch to sqrt(v / (1 - beta2^t)): this makes them equal.
                group['eps'] = KERAS_EPSILON / (1 - meta['beta2'] ** (update + 1)) ** 0.5
            optimizer.zero_grad(set_to_none=True)
            if len(mine) == 0:
                # A last batch smaller than the processes: this one adds nothing but must take part in
                # DDP's gradient average, so it runs one empty window and multiplies its loss by zero.
                mine_inputs = torch.full((1, steps), -1, dtype=torch.int64, device=device)
                summed = trained(mine_inputs).sum() * 0
            else:
                logits = trained(inputs)
                summed = torch.nn.functional.cross_entropy(
                    logits.reshape(-1, n_values), targets.reshape(-1), ignore_index=-1, reduction='sum')
            # DDP averages the processes' gradients; each scales its sum by world / batch so that the average
            # is the gradient of the batch's mean loss, as on one process.
            (summed * (world / len(batch))).backward()
            optimizer.step()
            update += 1
            loss_sum += summed.detach().to(torch.float64)
        if distributed:
            dist.all_reduce(loss_sum)
        if rank == 0:
            write_weights(directory, epoch, model)
            progress = {
                'epoch': epoch,
                'epochs': epochs,
                'loss': loss_sum.item() / len(order),
                'seconds': time.perf_counter() - started,
                'device': device.type,
                'processes': world,
                'threads': torch.get_num_threads(),
                'torch': torch.__version__,
                'peakRssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
            print('JAZZ_PROGRESS ' + json.dumps(progress), flush=True)
    if distributed:
        dist.destroy_process_group()


if __name__ == '__main__':
    main()
