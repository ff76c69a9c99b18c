// findGaps (core/text/placeholders.ts) tries the gap pattern only where a gap can start; it must find
// exactly what a scan of the whole text finds, on every text in the repository and on made-up cases.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../../helpers/server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const placeholders = require(path.join(ROOT, 'server/out/core/text/placeholders')) as typeof import('../../../server/src/core/text/placeholders');

function texts(): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  for (const d of ['seeds', 'test/fixtures', 'test/blind']) walk(path.join(ROOT, d));
  return out;
}

describe('findGaps', () => {
  const scan = (text: string) => [...text.matchAll(new RegExp(placeholders.GAP.source, 'g'))].map((m) => ({ start: m.index!, end: m.index! + m[0].length, gap: m[0] }));

  it('finds what a scan of the whole text finds, on every text in the repository', () => {
    const all = texts();
    assert.ok(all.length > 100, `${all.length} texts`);
    for (const t of all) assert.deepStrictEqual(placeholders.findGaps(t), scan(t));
  });

  it('finds each kind of gap where it is, and nothing in 二○二四年 or IPv6', () => {
    const t = '县XX局于2024年X月、X月12日、5月XX日前报送，××镇某某村____年□□□（  ）%；二○二四年推进IPv6改造，xx。';
    const found = placeholders.findGaps(t).map((g) => g.gap);
    assert.deepStrictEqual(found, ['XX', 'X', 'X', 'XX', '××', '某某', '____', '□□□', '（  ）', 'xx']);
    assert.deepStrictEqual(placeholders.findGaps(t), scan(t));
    assert.deepStrictEqual(placeholders.findGaps('二○二四年推进IPv6改造'), []);
  });
});
