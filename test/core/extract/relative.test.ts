// Tests of 完成时限 relative to the plan (server/src/core/extract/relative.ts): its issue date and period
// are read from its text, and 方案印发后3个月内, 次年3月底前 and 本方案实施期内 resolve from them.
import * as assert from 'assert';
import { relative as mod } from './server-modules';
import { core } from '../../helpers/server';

const { planDates, resolveRelative } = mod;

describe('extract/relative', () => {
  const text = '隆德县人民政府关于印发《隆德县加强数字政府建设实施方案》的通知\n隆德县人民政府\n2024年4月15日\n本方案实施期为2024年至2025年。\n';
  const plan = planDates(text, 2024);

  it('reads the plan\'s issue date and stated period', () => {
    assert.deepStrictEqual(plan, { issued: { year: 2024, month: 4, day: 15 }, year: 2024, periodStart: 2024, periodEnd: 2025 });
    assert.strictEqual(planDates('某县数字政府建设三年行动方案（2024—2026年）\n').periodEnd, 2026);
    // A period given to the month (实施期为2024年1月至2026年12月).
    const byMonth = planDates('本方案实施期为2024年1月至2026年12月，2024年为实施第一年。\n', 2024);
    assert.deepStrictEqual([byMonth.periodStart, byMonth.periodEnd], [2024, 2026]);
  });

  it('resolves limits counted within the stated period', () => {
    const three = planDates('本方案实施期为2024年1月至2026年12月。\n', 2024);
    const read = (raw: string) => resolveRelative(raw, three);
    assert.deepStrictEqual(read('实施第一年内'), { text: '2024年底前' });
    assert.deepStrictEqual(read('实施第三年底前'), { text: '2026年底前' });
    assert.deepStrictEqual(read('实施期末'), { text: '2026年底前' });
    assert.deepStrictEqual(read('行动期满'), { text: '2026年底前' });
    // Half of a three-year period: its eighteenth month.
    assert.deepStrictEqual(read('行动期前半程'), { text: '2025年6月底前' });
    assert.deepStrictEqual(read('实施期内每年'), { ongoing: true });
    // Near misses: a year the period does not have, and a period's end without a stated period.
    assert.strictEqual(read('实施第五年内'), undefined);
    assert.strictEqual(resolveRelative('实施期末', planDates('某县方案\n', 2024)), undefined);
  });

  it('resolves the forms offices write', () => {
    const read = (raw: string) => resolveRelative(raw, plan);
    assert.deepStrictEqual(read('方案印发后3个月内'), { text: '2024年7月底前' });
    assert.deepStrictEqual(read('印发之日起6个月内'), { text: '2024年10月底前' });
    assert.deepStrictEqual(read('印发之日起十二个月内完成'), { text: '2025年4月底前' });
    assert.deepStrictEqual(read('方案印发后一年内'), { text: '2025年4月底前' });
    assert.deepStrictEqual(read('方案印发后2年内'), { text: '2026年4月底前' });
    // Half a year: six months; half a month: fifteen days (the plan is dated 15 April).
    assert.deepStrictEqual(read('本方案印发之日起半年内'), { text: '2024年10月底前' });
    assert.deepStrictEqual(read('印发后半个月内'), { text: '2024年4月底前' });
    assert.deepStrictEqual(read('次年3月底前'), { text: '2025年3月底前' });
    assert.deepStrictEqual(read('次年'), { text: '2025年底前' });
    assert.deepStrictEqual(read('本方案实施期内'), { text: '2025年底前' });
    assert.deepStrictEqual(read('下月底前'), { text: '2024年5月底前' });
    assert.deepStrictEqual(read('本月底前'), { text: '2024年4月底前' });
    // Without a stated period the plan's period is no date: the work runs while the plan does.
    assert.deepStrictEqual(resolveRelative('本方案实施期内', planDates('某县方案\n', 2024)), { ongoing: true });
  });

  it('near misses: nothing to resolve from, and values that are not relative', () => {
    assert.strictEqual(resolveRelative('方案印发后3个月内', planDates('某县方案\n', 2024)), undefined);
    assert.strictEqual(resolveRelative('次年3月底前', {}), undefined);
    assert.strictEqual(resolveRelative('2024年底前', plan), undefined);
    assert.strictEqual(resolveRelative('持续推进', plan), undefined);
  });
});

