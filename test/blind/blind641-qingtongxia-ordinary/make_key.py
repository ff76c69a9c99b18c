# Builds key.json and checks every line number against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def at(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:60])
    return line

def row(n):
    """line of task-table row n"""
    r = [i + 1 for i, l in enumerate(L) if l.startswith(f'{n}\t')]
    assert len(r) == 1, n
    return r[0]

expect = [
    {"rule": "basis-mismatch", "line": at(9, "宁政发〔2023〕71号"), "text": "宁政发〔2023〕71号",
     "why": "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号; 71号 is a transposed-digit slip"},
    {"rule": "garbled-text", "line": at(42, "鏀垮姟鏁版嵁渚涢渶瀵规帴"), "text": "鏀垮姟鏁版嵁渚涢渶瀵规帴",
     "why": "UTF-8 bytes of 政务数据供需对接 read as GBK (re-encode as GBK, decode as UTF-8 to recover)"},
    {"rule": "unknown-unit", "line": at(49, "市经信局"), "text": "市经信局",
     "why": "old name copied from an earlier document; 青铜峡's body is 市工业信息化和商务局 (市工信商务局); not in units.txt nor a regional unit"},
    {"rule": "deadline-later-than-baseline", "line": at(58, "完成时限：2025年6月底前"), "text": "2025年6月底前",
     "why": "适老化与信息无障碍建设 is task 93, 完成时限 2024年; the inline note gives 2025年6月底前 (the table row 37 correctly says 2024年)"},
    {"rule": "deadline-later-than-baseline", "line": at(row(17), "2025年12月底前"), "text": "2025年12月底前",
     "why": "城域网升级改造、电子政务外网三级（区市县乡村5级）全覆盖 is task 48, 完成时限 2024年; also contradicts the draft's own 2024 goal (line 16) and inline note (line 44)"},
    {"rule": "deadline-invalid", "line": at(row(41), "2024年6月31日前"), "text": "6月31日",
     "why": "impossible date: June has 30 days (task 104 协同办公平台, 完成时限 2024年, so not later than the region)"},
]

M = []
def mnf(rule, line, text, why):
    e = {"rule": rule, "line": line, "why": why}
    if text is not None:
        at(line, text) if line else None
        e["text"] = text
    M.append(e)

