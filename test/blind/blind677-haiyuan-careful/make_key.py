#!/usr/bin/python3
# Builds key.json from draft.txt: every line number is found by searching the final draft (1-based),
# and each search must hit exactly one line that also contains the quoted text.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()


def L(sub):
    hits = [i + 1 for i, t in enumerate(lines) if sub in t]
    assert len(hits) == 1, (sub, hits)
    return hits[0]


def R(n):
    """line of annex task row n (first cell is the row number)"""
    hits = [i + 1 for i, t in enumerate(lines) if t.split('\t')[0] == str(n) and '\t' in t]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def cell(n, k):
    return lines[R(n) - 1].split('\t')[k]


def has(line, text):
    assert text in lines[line - 1], (line, text)
    return line


expect = [
    {"rule": "basis-mismatch", "line": has(L('宁政办发〔2023〕17号'), '宁政办发〔2023〕17号'),
     "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued by the 自治区人民政府 itself); "
            "宁政办发 is the office's series — the prefix was carried over from the 1244+N 方案 (宁政办发〔2023〕11号) cited next to it"},
    {"rule": "unknown-unit", "line": has(L('县卫生健康委'), '县卫生健康委'), "text": "县卫生健康委",
     "why": "the county body is 县卫生健康局 (short name 县卫健局) in units.txt; 卫生健康委 is the regional/city form. "
            "The same task's annex row 5 names 县卫健局 correctly"},
    {"rule": "garbled-text", "line": has(L('鏀垮姟鏁版嵁'), '鏀垮姟鏁版嵁'), "text": "鏀垮姟鏁版嵁",
     "why": "政务数据 as UTF-8 bytes read as GBK (re-encode GBK, decode UTF-8 gives 政务数据)"},
    {"rule": "deadline-invalid", "line": has(L('2024年6月31日前'), '6月31日'), "text": "6月31日",
     "why": "impossible date: June has 30 days (the year itself is fine: task 114, 构建政务新媒体矩阵体系, 完成时限 2024年)"},
    {"rule": "deadline-later-than-baseline", "line": has(R(22), '2025年6月底前'), "text": "2025年6月底",
     "why": "annex row 22 (城域网升级改造，县、乡、村三级全覆盖) takes up task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; "
            "自治区政府办公厅牵头，各市、县（区）具体负责), 完成时限 2024年"},
]

M = []


def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in lines[line - 1], (line, text)
        e["text"] = text
    e["why"] = why
    M.append(e)


