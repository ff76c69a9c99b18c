// The CLI's bundle is loaded with a V8 code cache kept per user (bin/code-cache.js): written once a check has
// run, used by later runs, replaced when V8 rejects it, never written by a run that checked nothing, and
// never read from or written to a folder open to other users. Every run's output is the same as without it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeRun, runCli, WUZHONG, WUZHONG_UNITS } from './run';
import { ROOT } from '../helpers/server';

const ARGS = ['check', WUZHONG, '--units', WUZHONG_UNITS, '--format', 'json', '--fail-on', 'never'];
const caches = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.v8cache')) : []);

describe('the CLI bundle with a code cache', function () {
  this.timeout(120_000);
  let tmp: string;
  let plain: string;

  before(function () {
    // bin/xianjie.js loads the bundle (and so the cache) only while the bundle is newer than the tsc build.
    const bundle = path.join(ROOT, 'server', 'out', 'cli', 'xianjie.js');
    const built = path.join(ROOT, 'server', 'tsconfig.tsbuildinfo');
    assert.ok(fs.existsSync(bundle) && fs.statSync(bundle).mtimeMs >= fs.statSync(built).mtimeMs, 'the CLI bundle is older than the tsc build: run npm run build');
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-code-cache-'));
    const r = runCli(ARGS, 60_000, ROOT, { XIANJIE_CODE_CACHE: 'off' });
    assert.strictEqual(r.status, 0, describeRun(r));
    plain = r.stdout;
  });

  // Nothing to remove when the before hook stopped early (a stale bundle).
  after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes a cache after a check, uses it unchanged, and gives the same output each time', () => {
    const dir = path.join(tmp, 'own');
    const first = runCli(ARGS, 60_000, ROOT, { XIANJIE_CODE_CACHE: dir });
    assert.strictEqual(first.stdout, plain, describeRun(first));
    const [file] = caches(dir);
    assert.ok(file, `no cache in ${dir}`);
    const made = fs.statSync(path.join(dir, file!));
    assert.ok(made.size > 100_000, `cache of ${made.size} bytes`);
    if (process.platform !== 'win32') assert.strictEqual(fs.statSync(dir).mode & 0o077, 0, 'the folder is the user\'s alone');
    const second = runCli(ARGS, 60_000, ROOT, { XIANJIE_CODE_CACHE: dir });
    assert.strictEqual(second.stdout, plain, describeRun(second));
    assert.deepStrictEqual(caches(dir), [file]);
    assert.strictEqual(fs.statSync(path.join(dir, file!)).mtimeMs, made.mtimeMs, 'a usable cache is not written again');
  });

  it('reads a PDF (pdf.js, an ES module the bundle imports) with and without the cache alike', () => {
    const dir = path.join(tmp, 'pdf');
    const pdf = ['check', 'test/fixtures/input/wuzhong-2024.pdf', '--format', 'json', '--fail-on', 'never'];
    const off = runCli(pdf, 60_000, ROOT, { XIANJIE_CODE_CACHE: 'off' });
    assert.strictEqual(off.status, 0, describeRun(off));
    assert.match(off.stdout, /"diagnostics"/);
    for (let run = 0; run < 2; run++) {
      const r = runCli(pdf, 60_000, ROOT, { XIANJIE_CODE_CACHE: dir });
      assert.strictEqual(r.stdout, off.stdout, `run ${run + 1}: ${describeRun(r)}`);
      assert.strictEqual(r.stderr, off.stderr, `run ${run + 1}`);
    }
    assert.strictEqual(caches(dir).length, 1);
  });

  it('replaces a cache V8 rejects, with the same output', () => {
    const dir = path.join(tmp, 'damaged');
    runCli(ARGS, 60_000, ROOT, { XIANJIE_CODE_CACHE: dir });
    const [file] = caches(dir);
    assert.ok(file);
    const garbage = Buffer.alloc(4096, 7);
    fs.writeFileSync(path.join(dir, file!), garbage);
    const r = runCli(ARGS, 60_000, ROOT, { XIANJIE_CODE_CACHE: dir });
    assert.strictEqual(r.stdout, plain, describeRun(r));
    assert.notDeepStrictEqual(fs.readFileSync(path.join(dir, file!)), garbage, 'the rejected cache was replaced');
  });

  it('keeps the four newest caches of the bundle, removing older ones it left behind', () => {
    const dir = path.join(tmp, 'old');
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const old = ['xianjie-000000000000000000000001.v8cache', 'xianjie-000000000000000000000002.v8cache', 'xianjie-000000000000000000000003.v8cache', 'xianjie-000000000000000000000004.v8cache'];
    old.forEach((f, k) => {
      fs.writeFileSync(path.join(dir, f), 'x');
      fs.utimesSync(path.join(dir, f), new Date(2020, 0, k + 1), new Date(2020, 0, k + 1));
    });
    fs.writeFileSync(path.join(dir, 'other-000000000000000000000001.v8cache'), 'x');
    const r = runCli(ARGS, 60_000, ROOT, { XIANJIE_CODE_CACHE: dir });
    assert.strictEqual(r.stdout, plain, describeRun(r));
    const left = caches(dir).sort();
    assert.strictEqual(left.length, 5, left.join(', '));
    assert.ok(!left.includes(old[0]!), 'the oldest is removed');
    assert.ok(left.includes('other-000000000000000000000001.v8cache'), 'another bundle\'s cache stays');
  });

  it('writes nothing for a run that checks nothing, or when turned off', () => {
    const dir = path.join(tmp, 'help');
    const help = runCli(['--help'], 60_000, ROOT, { XIANJIE_CODE_CACHE: dir });
    assert.strictEqual(help.status, 0, describeRun(help));
    assert.deepStrictEqual(caches(dir), []);
    // Off: no folder at all, not even the platform's default one under this HOME.
    const home = path.join(tmp, 'home');
    fs.mkdirSync(home);
    const off = runCli(ARGS, 60_000, ROOT, { XIANJIE_CODE_CACHE: 'off', HOME: home, USERPROFILE: home, LOCALAPPDATA: path.join(home, 'AppData', 'Local'), XDG_CACHE_HOME: '' });
    assert.strictEqual(off.stdout, plain, describeRun(off));
    assert.deepStrictEqual(fs.readdirSync(home), []);
  });

  it('neither reads nor writes a cache in a folder other users may write to', function () {
    if (process.platform === 'win32') this.skip();
    const dir = path.join(tmp, 'shared');
    runCli(ARGS, 60_000, ROOT, { XIANJIE_CODE_CACHE: dir });
    const [file] = caches(dir);
    assert.ok(file);
    fs.chmodSync(dir, 0o777);
    fs.writeFileSync(path.join(dir, file!), Buffer.alloc(64, 1));
    const r = runCli(ARGS, 60_000, ROOT, { XIANJIE_CODE_CACHE: dir });
    assert.strictEqual(r.stdout, plain, describeRun(r));
    assert.deepStrictEqual(fs.readFileSync(path.join(dir, file!)), Buffer.alloc(64, 1), 'a shared folder\'s file is left alone');
  });
});
