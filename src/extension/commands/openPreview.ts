import type { Command } from '../commandManager';
import type { JazzPreviewManager } from '../preview/previewManager';
import { COMMAND_IDS } from '../../shared/commandIds';

/** "Open Jazz Preview": the active ABC editor (or a file picked in the Explorer) in the preview beside it. */
export class OpenPreviewCommand implements Command {
  readonly id = COMMAND_IDS.openPreview;

  constructor(private readonly preview: JazzPreviewManager) {}

  execute(resource?: unknown): void {
    this.preview.openFromCommand(resource);
  }
}
