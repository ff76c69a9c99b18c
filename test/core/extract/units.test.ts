// Tests of unit-cell parsing, levels, the alias file format, alias expansion and suggestions
// (server/src/core/extract/units.ts and unitNames.ts).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { expectJson, forEachFixture } from '../../helpers/fixtures';
import { readSeed, units } from './server-modules';

const { parseUnitCell, namesLocalLevel, levelOfUnit, parseUnitsFile, expandAliases, suggestUnits } = units;

type Units = { lead: string[]; responsible: string[]; cooperating: string[]; collectives: string[] };
const u = (p: Partial<Units>): Units => ({ lead: [], responsible: [], cooperating: [], collectives: [], ...p });

describe('extract/units', () => {
  describe('parseUnitCell', () => {
    const cases: [string, Units][] = [
      [
        '自治区党委国安办牵头负责, 自治区党委网信办, 发展改革委、公安厅、安全厅, 宁夏通信管理局等部门(单位)配合',
        u({
          lead: ['自治区党委国安办'],
          cooperating: ['自治区党委网信办', '自治区发展改革委', '自治区公安厅', '自治区安全厅', '宁夏通信管理局'],
        }),
      ],
      ['自治区政府办公厅牵头, 自治区各部门(单位)配合', u({ lead: ['自治区政府办公厅'], collectives: ['自治区各部门(单位)'] })],
      ['各市、县（区）负责，自治区有关部门（单位）配合', u({ collectives: ['各市、县（区）', '自治区有关部门（单位）'] })],
      ['自治区国资委负责', u({ responsible: ['自治区国资委'] })],
      // The duty a role names is no body; a body after the role is.
      ['县住建局牵头，县智慧城市运营中心负责平台运维', u({ lead: ['县住建局'], responsible: ['县智慧城市运营中心'] })],
      ['县大数据中心负责县政务服务中心配合', u({ responsible: ['县大数据中心'], cooperating: ['县政务服务中心'] })],
      ['县发改局牵头各乡镇人民政府配合', u({ lead: ['县发改局'], collectives: ['各乡镇人民政府'] })],
      // The members of a coordinating body are a group, whatever the prefix before them.
      ['区数字政府建设领导小组办公室牵头，领导小组各成员单位配合', u({ lead: ['区数字政府建设领导小组办公室'], collectives: ['领导小组各成员单位'] })],
      [
        '自治区发展改革委、工业和信息化厅牵头负责，自治区有关部门（单位）及银川市、中卫市配合',
        u({ lead: ['自治区发展改革委', '自治区工业和信息化厅'], cooperating: ['银川市', '中卫市'], collectives: ['自治区有关部门（单位）'] }),
      ],
      [
        '自治区政府办公厅、市场监管厅牵头负责，自治区相关部门（单位）配合',
        u({ lead: ['自治区政府办公厅', '自治区市场监管厅'], collectives: ['自治区相关部门（单位）'] }),
      ],
      [
        '自治区农业农村厅牵头，各市、县（区）具体负责，自治区有关部门（单位）配合',
        u({ lead: ['自治区农业农村厅'], collectives: ['各市、县（区）', '自治区有关部门（单位）'] }),
      ],
      [
        '自治区党委组织部、宣传部，人力资源社会保障厅，科协负责',
        u({ responsible: ['自治区党委组织部', '自治区党委宣传部', '自治区人力资源社会保障厅', '自治区科协'] }),
      ],
      [
        '自治区教育厅、科技厅、政府研究室，宁夏社科院、宁夏大学等部门（单位）负责',
        u({ responsible: ['自治区教育厅', '自治区科技厅', '自治区政府研究室', '宁夏社科院', '宁夏大学'] }),
      ],
      ['自治区有关部门（单位）和各地级市按照职能分别负责', u({ collectives: ['自治区有关部门（单位）', '各地级市'] })],
      ['承担监管职责的自治区有关部门（单位）分别负责，各市、县（区）配合', u({ collectives: ['承担监管职责的自治区有关部门（单位）', '各市、县（区）'] })],
      // A local plan's own form: the level's prefix (区直) inside the collective, none carried into it.
      ['区市场监管局，承担监管职责的区直有关部门', u({ responsible: ['区市场监管局'], collectives: ['承担监管职责的区直有关部门'] })],
      ['县市场监管局牵头，承担监管职责的县级相关部门（单位）配合', u({ lead: ['县市场监管局'], collectives: ['承担监管职责的县级相关部门（单位）'] })],
      ['自治区政府办公厅负责，各市、县（区）、自治区相关部门参与', u({ responsible: ['自治区政府办公厅'], collectives: ['各市、县（区）', '自治区相关部门'] })],
      ['自治区党委办公厅负责', u({ responsible: ['自治区党委办公厅'] })],
      ['住房和城乡建设厅及各乡镇人民政府负责', u({ responsible: ['住房和城乡建设厅'], collectives: ['各乡镇人民政府'] })],
      ['自治区财政厅、水利厅，各市、县（区）', u({ responsible: ['自治区财政厅', '自治区水利厅'], collectives: ['各市、县（区）'] })],
      [
        '市大数据管理服务局牵头，市发展改革委、财政局，各县（市、区）人民政府配合',
        u({ lead: ['市大数据管理服务局'], cooperating: ['市发展改革委', '市财政局'], collectives: ['各县（市、区）人民政府'] }),
      ],
      ['吴忠市大数据管理服务局牵头，市直各部门（单位）配合', u({ lead: ['吴忠市大数据管理服务局'], collectives: ['市直各部门（单位）'] })],
      // A town's own collectives, and 各… after a word of place, with no prefix carried into it.
      ['镇党政办公室牵头，镇直各部门（单位）、各村（社区）配合', u({ lead: ['镇党政办公室'], collectives: ['镇直各部门（单位）', '各村（社区）'] })],
      ['区地方金融服务中心、区发展和改革局牵头，辖区各银行业金融机构配合', u({ lead: ['区地方金融服务中心', '区发展和改革局'], collectives: ['辖区各银行业金融机构'] })],
      ['县卫生健康局牵头，县内各医疗机构配合', u({ lead: ['县卫生健康局'], collectives: ['县内各医疗机构'] })],
      // Near miss: a body named after its place (辖区派出所) is a body, and takes the list's prefix as before.
      ['区公安分局牵头，辖区派出所配合', u({ lead: ['区公安分局'], cooperating: ['区辖区派出所'] })],
      // A department's own sections and units as a whole.
      ['综合股牵头，局机关各股室、局属各单位配合', u({ lead: ['综合股'], collectives: ['局机关各股室', '局属各单位'] })],
      ['自治區大數據發展局牽頭，自治區各有關單位按職責分工負責', u({ lead: ['自治區大數據發展局'], collectives: ['自治區各有關單位'] })],
      [
        '自治區黨委網信辦、國安辦,自治區公安廳、市場監管局等,各市人民政府',
        u({ responsible: ['自治區黨委網信辦', '自治區黨委國安辦', '自治區公安廳', '自治區市場監管局'], collectives: ['各市人民政府'] }),
      ],
    ];
    for (const [raw, expected] of cases) {
      it(`parses ${raw}`, () => assert.deepStrictEqual(parseUnitCell(raw).units, expected));
    }

    it('gives roles per mention and keeps the written span of distributed names', () => {
      const raw = '自治区党委网信办, 发展改革委、公安厅牵头负责，各市、县(区)配合';
      const { mentions } = parseUnitCell(raw);
      const shown = mentions.map((m) => [raw.slice(m.start, m.end), m.name, m.role, m.collective]);
      assert.deepStrictEqual(shown, [
        ['自治区党委网信办', '自治区党委网信办', 'lead', false],
        ['发展改革委', '自治区发展改革委', 'lead', false],
        ['公安厅', '自治区公安厅', 'lead', false],
        ['各市、县(区)', '各市、县(区)', 'cooperating', true],
      ]);
    });

    it('marks a group without a verb as unspecified', () => {
      const { mentions, units: parsed } = parseUnitCell('自治区财政厅，各市、县（区）');
      assert.deepStrictEqual(mentions.map((m) => m.role), ['unspecified', 'unspecified']);
      assert.deepStrictEqual(parsed.responsible, ['自治区财政厅']);
    });

    describe('collective subjects of every level are read whole and never prefixed', () => {
      const cases: [string, string[]][] = [
        ['区委政法委、区公安分局牵头，各乡镇人民政府、各街道办事处配合', ['各乡镇人民政府', '各街道办事处']],
        ['市直有关部门、各区县人民政府配合', ['市直有关部门', '各区县人民政府']],
        ['各县区人民政府', ['各县区人民政府']],
        ['各乡镇（街道）、各村（社区）、县直各部门（单位）', ['各乡镇（街道）', '各村（社区）', '县直各部门（单位）']],
        ['县大数据服务中心、各市州、区直各部门', ['各市州', '区直各部门']],
        ['各县（市、区）人民政府，省直有关部门', ['各县（市、区）人民政府', '省直有关部门']],
      ];
      for (const [raw, collectives] of cases) {
        it(raw, () => {
          const r = parseUnitCell(raw);
          assert.deepStrictEqual(r.units.collectives, collectives);
          // Nothing else was invented from pieces of a collective (区办事处, 县人民政府 …).
          for (const m of r.mentions.filter((x) => !x.collective)) assert.ok(raw.includes(m.name) || /^[县区市]/.test(m.name), m.name);
          assert.ok(!r.mentions.some((m) => /办事处$|^县人民政府$|^区人民政府$/.test(m.name) && !m.collective));
        });
      }
    });

    it('reads a slip inside a collective (各乡镇人民政俯) as a unit to check, with the intended spelling', () => {
      const r = parseUnitCell('县委政法委、各乡镇人民政俯配合');
      const slip = r.mentions.find((m) => m.name === '各乡镇人民政俯');
      assert.ok(slip && !slip.collective);
      assert.strictEqual(units.collectiveTypo('各乡镇人民政俯'), '各乡镇人民政府');
      assert.strictEqual(units.collectiveTypo('各街道办事外'), '各街道办事处');
      for (const ok of ['各乡镇人民政府', '各乡镇卫生院', '各街道办事处', '各村民委员会', '各乡镇政务服务中心']) assert.strictEqual(units.collectiveTypo(ok), undefined, ok);
    });

    it('reads Inner Mongolia’s collectives (各盟市行政公署、人民政府, 各旗县（市、区）, 各苏木乡镇, 各嘎查村) as local subjects', () => {
      const cases: [string, string[]][] = [
        ['自治区政务服务与数据管理局，自治区有关部门，各盟市行政公署、人民政府', ['自治区有关部门', '各盟市行政公署、人民政府']],
        ['自治区卫生健康委，各盟行政公署、市人民政府', ['各盟行政公署、市人民政府']],
        ['各旗县（市、区）人民政府、各苏木乡镇（街道）', ['各旗县（市、区）人民政府', '各苏木乡镇（街道）']],
        ['各嘎查村（社区）、市民政局', ['各嘎查村（社区）']],
      ];
      for (const [raw, collectives] of cases) {
        const r = parseUnitCell(raw);
        assert.deepStrictEqual(r.units.collectives, collectives, raw);
        assert.ok(units.namesLocalLevel(r.units), raw);
        // The 人民政府 after 、 is the collective's, never 自治区人民政府.
        assert.ok(!r.mentions.some((m) => m.name === '自治区人民政府'), raw);
      }
      assert.strictEqual(units.levelOfUnit('锡林郭勒盟行政公署'), '市');
      assert.strictEqual(units.levelOfUnit('达茂旗人民政府'), '县');
      // Near misses: regional bodies alone name no local level; 盟员 is not a league.
      assert.ok(!units.namesLocalLevel(parseUnitCell('自治区政务服务与数据管理局、自治区有关部门').units));
      assert.notStrictEqual(units.levelOfUnit('民盟盟员之家'), '市');
    });

    it('reads a collective with a qualifier between 各/有关 and 部门 (区直各监管部门, 各行业主管部门) as a subject', () => {
      const r = parseUnitCell('区司法局、区大数据发展局，区直各监管部门');
      assert.deepStrictEqual(r.units.collectives, ['区直各监管部门']);
      assert.ok(!r.mentions.some((m) => m.name.startsWith('区区')), JSON.stringify(r.mentions.map((m) => m.name)));
      assert.deepStrictEqual(parseUnitCell('各行业主管部门配合').units.collectives, ['各行业主管部门']);
      assert.deepStrictEqual(parseUnitCell('县直有关执法部门').units.collectives, ['县直有关执法部门']);
      // Near miss: a body whose name has 监管 in it is a body (区监管局).
      assert.deepStrictEqual(parseUnitCell('区监管局').mentions.map((m) => [m.name, m.collective]), [['区监管局', false]]);
    });

    it('reads a zone’s departments (基地各部门（单位）, 园区有关部门, 高新区各部门) as a collective', () => {
      const r = parseUnitCell('基地经济发展局牵头，基地各部门（单位）、各园区管理机构配合');
      assert.deepStrictEqual(r.units.lead, ['基地经济发展局']);
      assert.deepStrictEqual(r.units.collectives, ['基地各部门（单位）', '各园区管理机构']);
      for (const c of ['宁东基地有关部门', '园区各部门', '高新区有关部门（单位）', '开发区管委会各部门']) assert.deepStrictEqual(parseUnitCell(c).units.collectives, [c], c);
      // Near misses: the zone's bodies are bodies, a typo in one is still looked up.
      assert.deepStrictEqual(parseUnitCell('基地财政审记局').mentions.map((m) => [m.name, m.collective]), [['基地财政审记局', false]]);
      assert.deepStrictEqual(parseUnitCell('园区管委会办公室').mentions.map((m) => [m.name, m.collective]), [['园区管委会办公室', false]]);
    });

    it('reads a role in brackets after a name as that name’s role (县财政局（配合）, 自治区大数据局（指导）)', () => {
      const r = parseUnitCell('县大数据发展局（牵头）、县财政局（配合），自治区大数据局（指导）');
      assert.deepStrictEqual(r.mentions.map((m) => [m.name, m.role]), [['县大数据发展局', 'lead'], ['县财政局', 'cooperating'], ['自治区大数据局', 'cooperating']]);
      assert.deepStrictEqual(r.units.lead, ['县大数据发展局']);
      assert.deepStrictEqual(parseUnitCell('县委办（牵头单位），县财政局').mentions.map((m) => [m.name, m.role]), [['县委办', 'lead'], ['县财政局', 'unspecified']]);
      // Near miss: brackets that are part of a collective stay in it.
      assert.deepStrictEqual(parseUnitCell('各村（社区）').units.collectives, ['各村（社区）']);
    });

    it('reads a body’s other name in brackets (市政务服务和大数据管理局（市行政审批局）) as that body, not a new unit', () => {
      const r = parseUnitCell('市发展改革委牵头，市统计局、市政务服务和大数据管理局（市行政审批局）配合');
      assert.deepStrictEqual(r.mentions.map((m) => [m.name, m.role, m.otherName === true]), [
        ['市发展改革委', 'lead', false], ['市统计局', 'cooperating', false], ['市政务服务和大数据管理局', 'cooperating', false], ['市行政审批局', 'cooperating', true],
      ]);
      // The other name is no unit of its own in the task's units.
      assert.deepStrictEqual(r.units.cooperating, ['市统计局', '市政务服务和大数据管理局']);
      assert.deepStrictEqual(parseUnitCell('市委网信办（市互联网信息办公室）').mentions.map((m) => [m.name, m.otherName === true]), [['市委网信办', false], ['市互联网信息办公室', true]]);
      // Near misses: a role in brackets, a collective's brackets, a bracket that names no body.
      assert.deepStrictEqual(parseUnitCell('县财政局（配合）').mentions.map((m) => [m.name, m.otherName === true]), [['县财政局', false]]);
      assert.deepStrictEqual(parseUnitCell('各乡镇（街道）').units.collectives, ['各乡镇（街道）']);
      assert.deepStrictEqual(parseUnitCell('县医疗保障局（含医保中心）').mentions.map((m) => m.name), ['县医疗保障局（含医保中心）']);
    });

    it('knows the cities of every province as a collective (各省辖市人民政府, 各地级以上市, 各市（州）, 各市州) and as the local level', () => {
      for (const c of ['各省辖市人民政府', '各地级以上市人民政府', '各市（州）人民政府', '各市州', '各地市']) {
        const r = parseUnitCell(`省直有关部门，${c}`);
        assert.deepStrictEqual(r.units.collectives, ['省直有关部门', c], c);
        assert.ok(namesLocalLevel(r.units), c);
      }
      // Near miss: the provincial departments alone do not name the cities.
      assert.ok(!namesLocalLevel(parseUnitCell('省直有关部门').units));
    });

    it('reads units in 由X牵头 only up to the verb, never across a comma (由县长任组长，…办公室设在…，承担日常统筹)', () => {
      const { core } = require('../../helpers/server') as typeof import('../../helpers/server');
      const f = core.analyze.readDraft('某县方案\n由县长任组长，领导小组办公室设在县大数据服务中心，承担日常统筹协调工作。由县大数据服务中心牵头，县财政局配合，推进数据共享。\n');
      assert.deepStrictEqual(f.units.map((u) => [u.name, u.role]), [['县大数据服务中心', 'lead'], ['县财政局', 'cooperating']]);
    });

    it('reads guidance (负责技术指导, 业务指导, 督导) as a role, not as part of a name', () => {
      const a = parseUnitCell('区直各部门（单位）；市大数据管理服务中心负责技术指导');
      assert.deepStrictEqual(a.units.cooperating, ['市大数据管理服务中心']);
      assert.deepStrictEqual(a.mentions.filter((m) => !m.collective).map((m) => m.name), ['市大数据管理服务中心']);
      const b = parseUnitCell('区档案馆牵头，区直各部门（单位）具体负责，自治区档案局业务指导');
      assert.deepStrictEqual(b.units.lead, ['区档案馆']);
      assert.deepStrictEqual(b.units.cooperating, ['自治区档案局']);
      assert.deepStrictEqual(parseUnitCell('县委组织部负责督导').units.cooperating, ['县委组织部']);
      // 统筹 is leading the work: 县直各部门（单位）分别负责，县大数据服务中心统筹.
      const c = parseUnitCell('县直各部门（单位）分别负责，县大数据服务中心统筹');
      assert.deepStrictEqual(c.units.lead, ['县大数据服务中心']);
      assert.deepStrictEqual(c.mentions.filter((m) => !m.collective).map((m) => m.name), ['县大数据服务中心']);
      // Near misses: 负责 alone is still responsibility, and a body named for guidance keeps its name.
      assert.deepStrictEqual(parseUnitCell('县大数据服务中心负责').units.responsible, ['县大数据服务中心']);
      assert.deepStrictEqual(parseUnitCell('自治区发展改革委指导').units.cooperating, ['自治区发展改革委']);
      // The words around a higher body's guidance are no part of its name.
      const d = parseUnitCell('县公安局牵头，县委政法委配合，接受自治区公安厅业务指导');
      assert.deepStrictEqual(d.mentions.map((m) => m.name), ['县公安局', '县委政法委', '自治区公安厅']);
      assert.deepStrictEqual(parseUnitCell('县公安局牵头，在自治区公安厅指导下实施').mentions.map((m) => m.name), ['县公安局', '自治区公安厅']);
      // Near miss: a body whose name holds 在 or 下 keeps it.
      assert.deepStrictEqual(parseUnitCell('县在线政务服务中心、县下属单位配合').mentions.map((m) => m.name), ['县在线政务服务中心', '县下属单位']);
    });

    it('reads piloting (先行试点, 率先试点, 开展试点) as carrying the work out, not as part of a name', () => {
      const a = parseUnitCell('县委政法委牵头，各乡镇人民政府具体负责，城关镇人民政府先行试点');
      assert.deepStrictEqual(a.mentions.map((m) => m.name), ['县委政法委', '各乡镇人民政府', '县城关镇人民政府']);
      assert.deepStrictEqual(parseUnitCell('县大数据中心率先试点、县审批局配合').units.responsible, ['县大数据中心']);
      // Near miss: a pilot zone named as a body keeps its name.
      assert.deepStrictEqual(parseUnitCell('县试点工作办公室负责').units.responsible, ['县试点工作办公室']);
    });

    it('never splits a name the registry holds, even one containing a role verb', () => {
      const known = new Set(['县矛盾纠纷多元化解指导中心', '县公安局']);
      const opts = { isKnown: (n: string) => known.has(n), maxKnownLength: 20 };
      assert.deepStrictEqual(parseUnitCell('县矛盾纠纷多元化解指导中心、县公安局', opts).mentions.map((m) => m.name), ['县矛盾纠纷多元化解指导中心', '县公安局']);
      // Without the registry the verb 指导 ends the name: the registry is what keeps it whole.
      assert.notDeepStrictEqual(parseUnitCell('县矛盾纠纷多元化解指导中心、县公安局').mentions.map((m) => m.name), ['县矛盾纠纷多元化解指导中心', '县公安局']);
    });

    it('makes the first unit of a cell its lead when the document says the first-listed leads', () => {
      const r = parseUnitCell('自治区政府办公厅、县大数据服务中心、各乡镇人民政府', { firstListedLeads: true });
      assert.deepStrictEqual(r.mentions.map((m) => m.role), ['lead', 'unspecified', 'unspecified']);
      assert.deepStrictEqual(r.units.lead, ['自治区政府办公厅']);
      // An explicit verb wins over the convention.
      const v = parseUnitCell('县财政局、县大数据服务中心牵头', { firstListedLeads: true });
      assert.deepStrictEqual(v.mentions.map((m) => m.role), ['lead', 'lead']);
    });

    it('never throws and returns nothing for an empty cell', () => {
      for (const raw of ['', '，，', '负责', '等部门（单位）配合', '（）']) {
        const r = parseUnitCell(raw);
        assert.ok(Array.isArray(r.mentions));
      }
      assert.deepStrictEqual(parseUnitCell('').units, u({}));
    });

    forEachFixture('extract/units', (name, dir) => {
      it(`fixture ${name}`, () => {
        const rows = fs.readFileSync(path.join(dir, 'input.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
        const actual = rows.map((raw) => {
          const parsed = parseUnitCell(raw);
          return { raw, units: parsed.units, namesLocal: namesLocalLevel(parsed.units) };
        });
        expectJson(actual, path.join(dir, 'expected.json'));
      });
    });

    it('parses all 124 unit cells of the Ningxia task list with a named or collective unit each', () => {
      const text = readSeed('ningxia-2023-gazette-with-task-list.txt');
      const rows = text.split('\n').map((l) => l.split('\t')).filter((c) => c.length >= 4 && /^\d+[.．]/.test(c[1]!.trim()));
      assert.strictEqual(rows.length, 124);
      for (const row of rows) {
        const { units: parsed, mentions } = parseUnitCell(row[2]!);
        const all = [...parsed.lead, ...parsed.responsible, ...parsed.cooperating, ...parsed.collectives];
        assert.ok(all.length > 0, row[2]);
        for (const m of mentions) assert.ok(!/等|负责|牵头|配合|，|、/.test(m.name) || m.collective, `${m.name} in ${row[2]}`);
      }
    });
  });

  describe('namesLocalLevel', () => {
    const table: [string, boolean][] = [
      ['各市、县（区）负责', true],
      ['自治区政府办公厅牵头，各地级市配合', true],
      ['各县（市、区）人民政府负责', true],
      ['各设区市负责', true],
      ['自治区有关部门（单位）及银川市、中卫市配合', false],
      ['自治区政府办公厅负责', false],
      ['自治区各部门(单位)配合', false],
    ];
    for (const [raw, expected] of table) {
      it(`${raw} → ${expected}`, () => assert.strictEqual(namesLocalLevel(parseUnitCell(raw).units), expected));
    }
  });

  describe('levelOfUnit', () => {
    const table: [string, string][] = [
      ['自治区发展改革委', '自治区'],
      ['自治區大數據發展局', '自治区'],
      ['宁夏通信管理局', '自治区'],
      ['广西壮族自治区大数据发展局', '自治区'],
      ['市大数据管理服务局', '市'],
      ['吴忠市大数据管理服务局', '市'],
      ['市场监管厅', '其他'],
      ['县大数据中心', '县'],
      ['利通区大数据中心', '县'],
      ['国家发展改革委', '国家'],
      ['消防救援总队', '其他'],
    ];
    for (const [name, level] of table) it(`${name} → ${level}`, () => assert.strictEqual(levelOfUnit(name), level));
  });

  describe('parseUnitsFile', () => {
    it('reads names, aliases, comments and blank lines', () => {
      const r = parseUnitsFile('\uFEFF# 注释\n发展改革委 = 发改委, 发展和改革委员会\n\n教育厅\n卫生健康委＝卫健委、卫生健康委员会  # 行尾注释\r\n');
      assert.deepStrictEqual(r.errors, []);
      assert.deepStrictEqual(r.entries, [
        { name: '发展改革委', aliases: ['发改委', '发展和改革委员会'] },
        { name: '教育厅', aliases: [] },
        { name: '卫生健康委', aliases: ['卫健委', '卫生健康委员会'] },
      ]);
    });
    it('keeps a 、 or comma inside brackets as part of the name (各县（市、区）人民政府)', () => {
      const r = parseUnitsFile('各县（市、区）人民政府\n县政务服务中心 = 县政务中心、县便民服务中心（县、乡）\n');
      assert.deepStrictEqual(r.errors, []);
      assert.deepStrictEqual(r.entries, [
        { name: '各县（市、区）人民政府', aliases: [] },
        { name: '县政务服务中心', aliases: ['县政务中心', '县便民服务中心（县、乡）'] },
      ]);
    });
    const bad: [string, number, RegExp][] = [
      ['各县（市、区）人民政府、县财政局', 1, /一行只写一个单位/],
      ['= 发改委', 1, /左边缺少单位名称/],
      ['甲 = 乙 = 丙', 1, /多个“=”/],
      ['甲、乙 = 丙', 1, /一行只写一个单位/],
      ['甲 = 乙\n甲 = 丙', 2, /已在第1行写过/],
      ['甲 = 乙\n丁 = 乙', 2, /已在第1行用作“甲”的别名/],
      ['甲 = 乙,,丙', 1, /多余的逗号/],
      ['甲 = 甲', 1, /与规范名称相同/],
    ];
    for (const [text, line, message] of bad) {
      it(`reports ${JSON.stringify(text)}`, () => {
        const r = parseUnitsFile(text);
        assert.strictEqual(r.errors.length, 1, JSON.stringify(r.errors));
        assert.strictEqual(r.errors[0]!.line, line);
        assert.match(r.errors[0]!.message, message);
      });
    }
    it('accepts the shipped seeds/aliases.txt without errors', () => {
      const r = parseUnitsFile(readSeed('aliases.txt'));
      assert.deepStrictEqual(r.errors, []);
      assert.ok(r.entries.length >= 50);
    });
  });

  describe('expandAliases', () => {
    const table = parseUnitsFile(readSeed('aliases.txt')).entries;
    const cases: [string, string[]][] = [
      ['自治区发展改革委', ['自治区发改委', '自治区发展和改革委员会', '自治区发展改革委员会']],
      ['自治区工业和信息化厅', ['自治区工信厅', '自治区工业信息化厅']],
      ['自治区党委网信办', ['自治区网信办']],
      ['市大数据管理服务局', ['市大数据局', '市大数据服务局']],
      ['宁夏通信管理局', ['通信管理局']],
      ['自治区不存在局', []],
    ];
    for (const [name, expected] of cases) {
      it(`${name} → ${expected.join('、') || '(none)'}`, () => assert.deepStrictEqual(expandAliases(name, table), expected));
    }
  });

  describe('suggestUnits', () => {
    const known = ['自治区发展改革委', '自治区公安厅', '自治区财政厅', '自治区市场监管厅', '自治区卫生健康委', '自治区教育厅'];
    const cases: [string, string[]][] = [
      ['自治区公安局', ['自治区公安厅']],
      ['自治区市场监管局', ['自治区市场监管厅']],
      ['自治区发改委', ['自治区发展改革委']],
      ['自治区卫健委', ['自治区卫生健康委']],
      ['自治区财政局', ['自治区财政厅']],
      ['自治区民政厅', []],
      ['宁夏大学', []],
      ['', []],
    ];
    for (const [name, expected] of cases) {
      it(`${name || '(empty)'} → ${expected.join('、') || '(none)'}`, () => assert.deepStrictEqual(suggestUnits(name, known), expected));
    }
    it('returns at most max names', () => {
      assert.ok(suggestUnits('自治区公安厅厅', ['自治区公安厅', '自治区公安厅1', '自治区公安厅2', '自治区公安厅3'], 2).length <= 2);
    });
  });
});
