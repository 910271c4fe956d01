/**
 * What a command may do to the outside world: print, write files (always through writeFileSafely), show
 * progress, and notice cancellation. The same commands run on the main thread or in a worker thread (see
 * supervisor.ts), where printing travels to the main thread as messages.
 */
import { writeFileSafely } from '../core/io/safeWrite';

export interface ProgressBar {
  /** Redraws the bar in place. */
  update(done: number, total: number, detail: string): void;
  /** Removes the bar so the next line starts clean. */
  clear(): void;
}

export interface CommandIo {
  /** Resolves once the text is written; a failed write (EPIPE, ENOSPC) ends the process with one line instead. */
  out(text: string): Promise<void>;
  err(text: string): void;
  /** Writes a file atomically and safely; `label` names it in errors ("--out"). */
  writeFile(path: string, data: string | Uint8Array, label: string): void;
  /** A redrawn bar when stderr is a terminal; undefined otherwise (progress is then one line per epoch). */
  progressBar(): ProgressBar | undefined;
  /** Aborted on Ctrl-C or SIGTERM. */
  signal?: AbortSignal;
}

/** A progress bar that redraws one stderr line; `write` puts text on stderr. */
export function terminalProgressBar(write: (text: string) => void, columns: number): ProgressBar {
  let shown = false;
  return {
    update(done, total, detail) {
      const width = Math.max(10, Math.min(40, columns - 60));
      const filled = Math.round((done / Math.max(1, total)) * width);
      const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] epoch ${done}/${total}  ${detail}`;
      write(`\r${line.slice(0, Math.max(1, columns - 1))}\u001b[K`);
      shown = true;
    },
    clear() {
      if (shown) write('\r\u001b[K');
      shown = false;
    },
  };
}

/** Writes straight to the process's streams (the main thread). */
export function processIo(signal?: AbortSignal): CommandIo {
  const err = (text: string) => void process.stderr.write(text);
  return {
    out: (text) =>
      new Promise<void>((resolve) => {
        process.stdout.write(text, (error) => {
          if (!error) resolve();
        });
      }),
    err,
    writeFile: (path, data, label) => void writeFileSafely(path, data, label),
    progressBar: () => (process.stderr.isTTY ? terminalProgressBar(err, process.stderr.columns || 80) : undefined),
    signal,
  };
}