D = "deadline-later-than-baseline"
mnf(D, 16, "到2024年底", "2024 goal on 电子政务外网 coverage, 上云 and 一网通办 matches tasks 46/47/48/84, all 完成时限 2024年: equal; it restates none of the region's 2023 goals")
mnf(D, 17, "到2025年", "equal to the region's 2025 goal (\"34567\"体系框架全面成型) and 吴忠's 2025 goal (\"1347\"体系框架全面成型)")
mnf(D, 22, "2024年6月底前", "task 64 (各地参照自治区成立相应组织机构), 完成时限 2025年: earlier")
mnf(D, 27, "持续推进，2025年取得明显成效", "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal")
mnf(D, 29, "持续推进，2025年取得明显成效", "task 5 (数字经济治理, 以网管网), 完成时限 持续推进，2025年取得明显成效: equal")
mnf(D, 32, "2025年", "task 8 (互联网+医疗健康), 完成时限 持续推进，2025年取得明显成效: equal year")
mnf(D, 34, "持续推进，2025年取得明显成效", "tasks 10 (持续推进，2025年取得明显成效) and 11 (2023年完成主要建设任务，2025年取得明显成效): completing milestone equal")
mnf(D, 35, "2024年12月底前", "task 13 (规范数据交易行为) 2024年: equal; task 12 (数据要素市场) 2025年: earlier")
mnf(D, 39, "长期坚持", "task 18 (动态监控、主动防御、协同响应; 应急演练), 完成时限 2023年形成机制，长期坚持: ongoing with no later completing milestone")
mnf(D, 40, "2024年12月底前", "task 21 (行政权力事项网上运行) 2024年 equal; task 22 (审管协同) 2025年 and task 28 (试点示范, 2025年取得明显成效) earlier")
mnf(D, 44, "2024年12月底前", "tasks 46, 47, 48, 50, 完成时限 2024年: equal (this inline note is right; only table row 17 is late)")
mnf(D, 45, "2024年12月底前", "tasks 53, 54 (2024年) equal; tasks 52, 56 (2025年) earlier")
mnf(D, 47, "2024年12月底前", "task 66 (经济运行大数据平台) 2025年: earlier; task 65 2024年 equal")
mnf(D, 53, "2025年6月底前", "task 83 (互联网+基层治理), 完成时限 2025年: earlier")
mnf(D, 56, "2025年6月底前", "task 87 (12345 一呼即应), 完成时限 2023年启动，2025年完成: earlier")
mnf(D, 59, "2025年", "tasks 95, 96, 100, 完成时限 2025年: equal")
mnf(D, 62, "2025年", "tasks 106, 107, 111, 完成时限 2025年: equal")
mnf(D, row(7), "2025年", "task 11 (数字供销), 完成时限 2023年完成主要建设任务，2025年取得明显成效: completing milestone equal")
mnf(D, row(9), "2023年形成机制，长期坚持", "copied verbatim from task 18 (2023年形成机制，长期坚持): equal")
mnf("deadline-invalid", row(9), "2023年形成机制，长期坚持", "a copied regional deadline that lies before the plan's year, followed by 长期坚持; not an impossible date")
mnf(D, row(11), "2024年启动，2025年取得明显成效", "task 28 (试点示范), 2023年启动，2025年取得明显成效: the completing milestone (2025) is equal; only the start is later")
mnf(D, row(16), "2024年10月底前", "task 47 (电子政务外网升级改造), 2024年: earlier")
mnf(D, row(23), "2024年", "task 66, 完成时限 2025年: earlier")
mnf(D, row(31), "2025年6月底前", "task 83, 2025年: earlier")
mnf(D, row(34), "2025年6月底前", "task 87, 2023年启动，2025年完成: earlier")
mnf(D, row(37), "2024年", "task 93, 2024年: equal (the inline note on line 58 is the late one)")
mnf(D, row(43), "2025年", "task 106 (填表报数), 2025年: equal")
mnf(D, row(21), "2025年", "task 52 (电子证照 in 社会化高频场景), 完成时限 2025年: equal; this is not task 85 (电子证照 in 政务服务领域, 2023年)")
mnf(D, 45, "2024年12月底前", "电子证照 in 就医、入学、交通出行 is task 52 (2025年), earlier; not task 85 (政务服务领域 普及, 2023年)")
mnf(D, 70, "2025年1月10日前", "the office's own reporting date for the 2024 annual summary, not a task deadline")
mnf("deadline-invalid", 14, "2023年", "past date in the background section (工作基础), not a deadline")
mnf("deadline-invalid", 6, "2024年3月15日", "the document's issue date")

U = "unknown-unit"
mnf(U, 22, "各镇人民政府", "collective subject (all towns of the city)")
mnf(U, 39, "市直各部门（单位）", "collective subject")
mnf(U, 43, "市直有关部门", "collective subject")
mnf(U, 53, "各村（社区）", "collective subject")
mnf(U, 27, "应急局", "prefix 市 distributes over 市发改局、应急局 → 市应急局 (short name of 市应急管理局)")
mnf(U, row(9), "大数据服务中心", "prefix distributes: 市公安局、大数据服务中心 → 市大数据服务中心")
mnf(U, 45, "审批局", "prefix distributes: 市财政局、审批局、自然资源局 → 市审批局, 市自然资源局")
mnf(U, 34, "叶盛镇", "official short name of 叶盛镇人民政府 in units.txt (also 瞿靖镇)")
mnf(U, 59, "吴忠市生态环境局青铜峡分局", "listed in units.txt; a 吴忠市 body named in full, not split and not a regional body")
mnf(U, 44, "吴忠市大数据管理服务局", "listed in units.txt; the parent city's body named in full as 指导单位, not a lead")
mnf(U, row(23), "市工信商务局", "official short name of 市工业信息化和商务局")
mnf(U, row(36), "市文旅局", "official short name of 市文化旅游广电局")
mnf(U, 27, "市工业信息化和商务局", "one unit in units.txt; 和 does not split it")
mnf(U, 31, "国网青铜峡市供电公司", "non-government unit listed in units.txt")
mnf(U, 52, "青铜峡市消防救援大队", "listed in units.txt")
mnf(U, 65, "市委、市政府", "not a responsible-unit position (reporting line in 保障措施)")

