// A Guangxi city draft checked against guangxi-2022 (桂政发〔2022〕31号, compiled from a Traditional
// copy): test/fixtures/guangxi/<city>/ holds a Simplified draft written for the test, with one
// planted mistake or more per rule and near misses (expected.json, same format as
// test/fixtures/rules), the city's units file, and the Traditional twin made by
// scripts/make-guangxi-twin.js (opencc cn→tw; damaged headings re-damaged from their Traditional
// form). Both scripts must report every planted mistake on its line, flag no near miss, raise no
// other finding of the scored rules, and give the same findings (rule, start, end).
//
// Fragments are written in Simplified; a finding's message is folded to Simplified before matching,
// since messages quote the draft as written (“市人力資源社會保證局”).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { forEachFixture, lineAt } from '../helpers/fixtures';
import { ROOT, core, node } from '../helpers/server';

interface Expectation {
  rule: string;
  line: number;
  fragment: string;
  /** For unknown-unit: the registry name the finding should suggest (是否应为“…”). */
  suggest?: string;
}
interface NearMiss {
  rule: string;
  line: number;
  fragment?: string;
}
interface GuangxiFixture {
  units: string;
  expect: Expectation[];
  mustNotFlag: NearMiss[];
  /** Regional tasks naming the cities that the draft leaves out on purpose (task-uncovered, not scored strictly). */
  leftOut: { task: number; note?: string }[];
}
type Finding = ReturnType<typeof core.analyze.analyze>['findings'][number];
interface Located extends Finding {
  line: number;
  folded: string;
}

const twinScript = require(path.join(ROOT, 'scripts', 'make-guangxi-twin.js')) as {
  twinOf(cityDir: string): string;
};
const OpenCC = require('opencc-js') as { Converter(o: { from: string; to: string }): (s: string) => string };
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

/** The rules scored strictly: any finding of these (except hints) must be a planted mistake. */
const STRICT = ['missing-pillar', 'deadline-later-than-baseline', 'deadline-invalid', 'unknown-unit', 'basis-mismatch', 'garbled-text'];

function prepared() {
  return node.baselines.getPrepared('guangxi-2022').prepared;
}

function analyze(text: string, unitsFile: string) {
  const localUnits = node.project.loadLocalUnits(unitsFile);
  return core.analyze.analyze(text, prepared(), { localUnits });
}

const matches = (f: Located, e: Expectation): boolean => f.rule === e.rule && f.line === e.line && f.folded.includes(e.fragment);

