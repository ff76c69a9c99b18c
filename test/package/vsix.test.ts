// The packages that `npm run package` built (vsix/, or XIANJIE_VSIX_DIR): one per target, each with
// exactly one engine binary built for its target (format, machine, C library), where the loader finds
// it; the package for this machine cuts Chinese with its own engine; a package with another target's
// binary is caught; the unpacked package's own server (dist/server.js over stdio, with only what the
// package holds) reads a .pdf, a .doc, a .wps and an .xlsx as the CLI does. Run with `npm run
// test:package` (it packages first); not part of `npm test`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn } from 'child_process';
import { pathToFileURL } from 'url';
import { zipSync, unzipSync } from 'fflate';
import * as iconv from 'iconv-lite';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { ROOT } from '../helpers/server';
import { readModule } from '../input/server-modules';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { TARGETS, hostTarget } = require(path.join(ROOT, 'scripts/lib/targets.js')) as {
  TARGETS: Record<string, { abi: string }>;
  hostTarget(): string | undefined;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkVsix, openVsix } = require(path.join(ROOT, 'scripts/check-vsix.js')) as {
  checkVsix(file: string): string[];
  openVsix(file: string): { target?: string; files: Record<string, Uint8Array> };
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { GroupedDictionary } = require(path.join(ROOT, 'server/out/segment/grouped-dict')) as typeof import('../../server/src/segment/grouped-dict');

const DIR = path.resolve(process.env.XIANJIE_VSIX_DIR ?? path.join(ROOT, 'vsix'));

describe('packages per platform', () => {
  const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.vsix')).map((f) => path.join(DIR, f)) : [];
  const byTarget = new Map(files.map((f) => [openVsix(f).target, f]));
  let tmp: string;
  before(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-vsix-test-'))));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('has one package for every target', () => {
    assert.deepStrictEqual([...byTarget.keys()].sort(), Object.keys(TARGETS).sort(), `packages in ${DIR}`);
    assert.strictEqual(files.length, Object.keys(TARGETS).length);
  });

  for (const target of Object.keys(TARGETS)) {
    it(`${target}: its one engine binary is built for ${target} and sits where the loader looks`, () => {
      const file = byTarget.get(target);
      assert.ok(file, `no package for ${target}`);
      assert.deepStrictEqual(checkVsix(file), []);
    });
  }

  it("the package for this machine segments Chinese with its own engine", () => {
    const file = byTarget.get(hostTarget());
    assert.ok(file);
    const dir = path.join(tmp, 'host');
    for (const [name, data] of Object.entries(openVsix(file).files)) {
      if (!name.startsWith('extension/dist/node_modules/') && !name.startsWith('extension/seeds/segment/')) continue;
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), data);
    }
    const pkg = path.join(dir, 'extension/dist/node_modules/@node-rs/jieba');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Jieba } = require(pkg) as { Jieba: new () => { cut(t: string, hmm: boolean): string[]; loadDict(d: Uint8Array): void } };
    // The package's dictionary: seeds/segment/jieba-dict.txt, loaded a group at a time as the server does.
    const dict = new GroupedDictionary(fs.readFileSync(path.join(dir, 'extension/seeds/segment/jieba-dict.txt')));
    const jieba = new Jieba();
    const text = '加强数字政府建设';
    jieba.loadDict(dict.admit(text)!);
    assert.deepStrictEqual(jieba.cut(text, false), ['加强', '数字', '政府', '建设']);
  });

  it("the package for this machine reads .pdf, .doc, .wps, .xlsx and a GBK .txt with its own server, giving the CLI's text", async function () {
    this.timeout(120_000);
    const file = byTarget.get(hostTarget());
    assert.ok(file);
    // The whole package, unpacked outside the repository, so nothing resolves to the repo's node_modules.
    const dir = path.join(tmp, 'readers');
    for (const [name, data] of Object.entries(openVsix(file).files)) {
      if (!name.startsWith('extension/')) continue;
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), data);
    }
    const ext = path.join(dir, 'extension');
    const proc = spawn(process.execPath, [path.join(ext, 'dist', 'server.js'), '--stdio'], {
      cwd: ext, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, XIANJIE_SEEDS: path.join(ext, 'seeds'), NODE_PATH: '', XIANJIE_CODE_CACHE: path.join(tmp, 'code-cache') },
    });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    conn.onRequest(() => null);
    conn.listen();
    try {
      await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      const input = path.join(ROOT, 'test', 'fixtures', 'input');
      const wps = path.join(tmp, 'wuzhong-2024.wps');
      fs.copyFileSync(path.join(input, 'wuzhong-2024.doc'), wps);
      // A GBK text file: its character set is guessed by jschardet, staged in the package beside the readers.
      const gbk = path.join(tmp, 'wuzhong-gbk.txt');
      fs.writeFileSync(gbk, iconv.encode(fs.readFileSync(path.join(ROOT, 'seeds', 'wuzhong-2023-shishi-fangan.txt'), 'utf8'), 'gbk'));
      const cases: [string, string][] = [
        [gbk, 'text'],
        [path.join(input, 'wuzhong-2024.pdf'), 'pdf'], [path.join(input, 'wuzhong-2024.doc'), 'doc'], [wps, 'doc'],
        [path.join(input, 'wuzhong-task-division.xlsx'), 'xlsx'], [path.join(input, 'ningxia-2023-tasks.xlsx'), 'xlsx'],
      ];
      for (const [f, kind] of cases) {
        const r = await conn.sendRequest<{ text?: string; kind?: string; error?: string }>('xianjie/extract', { uri: pathToFileURL(f).toString() });
        assert.strictEqual(r.error, undefined, `${path.basename(f)}: ${r.error}`);
        assert.strictEqual(r.kind, kind);
        // The repository's reader (the CLI's) gives the same text.
        const cli = await readModule.readDraftFile(f, { maxBytes: 1e8 });
        assert.ok(cli.ok);
        assert.strictEqual(r.text, cli.text, path.basename(f));
        assert.ok(r.text!.length > 1000);
      }
    } finally {
      conn.dispose();
      proc.kill();
    }
  });

  it("catches a package that carries another target's binary", () => {
    const linux = byTarget.get('linux-x64');
    const win = byTarget.get('win32-x64');
    assert.ok(linux && win);
    const files = unzipSync(new Uint8Array(fs.readFileSync(linux)));
    const winBinary = openVsix(win).files['extension/dist/node_modules/@node-rs/jieba/jieba.win32-x64-msvc.node']!;
    files['extension/dist/node_modules/@node-rs/jieba/jieba.linux-x64-gnu.node'] = new Uint8Array(winBinary);
    const bad = path.join(tmp, 'swapped.vsix');
    fs.writeFileSync(bad, zipSync(files));
    assert.deepStrictEqual(checkVsix(bad), ['extension/dist/node_modules/@node-rs/jieba/jieba.linux-x64-gnu.node: format pe, expected elf']);
  });
});
