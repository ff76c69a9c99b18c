// Rule fixtures (test/fixtures/rules/<rule-id>/<case>/draft.txt + expected.json): every planted
// mistake is reported by its rule on its line with the expected wording, and no near miss is
// flagged. Plus whole-document checks on the seeds: the real 吴忠 plan is clean, and every
// damaged heading of the Guangxi copy is reported as garbled.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FIXTURES, forEachFixture, lineAt } from '../helpers/fixtures';
import { core, node, ROOT, seed } from '../helpers/server';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { perTask } = require(path.join(ROOT, 'scripts/lib/fixtures.js')) as { perTask<T>(findings: T[]): T[] };

interface Expectation {
  rule: string;
  line: number;
  fragment: string;
}
interface NearMiss {
  rule: string;
  line: number;
  /** When given, only findings whose message contains it are forbidden (shared heading lines). */
  fragment?: string;
}
interface RuleFixture {
  /** 'wuzhong' (seeds/units/wuzhong.units.txt), a units file in the fixture folder, or null. */
  units: string | null;
  expect: Expectation[];
  mustNotFlag: NearMiss[];
}
type Finding = ReturnType<typeof core.analyze.analyze>['findings'][number];
interface Located extends Finding {
  line: number;
}

const WUZHONG_UNITS = seed('units/wuzhong.units.txt');

function prepared() {
  return node.baselines.getPrepared('ningxia-2023').prepared;
}

function run(text: string, units: string | null, dir: string): Located[] {
  const localUnits = units ? node.project.loadLocalUnits(units === 'wuzhong' ? WUZHONG_UNITS : path.join(dir, units)) : undefined;
  const result = core.analyze.analyze(text, prepared(), { localUnits });
  assert.deepStrictEqual(result.problems, [], 'analysis reported problems');
  // A grouped task-uncovered finding is checked task by task, as the scripts score it.
  return perTask(result.findings).map((f) => ({ ...f, line: lineAt(text, f.start) }));
}

/** The rule's findings on the expected line or with the expected wording elsewhere (at most 8). */
function describeFindings(findings: Located[], e: Expectation): string {
  const near = findings.filter((f) => f.rule === e.rule && (f.line === e.line || f.message.includes(e.fragment)));
  if (!near.length) return `  (none; ${findings.filter((f) => f.rule === e.rule).length} ${e.rule} findings elsewhere)`;
  return near.slice(0, 8).map((f) => `  ${f.line}: ${f.message}`).join('\n') + (near.length > 8 ? `\n  … ${near.length - 8} more` : '');
}

describe('rules: planted fixtures', () => {
  const ruleDirs = fs.existsSync(path.join(FIXTURES, 'rules'))
    ? fs.readdirSync(path.join(FIXTURES, 'rules')).filter((d) => fs.statSync(path.join(FIXTURES, 'rules', d)).isDirectory()).sort()
    : [];

  it('has fixtures for every rule, each with ≥10 planted mistakes and ≥10 near misses', () => {
    const ids = core.rules.ALL_RULES.map((r) => r.id).sort();
    assert.deepStrictEqual(ruleDirs, ids);
    for (const rule of ruleDirs) {
      let planted = 0;
      let near = 0;
      forEachFixture(`rules/${rule}`, (_name, dir) => {
        const spec = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as RuleFixture;
        planted += spec.expect.filter((e) => e.rule === rule).length;
        near += spec.mustNotFlag.filter((m) => m.rule === rule).length;
      });
      assert.ok(planted >= 10, `${rule}: only ${planted} planted mistakes`);
      assert.ok(near >= 10, `${rule}: only ${near} near misses`);
    }
  });

  for (const rule of ruleDirs) {
    describe(rule, () => {
      forEachFixture(`rules/${rule}`, (name, dir) => {
        describe(name, () => {
          const spec = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as RuleFixture;
          const text = fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8');
          let findings: Located[] | undefined;
          const get = (): Located[] => (findings ??= run(text, spec.units, dir));

          for (const e of spec.expect) {
            it(`reports ${e.rule} on line ${e.line}: “${e.fragment}”`, () => {
              const all = get();
              const hit = all.find((f) => f.rule === e.rule && f.line === e.line && f.message.includes(e.fragment));
              assert.ok(hit, `line ${e.line}: ${text.split(/\r\n|\n|\r/)[e.line - 1]}\nno ${e.rule} finding containing “${e.fragment}”; nearby ${e.rule} findings:\n${describeFindings(all, e)}`);
            });
          }
          for (const m of spec.mustNotFlag) {
            it(`does not report ${m.rule} on line ${m.line}${m.fragment ? `: “${m.fragment}”` : ''}`, () => {
              const bad = get().filter((f) => f.rule === m.rule && f.line === m.line && (!m.fragment || f.message.includes(m.fragment)));
              assert.deepStrictEqual(bad.map((f) => f.message), [], `line ${m.line}: ${text.split(/\r\n|\n|\r/)[m.line - 1]}`);
            });
          }
        });
      });
    });
  }
});

