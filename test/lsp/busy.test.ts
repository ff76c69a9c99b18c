// The server during a long check: the check runs in slices, so a hover or a completion on text the
// edit left unchanged is answered from the last analysis before the check's diagnostics arrive; a
// hover on the new text waits for them. Order of messages is asserted, never time.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CompletionItem, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspSession, ROOT } from './session';

const plan = fs.readFileSync(path.join(ROOT, 'seeds', 'wuzhong-2023-shishi-fangan.txt'), 'utf8');

/** `copies` copies of the plan with every line made distinct (" #<tag><copy>"), so none is in a cache. */
function distinct(copies: number, tag: string): string {
  return Array.from({ length: copies }, (_, k) => plan.replace(/[^\n]\n/g, (m) => `${m[0]} #${tag}${k}\n`)).join('\n');
}

describe('language server during a long check', function () {
  this.timeout(120000);
  let s: LspSession;
  const uri = 'file:///tmp/xianjie-lsp-test/long.plan.txt';
  // About 0.4 MB opened, then as much again pasted at its end: every pasted unit is aligned anew,
  // a check of many slices.
  const opened = distinct(12, 'a');
  const lines = opened.split('\n');
  const subitem = lines.findIndex((l) => l.includes('强化安全管理责任'));
  const hoverAt = { line: subitem, character: lines[subitem]!.indexOf('强化安全管理责任') + 2 };
  const end = { line: lines.length - 1, character: lines[lines.length - 1]!.length };

  before(async () => {
    s = await LspSession.start({ settings: { debounceMs: 0 } });
    s.open(uri, opened, 1);
    await s.waitForDiagnostics(uri, (p) => p.version === 1, 90000);
  });
  after(async () => s.stop());

  it('answers a hover and a completion on unchanged text before the diagnostics of the check under way', async () => {
    const order: string[] = [];
    const diagnostics = s.nextDiagnostics(uri, (p) => p.version === 2, 90000).then(() => order.push('diagnostics'));
    s.change(uri, 2, [{ range: { start: end, end }, text: '\n' + distinct(12, 'b') }]);
    const hover = s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: hoverAt }).then((h) => (order.push('hover'), h));
    const completion = s.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 0 } })
      .then((c) => (order.push('completion'), c));
    const h = await hover;
    await Promise.all([completion, diagnostics]);
    assert.deepStrictEqual(order, ['hover', 'completion', 'diagnostics']);
    // The same hover as after the check: the sub-item's clause and tasks.
    const text = (h!.contents as MarkupContent).value;
    assert.match(text, /强化安全管理责任/);
    assert.match(text, /任务\d+：/);
    assert.deepStrictEqual(h!.range!.start.line, subitem);
    const after = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: hoverAt });
    assert.deepStrictEqual(after, h);
  });

  it('a hover on the pasted text waits for the check, and its range is in the current text', async () => {
    const now = s.diagnostics.get(uri)!.version!;
    const base = opened + '\n' + distinct(12, 'b');
    const baseLines = base.split('\n');
    const pasteEnd = { line: baseLines.length - 1, character: baseLines[baseLines.length - 1]!.length };
    const pasted = '\n' + distinct(12, 'c');
    const pastedLines = (base + pasted).split('\n');
    // The same sub-item in the newly pasted copy.
    const line = pastedLines.findIndex((l, i) => i >= baseLines.length && l.includes('强化安全管理责任'));
    const order: string[] = [];
    const diagnostics = s.nextDiagnostics(uri, (p) => p.version === now + 1, 90000).then(() => order.push('diagnostics'));
    s.change(uri, now + 1, [{ range: { start: pasteEnd, end: pasteEnd }, text: pasted }]);
    const hover = s.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: pastedLines[line]!.indexOf('强化安全管理责任') + 2 } })
      .then((h) => (order.push('hover'), h));
    const h = await hover;
    await diagnostics;
    assert.deepStrictEqual(order, ['diagnostics', 'hover']);
    assert.strictEqual(h!.range!.start.line, line);
    assert.match((h!.contents as MarkupContent).value, /强化安全管理责任/);
  });
});
