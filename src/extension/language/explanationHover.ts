/**
 * The explanation of one step of a generated solo as hover text (a Markdown table): the value chosen and how
 * likely it was, the network's five most likely values, its entropy, what decoding changed. Pure strings.
 */
import type { DecodingChange, StepExplanation } from '../../engine';

const percent = (p: number) => `${(100 * p).toFixed(1)}%`;

/** Markdown special characters in a grammar value (`<`, `>`, `,` are safe in a code span). */
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/** `describe` is the engine's describeDecodingChange, passed in because the engine loads lazily. */
export function explanationMarkdown(step: StepExplanation, describe: (change: DecodingChange) => string): string {
  const lines = [
    `**Step ${step.step + 1}** chose ${code(step.value)}: ${percent(step.probability)} where it was drawn ` +
      `(the network: ${percent(step.networkProbability)}, its choice no. ${step.networkRank}); ` +
      `entropy ${step.entropy.toFixed(2)} nats`,
    '',
    "| the network's top 5 | probability |",
    '| --- | ---: |',
    ...step.top.map(
      (t) => `| ${code(t.value)}${t.value === step.value ? ' ← chosen' : ''} | ${percent(t.probability)} |`,
    ),
    '',
  ];
  if (step.changes.length === 0) lines.push('Decoding changed nothing at this step.');
  for (const change of step.changes) lines.push(`- ${describe(change)}`);
  return lines.join('\n');
}
