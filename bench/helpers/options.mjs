/**
 * The command lines of the bench scripts: each names its options in a table of handlers; this walks argv,
 * gives each handler a reader for its value, prints the script's header comment for --help, and refuses
 * anything else in one line with status 2.
 */
import { readFileSync } from 'node:fs';

/**
 * @param {string[]} argv
 * @param {string} script the script's own file (its leading comment is the help text)
 * @param {string} name how errors name the script, e.g. "bench:music"
 * @param {Record<string, (read: { value(): string, whole(min: number): number }) => void>} handlers
 */
export function parseBenchArgs(argv, script, name, handlers) {
  const fail = (message) => {
    console.error(`${name}: ${message}`);
    process.exit(2);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      console.log(readFileSync(script, 'utf8').split('*/')[0]);
      process.exit(0);
    }
    const handler = handlers[arg];
    if (!handler) fail(`unknown option ${arg} (see --help)`);
    const value = () => {
      const next = argv[++i];
      if (next === undefined) fail(`${arg} needs a value`);
      return next;
    };
    const whole = (min) => {
      const text = value();
      const n = Number(text);
      if (!Number.isInteger(n) || n < min) fail(`${arg} needs a whole number >= ${min} (got "${text}")`);
      return n;
    };
    handler({ value, whole });
  }
  return fail;
}
