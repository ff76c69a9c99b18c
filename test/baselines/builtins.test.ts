// The built-in baselines as a set: every manifest compiles to its committed file, the generated
// JSON Schema is current and validates what it describes, and ningxia-2020 keeps its own framework.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { z } from 'zod';
import { core, node, seed } from '../helpers/server';

const dir = path.dirname(seed('x'));
const manifests = fs.readdirSync(path.join(dir, 'baselines')).filter((f) => f.endsWith('.manifest.json')).sort();

describe('built-in baselines', () => {
  it('are ningxia-2023, ningxia-2020 and guangxi-2022 (the JSON Schema is not one of them)', () => {
    assert.deepStrictEqual(node.baselines.listBuiltinBaselines(), ['guangxi-2022', 'ningxia-2020', 'ningxia-2023']);
    assert.deepStrictEqual(manifests, ['guangxi-2022.manifest.json', 'ningxia-2020.manifest.json', 'ningxia-2023.manifest.json']);
  });

  for (const f of manifests) {
    it(`${f} compiles deterministically to the committed file, without override errors`, () => {
      const a = node.baselines.compileManifest(path.join(dir, 'baselines', f));
      const again = node.baselines.serializeBaseline(node.baselines.compileManifest(path.join(dir, 'baselines', f)).baseline);
      const text = node.baselines.serializeBaseline(a.baseline);
      assert.strictEqual(text, again);
      assert.deepStrictEqual(a.report.errors, []);
      assert.strictEqual(fs.readFileSync(path.join(dir, 'baselines', `${a.baseline.id}.json`), 'utf8'), text, '基准文件已过期：请运行 npm run build:baselines');
    });
  }

  it('ship a current JSON Schema generated from the zod schema', () => {
    const committed = fs.readFileSync(seed('baselines/baseline.schema.json'), 'utf8');
    assert.strictEqual(committed, node.baselines.baselineJsonSchemaText(), 'baseline.schema.json 已过期：请运行 npm run build:baselines');
    const schema = JSON.parse(committed);
    // Every field is described; all but the optional ones (a region's places) are required.
    const keys = Object.keys(core.baselineSchema.BaselineSchema.shape);
    assert.deepStrictEqual(Object.keys(schema.properties), keys);
    assert.deepStrictEqual(schema.required, keys.filter((k) => k !== 'places'));
    // The schema round-trips through zod's own JSON Schema reader for one nested type.
    const milestone = z.fromJSONSchema(schema.properties.goals.items.properties.deadline.properties.milestones.items);
    assert.ok(milestone.safeParse({ year: 2025, due: '' }).success);
    assert.ok(!milestone.safeParse({ year: 2025, month: 13, due: '' }).success);
  });

  it('are validated again when a file differs from the one its prebuilt index was built from', () => {
    // A copy of ningxia-2023 beside its index loads with the index (the schema ran when both were
    // built); the same copy with a task's number turned into text is refused with the field named.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'xianjie-baseline-'));
    try {
      const text = fs.readFileSync(seed('baselines/ningxia-2023.json'), 'utf8');
      fs.copyFileSync(seed('baselines/ningxia-2023.index.json'), path.join(tmp, 'copy.index.json'));
      fs.writeFileSync(path.join(tmp, 'copy.json'), text);
      const { prepared } = node.baselines.getPrepared(path.join(tmp, 'copy.json'), 'jieba-rs');
      assert.ok(prepared.prebuiltNames, 'the prebuilt index is used');
      assert.strictEqual(prepared.baseline.tasks.length, JSON.parse(text).tasks.length);
      const broken = text.replace('"no": 1,', '"no": "一",');
      assert.notStrictEqual(broken, text);
      fs.writeFileSync(path.join(tmp, 'broken.json'), broken);
      fs.copyFileSync(seed('baselines/ningxia-2023.index.json'), path.join(tmp, 'broken.index.json'));
      assert.throws(() => node.baselines.getPrepared(path.join(tmp, 'broken.json'), 'jieba-rs'), /基准文件 .*broken\.json 格式不正确：字段 tasks\.0\.no/);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  describe('ningxia-2020 (宁政办发〔2020〕14号)', () => {
    const b = node.baselines.loadBaseline('ningxia-2020');

    it('has its own framework: 五个着力 and 八个全区一体化体系', () => {
      assert.deepStrictEqual([...new Set(b.pillars.map((p) => p.family))], ['五个着力', '八个全区一体化体系']);
      assert.strictEqual(b.pillars.filter((p) => p.family === '五个着力').length, 5);
      assert.deepStrictEqual(
        b.pillars.filter((p) => p.family === '八个全区一体化体系').map((p) => p.name),
        ['基础设施', '业务应用', '数据资源', '网上服务', '网上监管', '协同办公', '数字治理', '安全防护'],
      );
      assert.strictEqual(b.clauses.find((c) => c.id === '1')!.title, '着力夯实“数字政府”基础支撑能力');
    });

    it('makes each （一） item a task, dated from its text or the plan year', () => {
      assert.strictEqual(b.tasks.length, 31);
      assert.strictEqual(b.clauses.length, 36);
      const first = b.tasks[0]!;
      assert.ok(first.content.startsWith('加快推进宁夏大数据中心建设。'));
      assert.deepStrictEqual(first.deadline.milestones, [{ year: 2020, due: '' }]);
      assert.ok(b.tasks.every((t) => t.deadline.milestones.length > 0));
      assert.deepStrictEqual(b.pillars.find((p) => p.name === '安全防护')!.taskNos, [7]);
    });

    it('is not superseded by itself and is what ningxia-2023 supersedes', () => {
      const nx23 = node.baselines.loadBaseline('ningxia-2023');
      assert.ok(nx23.supersedes.some((s) => s.docNumber === b.docNumber));
    });
  });
});
