import * as vscode from 'vscode';
import { promises as fs } from 'node:fs';
import type { TrainProgress, TrainRequest, TrainResult } from '../../engine';
import type { Command } from '../commandManager';
import { loadEngine } from '../engineLoader';
import { showFailure } from '../errors';
import type { ModelRef, ModelRegistry } from '../models/modelRegistry';
import type { ActiveModelStatusBar } from '../models/statusBar';
import { trainingEngineFromSettings, trainingEpochsSetting } from '../settings';
import {
  ensureTrustedForTraining,
  pickMidiTracks,
  resolveCorpus,
  saveDirtyCorpusDocuments,
} from '../training/corpusSelection';
import type { TrainOutcome, TrainingRunner } from '../training/trainingRunner';
import { COMMAND_IDS } from '../../shared/commandIds';
import { REFERENCE_LOSS_NOTE, REFERENCE_LOSS_POINTS } from '../../shared/referenceCurve';
import type { TrainingChart } from '../training/trainingChartPanel';

/** "Train Jazz Model on This Corpus": Explorer files and folders, the ABC editor, or the palette. */
export class TrainModelCommand implements Command {
  readonly id = COMMAND_IDS.train;
  /** Set from the first prompt on, so a second run is refused even before the worker starts. */
  private busyWith: string | undefined;

  constructor(
    private readonly models: ModelRegistry,
    private readonly runner: TrainingRunner,
    private readonly statusBar: ActiveModelStatusBar,
    private readonly log: vscode.LogOutputChannel,
    private readonly chart?: TrainingChart,
  ) {}

  async execute(clicked?: unknown, selected?: unknown): Promise<TrainOutcome | undefined> {
    const busy = this.runner.running?.name ?? this.busyWith;
    if (busy !== undefined) {
      const at = this.runner.running?.latest;
      void vscode.window.showWarningMessage(
        `A jazz model is already training ("${busy}"${at ? `, epoch ${at.epoch}/${at.epochs}` : ''}). Wait for it to finish or cancel it, then train again.`,
      );
      return undefined;
    }
    this.busyWith = 'preparing';
    try {
      return await this.prepareAndTrain(clicked, selected);
    } finally {
      this.busyWith = undefined;
    }
  }

  private async prepareAndTrain(clicked: unknown, selected: unknown): Promise<TrainOutcome | undefined> {
    const corpus = await resolveCorpus(clicked, selected);
    if (!corpus || corpus.length === 0) return undefined;
    const remote = corpus.find((uri) => uri.scheme !== 'file');
    if (remote) {
      void vscode.window.showErrorMessage(
        `Training needs a corpus on the local disk; ${remote.toString()} is not one.`,
      );
      return undefined;
    }
    if (!(await ensureTrustedForTraining())) return undefined;
    await saveDirtyCorpusDocuments(corpus, this.log);
    const tracks = await pickMidiTracks(corpus);
    if (!tracks) return undefined;

    const paths = corpus.map((uri) => uri.fsPath);
    const name = (await loadEngine()).modelNameForCorpus(paths);
    const target = this.models.trainedModel(name);
    await fs.mkdir(this.models.trainedModelsRoot, { recursive: true });
    const request: TrainRequest = {
      corpus: paths,
      outDir: target.dir,
      name,
      epochs: trainingEpochsSetting(),
      ...trainingEngineFromSettings(),
      ...tracks,
    };
    const previous = this.models.active;
    this.log.info(
      `training "${name}" on ${paths.join(', ')} (${request.epochs ?? 'default'} epochs, ${request.engine ?? 'builtin'} engine) → ${target.dir}`,
    );

    const outcome = await this.trainWithProgress(name, request);
    await this.report(outcome, target, previous);
    return outcome;
  }

