# -*- coding: utf-8 -*-
# Writes key.json for blind case 261 and checks every line/text against draft.txt.
import json, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')

def find(s, nth=0):
    hits = [i for i, l in enumerate(lines, 1) if s in l]
    assert hits, 'not found: ' + s
    return hits[nth]

def row(n):
    i = find('序号\t重点任务') + n
    assert lines[i - 1].startswith(str(n) + '\t'), (n, lines[i - 1][:20])
    return i

expect = [
    {"rule": "basis-mismatch", "line": find('宁政发〔2022〕17号'), "text": "宁政发〔2022〕17号",
     "why": "the plan's preamble cites 《自治区人民政府关于加强数字政府建设的实施意见》 with 宁政发〔2022〕17号; the document is 宁政发〔2023〕17号 (the cover note on line 4 has it right)"},
    {"rule": "deadline-later-than-baseline", "line": row(19), "text": "2025年",
     "why": "task-list row 19 (城域网升级改造, 区市县乡村全覆盖, 按需向企事业单位拓展) takes up regional task 48, 完成时限 2024年; the draft's own goal (line 20) and body (line 48) even say 到2024年底"},
    {"rule": "deadline-later-than-baseline", "line": find('2026年底前'), "text": "2026年底前",
     "why": "填表报数系统 / 基层干部填表报数工作量压减50%以上 is regional task 106, 完成时限 2025年 (the task-list row 40 of the draft itself says 2025年)"},
    {"rule": "deadline-invalid", "line": row(27), "text": "20245年",
     "why": "impossible year (typo); the row takes up regional task 71 (追溯监管), 完成时限 2024年"},
    {"rule": "unknown-unit", "line": row(18), "text": "市信息中心",
     "why": "not in units.txt (the city's registry has 市大数据服务中心; 市信息中心 is an old name); row takes up regional task 47, 2024年, deadline equal"},
    {"rule": "garbled-text", "line": find('鎻愬崌鏈哄叧'), "text": "鎻愬崌鏈哄叧浜嬪姟",
     "why": "the 提升机关事务管理水平 sub-item of 政务运行 is UTF-8 read as GBK (and saved with ? for undecodable bytes)"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "deliberately left out: 政务新媒体矩阵体系 (自治区各部门及各市、县（区）分别负责, 2024年) appears nowhere in the draft"},
]

m = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in lines[line - 1], (text, line)
        e["text"] = text
    e["why"] = why
    m.append(e)

