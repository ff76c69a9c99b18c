// Alignment and coverage on the real 吴忠 plan: the labelled set's accuracy floor and the
// absence of false alarms on a clean real plan.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { core, node, ROOT, seed } from '../helpers/server';

interface Labels {
  labels: { draftTitle: string; clauseTitles: string[]; tasks: number[] }[];
}

describe('alignment of the 吴忠 plan', () => {
  const text = fs.readFileSync(seed('wuzhong-2023-shishi-fangan.txt'), 'utf8');
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const labels: Labels = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/alignment/wuzhong-labels.json'), 'utf8'));
  const outline = core.outline.parseOutline(text).units;
  const al = core.alignOutline.alignOutline(text, outline, prepared);

  it('finds every labelled sub-item in the outline', () => {
    for (const l of labels.labels) assert.ok(outline.some((u) => u.title === l.draftTitle), l.draftTitle);
  });

  it('keeps top-1 clause accuracy at or above 90% on the labelled set', () => {
    let hit = 0;
    for (const l of labels.labels) {
      const u = outline.find((x) => x.title === l.draftTitle)!;
      if (l.clauseTitles.includes(al[u.index]!.clauses[0]?.title ?? '')) hit++;
    }
    assert.ok(hit / labels.labels.length >= 0.9, `top-1 ${hit}/${labels.labels.length}`);
  });

  it('does not take 积极推进符合国家标准要求的密码应用 for a sub-item title', () => {
    assert.ok(!outline.some((u) => u.title.startsWith('积极推进符合国家标准')));
  });

  it('returns no match for text unrelated to the baseline', () => {
    const t = '一、食堂管理\n（一）改善伙食。每周公布菜谱，按季节调整早餐品种。';
    const o = core.outline.parseOutline(t).units;
    const a = core.alignOutline.alignOutline(t, o, prepared);
    assert.ok(a.every((x) => x.clauses.length === 0 && x.tasks.length === 0), JSON.stringify(a));
  });

  it('reports all pillars covered and no false alarms on the real plan', () => {
    const units = node.project.loadLocalUnits(seed('units/wuzhong.units.txt'));
    const r = core.analyze.analyze(text, prepared, { localUnits: units });
    assert.deepStrictEqual(r.coverage.pillars.filter((p) => !p.covered).map((p) => p.name), []);
    const noisy = r.findings.filter((f) => f.rule !== 'task-uncovered');
    assert.deepStrictEqual(noisy.map((f) => `${f.rule}: ${f.message}`), []);
    assert.strictEqual(r.coverage.tasks.applicable.length, 89);
  });

  it('gives the apparatus of a notice no match (此件公开发布 is not 政务公开)', () => {
    for (const line of ['（此件公开发布）', '(此件主动公开)', '各乡镇人民政府，县政府各部门、各直属机构：', '《隆德县数字政府建设实施方案》已经县人民政府同意，现印发给你们，请认真组织实施。', '抄送：县委办公室。']) {
      assert.ok(core.alignOutline.isApparatus(line), line);
      const o = core.outline.parseOutline(line).units;
      const a = core.alignOutline.alignOutline(line, o, prepared);
      assert.deepStrictEqual(a.map((x) => [x.clauses.length, x.tasks.length]), o.map(() => [0, 0]), line);
    }
    // Content that merely starts like one is still content.
    for (const line of ['各乡镇要依托政务公开平台，及时发布政策文件。', '构建政务新媒体矩阵体系，形成整体联动的政府信息传播格局。']) assert.ok(!core.alignOutline.isApparatus(line), line);
  });

  it('puts a task table after 附件：… under the attachment, not under the body’s last heading', () => {
    const doc = '六、加强组织领导\n（四）强化考核评价。将数字政府建设纳入效能目标管理考核。\n附件：某县数字政府建设重点任务清单\n序号\t重点任务\t责任单位\t完成时限\n1\t建设政务信创云\t县大数据中心\t2024年\n';
    const units = core.outline.parseOutline(doc).units;
    const appendix = units.find((u) => u.kind === 'heading' && u.title === '某县数字政府建设重点任务清单');
    assert.ok(appendix && appendix.level === 1, JSON.stringify(units.map((u) => [u.kind, u.level, u.title])));
    const row = units.find((u) => u.kind === 'task-row')!;
    assert.strictEqual(row.parent, appendix!.index);
    // A sentence that merely starts with 附件 is not a caption.
    const prose = core.outline.parseOutline('附件所列任务，各乡镇要认真落实，按时完成。\n').units;
    assert.ok(!prose.some((u) => u.kind === 'heading'));
  });
});


describe('an attachment’s caption', () => {
  const { prepared } = node.baselines.getPrepared('ningxia-2023');
  const alignmentOf = (text: string, line: number) => {
    const r = core.analyze.analyze(text, prepared);
    const u = r.outline.find((x) => text.slice(0, x.start).split('\n').length === line)!;
    return r.alignments[u.index]!;
  };

  it('names the attachment and matches nothing (附件：…重点任务清单, 附件2 with its title on the next line)', () => {
    const one = '某县加强数字政府建设实施方案\n一、主要任务\n（一）推进政务数据共享。\n附件：某县推进政务数据资源目录清单重点任务清单\n';
    assert.deepStrictEqual(alignmentOf(one, 4).clauses, []);
    assert.deepStrictEqual(alignmentOf(one, 4).tasks, []);
    const two = '某县加强数字政府建设实施方案\n一、主要任务\n（一）推进政务数据共享。\n附件2\n某县政务数据资源目录重点任务清单\n';
    assert.deepStrictEqual(alignmentOf(two, 5).tasks, []);
  });

  it('near miss: a heading of the body that names a list is content', () => {
    const text = '某县加强数字政府建设实施方案\n一、主要任务\n（一）建立覆盖全县各层级的一体化政务数据资源目录，形成全县政务数据“一本账”。\n';
    assert.ok(alignmentOf(text, 3).tasks.length > 0);
  });
});