describe('rules: seed documents', () => {
  it('finds nothing wrong in the 吴忠 plan with its units file (all pillars covered)', () => {
    const text = fs.readFileSync(seed('wuzhong-2023-shishi-fangan.txt'), 'utf8');
    const localUnits = node.project.loadLocalUnits(WUZHONG_UNITS);
    const result = core.analyze.analyze(text, prepared(), { localUnits });
    assert.deepStrictEqual(result.problems, []);
    const clean = ['missing-pillar', 'deadline-later-than-baseline', 'deadline-invalid', 'unknown-unit', 'basis-mismatch', 'garbled-text'];
    const bad = result.findings.filter((f) => clean.includes(f.rule)).map((f) => `${f.rule} ${lineAt(text, f.start)}: ${f.message}`);
    assert.deepStrictEqual(bad, []);
    const uncoveredPillars = result.coverage.pillars.filter((p) => !p.covered).map((p) => p.name);
    assert.deepStrictEqual(uncoveredPillars, []);
  });

  it('reports every damaged heading of the Guangxi copy as garbled text', () => {
    const text = fs.readFileSync(seed('guangxi-2022-shishi-yijian.txt'), 'utf8');
    // The 25 lines that start with a damaged run `?。…` (24 headings such as `?。ㄒ唬┌l展現狀` and the
    // `（此件公開發布）` line), counted by hand.
    const damaged = [7, 13, 41, 45, 51, 59, 95, 101, 105, 109, 117, 123, 127, 131, 139, 145, 153, 159, 167, 177, 181, 185, 191, 195, 211];
    const lines = text.split(/\r\n|\n|\r/);
    const startsDamaged = lines.map((l, i) => (/^\s*\?。/.test(l) ? i + 1 : 0)).filter((n) => n > 0);
    assert.deepStrictEqual(startsDamaged, damaged, 'the seed changed: recount the damaged headings');
    const result = core.analyze.analyze(text, prepared());
    const garbled = new Set(result.findings.filter((f) => f.rule === 'garbled-text').map((f) => lineAt(text, f.start)));
    const missed = damaged.filter((n) => !garbled.has(n));
    assert.deepStrictEqual(missed, [], `damaged lines without a garbled-text finding: ${missed.map((n) => `${n}: ${lines[n - 1]!.trim().slice(0, 20)}`).join('; ')}`);
  });

  it('reports uncovered tasks once per draft section, each finding quoting its tasks', () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'chain/litong/draft.txt'), 'utf8');
    const result = core.analyze.analyze(text, prepared());
    const findings = result.findings.filter((f) => f.rule === 'task-uncovered');
    const uncovered = result.coverage.tasks.uncovered;
    assert.ok(uncovered.length > 10, `only ${uncovered.length} uncovered`);
    assert.ok(findings.length < uncovered.length / 2, `${findings.length} findings for ${uncovered.length} tasks`);
    // Every uncovered task is quoted exactly once, and no two findings share a place.
    const quoted = findings.flatMap((f) => f.related.map((r) => r.taskNo));
    assert.deepStrictEqual([...quoted].sort((a, b) => a! - b!), [...uncovered].sort((a, b) => a - b));
    assert.strictEqual(new Set(findings.map((f) => `${f.start}:${f.end}`)).size, findings.length);
    for (const f of findings.filter((x) => x.related.length > 1)) assert.match(f.message, /要求市、县落实的\d+项任务/);
  });
});

