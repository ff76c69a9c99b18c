// Checking many files on worker threads (server/src/cli/pool.ts): the pool hands each file to a
// worker and returns the outcomes in input order, gives back a file a worker failed on, and
// `xianjie check DIR` prints exactly what a check on one thread prints.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/server';
import { describeRun, runCli } from './run';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pool = require(path.join(ROOT, 'server/out/cli/pool')) as typeof import('../../server/src/cli/pool');

const ECHO = path.join(ROOT, 'test', 'fixtures', 'pool', 'echo-worker.js');

describe('checking on worker threads', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-pool-'));
    process.env.XIANJIE_ROOT = ROOT;
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('returns every outcome in input order, from the workers', async () => {
    const files = Array.from({ length: 9 }, (_, i) => {
      const f = path.join(tmp, `f${i}.txt`);
      fs.writeFileSync(f, i === 4 ? '!无法读取\n' : `第${i}份\n`);
      return f;
    });
    const done: number[] = [];
    const out = await pool.checkOnWorkers<{ file: string; first: string; threadId: number; baseline: string }>(
      ECHO, files, { baseline: 'ningxia-2023', settings: {} }, 3, (i) => done.push(i),
    );
    assert.strictEqual(out.length, files.length);
    assert.deepStrictEqual([...done].sort((a, b) => a - b), files.map((_, i) => i));
    out.forEach((o, i) => {
      assert.ok(o, `file ${i} has an outcome`);
      if (i === 4) return assert.deepStrictEqual(o, { error: { path: files[4], message: '!无法读取' } });
      assert.ok('analysed' in o);
      assert.strictEqual(o.analysed.first, `第${i}份`);
      assert.strictEqual(o.analysed.baseline, 'ningxia-2023');
      assert.notStrictEqual(o.analysed.threadId, 0, 'read on a worker thread');
    });
  });

  it('leaves a file a worker failed on for the caller, and still finishes the others', async () => {
    const files = ['a.txt', 'crash.txt', 'b.txt', 'c.txt'].map((n) => {
      const f = path.join(tmp, n);
      fs.writeFileSync(f, `${n}\n`);
      return f;
    });
    const out = await pool.checkOnWorkers(ECHO, files, { baseline: 'x', settings: {} }, 2, () => undefined);
    assert.strictEqual(out[1], undefined);
    for (const i of [0, 2, 3]) assert.ok(out[i] && 'analysed' in out[i]!, `file ${i}`);
  });

  it('uses workers for six files or more on four cores or more, none when XIANJIE_WORKERS=0, else the number it sets', () => {
    const saved = process.env.XIANJIE_WORKERS;
    try {
      delete process.env.XIANJIE_WORKERS;
      assert.strictEqual(pool.workerCount(3, 8), 0);
      assert.strictEqual(pool.workerCount(100, 2), 0, 'two cores: none');
      assert.strictEqual(pool.workerCount(100, 4), 3);
      assert.strictEqual(pool.workerCount(100, 16), 4);
      assert.strictEqual(pool.workerCount(6, 8), 2);
      process.env.XIANJIE_WORKERS = '0';
      assert.strictEqual(pool.workerCount(100), 0);
      process.env.XIANJIE_WORKERS = '3';
      assert.strictEqual(pool.workerCount(100), 3);
      process.env.XIANJIE_WORKERS = 'many';
      assert.strictEqual(pool.workerCount(100), 0);
    } finally {
      if (saved === undefined) delete process.env.XIANJIE_WORKERS;
      else process.env.XIANJIE_WORKERS = saved;
    }
  });

  it('xianjie check DIR prints the same on three workers as on one thread, errors and exit code included', function () {
    this.timeout(240_000);
    const dir = path.join(tmp, 'drafts');
    fs.mkdirSync(dir);
    const blind = path.join(ROOT, 'test', 'blind');
    const cases = fs.readdirSync(blind).filter((d) => fs.existsSync(path.join(blind, d, 'draft.txt'))).sort().slice(0, 8);
    for (const c of cases) fs.copyFileSync(path.join(blind, c, 'draft.txt'), path.join(dir, `${c}.txt`));
    // Not a Word file though named so: an error in its place among the results.
    fs.writeFileSync(path.join(dir, 'broken.docx'), 'not a zip');
    for (const format of ['json', 'text']) {
      const one = runCli(['check', dir, '--format', format], 120_000, ROOT, { XIANJIE_WORKERS: '0' });
      const three = runCli(['check', dir, '--format', format], 120_000, ROOT, { XIANJIE_WORKERS: '3' });
      assert.ok(one.stdout.length > 1000, describeRun(one));
      assert.ok(one.stderr.includes('broken.docx'), describeRun(one));
      assert.strictEqual(three.status, one.status, describeRun(three));
      assert.strictEqual(three.stdout, one.stdout);
      assert.strictEqual(three.stderr, one.stderr);
    }
  });
});
