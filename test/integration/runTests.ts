/**
 * Runs the integration suite in a real VS Code downloaded by @vscode/test-electron. Where VS Code cannot
 * be downloaded (no internet), it says so in one line and exits 0 as skipped: it never reports a pass.
 * VSCODE_EXECUTABLE_PATH points it at an installed VS Code instead of downloading.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  downloadAndUnzipVSCode,
  runTests,
  ProgressReportStage,
  type ProgressReport,
  type ProgressReporter,
} from '@vscode/test-electron';

const VSCODE_VERSION = '1.100.0';
/** Without a single downloaded byte for this long, the machine is taken to be offline. */
const STALL_MS = 20_000;
const OFFLINE_CODES = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ENETUNREACH|EHOSTUNREACH|ETIMEDOUT|ECONNRESET/;

const projectRoot = path.resolve(__dirname, '../../..');

/** Resolves to VS Code's executable, or rejects with a short reason as soon as the download is hopeless. */
function downloadVSCode(): Promise<string> {
  return new Promise((resolve, reject) => {
    let stallTimer = setTimeout(() => reject(new Error(`no answer within ${STALL_MS / 1000} s`)), STALL_MS);
    const reporter: ProgressReporter = {
      report(report: ProgressReport) {
        if (report.stage === ProgressReportStage.Downloading) {
          clearTimeout(stallTimer);
          stallTimer = setTimeout(() => reject(new Error(`download stalled for ${STALL_MS / 1000} s`)), STALL_MS);
        } else if (report.stage === ProgressReportStage.Retrying && OFFLINE_CODES.test(String(report.error))) {
          reject(report.error);
        }
      },
      error(err: unknown) {
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    };
    downloadAndUnzipVSCode({ version: VSCODE_VERSION, timeout: STALL_MS, reporter }).then(
      (executable) => {
        clearTimeout(stallTimer);
        resolve(executable);
      },
      (err) => {
        clearTimeout(stallTimer);
        reject(err);
      },
    );
  });
}

function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 160);
}

async function main(): Promise<void> {
  let executable = process.env.VSCODE_EXECUTABLE_PATH;
  if (!executable) {
    try {
      executable = await downloadVSCode();
    } catch (err) {
      console.log(`integration tests skipped: VS Code could not be downloaded (${oneLine(err)})`);
      process.exit(0);
    }
  }

  // A fresh copy of the fixture workspace and a fresh profile: trained models and settings never leak
  // between runs or into the user's own VS Code.
  const scratch = mkdtempSync(path.join(tmpdir(), 'jazz-solo-it-'));
  const workspace = path.join(scratch, 'workspace');
  cpSync(path.join(projectRoot, 'test/integration/fixtures/workspace'), workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath: path.join(__dirname, 'suite', 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        `--user-data-dir=${path.join(scratch, 'user-data')}`,
      ],
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`integration tests failed: ${oneLine(err)}`);
  process.exit(1);
});
