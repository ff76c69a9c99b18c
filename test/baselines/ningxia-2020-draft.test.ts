// A 2020 county plan checked against the 2020 要点 (ningxia-2020), whose items carry their
// responsibility and dates in their own text: dates later than an item's are errors, a part the
// plan leaves out is one finding however many of the 要点's frameworks name it, and a forthcoming
// 行动计划 cited beside the 要点 is another document, not a misnamed one.
import * as assert from 'assert';
import { core, node } from '../helpers/server';

const DRAFT = [
  '灵武市2020年“数字政府”建设工作方案',
  '为贯彻落实《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号），结合我市实际，制定本方案。',
  '一、着力夯实“数字政府”基础支撑能力',
  '（一）推进政务系统上云。非涉密政务信息系统向宁夏公共云平台迁移部署。（责任单位：市大数据服务中心；完成时限：2020年11月底前）',
  '二、着力提升“互联网＋政务服务”水平',
  '（一）推进“我的宁夏”APP扩能升级。高频事项接入“我的宁夏”政务APP。（责任单位：市审批服务管理局；完成时限：2020年12月底前）',
  '三、着力打造“放管服”改革升级版',
  '（一）推进“一件事一次办”改革。梳理高频“一件事”清单，实现高频事项“一件事一次办”。（责任单位：市审批服务管理局；完成时限：2021年6月底前）',
  '五、着力强化“数字政府”建设保障机制',
  '（一）健全工作体系。积极对接自治区正在编制的《宁夏回族自治区“数字政府”建设行动计划（2020年—2022年）》，做好项目储备。',
  '附件：灵武市2020年“数字政府”建设重点项目清单',
  '序号\t项目名称\t建设内容\t责任单位\t完成时限',
  '1\t“互联网＋不动产登记”\t不动产登记、交易、缴税线上“一网通办”，一般登记、抵押登记压缩至3个工作日以内\t市自然资源局\t2021年底前',
  '灵武市人民政府办公室',
  '2020年4月28日',
].join('\n');

describe('a 2020 plan against the 2020 要点 (ningxia-2020)', () => {
  const { prepared } = node.baselines.getPrepared('ningxia-2020');
  const result = core.analyze.analyze(DRAFT, prepared);
  const lineOf = (offset: number) => DRAFT.slice(0, offset).split('\n').length;
  const of = (rule: string) => result.findings.filter((f) => f.rule === rule).map((f) => ({ line: lineOf(f.start), message: f.message }));

  it('reports dates later than the item’s own, in a note and in a 项目名称/建设内容 table row', () => {
    const late = of('deadline-later-than-baseline').map((f) => f.line);
    assert.deepStrictEqual(late, [8, 13], JSON.stringify(of('deadline-later-than-baseline')));
  });

  it('reads a table headed 项目名称 and 建设内容 as a task table', () => {
    const rows = core.outline.parseOutline(DRAFT).units.filter((u) => u.kind === 'task-row');
    assert.strictEqual(rows.length, 1);
    assert.ok(DRAFT.slice(rows[0]!.cells!.content!.start, rows[0]!.cells!.content!.end).startsWith('不动产登记、交易'));
  });

  it('reports the part left out (四、着力推动数字治理深度应用) once, naming both frameworks', () => {
    const gaps = of('missing-pillar').filter((f) => f.message.includes('数字治理'));
    assert.strictEqual(gaps.length, 1, JSON.stringify(gaps));
    assert.match(gaps[0]!.message, /框架“五个着力”“八个全区一体化体系”中的“数字治理”/);
  });

  it('does not take the forthcoming 行动计划 for a wrong title of the 要点', () => {
    assert.deepStrictEqual(of('basis-mismatch'), []);
  });
});

describe('a date the 2020 要点 does not write for its item', () => {
  const { prepared } = node.baselines.getPrepared('ningxia-2020');
  const draft = [
    '盐池县2020年“数字政府”建设工作要点',
    '为贯彻落实《宁夏回族自治区2020年“数字政府”建设工作要点》（宁政办发〔2020〕14号），制定本要点。',
    '一、着力夯实“数字政府”基础支撑能力',
    '（一）推动政务视频资源联动交互。按照全区政务视频“一张网”要求分批接入统一平台，实现县域政务视频资源联网共享、统一调度。（责任单位：县委政法委；完成时限：2021年3月底前）',
    '盐池县人民政府办公室',
    '2020年4月28日',
  ].join('\n');
  const late = core.analyze.analyze(draft, prepared).findings.filter((f) => f.rule === 'deadline-later-than-baseline');

  it('is the year the 要点 is for, and the message says so', () => {
    assert.strictEqual(late.length, 1, JSON.stringify(late.map((f) => f.message)));
    assert.match(late[0]!.message, /完成时限“2020年底”（上级文件未写明该项时限，按其工作年度计）/);
    assert.match(late[0]!.related?.[0]?.quote ?? '', /完成时限：2020年底（未写明，按工作年度计）/);
  });

  it('is marked in the compiled baseline, and a date the 要点 writes is not', () => {
    const video = prepared.baseline.tasks.find((t) => t.content.startsWith('推动全区政务视频资源联动交互'));
    assert.strictEqual(video?.deadline.assumed, true);
    const written = prepared.baseline.tasks.filter((t) => t.deadline.raw !== '2020年底');
    assert.ok(written.length > 0 && written.every((t) => t.deadline.assumed === undefined));
  });
});
