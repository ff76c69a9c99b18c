# -*- coding: utf-8 -*-
# Builds key.json; every line number is found by searching draft.txt (1-based), and each
# search string must occur on exactly one line (or the given occurrence).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L.pop()
def ln(s, starts=None):
    hits = [i for i, l in enumerate(L, 1) if s in l and (starts is None or l.startswith(starts))]
    assert len(hits) == 1, (s, starts, hits)
    return hits[0]
def row(n):
    return ln('', starts='%d\t' % n)

T = '(task numbers: the 43 inline 责任单位/完成时限 notes of the 广西 seed in order of appearance)'
expect = [
  {"rule": "basis-mismatch", "line": ln('桂政发〔2022〕13号'), "text": "桂政发〔2022〕13号",
   "why": "the 广西 实施意见 titled 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (cited correctly in the preamble); 13号 is a digit swap in the 考核评估 paragraph"},
  {"rule": "deadline-later-than-baseline", "line": row(8), "text": "2026年6月底前",
   "why": "task-list row 8 (12345热线 归并与紧急热线联动) = regional task 8 (持续优化12345政务服务便民热线平台…), 完成时限 2025年底; the body line for the same task says 2025年底前, the annex row was not updated " + T},
  {"rule": "unknown-unit", "line": ln('市工信委'), "text": "市工信委",
   "why": "old name, not in units.txt (registry: 市工业和信息化局 = 市工信局); the annex row 27 has the correct 市工业和信息化局"},
  {"rule": "deadline-invalid", "line": ln('2024年9月31日'), "text": "2024年9月31日",
   "why": "impossible date: September has 30 days; it occurs twice on this line (the sentence and the inline 完成时限); the annex row 31 says 2024年9月底前"},
  {"rule": "garbled-text", "line": ln('鏁版嵁鍏变韩'), "text": "鏁版嵁鍏变韩",
   "why": "UTF-8 bytes read as GBK: 鏁版嵁鍏变韩浜ゆ崲骞冲彴 = 数据共享交换平台"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# basis-mismatch near misses
m("basis-mismatch", ln('（国发〔2022〕14号）和《广西'), "correct national guiding opinion and 文号", "国发〔2022〕14号")
m("basis-mismatch", ln('（桂政发〔2022〕31号）精神'), "correct title and 文号 of the 广西 实施意见 (the baseline)", "桂政发〔2022〕31号")
m("basis-mismatch", ln('国发〔2016〕55号'), "retrospective mention in the background of a real, correctly numbered 2016 guiding opinion; its own title really says 加快推进", "国发〔2016〕55号")
m("basis-mismatch", ln('国务院令第716号'), "retrospective mention of 《国务院关于在线政务服务的若干规定》, correctly numbered", "国务院令第716号")
m("basis-mismatch", ln('国办发〔2022〕5号'), "a different, correctly cited document whose real title contains 加快推进; not a basis citation of the 实施意见", "国办发〔2022〕5号")
m("basis-mismatch", ln('国办函〔2022〕102号'), "the 全国一体化政务大数据体系建设指南 is issued by 国办函〔2022〕102号; a supporting reference, not the basis", "国办函〔2022〕102号")
m("basis-mismatch", ln('国办发〔2021〕6号'), "correct number of the 国办 opinion on 政务数据共享协调机制; its real title contains 加快推进", "国办发〔2021〕6号")
m("basis-mismatch", ln('来政办发〔2023〕41号'), "the plan's own issuing number, not a cited basis document", "来政办发〔2023〕41号")
m("basis-mismatch", ln('现将《来宾市加强数字政府建设实施方案》'), "the plan's own title in the cover notice", "来宾市加强数字政府建设实施方案")
m("basis-mismatch", ln('《来宾市政务信息化项目建设管理办法》'), "a measure the plan will issue (due 2023年12月底前), not a cited basis document", "来宾市政务信息化项目建设管理办法")

# deadline-later-than-baseline near misses
m("deadline-later-than-baseline", ln('到2025年，与政府治理能力现代化相适应'), "goal 体系框架基本形成 by 2025 = regional 主要目标 到2025年 (equal)", "到2025年")
m("deadline-later-than-baseline", ln('到2035年，来宾数字政府体系框架'), "goal 基本建成 by 2035 = regional 到2035年 (equal)", "到2035年")
m("deadline-later-than-baseline", ln('以一体化在线监管提升监管协同化水平'), "task 3 (一体化在线监管), regional 完成时限 2025年底; 2025年底前 is equal", "2025年底前")
m("deadline-later-than-baseline", row(3), "annex row 3 = task 3, regional 2025年底; equal", "2025年底前")
m("deadline-later-than-baseline", ln('持续优化12345政务服务便民热线平台功能'), "body line for task 8 (12345热线), regional 2025年底; 2025年底前 is equal (only the annex row is late)", "2025年底前")
m("deadline-later-than-baseline", ln('优化政策信息数字化发布。'), "task 22 (政务公开), regional 2025年底; 2025年12月底前 is the same milestone", "2025年12月底前")
m("deadline-later-than-baseline", row(22), "annex row 22 = task 22, regional 2025年底; 2025年12月底前 is equal", "2025年12月底前")
m("deadline-later-than-baseline", ln('持续完善“智桂通”来宾专区'), "task 9 (智桂通), regional 2025年底; 2024年底前 is earlier", "2024年底前")
m("deadline-later-than-baseline", row(9), "annex row 9 = task 9, regional 2025年底; 2024年底前 is earlier", "2024年底前")
m("deadline-later-than-baseline", ln('2024年底前建成来宾市经济运行监测分析平台'), "task 1, regional 持续开展; a 2024 milestone on an ongoing task is not later", "2024年底前")
m("deadline-later-than-baseline", ln('2024年底前建成来宾城市数字政府大脑'), "task 19, regional 持续开展; 2024 milestone is not later", "2024年底前")
m("deadline-later-than-baseline", ln('2024年底前完成市、县两级电子政务外网IPv6改造'), "task 37, regional 持续开展; 2024 milestone is not later", "2024年底前")
m("deadline-later-than-baseline", ln('实施步骤分三个阶段'), "the plan's own phases; the last phase ends in 2025 (2025年1月—12月), equal to the regional horizon", "2025年1月—12月")

# deadline-invalid near misses
m("deadline-invalid", ln('2023年8月25日'), "issue date of the notice", "2023年8月25日")
m("deadline-invalid", ln('2021年，市级政务云平台完成扩容'), "past dates in the background (2021年, 截至2022年底, 2022年) are achievements, not deadlines", "2022年底")
m("deadline-invalid", ln('“4·27”重要讲话'), "name of the 2017 speech, not a date or deadline", "4·27")
m("deadline-invalid", ln('2023年9月30日前制定具体落实措施'), "the office's own reporting date in the plan year", "2023年9月30日前")
m("deadline-invalid", ln('于每年6月25日、12月10日前'), "recurring reporting dates, valid", "12月10日前")
m("deadline-invalid", ln('实施步骤分三个阶段'), "phase 2023年8月—10月 starts in the issue year (the notice is of 2023-08-25); not before the document's year", "2023年8月")
m("deadline-invalid", ln('到2023年底，市级数字政府建设'), "a goal in the plan's own year, not before it", "到2023年底")
m("deadline-invalid", row(31), "2024年9月底前 is a valid date (only the body line has 9月31日)", "2024年9月底前")
m("deadline-invalid", ln('推动12345热线与110、119、120、122等紧急热线'), "hotline numbers, not dates", "110、119、120、122")

# unknown-unit near misses
m("unknown-unit", ln('配合单位：市发改委、市司法局、市大数据局'), "市发改委 and 市大数据局 are aliases in units.txt", "市大数据局")
m("unknown-unit", ln('2024年底前建成，持续推进）'), "各县（市、区）人民政府 is a collective subject", "各县（市、区）人民政府")
m("unknown-unit", ln('配合单位：市信访局、公安局、民政局、司法局、住房城乡建设局'), "the 市 prefix distributes: 市公安局, 市民政局, 市司法局, 市住房城乡建设局; 市中级人民法院 and 市人民检察院 are in units.txt", "公安局")
m("unknown-unit", ln('配合单位：市发展改革委、公安局、财政局、自然资源局、市场监管局'), "prefix distribution gives 市市场监管局 (市场监管局 is not a 市-prefixed name); 市档案馆 and 来宾市税务局 are in units.txt", "市场监管局")
m("unknown-unit", ln('中国电信来宾分公司、中国移动来宾分公司', starts='推动电子政务外网'), "the three carriers' 来宾 branches are listed in units.txt", "中国电信来宾分公司")
m("unknown-unit", ln('积极争取自治区大数据发展局支持'), "a regional body named as a source of support, not as the lead of a local task", "自治区大数据发展局")
m("unknown-unit", ln('报市人民政府和自治区大数据发展局'), "a regional body as the recipient of the progress report, not as a lead", "自治区大数据发展局")
m("unknown-unit", ln('推动智慧人社服务能力提升。'), "市人社局 is an alias in units.txt", "市人社局")
m("unknown-unit", ln('（牵头单位：市大数据发展局；配合单位：市直有关部门；完成时限：2024年底前建成一期'), "市直有关部门 is a collective subject", "市直有关部门")
m("unknown-unit", ln('按照《全国一体化政务大数据体系建设指南》'), "市直各部门（单位） is a collective subject", "市直各部门（单位）")
m("unknown-unit", ln('配合单位：市委网信办，市发展改革委、交通运输局、大数据发展局'), "prefix 市 distributes: 市交通运输局, 市大数据发展局", "交通运输局")
m("unknown-unit", ln('配合单位：市发展改革委、科技局、财政局、人力资源社会保障局、审计局'), "prefix 市 distributes: 市科技局, 市财政局, 市人力资源社会保障局, 市审计局", "审计局")
m("unknown-unit", ln('市委党校（市行政学院）'), "市委党校 is in units.txt, 市行政学院 is its alias", "市委党校")
m("unknown-unit", ln('来宾市气象局、市消防救援支队', starts='推进智慧应急建设'), "both in units.txt", "来宾市气象局")
m("unknown-unit", row(7), "市人社局 and 市卫健委 are aliases in units.txt; 市残联 is listed", "市卫健委")
m("unknown-unit", ln('市委国安办、市委保密办、市公安局、市大数据发展局，'), "市委国安办 and 市委保密办 are in units.txt", "市委保密办")
m("unknown-unit", ln('市国家安全局、市大数据发展局，'), "市国家安全局 is in units.txt", "市国家安全局")
m("unknown-unit", ln('各县（市、区）人民政府，市人民政府各组成部门'), "addressees of the notice, collective subjects", "市人民政府各组成部门")

# garbled-text near misses
m("garbled-text", ln('“天地图·广西”'), "the official name uses a middle dot", "天地图·广西")
m("garbled-text", ln('中国—东盟信息港'), "em dash in the official name", "中国—东盟信息港")
m("garbled-text", ln('“1+6+N”'), "the regional brain framework name", "1+6+N")
m("garbled-text", ln('金秀大瑶山'), "place name, normal characters", "金秀大瑶山")
m("garbled-text", ln('“桂在行”智慧督查系统'), "official system name from the regional text", "桂在行")

# missing-pillar near misses (every pillar is present)
for name, s in [("经济调节", '（一）强化经济运行大数据监测分析'), ("市场监管", '（二）大力推行智慧监管'),
                ("社会管理", '（三）积极推动数字化治理模式创新'), ("公共服务", '（四）持续优化利企便民数字化服务'),
                ("生态环境保护", '（五）强化动态感知和立体防控'), ("政务运行", '（六）加快推进数字机关建设'),
                ("政务公开", '（七）推进公开平台智能集约发展'), ("安全保障", '三、构建数字政府全方位安全保障体系'),
                ("制度规则", '四、构建科学规范的数字政府建设制度规则体系'), ("数据资源", '五、构建开放共享的数据资源体系'),
                ("平台支撑", '六、构建智能集约的平台支撑体系'), ("数字经济", '（一）助推数字经济发展'),
                ("数字社会", '（二）引领数字社会建设'), ("数字生态", '（三）营造良好数字生态'),
                ("组织领导", '（一）加强组织领导'), ("推进机制", '（二）健全推进机制'),
                ("数字素养", '（三）提升数字素养'), ("考核评估", '（四）强化考核评估')]:
    e = {"rule": "missing-pillar", "line": 0, "pillar": name, "why": "taken up at line %d" % ln(s)}
    M.append(e)

covers_src = [
 (1, '建立完善与宏观调控决策需求相适应'), (2, '充分运用数字技术支撑构建新型监管机制'),
 (3, '以一体化在线监管提升监管协同化水平'), (4, '推进数字化网格治理能力建设'),
 (5, '推进社会治安防控体系智能化'), (6, '推进智慧应急建设'), (7, '打造泛在可及的服务体系'),
 (8, '持续优化12345政务服务便民热线平台功能'), (9, '持续完善“智桂通”来宾专区'),
 (10, '推动智慧教育服务能力提升'), (11, '推动智慧人社服务能力提升'), (12, '推动智慧医疗服务能力提升'),
 (13, '推动智慧工地监管能力提升'), (14, '推动智慧体育服务能力提升'), (15, '推动智慧康养服务能力提升'),
 (16, '提升生态环保协同治理能力'), (17, '提高自然资源利用效率'), (18, '推动绿色低碳转型'),
 (19, '提升辅助决策能力'), (20, '提升行政执行能力'), (21, '提升行政监督水平'),
 (22, '优化政策信息数字化发布'), (23, '建立健全市数字政府安全工作协调机制'),
 (24, '建立健全数据分类分级保护'), (25, '建立健全数据安全监管责任体系'),
 (26, '建立健全动态监控、主动防御'), (27, '强化安全可靠技术和产品应用'),
 (28, '坚持以优化政府职责体系引领政府数字化转型'), (29, '落实“四改四转”'),
 (30, '全面建设数字法治政府'), (31, '全面执行国家和自治区数字政府标准规范'),
 (32, '围绕重点领域、关键环节、共性需求有序开展试点示范'), (33, '强化政府部门数据管理职责'),
 (34, '建立全市标准统一、动态管理的政务数据目录'), (35, '编制全市公共数据开放目录'),
 (36, '依托全区多云共治平台'), (37, '推动电子政务外网扩容升级'), (38, '强化数据智能支撑能力'),
 (39, '推进数字化共性应用集约建设'), (40, '强化开放生态支撑能力'), (41, '主动融入中国—东盟信息港建设'),
 (42, '推进智慧城市建设，加快推进城市运行'), (43, '落实数据要素市场规则'),
]
def lb(s):
    hits = [i for i, l in enumerate(L, 1) if s in l and '\t' not in l]
    assert len(hits) == 1, (s, hits)
    return hits[0]
covers = [{"task": t, "line": lb(s)} for t, s in covers_src]

key = {
  "writer": "blind writer, round 788; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": ("来宾市 2023 实施方案 (来政办发〔2023〕41号, 2023-08-25) implementing 桂政发〔2022〕31号, with a 43-row annex task list "
            "(序号/重点任务/牵头单位/配合单位/完成时限). Task numbers in `why` and `covers` count the 43 inline "
            "(责任单位:…完成时限:…) notes of the 广西 seed in order of appearance (1 = 经济调节 … 8 = 12345热线, 9 = 智桂通, "
            "22 = 政务公开, 23 = 强化安全管理责任 (no 各市), 43 = 数字生态); only tasks 3, 8, 9 and 22 carry 2025年底, all others 持续开展. "
            "Annex row n corresponds to task n. The annex note says the first-listed lead is the main lead. "
            "Body and annex deliberately differ only on rows 8 (2026年6月底前 vs 2025年底前), 27 (市工业和信息化局 vs 市工信委) and 31 (2024年9月底前 vs 2024年9月31日前). "
            "The 9月31日 slip occurs twice on one line; one expect entry covers both. The 主要目标 2023/2024 goals have no regional counterpart and are earlier anyway.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect', len(M), 'mustNotFlag', len(covers), 'covers')
