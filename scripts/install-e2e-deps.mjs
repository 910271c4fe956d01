#!/usr/bin/env node
// Installs what the end-to-end tests need, and only what is missing: Debian's chromium (the browser
// playwright-core drives), libkrb5-dev and ripgrep (code-server's native modules and its search), and
// code-server 4.100.3 (the newest that runs on Node 20) in its own folder under the user's cache, so
// its 300 MB never enter the project's dependency tree. Safe to run any number of times.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'ripgrep'];
export const CHROMIUM_PATH = '/usr/bin/chromium';

// code-server 4.100.3 depends on @vscode/ripgrep 1.15.11, whose postinstall downloads `rg` from GitHub
// (unreachable here) unless it finds this archive in its cache folder first.
const RIPGREP_CACHE_DIR = `vscode-ripgrep-cache-1.15.11`;
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export function codeServerHome() {
  const cacheRoot = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(cacheRoot, 'jazz-solo-e2e', 'code-server');
}

/** The code-server launcher inside the install folder (present only once the install succeeded). */
export function codeServerBin(home = codeServerHome()) {
  return join(home, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function installedCodeServerVersion(home) {
  const manifest = join(home, 'node_modules', 'code-server', 'package.json');
  if (!existsSync(manifest) || !existsSync(codeServerBin(home))) return undefined;
  // Its postinstall installs the workbench's own modules and links node_modules.asar to them; without that
  // link the install was cut short (or its scripts were not allowed to run).
  if (!existsSync(join(home, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules.asar'))) return undefined;
  try {
    return JSON.parse(readFileSync(manifest, 'utf8')).version;
  } catch {
    return undefined;
  }
}

function missingAptPackages() {
  return APT_PACKAGES.filter((pkg) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.error) throw new Error(`${cmd} could not start: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed with status ${r.status}`);
}

function asRoot(cmd, args, options) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot) run(cmd, args, options);
  else run('sudo', ['-E', cmd, ...args], options);
}

function installAptPackages(missing, log) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log(`apt: installing ${missing.join(' ')}`);
  asRoot('apt-get', ['update', '-q'], { env });
  asRoot('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...missing], { env });
}

function seedRipgrepCache(log) {
  const cacheDir = join(process.env.TMPDIR || tmpdir(), RIPGREP_CACHE_DIR);
  const archive = join(cacheDir, RIPGREP_ARCHIVE);
  if (existsSync(archive) && statSync(archive).size > 0) return;
  if (!existsSync('/usr/bin/rg'))
    throw new Error('ripgrep (/usr/bin/rg) is missing: the apt step should have installed it');
  mkdirSync(cacheDir, { recursive: true });
  run('tar', ['-czf', archive, '-C', '/usr/bin', 'rg']);
  log(`ripgrep: seeded ${archive} from Debian's rg`);
}

function installCodeServer(home, log) {
  seedRipgrepCache(log);
  mkdirSync(home, { recursive: true });
  const manifest = join(home, 'package.json');
  if (!existsSync(manifest)) {
    writeFileSync(manifest, JSON.stringify({ name: 'jazz-solo-e2e-code-server', private: true }, null, 2) + '\n');
  }
  log(`npm: installing code-server@${CODE_SERVER_VERSION} into ${home}`);
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: home,
    env: {
      ...process.env,
      // Its postinstall refuses to run as root without this.
      npm_config_unsafe_perm: 'true',
      // node-pty's postinstall runs `npx node-gyp`, which would wait for a yes.
      npm_config_yes: 'true',
    },
  });
  const version = installedCodeServerVersion(home);
  if (version !== CODE_SERVER_VERSION) {
    throw new Error(`code-server install in ${home} did not complete (found ${version ?? 'nothing'})`);
  }
}

/**
 * Makes sure chromium and code-server are here; returns where they are and what was done.
 * @returns {{ chromiumPath: string, codeServerBin: string, actions: string[], seconds: number }}
 */
export function ensureE2eDeps({ quiet = false } = {}) {
  const started = Date.now();
  const actions = [];
  const log = (line) => {
    actions.push(line);
    if (!quiet) console.log(`[install-e2e-deps] ${line}`);
  };

  const missing = missingAptPackages();
  if (missing.length > 0) installAptPackages(missing, log);

  const home = codeServerHome();
  const version = installedCodeServerVersion(home);
  if (version !== CODE_SERVER_VERSION) installCodeServer(home, log);

  const seconds = (Date.now() - started) / 1000;
  const summary = actions.length === 0 ? 'nothing to install' : `${actions.length} step(s) done`;
  if (!quiet || actions.length > 0) {
    console.log(
      `[install-e2e-deps] ${summary} in ${seconds.toFixed(1)} s (code-server ${CODE_SERVER_VERSION} at ${home})`,
    );
  }
  return { chromiumPath: CHROMIUM_PATH, codeServerBin: codeServerBin(home), actions, seconds };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureE2eDeps();
  } catch (error) {
    console.error(`[install-e2e-deps] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
