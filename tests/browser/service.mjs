// Starts the real chaingraph service (the Release build) on a free loopback port with a fresh store seeded from graph-seed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dll = process.env.CHAINGRAPH_DLL ?? path.join(repoRoot, 'src', 'ChainGraph.Server', 'bin', 'Release', 'net10.0', 'chaingraph.dll');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startService(extraEnv = {}) {
  if (!fs.existsSync(dll)) {
    throw new Error(`${dll} is missing: build it first (dotnet build src/ChainGraph.Server -c Release)`);
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingraph-browser-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('dotnet', [dll, 'serve', '--db', path.join(folder, 'chaingraph.db'), '--urls', url], {
    cwd: folder,
    env: {
      ...process.env,
      ChainGraph__Seed__Path: path.join(repoRoot, 'graph-seed'),
      DOTNET_CLI_TELEMETRY_OPTOUT: '1',
      DOTNET_NOLOGO: '1',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  let exited = null;
  const exit = new Promise((resolve) => child.on('exit', (code, signal) => { exited = { code, signal }; resolve(); }));

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      await exit;
      clearTimeout(timer);
    }
    fs.rmSync(folder, { recursive: true, force: true });
  };

  const deadline = Date.now() + 120000;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`the service exited (${JSON.stringify(exited)}) before it was ready:\n${log}`);
    }
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the service was not ready within 120 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, stop, log: () => log };
}

/** POST /graphql from the test itself (with an API key for mutations). */
export async function graphql(url, query, variables, key = null) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key ? { 'X-Api-Key': key } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
