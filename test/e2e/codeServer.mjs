// Starts code-server with everything (user data, extensions, XDG folders) inside one temporary folder, so
// a run neither reads nor writes the user's own VS Code state, and stops its whole process group.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync, symlinkSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import http from 'node:http';

export function isolatedEnv(root) {
  return {
    ...process.env,
    HOME: join(root, 'home'),
    XDG_CONFIG_HOME: join(root, 'xdg', 'config'),
    XDG_DATA_HOME: join(root, 'xdg', 'data'),
    XDG_CACHE_HOME: join(root, 'xdg', 'cache'),
    XDG_RUNTIME_DIR: join(root, 'xdg', 'runtime'),
  };
}

export function makeIsolatedFolders(root) {
  for (const dir of ['home', 'ud/User', 'ext', 'xdg/config', 'xdg/data', 'xdg/cache', 'xdg/runtime', 'browser']) {
    mkdirSync(join(root, dir), { recursive: true, mode: 0o700 });
  }
  writeFileSync(join(root, 'config.yaml'), 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
}

/** Links the extension folder as PUBLISHER.NAME-VERSION: code-server loads it as if it were installed. */
export function linkExtension(root, extensionFolder, manifest) {
  const linkName = `${manifest.publisher}.${manifest.name}-${manifest.version}`;
  symlinkSync(extensionFolder, join(root, 'ext', linkName), 'dir');
  return linkName;
}

/** Settings every run needs: no welcome page, trust or update prompts, plus the test's own. */
export function writeUserSettings(root, extra = {}) {
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'window.restoreWindows': 'none',
    'files.hotExit': 'off',
    'editor.inlineSuggest.enabled': true,
    'editor.minimap.enabled': false,
    'chat.commandCenter.enabled': false,
    ...extra,
  };
  writeFileSync(join(root, 'ud', 'User', 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
  return settings;
}

function getStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2_000, () => {
      req.destroy();
      resolve(0);
    });
  });
}

/**
 * Starts code-server on a free port of 127.0.0.1 and waits for /healthz.
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void>, pid: number }>}
 */
export async function startCodeServer({ root, codeServerBin, workspace, timeout = 60_000 }) {
  const args = [
    codeServerBin,
    '--config',
    join(root, 'config.yaml'),
    '--user-data-dir',
    join(root, 'ud'),
    '--extensions-dir',
    join(root, 'ext'),
    '--bind-addr',
    '127.0.0.1:0',
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    workspace,
  ];
  const log = createWriteStream(join(root, 'code-server.log'));
  // Detached: code-server forks the extension host and more; killing the group stops them all.
  const child = spawn(process.execPath, args, {
    env: isolatedEnv(root),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let exited = false;
  const exitPromise = new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      exited = true;
      resolve({ code, signal });
    }),
  );

  const stop = async () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const killed = await Promise.race([
      exitPromise.then(() => true),
      new Promise((r) => setTimeout(() => r(false), 5_000)),
    ]);
    // Also SIGKILL the group: the parent may exit before children that ignore SIGTERM.
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    if (!killed) await exitPromise;
  };
  // Last resort if the runner dies without reaching its cleanup.
  const onExit = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  };
  process.once('exit', onExit);

  const port = await new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () =>
        reject(
          new Error(`code-server did not report its port within ${timeout} ms (log: ${join(root, 'code-server.log')})`),
        ),
      timeout,
    );
    const onData = (chunk) => {
      log.write(chunk);
      buffered += chunk.toString();
      const match = buffered.match(/HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exitPromise.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(
        new Error(`code-server exited early (code ${code}, signal ${signal}); see ${join(root, 'code-server.log')}`),
      );
    });
  }).catch(async (error) => {
    await stop();
    throw error;
  });

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeout;
  while ((await getStatus(`${url}/healthz`)) !== 200) {
    if (Date.now() > deadline || exited) {
      await stop();
      throw new Error(`code-server on ${url} never answered /healthz with 200`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, port, pid: child.pid, stop };
}