  private trainWithProgress(name: string, request: TrainRequest): Promise<TrainOutcome> {
    return Promise.resolve(
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Training jazz model "${name}"`, cancellable: true },
        (progress, token) => {
          progress.report({ message: 'reading the corpus…' });
          this.chart?.start(name);
          let referenceShown = false;
          let reportedPercent = 0;
          const onProgress = (p: TrainProgress) => {
            if (p.referenceCorpus && !referenceShown) {
              referenceShown = true;
              this.chart?.post({ type: 'reference', points: [...REFERENCE_LOSS_POINTS], note: REFERENCE_LOSS_NOTE });
            }
            this.chart?.post({
              type: 'epoch',
              epoch: p.epoch,
              epochs: p.epochs,
              loss: p.loss,
              ...(p.heldOutNll !== undefined ? { heldOutNll: p.heldOutNll, bestEpoch: p.bestEpoch } : {}),
            });
            const percent = (100 * p.epoch) / p.epochs;
            progress.report({ increment: percent - reportedPercent, message: describeProgress(p) });
            reportedPercent = percent;
            this.statusBar.showTraining(`${p.epoch}/${p.epochs}`);
          };
          return this.runner.run(name, request, onProgress, token);
        },
      ),
    ).finally(() => this.statusBar.showTraining(undefined));
  }

  private async report(outcome: TrainOutcome, target: ModelRef, previous: ModelRef): Promise<void> {
    this.chart?.post({
      type: 'end',
      outcome: outcome.kind,
      ...(outcome.kind === 'done' && outcome.result.heldOutLoss ? { chosenEpoch: outcome.result.epochs } : {}),
      ...(outcome.kind === 'failed' ? { message: outcome.message } : {}),
    });
    switch (outcome.kind) {
      case 'done': {
        await this.models.setActive(target);
        const result = outcome.result;
        this.log.info(summarise(result));
        // Not awaited: the command (and whoever runs it) is done once the model is active, whatever the user
        // does with the notification.
        void offerNextSteps(result, this.log);
        return;
      }
      case 'cancelled':
        this.log.info(`training "${target.name}" cancelled; nothing saved`);
        void vscode.window.showInformationMessage(`Training cancelled. The model "${previous.name}" stays active.`);
        return;
      case 'failed':
        this.log.error(`training "${target.name}" failed: ${outcome.message}`);
        if (outcome.userFacing) void vscode.window.showErrorMessage(outcome.message);
        else
          void showFailure(`Training failed: ${outcome.message}. The model "${previous.name}" stays active.`, this.log);
        return;
    }
  }
}

const GENERATE_CHOICE = 'Generate a Solo';
const REPORT_CHOICE = 'Solo and Report';
const LOG_CHOICE = 'Show Log';

/** The done notification, with a solo and its report (which draws the training's loss curve) one click away. */
async function offerNextSteps(result: TrainResult, log: vscode.LogOutputChannel): Promise<void> {
  const warnings = result.warnings.length ? ` ${result.warnings.length} corpus warning(s): see the log.` : '';
  const choice = await vscode.window.showInformationMessage(
    `Jazz model "${result.name}" trained (${result.values} values, final loss ${finalLoss(result)}) and is now active.${warnings}`,
    GENERATE_CHOICE,
    REPORT_CHOICE,
    ...(warnings ? [LOG_CHOICE] : []),
  );
  if (choice === LOG_CHOICE) log.show(true);
  if (choice === GENERATE_CHOICE || choice === REPORT_CHOICE) {
    await vscode.commands.executeCommand(COMMAND_IDS.generate);
    if (choice === REPORT_CHOICE) await vscode.commands.executeCommand(COMMAND_IDS.evaluate);
  }
}

export function describeProgress(p: TrainProgress): string {
  return `epoch ${p.epoch}/${p.epochs} · loss ${p.loss.toFixed(2)} · ${formatDuration(p.etaSeconds)} left`;
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  return minutes < 60 ? `${minutes} min ${s % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function finalLoss(result: TrainResult): string {
  const last = result.loss[result.loss.length - 1];
  return last === undefined ? 'n/a' : last.toFixed(2);
}

function summarise(result: TrainResult): string {
  const first = result.loss[0];
  return (
    `trained "${result.name}": backend ${result.backend}, ${result.tunes} tune(s), ${result.values} values, ` +
    `${result.examples} examples, Tx ${result.tx}, ${result.units} units, ${result.epochs} epochs, ` +
    `loss ${first === undefined ? 'n/a' : first.toFixed(2)} → ${finalLoss(result)}, ${result.seconds.toFixed(1)} s, saved in ${result.modelDir}`
  );
}
