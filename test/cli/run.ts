// Runs the built CLI (bin/xianjie.js) as a child process from the repository root, with pipes
// (no TTY) and a generous timeout that guards against hangs; never a timing assertion.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/server';

export const BIN = path.join(ROOT, 'bin', 'xianjie.js');
export const CLI_FIXTURES = path.join(ROOT, 'test', 'fixtures', 'cli');
export const WUZHONG = 'seeds/wuzhong-2023-shishi-fangan.txt';
export const WUZHONG_UNITS = 'seeds/units/wuzhong.units.txt';

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time in milliseconds (recorded for reports, never asserted). */
  ms: number;
}

/** The code cache of this test process's CLI runs (bin/code-cache.js): a folder of its own, not the user's. */
const CODE_CACHE = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-test-code-cache-'));

/** The environment of the child: no colour, no TTY hints, no inherited test switches, a code cache of the tests' own. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', XIANJIE_CODE_CACHE: CODE_CACHE };
  delete env.FORCE_COLOR;
  delete env.UPDATE_EXPECT;
  return env;
}

export function runCli(args: string[], timeoutMs = 60_000, cwd = ROOT, env: NodeJS.ProcessEnv = {}): CliRun {
  const started = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...childEnv(), ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
    maxBuffer: 512 * 1024 * 1024,
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    throw new Error(`xianjie ${args.join(' ')} did not finish within ${timeoutMs} ms (hang guard)`);
  }
  if (r.error) throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

/** A compact description of a run for assertion messages. */
export function describeRun(r: CliRun): string {
  const cut = (s: string) => (s.length > 1500 ? s.slice(0, 1500) + ' …' : s);
  return `exit ${r.status}${r.signal ? ` (signal ${r.signal})` : ''}\n--- stderr\n${cut(r.stderr)}\n--- stdout\n${cut(r.stdout)}`;
}

/** True when the output contains a JavaScript stack trace. */
export function hasStackTrace(s: string): boolean {
  return /\n\s+at .+[:(]\d+:\d+\)?/.test(s) || /^\s*at [\w.<>]+ \(/m.test(s);
}
