// Tests of deadline parsing, finding, comparison and formatting (server/src/core/extract/deadlines.ts).
import * as assert from 'assert';
import { deadlines, readSeed } from './server-modules';

const { parseDeadline, findDeadlines, completionOf, compareDeadlines, formatDeadline } = deadlines;
type M = { year: number; month?: number; due: string };
const d = (raw: string, milestones: M[], ongoing = false) => ({ raw, milestones, ongoing });

describe('extract/deadlines', () => {
  describe('parseDeadline', () => {
    const cases: [string, M[], boolean][] = [
      ['2024年', [{ year: 2024, due: '' }], false],
      ['2024 年', [{ year: 2024, due: '' }], false],
      ['２０２４年', [{ year: 2024, due: '' }], false],
      ['2023年启动，2024年建成', [{ year: 2023, due: '启动' }, { year: 2024, due: '建成' }], false],
      ['2023年启动, 2024年建成', [{ year: 2023, due: '启动' }, { year: 2024, due: '建成' }], false],
      ['2023年形成试点经验，2025年取得明显成效', [{ year: 2023, due: '形成试点经验' }, { year: 2025, due: '取得明显成效' }], false],
      ['持续推进，2025 年取得明显成效', [{ year: 2025, due: '取得明显成效' }], true],
      ['2023年形成机制，长期坚持', [{ year: 2023, due: '形成机制' }], true],
      ['2023年完成并长期坚持', [{ year: 2023, due: '完成' }], true],
      ['巩固提升', [], true],
      ['鞏固深化', [], true],
      ['已完成', [], true],
      ['2024年已建成', [{ year: 2024, due: '已建成' }], true],
      ['2024 年建成，持续推进', [{ year: 2024, due: '建成' }], true],
      ['长期推进，2024年取得明显成效', [{ year: 2024, due: '取得明显成效' }], true],
      ['长期坚持', [], true],
      ['持续开展', [], true],
      ['持續開展', [], true],
      ['常态化推进', [], true],
      ['2025年底', [{ year: 2025, due: '' }], false],
      ['2024年6月', [{ year: 2024, month: 6, due: '' }], false],
      ['2024年6月底前', [{ year: 2024, month: 6, due: '' }], false],
      ['到2023年底', [{ year: 2023, due: '' }], false],
      ['力争2025年', [{ year: 2025, due: '' }], false],
    ];
    for (const [raw, milestones, ongoing] of cases) {
      it(`parses ${JSON.stringify(raw)}`, () => {
        const r = parseDeadline(raw);
        assert.deepStrictEqual(r, { deadline: d(raw, milestones, ongoing) });
      });
    }

    const invalid: [string, RegExp][] = [
      ['2023年13月', /月份“13月”不存在/],
      ['2023年0月', /月份“0月”不存在/],
      ['20240年', /不是四位数/],
      ['202年', /不是四位数/],
      ['1999年', /超出合理范围/],
      ['2101年', /超出合理范围/],
      ['尽快', /没有写明完成时间/],
      ['', /未能识别完成时限/],
    ];
    for (const [raw, message] of invalid) {
      it(`explains why ${JSON.stringify(raw)} is invalid`, () => {
        const r = parseDeadline(raw);
        assert.ok(r.invalid, 'expected an explanation');
        assert.match(r.invalid, message);
        assert.strictEqual(r.deadline.raw, raw);
      });
    }

    it('keeps the year of an impossible month', () => {
      assert.deepStrictEqual(parseDeadline('2023年13月').deadline.milestones, [{ year: 2023, due: '' }]);
    });

    it('parses every 完成时限 cell of the Ningxia task list without a problem', () => {
      const text = readSeed('ningxia-2023-gazette-with-task-list.txt');
      const rows = text.split('\n').map((l) => l.split('\t')).filter((c) => c.length >= 4 && /^\d+[.．]/.test(c[1]!.trim()));
      assert.strictEqual(rows.length, 124);
      for (const row of rows) {
        const r = parseDeadline(row[3]!.trim());
        assert.strictEqual(r.invalid, undefined, row[3]);
        assert.ok(r.deadline.milestones.length > 0 || r.deadline.ongoing, row[3]);
      }
    });
  });

  describe('findDeadlines', () => {
    const positives: [string, string, M[], RegExp?][] = [
      ['到2023年底，数字政府建设取得重要进展', '到2023年底', [{ year: 2023, due: '' }]],
      ['到2025年，全面建成', '到2025年', [{ year: 2025, due: '' }]],
      ['2020年6月底前，除确需保留的以外', '2020年6月底前', [{ year: 2020, month: 6, due: '' }]],
      ['数据可共享。力争2020年底前，实现全区', '力争2020年底前', [{ year: 2020, due: '' }]],
      ['力争到2020年底，全区与企业', '力争到2020年底', [{ year: 2020, due: '' }]],
      ['平台2023年启动，2024年建成。', '2023年启动，2024年建成', [{ year: 2023, due: '启动' }, { year: 2024, due: '建成' }]],
      ['计划 2024 年完成', '2024 年完成', [{ year: 2024, due: '完成' }]],
      ['到２０２５年，', '到２０２５年', [{ year: 2025, due: '' }]],
      ['于2023年13月完成', '2023年13月完成', [{ year: 2023, due: '完成' }], /月份/],
      ['在20240年建成', '20240年建成', [], /不是四位数/],
      // A table's tasks dated after the table is named (not its columns named by year, below).
      ['表中任务2025年底前完成', '2025年底前完成', [{ year: 2025, due: '完成' }]],
    ];
    for (const [text, raw, milestones, invalid] of positives) {
      it(`finds ${JSON.stringify(raw)}`, () => {
        const found = findDeadlines(text);
        assert.strictEqual(found.length, 1, JSON.stringify(found));
        const f = found[0]!;
        assert.strictEqual(text.slice(f.start, f.end), raw);
        assert.deepStrictEqual(f.deadline, d(raw, milestones));
        if (invalid) assert.match(f.invalid ?? '', invalid);
        else assert.strictEqual(f.invalid, undefined);
      });
    }

    const negatives = [
      '根据宁政发〔2023〕17号文件',
      '全区数字政府建设重点任务清单（2023年—2025年）',
      '重点任务清单（2023 年—2025 年）',
      '宁夏回族自治区人民政府 2023年11月27日',
      '2023年5月16日印发',
      '“十四五”时期',
      '5G网络覆盖率达到95%',
      '持续推进数据共享',
      '用3年时间基本建成',
      '近10年来',
      '2023年以来，全区',
      '2023年度考核',
      '宁夏政府公报 2023年第10期',
      '宁夏回族自治区2020年“数字政府”建设工作要点',
      '自1999年起',
      // A note naming a table's columns by their years (blind round 783).
      '注：表中2024年、2025年目标为预期性指标',
      '上表2025年值为预期值',
      // The years of tasks that fell due by then, named to look back at them (blind round 833).
      '对照自治区重点任务清单中2023年、2024年已到期的任务逐项开展“回头看”',
      '对2024年已届满的任务进行清理',
    ];
    for (const text of negatives) {
      it(`finds nothing in ${JSON.stringify(text)}`, () => {
        assert.deepStrictEqual(findDeadlines(text), []);
      });
    }

    it('respects from and to', () => {
      const text = '到2023年底，……到2025年，……';
      const all = findDeadlines(text);
      assert.strictEqual(all.length, 2);
      const second = findDeadlines(text, all[0]!.end);
      assert.deepStrictEqual(second.map((f) => f.start), [all[1]!.start]);
      assert.deepStrictEqual(findDeadlines(text, 0, all[0]!.end).length, 1);
    });

    it('finds the three goal deadlines of the Wuzhong plan', () => {
      const text = readSeed('wuzhong-2023-shishi-fangan.txt');
      const raws = findDeadlines(text).map((f) => f.deadline.raw);
      assert.deepStrictEqual(raws, ['到2023年底', '到2025年', '到2035年']);
    });
  });

  describe('completionOf and compareDeadlines', () => {
    const p = (raw: string) => parseDeadline(raw).deadline;
    it('takes the latest milestone as the completion', () => {
      assert.deepStrictEqual(completionOf(p('2023年启动，2025年完成')), { year: 2025 });
      assert.deepStrictEqual(completionOf(p('2024年6月底前')), { year: 2024, month: 6 });
      assert.strictEqual(completionOf(p('长期坚持')), 'ongoing');
      assert.strictEqual(completionOf(d('', [])), undefined);
    });
    const table: [string, string, string][] = [
      ['2025年', '2024年', 'later'],
      ['2024年', '2024年', 'same'],
      ['2024年底', '2024年', 'same'],
      ['2024年12月', '2024年', 'same'],
      ['2024年6月', '2024年', 'earlier'],
      ['2024年', '2024年6月底前', 'later'],
      ['2023年', '2023年启动，2024年建成', 'earlier'],
      ['2025年完成', '持续推进，2025年取得明显成效', 'same'],
      ['持续推进', '长期坚持', 'same'],
      ['持续推进', '2024年', 'incomparable'],
      ['2024年', '长期坚持', 'incomparable'],
      ['2026年', '2023年形成机制，长期坚持', 'later'],
    ];
    for (const [draft, base, expected] of table) {
      it(`${draft} vs ${base} → ${expected}`, () => {
        assert.strictEqual(compareDeadlines(p(draft), p(base)), expected);
      });
    }
  });

  describe('formatDeadline', () => {
    const table: [string, string][] = [
      ['2023年启动，2024年建成', '2024年建成'],
      ['2023年6月底前', '2023年6月'],
      ['持续推进', '持续推进'],
      ['持續開展', '持續開展'],
      ['2023年形成机制，长期坚持', '2023年形成机制，长期坚持'],
      ['2024 年', '2024年'],
    ];
    for (const [raw, expected] of table) {
      it(`formats ${raw} as ${expected}`, () => assert.strictEqual(formatDeadline(parseDeadline(raw).deadline), expected));
    }
  });

  describe('recurring deadlines', () => {
    it('reads 每年12月底前 and 每年年底前 as yearly deadlines, not as unreadable dates', () => {
      for (const [raw, month] of [['每年12月底前', 12], ['每年年底前', 12], ['每年6月底前', 6], ['每年度', 12]] as const) {
        const r = parseDeadline(raw);
        assert.strictEqual(r.invalid, undefined, raw);
        assert.strictEqual(r.deadline.recurringMonth, month, raw);
      }
      assert.ok(parseDeadline('每年13月底前').invalid);
      assert.strictEqual(parseDeadline('每季度').deadline.ongoing, true);
    });
    it('compares yearly with yearly by month; a yearly deadline is not later than a one-off date', () => {
      const d = (s: string) => parseDeadline(s).deadline;
      assert.strictEqual(compareDeadlines(d('每年12月底前'), d('每年6月底前')), 'later');
      assert.strictEqual(compareDeadlines(d('每年6月底前'), d('每年年底前')), 'earlier');
      assert.strictEqual(compareDeadlines(d('每年年底前'), d('每年12月底前')), 'same');
      assert.strictEqual(compareDeadlines(d('每年12月底前'), d('2024年')), 'incomparable');
      assert.strictEqual(compareDeadlines(d('每年12月底前'), d('长期坚持')), 'same');
      assert.strictEqual(formatDeadline(d('每年年底前')), '每年12月底前');
    });
  });

  it('checks the day of a date: 9月31日 and 2023年2月29日 do not exist, 2024年2月29日 does', () => {
    assert.match(parseDeadline('2024年9月31日前').invalid ?? '', /9月只有30天/);
    assert.match(parseDeadline('2023年2月29日前').invalid ?? '', /2月只有28天/);
    for (const ok of ['2024年2月29日', '2024年6月30日前', '2024年12月31日']) assert.strictEqual(parseDeadline(ok).invalid, undefined, ok);
    assert.deepStrictEqual(parseDeadline('2024年6月30日前').deadline.milestones, [{ year: 2024, month: 6, due: '' }]);
  });

  it('reads 截至2024年底 as the state of things at a date, not a deadline, unless it sets a limit (…年底前)', () => {
    for (const past of ['截至2024年底，上云率达到85%', '截止到2023年底，已建成节点56个', '截止2024年6月，建成代办点']) {
      assert.deepStrictEqual(findDeadlines(past), [], past);
    }
    assert.deepStrictEqual(findDeadlines('截至2025年底前全部完成迁移').map((f) => f.deadline.raw), ['至2025年底前全部完成迁移']);
    assert.deepStrictEqual(findDeadlines('到2024年底完成').map((f) => f.deadline.raw), ['到2024年底完成']);
  });

  it('places a date without a year (6月底前, 三季度末, 年底前, 上半年) in the plan’s year when it knows one', () => {
    const at = (raw: string) => parseDeadline(raw, { year: 2024 });
    assert.deepStrictEqual(at('6月底前').deadline.milestones, [{ year: 2024, month: 6, due: '' }]);
    assert.deepStrictEqual(at('三季度末').deadline.milestones, [{ year: 2024, month: 9, due: '' }]);
    assert.deepStrictEqual(at('年底前').deadline.milestones, [{ year: 2024, due: '' }]);
    assert.deepStrictEqual(at('上半年').deadline.milestones, [{ year: 2024, month: 6, due: '' }]);
    assert.deepStrictEqual(at('年内建成').deadline.milestones, [{ year: 2024, due: '建成' }]);
    assert.strictEqual(at('全年持续推进').deadline.ongoing, true);
    // Impossible months and days are still wrong; without a year the date is read but placed nowhere.
    assert.match(at('13月底前').invalid ?? '', /13月/);
    assert.match(at('6月31日前').invalid ?? '', /6月31日/);
    const alone = parseDeadline('6月底前');
    assert.strictEqual(alone.invalid, undefined);
    assert.deepStrictEqual(alone.deadline.milestones, []);
    // Near miss: a full date ignores the plan's year.
    assert.deepStrictEqual(at('2025年6月底前').deadline.milestones, [{ year: 2025, month: 6, due: '' }]);
  });

  it('reads a period (2024.5—2025.6, 2024年—2025年, 2024年3月至12月) as ending when it ends, and a dotted month (2024.10)', () => {
    const end = (raw: string) => parseDeadline(raw).deadline.milestones;
    assert.deepStrictEqual(end('2024.5—2025.6'), [{ year: 2025, month: 6, due: '' }]);
    assert.deepStrictEqual(end('2024年—2025年'), [{ year: 2025, due: '' }]);
    assert.deepStrictEqual(end('2024年3月至12月'), [{ year: 2024, month: 12, due: '' }]);
    assert.deepStrictEqual(end('2024.10'), [{ year: 2024, month: 10, due: '' }]);
    assert.match(parseDeadline('2024.3—2024.13').invalid ?? '', /13月/);
    // Near miss: milestones joined by a comma are not a period.
    assert.deepStrictEqual(end('2023年启动，2024年建成'), [{ year: 2023, due: '启动' }, { year: 2024, due: '建成' }]);
  });

  it('reports a period that ends before it starts (2025—2024年), and reads 分年度推进 as ongoing work', () => {
    assert.match(parseDeadline('2025—2024年').invalid ?? '', /起止时间颠倒/);
    assert.match(parseDeadline('2024年12月—2024年3月').invalid ?? '', /起止时间颠倒/);
    for (const raw of ['2024—2025年', '2024年—2026年', '2024-2025年', '2024年3月—2024年12月', '2024—2024年']) {
      assert.strictEqual(parseDeadline(raw).invalid, undefined, raw);
    }
    for (const raw of ['分年度推进', '分步实施']) assert.deepStrictEqual(parseDeadline(raw), { deadline: d(raw, [], true) }, raw);
  });

  it('reads a date after a list number when a lead word starts it (3.到2026年底) or the number opens its line (39．2025年底前), never a number run into a year elsewhere', () => {
    assert.deepStrictEqual(findDeadlines('3.到2026年底，全市覆盖率达到90%').map((f) => f.deadline.raw), ['到2026年底']);
    assert.deepStrictEqual(findDeadlines('2.2024年底前完成').map((f) => f.deadline.raw), ['2024年底前完成']);
    assert.deepStrictEqual(findDeadlines('（一）重点任务\n39．2025年底前完成适老化改造').map((f) => f.deadline.raw), ['2025年底前完成适老化改造']);
    assert.deepStrictEqual(findDeadlines('见版本2.2024年底前发布'), []);
    assert.deepStrictEqual(findDeadlines('文号2023.12到2024年'), []);
  });

  it('reads no deadline in the base a target is measured from (较2023年翻一番, 比2023年底提高)', () => {
    assert.deepStrictEqual(findDeadlines('2025年：农产品线上销售额较2023年翻一番。').map((f) => f.deadline.raw), ['2025年']);
    assert.deepStrictEqual(findDeadlines('网上可办率比2023年底提高10个百分点'), []);
    assert.deepStrictEqual(findDeadlines('比2024年底前完成').map((f) => f.deadline.raw), ['2024年底前完成']);
  });

  it('reads a year’s line of upkeep (2025年：持续深化…，巩固…) as completing nothing, and a line that completes as dated', () => {
    const [upkeep] = findDeadlines('2025年：持续深化电子公文档案数据共享利用，巩固无纸化办公成果。');
    assert.deepStrictEqual(upkeep!.deadline.milestones, [{ year: 2025, due: '持续深化电子公文档案数据共享利用' }]);
    assert.strictEqual(compareDeadlines(upkeep!.deadline, parseDeadline('2024年').deadline), 'incomparable');
    const [care] = findDeadlines('2025年：做好上云系统运行保障，持续提升云资源使用效益。');
    assert.strictEqual(compareDeadlines(care!.deadline, parseDeadline('2024年').deadline), 'incomparable');
    for (const line of ['2025年：持续推进，实现县乡村三级全覆盖。', '2025年：巩固提升，全面建成一体化平台。', '2025年：完成县级城域网升级改造。']) {
      const [f] = findDeadlines(line);
      assert.strictEqual(compareDeadlines(f!.deadline, parseDeadline('2024年').deadline), 'later', line);
    }
  });

  describe('five-year plans, staged deadlines and parts of a year', () => {
    const ms = (raw: string, year?: number) => parseDeadline(raw, { year }).deadline.milestones.map((m) => [m.year, m.month ?? null]);

    it('reads the end of a five-year plan as its last year (“十四五”末, 到“十四五”期末, 十三五末, “十五五”期间)', () => {
      assert.deepStrictEqual(ms('“十四五”末'), [[2025, null]]);
      assert.deepStrictEqual(ms('到“十四五”期末'), [[2025, null]]);
      assert.deepStrictEqual(ms('“十四五”期间'), [[2025, null]]);
      assert.deepStrictEqual(ms('十三五末'), [[2020, null]]);
      assert.deepStrictEqual(ms('“十五五”末'), [[2030, null]]);
      assert.strictEqual(deadlines.fiveYearPlanEnd(14), 2025);
      for (const raw of ['“十四五”末', '到“十四五”期末']) assert.strictEqual(parseDeadline(raw).invalid, undefined, raw);
    });

    it('reads a staged deadline in brackets as its stages (分阶段（2024年启动、2025年完成）)', () => {
      const r = parseDeadline('分阶段（2024年启动、2025年完成）');
      assert.strictEqual(r.invalid, undefined);
      assert.deepStrictEqual(r.deadline.milestones.map((m) => [m.year, m.due]), [[2024, '启动'], [2025, '完成']]);
      assert.strictEqual(compareDeadlines(r.deadline, parseDeadline('2024年').deadline), 'later');
    });

    it('gives a part of the year its last month (第三季度 9, 上半年 6, 年中 6; 下半年 and 第四季度 the whole year)', () => {
      assert.deepStrictEqual(ms('2024年第三季度'), [[2024, 9]]);
      assert.deepStrictEqual(ms('2024年三季度末前'), [[2024, 9]]);
      assert.deepStrictEqual(ms('2025年上半年前建成'), [[2025, 6]]);
      assert.deepStrictEqual(ms('2025年年中'), [[2025, 6]]);
      assert.deepStrictEqual(ms('2024年下半年'), [[2024, null]]);
      assert.deepStrictEqual(ms('2024年第四季度'), [[2024, null]]);
      assert.deepStrictEqual(ms('年中', 2024), [[2024, 6]]);
      // 2024年第一季度 is earlier than 2024年6月, not later (it used to read as the end of 2024).
      assert.strictEqual(compareDeadlines(parseDeadline('2024年第一季度').deadline, parseDeadline('2024年6月').deadline), 'earlier');
      assert.strictEqual(parseDeadline('2025年上半年前建成').deadline.milestones[0]!.due, '建成');
    });

    it('finds the end of a five-year plan set as a target in running text, and not a time told of', () => {
      const found = findDeadlines('到“十四五”期末，全面完成政府网站适老化改造；力争“十四五”末前建成。');
      assert.deepStrictEqual(found.map((f) => [f.deadline.raw, f.deadline.milestones[0]!.year]), [['到“十四五”期末', 2025], ['“十四五”末前建成', 2025]]);
      // A five-year plan's span aimed at (力争在“十五五”期间…) is a target by its end.
      const aimed = findDeadlines('统筹整合视频资源，力争在“十五五”期间全部接入全区统一的视频共享平台。');
      assert.deepStrictEqual(aimed.map((f) => [f.deadline.raw, f.deadline.milestones[0]!.year]), [['力争在“十五五”期间', 2030]]);
      // Near misses: a span of time (“十四五”期间，…), a time without 到/至 or 前, a title.
      assert.deepStrictEqual(findDeadlines('“十四五”期间，我市数字政府建设取得明显成效。'), []);
      assert.deepStrictEqual(findDeadlines('在“十四五”期间，全县累计建成5个应用场景。'), []);
      assert.deepStrictEqual(findDeadlines('“十四五”末，全市常住人口达到40万人。'), []);
      assert.deepStrictEqual(findDeadlines('依据《吴忠市“十四五”末期发展规划》'), []);
    });
  });

  describe('dates in Chinese numerals', () => {
    it('reads 二〇二五年六月底前, 二○二五年三季度, 二〇二五年十一月底前 as their dates', () => {
      const ms = (raw: string) => parseDeadline(raw, { year: 2025 }).deadline.milestones.map((m) => [m.year, m.month ?? null]);
      assert.deepStrictEqual(ms('二〇二五年六月底前'), [[2025, 6]]);
      assert.deepStrictEqual(ms('二○二五年三季度'), [[2025, 9]]);
      assert.deepStrictEqual(ms('二〇二五年十一月底前'), [[2025, 11]]);
      assert.deepStrictEqual(ms('二〇二五年十月底前'), [[2025, 10]]);
      assert.deepStrictEqual(ms('二〇二五年底前'), [[2025, null]]);
      for (const raw of ['二〇二五年六月底前', '二○二五年三季度']) assert.strictEqual(parseDeadline(raw).invalid, undefined, raw);
      assert.deepStrictEqual(deadlines.asciiDates('二〇二五年十一月底前').text, '2025年11月底前');
    });

    it('finds them in running text at their own place, and skips a signature date', () => {
      const text = '工作目标：到二〇二五年底，全面建成。';
      const found = findDeadlines(text);
      assert.deepStrictEqual(found.map((f) => [text.slice(f.start, f.end), f.deadline.raw, f.deadline.milestones[0]!.year]), [['到二〇二五年底', '到二〇二五年底', 2025]]);
      // Near misses: a signature date, with a day of one, two or three numerals.
      for (const sig of ['二〇二五年二月十八日', '二〇二五年二月二十八日', '二〇二五年一月三日']) assert.deepStrictEqual(findDeadlines(sig), [], sig);
    });
  });

  describe('dates that are not the plan’s own', () => {
    it('skips a date the clause gives to a higher level (自治区已明确2025年完成, 上级要求2025年底前)', () => {
      assert.deepStrictEqual(findDeadlines('对自治区已明确2025年完成但我县尚未完成的任务，要列出清单。'), []);
      assert.deepStrictEqual(findDeadlines('按照上级要求2025年底前完成迁移。'), []);
      // Near misses: the plan's own level setting a date, and a higher level named after the date.
      assert.deepStrictEqual(findDeadlines('县委明确2026年6月底前完成。').map((f) => f.deadline.raw), ['2026年6月底前完成']);
      assert.deepStrictEqual(findDeadlines('2026年6月底前完成自治区已明确的任务。').map((f) => f.deadline.raw), ['2026年6月底前']);
    });

    it('skips a date inside another document’s goal quoted as its 目标要求', () => {
      assert.deepStrictEqual(findDeadlines('对照自治区“到2025年，全区各级数字政府建设体系框架全面成型”的目标要求，查漏补缺。'), []);
      // Near miss: the plan's own goal, in no quotes.
      assert.strictEqual(findDeadlines('到2026年底，全县数字政府建设体系全面成型。').length, 1);
    });
  });

  describe('numbers OCR misread (2O24年, 2024年l2月)', () => {
    it('reads O, o, l and I among the digits of a date as the digits they stand for', () => {
      assert.deepStrictEqual(parseDeadline('2O24年').deadline.milestones, [{ year: 2024, due: '' }]);
      assert.strictEqual(parseDeadline('2O24年').invalid, undefined);
      assert.deepStrictEqual(parseDeadline('2024年l2月底前').deadline.milestones, [{ year: 2024, month: 12, due: '' }]);
      assert.deepStrictEqual(parseDeadline('2o25年').deadline.milestones, [{ year: 2025, due: '' }]);
      assert.strictEqual(deadlines.ocrDigits('2O24年3月l5日'), '2024年3月15日');
    });

    it('finds such a date in a sentence and quotes it as written', () => {
      const found = findDeadlines('力争2O25年底前实现全覆盖。');
      assert.strictEqual(found.length, 1);
      assert.strictEqual(found[0]!.deadline.raw, '力争2O25年底前实现全覆盖');
      assert.deepStrictEqual(found[0]!.deadline.milestones.map((m) => m.year), [2025]);
    });

    it('leaves letters that are not among a date\'s digits alone', () => {
      for (const text of ['IPv6改造', 'OA系统', 'l号楼', 'COVID-19', '第I期', 'Io年', '2024年底前完成OA系统升级']) {
        assert.strictEqual(deadlines.ocrDigits(text), text, text);
      }
      // One real digit is not enough to call a run a number.
      assert.strictEqual(deadlines.ocrDigits('lO年'), 'lO年');
      assert.strictEqual(deadlines.ocrDigits('1O年'), '1O年');
    });
  });

  describe('dates in numeric styles (2024-12-31, 2024/6/30, 2024-12, 2025/06)', () => {
    it('reads a 完成时限 cell written in a numeric style as the same date in words', () => {
      const read = (raw: string) => parseDeadline(raw).deadline.milestones;
      assert.deepStrictEqual(read('2024-12-31'), [{ year: 2024, month: 12, due: '' }]);
      assert.deepStrictEqual(read('2024/6/30'), [{ year: 2024, month: 6, due: '' }]);
      assert.deepStrictEqual(read('2024-12'), [{ year: 2024, month: 12, due: '' }]);
      assert.deepStrictEqual(read('2025/06'), [{ year: 2025, month: 6, due: '' }]);
      assert.deepStrictEqual(read('2024.12.31'), [{ year: 2024, month: 12, due: '' }]);
      assert.deepStrictEqual(read('2024-12前'), [{ year: 2024, month: 12, due: '' }]);
      for (const raw of ['2024-12-31', '2024/6/30', '2024-12', '2025/06']) assert.strictEqual(parseDeadline(raw).invalid, undefined, raw);
    });

    it('finds an impossible numeric date', () => {
      assert.match(parseDeadline('2024/2/30').invalid ?? '', /2月只有29天/);
      assert.match(parseDeadline('2024-13-01').invalid ?? '', /13月/);
    });

    it('keeps a period (2024-2025) a period', () => {
      assert.deepStrictEqual(parseDeadline('2024-2025').deadline.milestones, [{ year: 2025, due: '' }]);
    });

    it('finds a numeric-style date set as a target in a sentence, and quotes it as written', () => {
      const found = findDeadlines('全县城域网2024-12前实现全覆盖，2024/6/30前完成适老化改造。');
      assert.deepStrictEqual(found.map((f) => f.deadline.raw), ['2024-12前实现全覆盖', '2024/6/30前']);
      assert.deepStrictEqual(found.map((f) => f.deadline.milestones[0]), [{ year: 2024, month: 12, due: '实现全覆盖' }, { year: 2024, month: 6, due: '' }]);
    });

    it('leaves phone numbers, a notice\'s date and other numbers in sentences alone', () => {
      for (const text of ['联系电话：0953-6012345。', '2024-03-08印发。', '编号2024-12-0003。', '版本2024.12.1已上线。']) {
        assert.deepStrictEqual(findDeadlines(text), [], text);
      }
    });
  });

  describe('dates written in haste (24年底前, 2025年Q2) and per sub-item ((1)…；(2)…)', () => {
    it('reads a two-digit year and a quarter as Q, and dates numbered by sub-item', () => {
      assert.strictEqual(deadlines.fullYears('24年底前'), '2024年底前');
      assert.strictEqual(deadlines.fullYears('25年6月前'), '2025年6月前');
      assert.strictEqual(deadlines.fullYears('2025年Q2'), '2025年第2季度');
      // A project office's spreadsheet notations: 2024-Q4, 2024 Q3, 2024H1, 2025-H2.
      assert.strictEqual(deadlines.fullYears('2024-Q4'), '2024年第4季度');
      assert.strictEqual(deadlines.fullYears('2024 Q3'), '2024年第3季度');
      assert.strictEqual(deadlines.fullYears('2024H1'), '2024年上半年');
      assert.strictEqual(deadlines.fullYears('2025-H2'), '2025年下半年');
      assert.deepStrictEqual(parseDeadline('2024H1').deadline.milestones, [{ year: 2024, month: 6, due: '' }]);
      assert.deepStrictEqual(parseDeadline('2024-Q3').deadline.milestones, [{ year: 2024, month: 9, due: '' }]);
      assert.deepStrictEqual(parseDeadline('2025H2').deadline.milestones, [{ year: 2025, due: '' }]);
      // A quarter or half-year no year has is reported, in the words the cell used.
      assert.match(parseDeadline('2024Q5').invalid ?? '', /第5季度”不存在/);
      assert.match(parseDeadline('2025H3').invalid ?? '', /“2025H3”中的半年不存在/);
      assert.deepStrictEqual(parseDeadline('（1）2025年6月底前；（2）2024年底前').deadline.milestones.map((m) => m.year), [2025, 2024]);
      assert.deepStrictEqual(parseDeadline('①2024年6月底前②2025年底前').deadline.milestones.map((m) => m.year), [2024, 2025]);
    });

    it('near misses: counts, durations and dates with four digits stay as they are', () => {
      for (const raw of ['30个', '3年内', '2024年底前', '第12345号', '2025.12.31前', 'H5N1', 'IPv6', 'Q235钢材', '2024年H5N1监测']) assert.strictEqual(deadlines.fullYears(raw), raw, raw);
    });
  });

  describe('a 完成时限 that defers to the higher level (按自治区要求, 与自治区同步, 同上级时限)', () => {
    it('is read as the higher level\'s own: never invalid, never later', () => {
      for (const raw of ['按自治区要求', '与自治区同步', '同上级时限', '根据自治区统一安排', '按照上级要求', '按省级部署',
        '与市级同步', '按吴忠市要求', '同市级时限', '按市里统一部署', '按县里要求', '与石嘴山市同步']) {
        const r = parseDeadline(raw);
        assert.strictEqual(r.invalid, undefined, raw);
        assert.deepStrictEqual(r.deadline, { raw, milestones: [], ongoing: true }, raw);
      }
    });

    it('leaves a date with such a comment a date, and other words unreadable', () => {
      assert.deepStrictEqual(parseDeadline('2025年底（与自治区同步）').deadline.milestones.map((m) => m.year), [2025]);
      assert.ok(parseDeadline('与工作同步').invalid);
      // Only a level or a place defers: a body or a project does not.
      for (const raw of ['按市发改委要求', '与项目同步', '同县直部门时限']) assert.ok(parseDeadline(raw).invalid, raw);
    });
  });

  describe('a 完成时限 set by other work', () => {
    it('reads a time after other work is done, or along with it, as no date to compare', () => {
      for (const raw of ['在县政务数据共享平台建成后1个月内', '县级城域网升级改造完成后3个月内完成', '平台上线后半年内', '与石嘴山市城市运行管理服务平台建设同步实施', '与自治区政务信创云迁移工作同步推进']) {
        const r = parseDeadline(raw);
        assert.strictEqual(r.invalid, undefined, raw);
        assert.deepStrictEqual(r.deadline.milestones, [], raw);
      }
    });

    it('near misses: a calendar date, the plan’s own issue (read from its date), and words that name no work', () => {
      assert.deepStrictEqual(parseDeadline('2025年底前建成后投入使用').deadline.milestones.map((m) => m.year), [2025]);
      for (const raw of ['方案印发后3个月内', '与工作同步', '建成后']) assert.ok(parseDeadline(raw).invalid, raw);
    });
  });
});


describe('dates in Chinese numerals, found from each 年', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fc = require('fast-check') as typeof import('fast-check');
  it('converts exactly where four Chinese numerals stand before 年 (the pattern the quick test replaces)', () => {
    const pieces = fc.constantFrom('二', '〇', '○', '零', '一', '九', '四', '年', ' ', '\n', '月', '底', '前', '县', '2', '，');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
        const s = parts.join('');
        return (deadlines.asciiDates(s).at !== undefined) === /[〇○零一二三四五六七八九]{4}\s*年/.test(s);
      }),
      { numRuns: 2000 },
    );
  });
});