# cover note and the form
nm("basis-mismatch", 2, "the letter's own number (石政办函), not a cited basis document", "石政办函〔2024〕6号")
nm("basis-mismatch", 4, "the cover note cites the regional 实施意见 correctly: 宁政发〔2023〕17号 with its exact title", "宁政发〔2023〕17号")
nm("basis-mismatch", 1, "the title of the draft itself (实施方案（征求意见稿）) in 《》 is not a basis citation", "石嘴山市关于加强数字政府建设的实施方案（征求意见稿）")
nm("deadline-later-than-baseline", 5, "reply deadline of the consultation, not a task deadline", "2024年1月26日")
nm("deadline-invalid", 5, "2024年1月26日 is a real Friday in the plan's own year", "2024年1月26日")
nm("deadline-invalid", 10, "issuing date of the cover letter", "2024年1月15日")
nm("unknown-unit", 3, "collective addressees (各县（区）人民政府, 市政府各部门、各直属机构) and registry short names of the two park committees", "各县（区）人民政府")
nm("unknown-unit", 5, "an internal section of 市政府办公室, named as the mailing address, not a responsible unit", "数字政府建设科")
nm("garbled-text", 6, "××× placeholders for contact name and phone number, not mojibake", "×××")
nm("unknown-unit", find('（示例）市××局'), "sample row of the blank 意见反馈表; 市××局 is a placeholder", "市××局")
nm("garbled-text", find('（示例）市××局'), "placeholders ××, ……, ××××××× in the sample row", "0952-×××××××")
nm("deadline-invalid", find('填表日期'), "blank date field of the form (    年  月  日)", "年  月  日")
nm("unknown-unit", find('单位\t意见建议'), "header row of the feedback form: 单位 | 意见建议 | 修改理由 | 联系人 | 联系电话; the blank rows below it are empty", "单位")
# preamble / background / goals
nm("basis-mismatch", 15, "国发〔2022〕14号 is the correct 文号 of 《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号")
nm("basis-mismatch", 15, "宁政办发〔2023〕11号 《数字宁夏“1244+N”行动计划实施方案》 is cited the same way by the 吴忠 plan", "宁政办发〔2023〕11号")
nm("basis-mismatch", 17, "retrospective mention of the 2020 工作要点 in the background (自…印发以来), not cited as a basis; title and 文号 are right", "宁政办发〔2020〕14号")
nm("deadline-invalid", 17, "past dates in the background (2022年建成, 2023年完成), not deadlines", "2022年建成")
nm("garbled-text", 17, "drafting placeholder ××% and office note 【数据待市审批局更新】 (市审批局 is a registry short name)", "××%【数据待市审批局更新】")
nm("deadline-later-than-baseline", 20, "2024年底 goal: 信创云迁移 (task 43, 2024年建成), 外网全覆盖 (task 48, 2024年), 我的宁夏 应上尽上 (task 86, 2024年) — all equal; nothing from the region's 到2023年底 goal (政策体系, 五个一, 大数据体系, 家底, 基础设施布设) is in it", "到2024年底")
nm("deadline-later-than-baseline", 21, "到2025年 体系框架全面成型 equals the region's 到2025年 goal", "到2025年")
nm("deadline-later-than-baseline", 22, "到2035年 equals the region's 2035 goal", "到2035年")
# body
nm("deadline-later-than-baseline", 48, "到2024年底 外网全覆盖 equals tasks 47/48 (2024年)", "到2024年底")
nm("deadline-later-than-baseline", 49, "到2025年底 各类证照全部电子化 equals task 52 (2025年)", "到2025年底")
nm("deadline-later-than-baseline", 51, "县（区）组织机构 by 2024年6月底前 is earlier than task 64 (2025年)", "2024年6月底前")
nm("unknown-unit", 51, "市推进“数字政府”建设领导小组 and 专家咨询组 are bodies being set up, not responsible units; 市政府办公室 and 市大数据服务中心 are in units.txt", "领导小组")
nm("unknown-unit", 53, "the draft states that the first-listed unit of a cell is the main lead; 市直各部门（单位） is a collective", "排在第一位的为主要牵头单位")
nm("unknown-unit", 81, "drafting note 【此处需与市财政局确认】; 市财政局 is in units.txt and nothing is wrong in the note", "【此处需与市财政局确认】")
nm("deadline-invalid", 83, "the office's own half-yearly reporting dates (每年6月30日、12月10日前), not task deadlines", "6月30日、12月10日前")
nm("deadline-invalid", 84, "span of the task list (2024年—2025年), matches the plan's years", "2024年—2025年")
# task list rows
nm("unknown-unit", row(1), "prefix distributes: 市发展改革委、商务局 = 市发展改革委, 市商务局, both in units.txt", "市发展改革委、商务局")
nm("deadline-later-than-baseline", row(1), "task 2 is 2023年启动，2024年取得明显成效; 2024年取得明显成效 is equal", "2024年取得明显成效")
nm("unknown-unit", row(2), "registry short names 石嘴山高新区管委会, 石嘴山经开区管委会", "石嘴山高新区管委会")
nm("deadline-later-than-baseline", row(2), "task 3: 持续推进，2025年取得明显成效 — equal", "持续推进，2025年取得明显成效")
nm("unknown-unit", row(3), "各县（区）人民政府 collective; 市教育局、卫生健康委、人力资源社会保障局、民政局、文化旅游广电局 distribute to registry names", "卫生健康委")
nm("deadline-later-than-baseline", row(4), "task 9: 持续推进，2025年取得明显成效 — 2025年 equal", "2025年")
nm("deadline-invalid", row(6), "2023年形成机制，长期坚持 is task 18's own 完成时限 copied unchanged (ongoing task), before the plan's year but not a slip", "2023年形成机制，长期坚持")
nm("deadline-later-than-baseline", row(6), "equal to task 18 (2023年形成机制，长期坚持)", "2023年形成机制，长期坚持")
nm("unknown-unit", row(8), "prefix distributes: 市审批服务管理局、市场监管局 = 市审批服务管理局, 市市场监管局 (both in units.txt)", "市场监管局")
nm("deadline-later-than-baseline", row(9), "row is task 23 (重点项目、关键应用…“一本账”统筹建设管理机制, 2024年), equal; not task 30 (政务数据资源目录 一本账, 2023年), which the body takes up undated on line 43", "2024年")
nm("deadline-later-than-baseline", row(10), "task 28: 2023年启动，2025年取得明显成效 — equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", row(13), "task 39 is 2024年; 2024年12月底前 is equal", "2024年12月底前")
nm("unknown-unit", row(15), "国网石嘴山供电公司 is outside government but listed in units.txt", "国网石嘴山供电公司")
nm("deadline-later-than-baseline", row(16), "task 43: 2024年建成，持续推进 — equal", "2024年建成，持续推进")
nm("unknown-unit", row(17), "drafting note 【待定：牵头单位】 — lead not yet decided, a placeholder, not a unit name", "【待定：牵头单位】")
nm("deadline-later-than-baseline", row(25), "task 64 is 2025年; 2024年6月底前 is earlier", "2024年6月底前")
nm("unknown-unit", row(26), "市发改委 is the registry short name of 市发展改革委; prefix distributes to 市工业和信息化局, 市商务局", "市发改委")
nm("unknown-unit", row(28), "承担监管职责的市直部门 is a collective; 市市场监管局、生态环境局、自然资源局 distribute to registry names", "承担监管职责的市直部门")
nm("unknown-unit", row(31), "石嘴山市气象局 is outside the city government but in units.txt", "石嘴山市气象局")
nm("unknown-unit", row(32), "collectives 各乡镇（街道）、各村（社区）", "各乡镇（街道）、各村（社区）")
nm("unknown-unit", row(33), "市审批局 is the registry short name of 市审批服务管理局", "市审批局")
nm("deadline-later-than-baseline", row(34), "task 87: 2023年启动，2025年完成 — 2025年 equal", "2025年")
nm("deadline-later-than-baseline", row(37), "row is task 95 (数据资源综合开发利用, 2025年); 2024年底 is earlier (and equal to task 94, 2024年)", "2024年底")
nm("unknown-unit", row(38), "the three county/district governments are in units.txt", "大武口区人民政府")
nm("deadline-later-than-baseline", row(40), "task 106 is 2025年; the row is equal (the late date is in the body, line 73)", "2025年")
nm("deadline-later-than-baseline", row(42), "task 108: 长期推进，2024年取得明显成效 — equal", "持续推进，2024年取得明显成效")
nm("deadline-later-than-baseline", row(45), "task 121: 长期坚持 — equal", "长期坚持")

