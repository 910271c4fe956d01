import type { Command } from '../commandManager';
import type { SoloContinuation } from '../language/continuation';
import { COMMAND_IDS } from '../../shared/commandIds';

/** "Continue Solo Here" (also the Continue lens and the server's code action): the active model's next values. */
export class ContinueSoloCommand implements Command {
  readonly id = COMMAND_IDS.continueSolo;

  constructor(private readonly continuation: SoloContinuation) {}

  execute(document?: unknown, place?: unknown): Promise<void> {
    return this.continuation.insertHere(document, place);
  }
}
