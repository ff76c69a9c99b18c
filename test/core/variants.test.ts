// The same plan in other clothes: a Traditional-script twin and a copy pasted out of a PDF
// (line breaks inside sentences, spaces inside words and dates, heading numbers on their own
// line) give the same findings and alignments as the original.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { core, node, ROOT, seed } from '../helpers/server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { damage } = require(path.join(ROOT, 'scripts/make-pdf-damage.js')) as { damage(s: string): string };

describe('draft variants', () => {
  const original = fs.readFileSync(seed('wuzhong-2023-shishi-fangan.txt'), 'utf8');
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const localUnits = node.project.loadLocalUnits(seed('units/wuzhong.units.txt'));
  const run = (text: string) => core.analyze.analyze(text, prepared, { localUnits });
  const base = run(original);
  const messages = (r: ReturnType<typeof run>) => r.findings.map((f) => `${f.rule} ${f.message}`).sort();
  const clauses = (r: ReturnType<typeof run>) =>
    r.alignments.filter((a) => r.outline[a.unit]!.kind !== 'paragraph').map((a) => a.clauses[0]?.id ?? '-');

  it('a Traditional twin gives the same findings at the same offsets', () => {
    const tw = OpenCC.Converter({ from: 'cn', to: 'tw' })(original);
    assert.strictEqual(tw.length, original.length);
    const r = run(tw);
    assert.deepStrictEqual(r.findings.map((f) => [f.rule, f.start, f.end]), base.findings.map((f) => [f.rule, f.start, f.end]));
    assert.deepStrictEqual(clauses(r), clauses(base));
    assert.deepStrictEqual(r.coverage.tasks.covered.map((c) => c.no), base.coverage.tasks.covered.map((c) => c.no));
  });

  it('a PDF-pasted copy gives the same findings, alignments and coverage', () => {
    const pdf = damage(original);
    assert.notStrictEqual(pdf, original);
    const r = run(pdf);
    assert.deepStrictEqual(messages(r), messages(base));
    assert.deepStrictEqual(clauses(r), clauses(base));
    assert.deepStrictEqual(r.coverage.pillars.map((p) => p.covered), base.coverage.pillars.map((p) => p.covered));
    // Every range still points into the damaged text at the same words.
    for (const f of r.findings) assert.ok(f.start >= 0 && f.end <= pdf.length && f.start <= f.end);
  });
});