B = "basis-mismatch"
mnf(B, 9, "国发〔2022〕14号", "correct 文号 and title of the national 指导意见")
mnf(B, 9, "宁政办发〔2023〕11号", "correct citation of 《数字宁夏“1244+N”行动计划实施方案》 (as in the 吴忠 plan)")
mnf(B, 9, "吴忠市人民政府《关于加强数字政府建设的实施方案》", "parent city plan cited by its correct title alone; it has no 文号")
mnf(B, 14, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background, not cited as a basis")
mnf(B, 2, "青政办发〔2024〕9号", "the document's own 文号")

P = "missing-pillar"
M.append({"rule": P, "line": 0, "pillar": "五个一和六级贯通",
          "why": "taken up by content in 二（一）健全工作体系 (lines 21-24: 五个一、六级贯通、组织机构、层级职责、工作机制)"})
M.append({"rule": P, "line": 0, "pillar": "七个能力",
          "why": "heading says 七种能力 (吴忠's wording); all seven abilities are covered (lines 46-63)"})
M.append({"rule": P, "line": 0, "pillar": "党的领导",
          "why": "保障措施 lines 65-68 cover 组织领导, 资金保障 (财政投入), 数字素养, 考核评价"})

C = []
def cov(task, line, text):
    at(line, text); C.append({"task": task, "line": line})
cov(3, 27, "智慧园区"); cov(5, 29, "以网管网"); cov(6, 31, "水电气热"); cov(8, 32, "互联网+医疗健康")
cov(9, 33, "一网统管"); cov(10, 34, "数字乡村"); cov(11, 34, "数字供销"); cov(12, 35, "数据要素市场")
cov(13, 35, "规范数据交易行为"); cov(14, 38, "主体责任、监督责任"); cov(15, 38, "重大事件处置机制")
cov(18, 39, "动态监控、主动防御、协同响应"); cov(21, 40, "行政权力事项网上运行"); cov(26, 40, "上升为制度规范")
cov(28, 40, "试点示范"); cov(30, 42, "一本账"); cov(32, 42, "数据管理机构")
cov(34, 43, "主题数据库"); cov(41, 43, "公共数据开放目录"); cov(42, 43, "供水、供电、供气")
cov(46, 44, "政务信创云有序迁移"); cov(47, 44, "电子政务外网升级改造"); cov(48, 44, "城域网升级改造")
cov(50, 44, "非涉密业务专网"); cov(52, row(21), "电子证照"); cov(53, row(20), "电子印章")
cov(54, 45, "电子文件归档"); cov(56, 45, "非税收入收缴电子化"); cov(64, 22, "成立相应的组织机构")
cov(66, 47, "宁夏经济运行大数据平台"); cov(70, row(25), "差异化监管"); cov(71, 49, "数字化追溯监管")
cov(73, 50, "消费维权"); cov(74, 50, "新型监管手段"); cov(77, 52, "矛盾纠纷多元化解")
cov(79, 52, "雪亮工程"); cov(80, 52, "智慧应急"); cov(83, 53, "互联网+基层治理")
cov(84, 55, "一网通办"); cov(86, 55, "我的宁夏"); cov(87, 56, "一呼即应"); cov(89, 55, "企业专属网页")
cov(90, 57, "公共场馆"); cov(93, 58, "适老化"); cov(95, 59, "自然生态"); cov(96, 59, "互联网+城乡供水")
cov(100, 59, "用水权、土地权、排污权、山林权"); cov(104, 61, "协同办公平台"); cov(105, 61, "宁政通")
cov(106, 62, "填表报数"); cov(107, 62, "视频会议"); cov(111, 62, "机关事务管理信息系统")
cov(112, 63, "以网上发布为主"); cov(114, 63, "政务新媒体矩阵"); cov(115, 63, "政民互动")
cov(116, 65, "一把手"); cov(118, 67, "数字治理能力"); cov(123, 68, "综合考核评价的重要参考")
cov(124, 68, "容错和奖惩机制"); cov(25, 66, "运维资金挂钩")

key = {
    "writer": "blind writer, round 641; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": C,
    "notes": ("青铜峡市 (county-level city under 吴忠市) 实施方案 issued 2024-03-15 by 青铜峡市人民政府办公室, "
              "inline notes (牵头单位/配合单位/完成时限) after each task paragraph and a 47-row task table (lines 75-122, "
              "first unit of a cell leads, as the draft's own note on line 74 says). Six planted slips: wrong 文号 "
              "for the regional basis, one mojibake run, one outdated unit name, two late deadlines (inline note line 58, "
              "table row line 92) and one impossible date (6月31日). Tasks due 2023 in the region (14, 15, 30, 32, 36, 116, "
              "118, 123, 124, 25) are taken up in body text without any deadline on purpose. units.txt is the city's own "
              "registry; 市… names are 青铜峡市 bodies, 吴忠市 bodies are written in full."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