describe('relative dates in sentences', () => {
  // The text as the draft reader reads it (core.analyze.readDraft): each sentence date with how it was read.
  const read = (body: string) => {
    const text = `某县加强数字政府建设实施方案\n${body}\n某县人民政府\n2024年4月18日\n`;
    return core.analyze.readDraft(text).deadlines.map((d: { start: number; end: number; resolved?: string }) => [text.slice(d.start, d.end), d.resolved ?? null]);
  };

  it('reads 今年, 明年 and a count from the plan\'s issue as the dates they mean', () => {
    assert.deepStrictEqual(read('明年6月底前，完成适老化改造。今年年底前，完成迁移上云。方案印发后3个月内，成立领导小组。'), [
      ['明年6月底前', '2025年6月底前'], ['今年年底前', '2024年底前'], ['方案印发后3个月内', '2024年7月底前'],
    ]);
  });

  it('reads years aimed at before what they complete (力争两年内建成, 用三年时间实现) from the plan\'s issue, and nothing else so', () => {
    assert.deepStrictEqual(read('力争两年内建成基层管理服务平台。用三年时间，实现政务服务全覆盖。'), [['力争两年内', '2026年4月底前'], ['用三年时间', '2027年4月底前']]);
    assert.deepStrictEqual(read('近两年内，我县建成平台。两年内未发生事故。用两年时间开展试点。'), []);
  });

  it('reads a quarter of a year (2024年第三季度前, 2025年二季度末)', () => {
    assert.deepStrictEqual(read('2024年第三季度前，推广移动办公；2025年二季度末完成改造。'), [['2024年第三季度前', null], ['2025年二季度末完成改造', null]]);
  });

  it('leaves alone a period told (今年以来, 今年上半年), a year after each (每年…次年1月底前) and a plan without a date', () => {
    const found = read('今年以来，我县完成事项梳理。今年上半年，我县召开会议。各单位每年12月底前总结，次年1月底前报送。').map(([t]) => t);
    for (const t of ['今年以来', '今年上半年', '次年1月底前']) assert.ok(!found.some((f) => String(f).includes(t)), `${t} in ${found.join('、')}`);
    assert.deepStrictEqual(core.analyze.readDraft('某县实施方案\n明年6月底前，完成适老化改造。\n').deadlines, []);
  });

  it('reads T+N from the plan\'s issue date only where the plan says what T is', () => {
    const defined = planDates('兴庆区数字政府建设实施方案\n兴庆区人民政府办公室\n2024年5月20日\n注：“T”为本方案印发之日，“T+3个月”即印发后3个月内。\n');
    assert.strictEqual(defined.tIsIssue, true);
    assert.deepStrictEqual(resolveRelative('T+1年', defined), { text: '2025年5月底前' });
    assert.deepStrictEqual(resolveRelative('T＋18个月', defined), { text: '2025年11月底前' });
    assert.deepStrictEqual(resolveRelative('T+6个月内', defined), { text: '2024年11月底前' });
    // Near misses: no note saying what T is, and a T+ that is no count of time.
    const undefinedT = planDates('兴庆区数字政府建设实施方案\n兴庆区人民政府办公室\n2024年5月20日\n');
    assert.strictEqual(undefinedT.tIsIssue, undefined);
    assert.strictEqual(resolveRelative('T+1年', undefinedT), undefined);
    assert.strictEqual(resolveRelative('T+N', defined), undefined);
  });
});