describe('guangxi-2022: city drafts in Simplified and their Traditional twins', () => {
  forEachFixture('guangxi', (city, dir) => {
    describe(city, () => {
      const spec = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as GuangxiFixture;
      const unitsFile = path.resolve(dir, spec.units);
      const simplified = fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8');
      const traditional = twinScript.twinOf(dir);
      const results = new Map<string, ReturnType<typeof analyze>>();
      const result = (script: string, text: string) => {
        let r = results.get(script);
        if (!r) results.set(script, (r = analyze(text, unitsFile)));
        return r;
      };
      const located = (script: string, text: string): Located[] =>
        result(script, text).findings.map((f) => ({ ...f, line: lineAt(text, f.start), folded: toSimplified(f.message) }));

      it('the committed Traditional twin (draft.tw.txt) is what scripts/make-guangxi-twin.js makes', () => {
        const committed = path.join(dir, 'draft.tw.txt');
        if (!fs.existsSync(committed)) return;
        assert.ok(fs.readFileSync(committed, 'utf8') === traditional, `${committed} is stale: run node scripts/make-guangxi-twin.js`);
      });

      it('the twin is in Traditional script, line for line the same length', () => {
        assert.notStrictEqual(traditional, simplified);
        assert.ok(/數字政府/.test(traditional) && !/数字政府/.test(traditional));
        const a = simplified.split('\n');
        const b = traditional.split('\n');
        assert.deepStrictEqual(b.map((l) => l.length), a.map((l) => l.length));
      });

      for (const [script, text] of [['简体', simplified], ['繁体', traditional]] as const) {
        describe(script, () => {
          const all = () => located(script, text);

          it('is analysed without problems', () => {
            assert.deepStrictEqual(result(script, text).problems, []);
          });

          for (const e of spec.expect) {
            it(`reports ${e.rule} on line ${e.line}: “${e.fragment}”`, () => {
              const hit = all().find((f) => matches(f, e));
              const near = all().filter((f) => f.rule === e.rule).map((f) => `  ${f.line}: ${f.message}`);
              assert.ok(hit, `line ${e.line}: ${text.split('\n')[e.line - 1]!.slice(0, 80)}\nno ${e.rule} finding containing “${e.fragment}”; ${e.rule} findings:\n${near.join('\n') || '  (none)'}`);
              if (e.suggest) assert.ok(hit.folded.includes(`是否应为“${e.suggest}”`), `no suggestion “${e.suggest}”: ${hit.message}`);
            });
          }

          for (const m of spec.mustNotFlag) {
            it(`does not report ${m.rule} on line ${m.line}${m.fragment ? `: “${m.fragment}”` : ''}`, () => {
              const bad = all().filter((f) => f.rule === m.rule && f.line === m.line && (!m.fragment || f.folded.includes(m.fragment)));
              assert.deepStrictEqual(bad.map((f) => f.message), [], `line ${m.line}: ${text.split('\n')[m.line - 1]!.slice(0, 80)}`);
            });
          }

          it('raises no other warning or error of the scored rules', () => {
            const stray = all().filter((f) => STRICT.includes(f.rule) && f.severity !== 'hint' && !spec.expect.some((e) => matches(f, e)));
            assert.deepStrictEqual(stray.map((f) => `${f.rule} ${f.line}: ${f.message}`), []);
          });

          it(`lists the tasks left out as uncovered: ${spec.leftOut.map((t) => t.task).join('、')}`, () => {
            const r = result(script, text);
            const uncovered = r.coverage.tasks.uncovered;
            for (const t of spec.leftOut) {
              assert.ok(uncovered.includes(t.task), `task ${t.task} counted as covered (uncovered: ${uncovered.join(', ')})`);
              assert.ok(r.findings.some((f) => f.rule === 'task-uncovered' && f.message.includes(`第${t.task}项`)), `no task-uncovered finding for task ${t.task}`);
            }
          });
        });
      }

      it('the Simplified and the Traditional draft give the same findings (rule, start, end) and coverage', () => {
        const key = (f: Finding) => `${f.rule} ${f.start}-${f.end}`;
        const s = result('简体', simplified);
        const t = result('繁体', traditional);
        assert.deepStrictEqual(t.findings.map(key), s.findings.map(key));
        assert.deepStrictEqual(t.coverage.tasks.uncovered, s.coverage.tasks.uncovered);
        assert.deepStrictEqual(
          t.coverage.pillars.map((p) => `${p.name}:${p.covered}`),
          s.coverage.pillars.map((p) => `${p.name}:${p.covered}`),
        );
      });
    });
  });
});

describe('guangxi-2022: a regional body leading a local task is named as the draft writes it', () => {
  // The region's documents are compiled from a Traditional copy; a Simplified draft's reader is told of 自治区大数据发展局,
  // the name on the page, not 自治區大數據發展局.
  it('quotes the Simplified name of a Simplified draft, and the Traditional one of a Traditional draft', () => {
    const units = path.join(ROOT, 'test', 'fixtures', 'guangxi', 'liuzhou', 'units.txt');
    const draft = (name: string) => `柳州市加强数字政府建设实施方案\n（一）推动“智桂通”柳州专区建设。丰富专区服务内容。（责任单位：${name}牵头，市直有关部门配合；完成时限：2025年底）\n`;
    for (const name of ['自治区大数据发展局', '自治區大數據發展局']) {
      const lead = analyze(draft(name), units).findings.filter((f) => f.rule === 'unknown-unit' && f.message.includes('级单位'));
      assert.strictEqual(lead.length, 1, lead.map((f) => f.message).join('\n'));
      assert.ok(lead[0]!.message.startsWith(`“${name}”是自治区级单位`), lead[0]!.message);
    }
  });
});