covers_spec = [
    (2, row(1), '产业云'), (3, row(2), '智慧园区'), (6, row(3), '传统公共事业'), (9, row(4), '一网统管'),
    (10, row(5), '数字乡村'), (18, row(6), '主动防御'), (21, row(7), '行政权力事项'), (22, row(8), '审管信'),
    (23, row(9), '一本账'), (28, row(10), '试点示范'), (33, row(11), '基础数据资源库'), (37, row(12), '实时交换'),
    (39, row(13), '一应用一数仓'), (40, row(14), '电子公文'), (41, row(15), '开放目录'), (42, row(15), '供水、供电'),
    (43, row(16), '信创云'), (45, row(17), '行业云'), (47, row(18), '出口带宽'), (48, row(19), '城域网'),
    (49, row(20), '视频一张网'), (52, row(21), '电子证照'), (56, row(22), '非税收入'), (57, row(23), '信用'),
    (58, row(24), '地理信息'), (64, row(25), '组织机构'), (66, row(26), '经济运行大数据平台'), (71, row(27), '追溯监管'),
    (74, row(28), '屏、端、仪'), (77, row(29), '矛盾纠纷多元化解'), (79, row(30), '雪亮工程'), (80, row(31), '智慧应急'),
    (83, row(32), '互联网+基层治理'), (86, row(33), '我的宁夏'), (87, row(34), '一呼即应'), (92, row(35), '多卡合一'),
    (93, row(36), '适老化'), (95, row(37), '核与辐射'), (96, row(38), '互联网+城乡供水'), (104, row(39), '协同办公平台'),
    (105, row(39), '宁政通'), (106, row(40), '填表报数'), (107, row(41), '视频会议'), (108, row(42), '公共资源交易'),
    (112, row(43), '政务公开信息化平台'), (113, row(43), '一库通查'), (115, row(44), '政民互动'), (121, row(45), '考核指标体系'),
    (5, 27, '以网管网'), (7, 29, '国家智慧教育平台'), (8, 29, '互联网+医疗健康'), (12, 32, '数据要素市场'),
    (14, 35, '主体责任和监督责任'), (15, 35, '重大事件处置机制'), (17, 36, '数据分类分级保护'), (20, 39, '职能空白'),
    (24, 40, '会商机制'), (30, 43, '政务数据资源目录'), (32, 43, '数据管理机构'), (36, 44, '供需对接机制'),
    (50, 48, '非涉密业务专网'), (69, 56, '画像'), (70, 56, '企业信用风险分类管理'), (68, 56, '照单监管'),
    (85, 64, '免证办'), (88, 65, '证照分离'), (89, 65, '企业专属网页'), (90, 66, '公共场馆'),
    (101, 70, '碳排放智能监测'), (102, 70, '污染防治攻坚战'), (103, 72, '辅助科学决策'), (116, 80, '一把手工程'),
    (118, 82, '数字化能力培训'), (123, 83, '综合考核评价的重要参考'), (124, 83, '容错和奖惩机制'),
]
covers = []
for t, ln, kw in covers_spec:
    assert kw in lines[ln - 1], (t, ln, kw)
    covers.append({"task": t, "line": ln})

for e in expect:
    if e["line"]:
        assert e["text"] in lines[e["line"] - 1], e
assert not any('新媒体' in l for l in lines)

key = {
    "writer": "blind writer, round 261; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": datetime.date.today().isoformat(),
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": m,
    "covers": covers,
    "notes": ("石嘴山市 数字政府 实施方案 征求意见稿 (cover letter of 2024-01-15 asking for replies by 2024-01-26, the draft plan "
              "following the regional 34567 framework with its own 45-row task list, and a blank 意见反馈表 with one sample row). "
              "No parent plan. Six planted mistakes are in the plan itself (basis 文号, two late deadlines, one impossible year, one unit "
              "not in the registry, one mojibake paragraph) plus task 114 deliberately left out. The garbled paragraph is the only "
              "机关事务 text, so task 111 is not claimed in covers. Row 27's 20245年 is expected only as deadline-invalid; a "
              "deadline-later report on the same text would be a second reading of the same slip. Row 6 copies task 18's "
              "2023年形成机制，长期坚持 unchanged: KEY-FORMAT lists such a copied regional deadline before the plan's year as a near miss."),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(m), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['rule'], e['line'], e.get('text'))