# --- basis documents -------------------------------------------------------------------------
m("basis-mismatch", L('国发〔2022〕14号'), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m("basis-mismatch", L('宁政办发〔2023〕11号'), "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way in the 吴忠 plan", "宁政办发〔2023〕11号")
m("basis-mismatch", L('中卫市人民政府《关于加强数字政府建设的实施方案》'), "the city's own plan cited by title alone, as county plans do (a city plan may have no 文号)", "中卫市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", L('宁政办发〔2020〕14号'), "retrospective mention in the 工作基础 paragraph (what the county carried out in past years), not cited as a basis of this plan", "宁政办发〔2020〕14号")
m("basis-mismatch", 1, "the notice's own title naming the plan it issues, not a cited basis document", "《海原县关于加强数字政府建设的实施方案》")
m("basis-mismatch", 2, "the notice's own 文号", "海政办发〔2024〕9号")

# --- past dates in the background, own dates -------------------------------------------------
m("deadline-invalid", 6, "date of issue of the notice, not a deadline", "2024年3月18日")
m("deadline-invalid", L('2021年延伸至全部乡镇'), "past achievement in the background paragraph, not a deadline", "2021年")
m("deadline-invalid", L('2022年建成县级政务服务'), "past achievement in the background paragraph, not a deadline", "2022年")
m("deadline-invalid", L('2023年全县政务服务事项网上可办率'), "past achievement in the background paragraph, not a deadline", "2023年全县")
m("deadline-invalid", L('2023年，县直各部门（单位）已明确'), "retrospective: what was already done in 2023 (tasks 14/15, both due 2023), not a deadline", "2023年")
m("deadline-invalid", R(10), "copied regional deadline of task 18 (2023年形成机制，长期坚持) that lies before the plan's year; the mechanism exists and is kept up", "2023年形成机制，长期坚持")
m("deadline-later-than-baseline", R(10), "identical to task 18's 完成时限 2023年形成机制，长期坚持", "2023年形成机制，长期坚持")
m("deadline-invalid", R(31), "2024年3月底前 is after the notice's date (2024-03-18), so not before the plan's year or date", "2024年3月底前")
m("deadline-invalid", L('于每季度末月25日前'), "the office's own quarterly reporting date, not a task deadline", "每季度末月25日前")
m("deadline-later-than-baseline", L('2024年12月10日前报送年度工作总结'), "the office's own reporting dates (年度总结 2024年12月10日前, 评估 2024年7月、2025年1月), not task deadlines", "2024年12月10日前")
m("deadline-invalid", L('附件2') + 1, "title range of the annex (2024年—2025年), not a deadline", "2024年—2025年")

# --- 主要目标 and body dates ------------------------------------------------------------------
m("deadline-later-than-baseline", L('到2025年，全县数字政府建设体系框架全面成型'), "same year as the region's goal 到2025年 “34567”体系框架全面成型", "到2025年")
m("deadline-later-than-baseline", L('到2035年，与政府治理能力现代化相适应'), "same year as the region's 2035 goal (数字政府全面建成)", "到2035年")
m("deadline-later-than-baseline", L('到2024年底，县、乡两级'), "the 2024 goals match tasks due 2024: 43 (信创云, 2024 年建成，持续推进), 86 (我的宁夏, 2024年), 105 (宁政通, 2024年); none matches a 2023 regional goal", "到2024年底")
m("deadline-later-than-baseline", L('到2025年，全县基层治理'), "task 83 (互联网+基层治理) 完成时限 2025年: equal", "到2025年")
m("deadline-later-than-baseline", L('2024年底前实现全县城乡供水'), "task 96 (互联网+城乡供水) 完成时限 2025年: earlier", "2024年底前")

# --- annex deadlines: equal or earlier --------------------------------------------------------
rows_ok = [
    (1, "task 2 (产业云) 2023年启动，2024年取得明显成效: completing milestone 2024 equal"),
    (2, "task 3 (智慧园区) 持续推进，2025年取得明显成效: equal"),
    (3, "task 5 (数字经济治理) 持续推进，2025年取得明显成效: equal"),
    (4, "task 6 (公共事业服务数字化) 持续推进，2025年取得明显成效: equal"),
    (5, "task 8 (互联网+医疗健康) 持续推进，2025年取得明显成效: 2024年底前 is earlier"),
    (6, "task 9 (智慧城市/一网统管) 持续推进，2025年取得明显成效: 2025年 equal"),
    (8, "task 11 (数字供销) 2023年完成主要建设任务，2025年取得明显成效: the county's milestone 2025年取得明显成效 equals the completing one"),
    (9, "task 12 (数据要素市场) 2025年: equal"),
    (12, "task 23 (一本账/一体化数字资源管理系统) 2024年: 2024年10月底前 is earlier"),
    (13, "task 28 (试点示范) 2023年启动，2025年取得明显成效: the county starts in 2024 but the completing milestone 2025 is equal"),
    (18, "task 41 (公共数据开放目录) 2024年: 2024年11月底前 is earlier"),
    (20, "task 43 (信创云) 2024 年建成，持续推进 and task 46 (系统迁移) 2024年: equal"),
    (23, "task 50 (专网整合迁移) 2024年: 2024年12月底前 is equal"),
    (24, "task 49 (视频一张网) 2025年: equal"),
    (25, "task 52 (电子证照社会化场景) 2025年: equal"),
    (27, "task 56 (非税收入电子化) 2025年: 2024年底前 is earlier"),
    (28, "task 57 (信用信息平台) 2024年: '2024 年' with a space is equal"),
    (30, "task 59 (政务平台评估定级) 2025年: equal"),
    (31, "task 64 (各地成立相应组织机构) 2025年: 2024年3月底前 is earlier"),
    (33, "task 66 (经济运行大数据平台) 2025年: equal"),
    (44, "task 83 (互联网+基层治理) 2025年: equal"),
    (47, "task 87 (12345热线“一呼即应”改革) 2023年启动，2025年完成: equal"),
    (53, "task 96 (互联网+城乡供水) 2025年: 2024年底前 is earlier"),
    (56, "task 100 (用水权等交易平台) 2025年: equal"),
    (58, "task 102 (绿色低碳) 2025年: equal"),
    (62, "task 106 (填表报数系统) 2025年: equal"),
    (63, "task 107 (视频会议平台) 2025年: 2024年 is earlier"),
    (64, "task 108 (公共资源交易全流程) 长期推进，2024年取得明显成效: equal"),
    (66, "task 111 (机关事务) 2025年: equal"),
    (71, "task 121 (年度工作要点和考核指标) 长期坚持: equal"),
]
for n, why in rows_ok:
    m("deadline-later-than-baseline", R(n), why, cell(n, 5))

# --- units: collectives, short names, prefixes, outside bodies --------------------------------
m("unknown-unit", 3, "collective subjects (各乡镇人民政府, 县直各部门（单位）)", "各乡镇人民政府")
m("unknown-unit", R(51), "collective subjects as leads of the 适老化 row (分别负责, as the annex note says); 县残联 is in units.txt", "县直各部门（单位）、各乡镇人民政府")
m("unknown-unit", L('配合单位：各乡镇人民政府、各村（社区））'), "collectives 各乡镇人民政府 and 各村（社区）", "各村（社区）")
m("unknown-unit", L('配合单位：县公安局、县直有关部门（单位））'), "collective 县直有关部门（单位）", "县直有关部门（单位）")
m("unknown-unit", L('牵头单位：县发改局；配合单位：县公共资源交易中心'), "县发改局 is a listed short name of 县发展和改革局", "县发改局")
m("unknown-unit", L('牵头单位：县发展和改革局、县政府办；配合单位：县财政局、审计局'), "prefix distributes: 县财政局、审计局 = 县财政局, 县审计局; 县政府办 is a short name of 县人民政府办公室", "审计局")
m("unknown-unit", L('配合单位：县卫健局、人社局、文旅广电局、民政局'), "prefix distributes over short names: 县卫健局, 县人社局, 县文旅广电局, 县民政局", "人社局、文旅广电局")
m("unknown-unit", L('牵头单位：县市场监管局、农业农村局、卫健局；配合单位'), "prefix distributes: 县农业农村局, 县卫健局", "农业农村局、卫健局")
m("unknown-unit", R(56), "prefix distributes: 县自然资源局, 县林草局; 中卫市生态环境局海原分局 is in units.txt", "自然资源局、林草局")
m("unknown-unit", L('牵头单位：中卫市生态环境局海原分局；配合单位：县自然资源局、县水务局'), "中卫市生态环境局海原分局 is the city bureau's county branch, listed in units.txt (not a city unit leading a county task by mistake)", "中卫市生态环境局海原分局")
m("unknown-unit", L('中国电信海原分公司、中国移动海原分公司、中国联通海原分公司）'), "carriers listed in units.txt as cooperating enterprises", "中国移动海原分公司")
m("unknown-unit", L('国网海原县供电公司）'), "listed in units.txt", "国网海原县供电公司")
m("unknown-unit", L('牵头单位：海原工业园区管委会；'), "short name of 海原工业园区管理委员会 in units.txt", "海原工业园区管委会")
m("unknown-unit", L('县残联，各乡镇人民政府）'), "县残联 is the listed short name of 县残疾人联合会", "县残联")
m("unknown-unit", L('3.推进智慧县城建设'), "县综合执法局 is the listed short name of 县城市管理和综合执法局", "县综合执法局")
m("unknown-unit", L('县税务局、县人社局）'), "县税务局 is the listed short name of 国家税务总局海原县税务局", "县税务局")
m("unknown-unit", L('配合单位：县委保密办、县公安局，'), "县委保密办 is in units.txt", "县委保密办")
m("unknown-unit", L('配合单位：县政府督查室、县审批局'), "县政府督查室 is a listed short name; 县审批局 likewise", "县政府督查室")
m("unknown-unit", L('配合单位：县住建局，海城镇人民政府'), "海城镇人民政府 is in units.txt (the 乡镇 where the county town's communities are)", "海城镇人民政府")
m("unknown-unit", L('配合自治区教育厅'), "a regional department named as the body the county supports, not as lead of a local task (lead is 县教体局)", "自治区教育厅")
m("unknown-unit", L('数字宁夏建设运营有限公司'), "the region's operating company (named in 宁政发〔2023〕17号) mentioned as a participant, not a responsible unit", "数字宁夏建设运营有限公司")
m("unknown-unit", L('报送县数字政府建设领导小组办公室'), "recipient of reports; a listed short name of 县推进数字政府建设领导小组办公室", "县数字政府建设领导小组办公室")
m("unknown-unit", L('牵头单位：县工信商务局；配合单位：县农业农村局'), "县工信商务局 is the listed short name of 县工业信息化和商务局", "县工信商务局")
m("unknown-unit", R(16), "县委办 is the listed short name of 县委办公室; 县档案馆 is listed", "县委办")

m("unknown-unit", L('1.提升社会矛盾化解能力'), "县人民法院 and 县人民检察院 are listed in units.txt (short names of 海原县人民法院/检察院), as the region lists 法院、检察院 for task 77", "县人民法院、县人民检察院")
m("unknown-unit", L('3.提升公共安全保障能力'), "listed short names of 海原县消防救援大队 and 海原县气象局", "县消防救援大队、县气象局")
m("unknown-unit", L('3.推进智慧县城建设'), "县住建局 is the listed short name of 县住房和城乡建设局", "县住建局")
m("unknown-unit", L('4.加强共性应用支撑能力'), "县审批局 is the listed short name of 县审批服务管理局", "县审批局")
m("unknown-unit", L('2.推进数据资源汇聚'), "县医保局 and 县应急局 are listed short names", "县医保局、县应急局")
m("unknown-unit", R(55), "县林草局 is the listed short name of 县林业和草原局", "县林草局")
m("unknown-unit", L('5.拓展公平普惠的民生服务'), "县文旅广电局 and 县教体局 are listed short names", "县文旅广电局")
m("unknown-unit", L('各乡镇明确1名分管领导'), "各乡镇 is a collective", "各乡镇")
m("unknown-unit", L('配合单位：县委编办、县市场监管局、县司法局'), "县委编办 is listed; 县市场监管局 is the listed short name of 县市场监督管理局", "县委编办")
m("unknown-unit", L('配合单位：县委党校、县人社局、县政府办'), "县委党校 is listed; 县人社局 and 县政府办 are listed short names", "县委党校")
m("unknown-unit", R(14), "县大数据服务中心 is the county's listed data body (事业单位)", "县大数据服务中心")
m("unknown-unit", R(40), "县财政局 leads the county part of task 76 (the region's lead, 地方金融监管局, has no county counterpart); a listed unit", "县财政局")

# --- framework ----------------------------------------------------------------------------------
M.append({"rule": "missing-pillar", "line": 0, "pillar": "党的领导", "why": "taken up under the heading 六、保障措施 (lines 110-116): 组织领导 with 党的全面领导, 财政投入, 数字素养, 考核评价"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "folded into 四、健全“一套工作体系” (领导小组, 办公室, 县大数据服务中心, 运营企业; lines 69-73)"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "四（二）厘清层级职责 follows the 六级贯通 层级架构 (line 72)"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "its own subsection 二（三）营造良好数字生态 (lines 40-43)"})

# --- text that is not damage ------------------------------------------------------------------
m("garbled-text", L('数字宁夏“1244+N”'), "“1244+N” is the real name of the 行动计划, not damage", "1244+N")

covers = [
    (2, R(1)), (3, R(2)), (5, R(3)), (6, R(4)), (7, L('国家智慧教育平台整省试点')), (8, R(5)), (9, R(6)), (10, R(7)),
    (11, R(8)), (12, R(9)), (14, L('2023年，县直各部门（单位）已明确')), (17, L('2.落实安全制度要求')), (18, R(10)),
    (21, R(11)), (23, R(12)), (24, L('落实政务信息化建设管理会商机制')), (25, L('（二）加大财政投入')), (28, R(13)),
    (30, L('动态更新县级政务数据资源目录')), (32, L('1.完善数据管理机制')),
    (33, R(14)), (34, R(15)), (40, R(16)), (41, R(18)), (42, R(19)), (43, R(20)), (46, L('1.强化政务云支撑能力')),
    (47, R(21)), (48, R(22)), (49, R(24)), (50, R(23)), (52, R(25)), (54, R(17)), (55, R(26)), (56, R(27)), (57, R(28)),
    (58, R(29)), (59, R(30)), (64, R(31)), (65, R(32)), (66, R(33)), (67, L('使用自治区规划综合管理信息平台')),
    (68, L('1.提升监管精准化水平')), (69, R(34)), (70, R(35)), (71, R(36)), (73, R(37)), (74, R(38)), (75, R(39)), (76, R(40)),
    (77, R(41)), (79, R(42)), (80, R(43)), (83, R(44)), (84, R(45)), (85, L('2.提升智慧便捷的服务能力')), (86, R(46)),
    (87, R(47)), (88, R(48)), (89, R(49)), (90, R(50)), (93, R(51)), (94, R(52)), (96, R(53)), (97, R(54)), (98, R(55)),
    (100, R(56)), (101, R(57)), (102, R(58)), (103, R(59)), (104, R(60)), (105, R(61)), (106, R(62)), (107, R(63)),
    (108, R(64)), (110, R(65)), (111, R(66)), (112, R(67)), (113, R(68)), (114, R(69)), (115, R(70)),
    (116, L('（一）加强组织领导')), (117, R(72)), (118, L('（三）提升数字素养')), (121, R(71)),
    (123, L('（四）强化考核评价')), (124, L('（四）强化考核评价')),
]
seen = set()
for t, _ in covers:
    assert t not in seen, t
    seen.add(t)

key = {
    "writer": "blind writer, round 677; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": ("海原县 (中卫市) 2024 实施方案 by a careful office, checked against ningxia-2023 only (no parent plan in the "
              "seeds; the 中卫 plan is cited by title). Five planted mistakes: wrong 文号 prefix for the regional 实施意见 "
              "(line 9), a city-style unit name 县卫生健康委 (line 36), a GBK-read UTF-8 run (line 59), an impossible "
              "6月31日 (line 108), and annex row 22 (task 48) due 2025年6月底 against 2024年. Annex rows are task rows "
              "(序号, 主要任务, 重点内容, 牵头单位, 配合单位, 完成时限); the annex note says the first-listed lead is the main lead. "
              "Body tasks whose regional deadline is 2023 (14, 15, 17, 24, 30, 32, 36, 67, 68, 72, 85, 116, 118, 123) carry no "
              "date in the draft, except the retrospective 2023 mention on line 47 and the copied task-18 deadline in annex row 10. "
              "Tasks meant for counties that the draft does not take up (e.g. 29, 35, 78, 81, 92, 99) are not deliberate omissions."),
}
with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers))
