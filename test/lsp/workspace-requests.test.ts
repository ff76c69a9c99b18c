// The editor's workspace commands as the language server answers them: xianjie/matrixHtml (衔接：汇总
// 工作区方案) gives the same matrix as `xianjie report --matrix`, with the webview's nonce; and
// xianjie/scaffold (衔接：新建实施方案) gives the files `xianjie init` writes.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { fileUri, LspSession, ROOT } from './session';

const FOLDER = path.join(ROOT, 'test/fixtures/matrix');

describe('language server: workspace requests', function () {
  this.timeout(120_000);
  let s: LspSession;
  before(async () => {
    s = await LspSession.start({ workspaceFolder: FOLDER });
  });
  after(async () => s.stop());

  it('xianjie/matrixHtml: the workspace’s plans side by side, script under the webview’s nonce', async () => {
    const r = await s.request<{ html?: string; plans?: { uri: string; name: string }[]; error?: string }>('xianjie/matrixHtml', {
      folders: [fileUri(FOLDER)], nonce: 'TESTNONCE', cspSource: 'vscode-webview://x',
    });
    assert.ok(r.html, r.error);
    assert.deepStrictEqual(r.plans!.map((p) => p.name), ['红寺堡区数字政府建设实施方案', '同心县数字政府建设实施方案', '盐池县数字政府建设实施方案']);
    for (const p of r.plans!) assert.ok(fs.existsSync(fileURLToPath(p.uri)));
    assert.match(r.html, /script-src 'nonce-TESTNONCE'/);
    assert.match(r.html, /<script nonce="TESTNONCE">/);
    assert.ok(!/(?:src|href)="https?:/.test(r.html));
    // Cells carry the plan index and line for the webview to post back; plan reports open through data-report.
    assert.match(r.html, /data-plan="2" data-line="\d+"/);
    assert.strictEqual((r.html.match(/data-report="\d"/g) ?? []).length, 3);
    // The same statuses as the CLI's matrix.
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'bin/xianjie.js'), 'report', '--matrix', FOLDER, '--format', 'md'], { encoding: 'utf8' });
    const statuses = (html: string) => [...html.matchAll(/<td class="st [a-z]+" data-status="([^"]+)"/g)].map((m) => m[1]);
    const cliRows = cli.stdout.split('\n').filter((l) => /^\| \d* \| (自治区任务清单|吴忠市方案) \|/.test(l));
    const fromMd = cliRows.flatMap((l) => l.split(' | ').slice(-3).map((c) => c.replace(/\s*\|\s*$/, '').replace(/^[^\u4e00-\u9fff]*/, '').trim()));
    const fromHtml = statuses(r.html.slice(r.html.indexOf('<table id="matrix">')));
    assert.deepStrictEqual(fromHtml, fromMd);
  });

  it('xianjie/matrixHtml: a folder without plans gives a message, not a failure', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-lsp-empty-'));
    try {
      const r = await s.request<{ html?: string; error?: string }>('xianjie/matrixHtml', { folders: [fileUri(empty)], nonce: 'N', cspSource: 'x' });
      assert.ok(!r.html);
      assert.match(r.error!, /没有找到方案文件/);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('xianjie/scaffold: the files xianjie init writes, with the parent named relative to the folder', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-lsp-scaffold-')));
    try {
      fs.copyFileSync(path.join(ROOT, 'seeds/wuzhong-2023-shishi-fangan.txt'), path.join(dir, '吴忠市实施方案.txt'));
      fs.mkdirSync(path.join(dir, 'cli'));
      fs.mkdirSync(path.join(dir, 'lsp'));
      const r = await s.request<{ files?: { uri: string; content: string }[]; planUri?: string; taskCount?: number; error?: string }>('xianjie/scaffold', {
        folder: fileUri(path.join(dir, 'lsp')), name: '盐池县', level: '县', baseline: 'ningxia-2023', parent: fileUri(path.join(dir, '吴忠市实施方案.txt')),
      });
      assert.ok(r.files, r.error);
      assert.strictEqual(r.taskCount, 89);
      assert.strictEqual(fileURLToPath(r.planUri!), path.join(dir, 'lsp', '盐池县数字政府建设实施方案.plan.txt'));
      const init = spawnSync(process.execPath, [path.join(ROOT, 'bin/xianjie.js'), 'init', '--name', '盐池县', '--level', '县', '--parent', '../吴忠市实施方案.txt'], { cwd: path.join(dir, 'cli'), encoding: 'utf8' });
      assert.strictEqual(init.status, 0, init.stderr);
      for (const f of r.files!) {
        const name = path.basename(fileURLToPath(f.uri));
        assert.strictEqual(f.content, fs.readFileSync(path.join(dir, 'cli', name), 'utf8'), name);
      }
      assert.ok(!fs.existsSync(path.join(dir, 'lsp', '盐池县数字政府建设实施方案.plan.txt')), 'the server writes nothing; the client does');
      const bad = await s.request<{ error?: string }>('xianjie/scaffold', { folder: fileUri(dir), name: '盐池县', level: '乡', baseline: 'ningxia-2023' });
      assert.match(bad.error!, /--level 只能是/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
