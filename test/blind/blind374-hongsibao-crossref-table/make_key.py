# -*- coding: utf-8 -*-
# Builds key.json; every line number is found by searching draft.txt, and each text is checked to be on its line.
import json, datetime
D = open("draft.txt", encoding="utf-8").read().split("\n")
def ln(s, nth=1):
    hits = [i + 1 for i, l in enumerate(D) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth - 1]
def row(n):  # table row by its 序号
    hits = [i + 1 for i, l in enumerate(D) if l.split("\t")[0] == str(n) and l.count("\t") == 5]
    assert len(hits) == 1, (n, hits)
    return hits[0]
def chk(line, text):
    assert text in D[line - 1], (line, text)
    return line

expect = [
  {"rule": "basis-mismatch", "line": chk(ln("宁政办发〔2023〕17号"), "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a government 宁政发 document, gazette 2023年第10期), not a 宁政办发 office document"},
  {"rule": "deadline-later-than-baseline", "line": chk(ln("到2026年"), "2026年"), "text": "2026年",
   "why": "主要目标 goal '“1347”体系框架全面成型': the region's goal is 到2025年 '“34567”体系框架全面成型' and the parent 吴忠 plan's is 到2025年 '“1347”体系框架全面成型'; 2026 is later than both"},
  {"rule": "deadline-later-than-baseline", "line": chk(row(10), "2025年6月底前"), "text": "2025年6月底前",
   "why": "row 10 (电子政务外网升级改造, cross-referenced 自治区第47项): task 47 完成时限 '2024 年'"},
  {"rule": "deadline-invalid", "line": chk(row(13), "20224年"), "text": "20224年",
   "why": "impossible year (keying slip for 2024); the row implements task 57 (信用信息公共服务平台), 完成时限 2024年"},
  {"rule": "unknown-unit", "line": chk(row(9), "区信息中心"), "text": "区信息中心",
   "why": "not in units.txt; the district's body for this work is 区大数据服务中心 (old name left in the lead column)"},
  {"rule": "unknown-unit", "line": chk(row(27), "自治区机管局"), "text": "自治区机管局",
   "why": "a regional body (lead of task 111 in the regional list) named as the 牵头单位 of a district task; the district unit is 区机关事务服务中心"},
  {"rule": "garbled-text", "line": chk(ln("鍙婃椂鎬荤粨"), "鍙婃椂鎬荤粨"), "text": "鍙婃椂鎬荤粨鎺ㄥ箍",
   "why": "UTF-8 bytes of '及时总结推广典型经验' read as GBK (re-encode as GBK, decode as UTF-8 to recover)"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        chk(line, text); e["text"] = text
    e["why"] = why
    M.append(e)

m("basis-mismatch", ln("红政发〔2024〕9号"), "the draft's own 文号 in its issuing notice, not a cited basis document", "红政发〔2024〕9号")
m("basis-mismatch", ln("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m("basis-mismatch", ln("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly so by the 吴忠 plan", "宁政办发〔2023〕11号")
m("basis-mismatch", ln("吴忠市人民政府《关于加强数字政府建设的实施方案》"), "the city plan cited by its exact title alone (it has no 文号)", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention in the background (自2020年…以来) with the correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号")
m("deadline-invalid", ln("2024年3月18日"), "the document's own issue date", "2024年3月18日")
m("deadline-invalid", ln("2021年建成"), "past dates in the 现状基础 background (2021, 2022, 2023), not deadlines", "2023年完成")
m("deadline-later-than-baseline", ln("2021年建成"), "background: 2023年 '家底'全面理清 is a past fact and equal to the region's and city's 到2023年底 goal", "2023年")
m("deadline-later-than-baseline", ln("到2024年底"), "2024 goals are tasks 48 (外网5级覆盖, 2024), 46 (系统迁移, 2024) and 86 (我的宁夏, 2024): equal; not the content of the region's 到2023年底 goal", "到2024年底")
m("deadline-later-than-baseline", ln("到2035年"), "equal to the region's and the city's 到2035年 goal", "到2035年")
m("deadline-later-than-baseline", ln("到2025年数字农业农村服务"), "task 10 (数字乡村) 完成时限 '持续推进，2025年取得明显成效': equal", "到2025年")
m("deadline-later-than-baseline", ln("开展常态化安全防护和应急演练，长期坚持"), "task 18 '2023年形成机制，长期坚持': the ongoing part; the 2023 mechanism is not re-dated", "长期坚持")
m("deadline-later-than-baseline", ln("定期开展全区干部数字化能力培训，长期坚持"), "task 118 '2023年完成并长期坚持': the ongoing part; no later milestone", "长期坚持")
m("deadline-later-than-baseline", ln("2024年12月20日前报送年度工作总结"), "the office's own reporting dates (quarterly and year-end summary), not task deadlines", "2024年12月20日前")
m("deadline-invalid", ln("重点任务清单（2023年—2025年）》"), "the title of the regional task list quoted in the table's note, not a deadline", "2023年—2025年")
m("deadline-later-than-baseline", row(1), "row 1 (组织机构/工作机制), task 64 '2025年': 2024年6月底前 is earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(2), "row 2, task 2 '2023 年启动，2024 年取得明显成效': equal", "2024年取得明显成效")
m("unknown-unit", row(2), "regional body named in the 对应上级任务 column as the lead of the higher task the row follows, not as the district's lead", "自治区工业和信息化厅")
m("deadline-later-than-baseline", row(3), "row 3 (智慧园区), task 3 '持续推进，2025 年取得明显成效': equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", row(4), "row 4 (互联网+医疗健康), task 8 '持续推进，2025年取得明显成效': equal", "2025年")
m("unknown-unit", row(4), "区医保局 is the registered short name of 区医疗保障局", "区医保局")
m("deadline-later-than-baseline", row(5), "row 5 (数字乡村), task 10 '持续推进，2025年取得明显成效': equal", "持续推进，2025年取得明显成效")
m("unknown-unit", row(5), "collective subjects", "各村（社区）")
m("deadline-later-than-baseline", row(6), "row 6 (行政权力事项网上运行), task 21 '2024年': 2024年12月底前 is equal", "2024年12月底前")
m("deadline-invalid", row(7), "'自治区第35项' and '吴忠市第27项' are cross-reference item numbers, not dates or years", "自治区第35项")
m("unknown-unit", row(7), "regional and city bodies named in the 对应上级任务 column as leads of the higher tasks, not as the district's leads", "市大数据管理服务局")
m("unknown-unit", row(7), "区发展和改革局、统计局: the 区 prefix distributes, giving 区统计局, which is registered", "统计局")
m("deadline-later-than-baseline", row(7), "row 7 (地方主题数据库), task 35 '2024年': equal", "2024年")
m("deadline-later-than-baseline", row(8), "row 8 (电子公文/电子档案), tasks 40 and 54 both '2024年': equal; '第54项' is an item number", "第54项")
m("deadline-later-than-baseline", row(9), "row 9 (系统迁移上云), task 46 '2024 年': 2024年10月底前 is earlier", "2024年10月底前")
m("deadline-later-than-baseline", row(11), "row 11 (城域网/三级全覆盖), task 48 '2024 年': equal", "2024年")
m("deadline-later-than-baseline", row(12), "row 12 (视频共享平台), task 49 '2025 年': equal", "2025年")
m("unknown-unit", row(12), "自治区党委政法委 and 市委政法委 appear only in the 对应上级任务 column as the higher leads; 区公安分局 is a registered short name", "市委政法委")
m("deadline-later-than-baseline", row(14), "row 14 (经济运行大数据平台), task 66 '2025年': equal", "2025年")
m("unknown-unit", row(15), "区市场监管局 is the registered short name; 区直有关部门 is a collective", "区直有关部门")
m("deadline-later-than-baseline", row(15), "row 15 (信用风险分类/双随机), task 70 '2024年': equal", "2024年")
m("unknown-unit", row(16), "区农业农村局、卫生健康局: the prefix distributes, giving the registered 区卫生健康局", "卫生健康局")
m("deadline-later-than-baseline", row(16), "row 16 (追溯监管), task 71 '2024年': equal", "2024年")
m("deadline-later-than-baseline", row(17), "row 17 (雪亮工程), task 79 '2024年': equal", "2024年12月底前")
m("deadline-later-than-baseline", row(18), "row 18 (智慧应急), task 80 '2024年': equal", "2024年")
m("deadline-later-than-baseline", row(19), "row 19 (互联网+基层治理), task 83 '2025年': equal", "2025年")
m("unknown-unit", row(20), "区审批局 is the registered short name of 区审批服务管理局", "区审批局")
m("deadline-later-than-baseline", row(20), "row 20 (我的宁夏专区), task 86 '2024年': equal", "2024年")
m("unknown-unit", row(21), "collective subject as lead (each department for its own website and service places, like the region's task 93)", "区直各部门（单位）")
m("deadline-later-than-baseline", row(21), "row 21 (适老化), task 93 '2024年': equal", "2024年")
m("deadline-later-than-baseline", row(22), "row 22 (互联网+城乡供水), task 96 '2025年': equal", "2025年")
m("deadline-later-than-baseline", row(23), "row 23 (智慧林草), task 98 '2024年': equal", "2024年")
m("deadline-invalid", row(24), "'自治区第102项' is an item number, not a year", "第102项")
m("unknown-unit", row(24), "自治区生态环境厅 and 市生态环境局 appear only in the 对应上级任务 column; the lead 吴忠市生态环境局红寺堡分局 is the district branch and is registered", "吴忠市生态环境局红寺堡分局")
m("deadline-later-than-baseline", row(24), "row 24 (绿色低碳), task 102 '2025年': equal", "2025年")
m("deadline-later-than-baseline", row(25), "row 25 (宁政通), task 105 '2024年': equal", "2024年")
m("deadline-later-than-baseline", row(26), "row 26 (填表报数), task 106 '2025年': equal", "2025年")
m("deadline-later-than-baseline", row(27), "row 27 (机关事务), task 111 '2025年': equal (the error in this row is the lead unit only)", "2025年")
m("deadline-later-than-baseline", row(28), "row 28 (政务公开平台), task 112 '2024年': equal", "2024年12月底前")
m("deadline-later-than-baseline", row(29), "row 29 (政务新媒体矩阵), task 114 '2024年': equal", "2024年")
m("deadline-later-than-baseline", row(30), "row 30 (年度考核), task 121 '长期坚持': equal", "长期坚持")
m("unknown-unit", ln("主动对接自治区政府办公厅和市大数据管理服务局"), "higher bodies the district liaises with, not responsible units of the plan", "市大数据管理服务局")
m("unknown-unit", ln("依托宁夏干部教育培训网络学院和区委党校"), "区委党校 is registered; 宁夏干部教育培训网络学院 is a platform the district uses, not a responsible unit", "区委党校")
m("unknown-unit", ln("报送区数字政府建设领导小组办公室"), "registered; the office that receives progress reports", "区数字政府建设领导小组办公室")
m("unknown-unit", ln("（一）健全组织机构"), "the leading group is the object of 调整充实, not a responsible unit; its office (registered) sits in 区人民政府办公室", "区推进数字政府建设领导小组")
m("missing-pillar", 0, "五个一/六级贯通 (the work system) is taken up as 完善“一套体系” (健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), lines %d-%d" % (ln("二、完善“一套体系”"), ln("（三）完善工作机制")))
m("missing-pillar", 0, "数字生态 is taken up at line %d (数据要素市场, 数据交易) although briefly" % ln("（三）营造良好数字生态"))
m("missing-pillar", 0, "财政投入 is taken up at line %d (加大财政投入)" % ln("（二）加大财政投入"))

covers = []
def c(task, line): covers.append({"task": task, "line": line})
for n, t in [(1,64),(2,2),(3,3),(4,8),(5,10),(6,21),(7,35),(8,40),(8,54),(9,46),(10,47),(11,48),(12,49),(13,57),(14,66),(15,70),(16,71),(17,79),(18,80),(19,83),(20,86),(21,93),(22,96),(23,98),(24,102),(25,105),(26,106),(27,111),(28,112),(29,114),(30,121)]:
    c(t, row(n))
c(6, ln("（二）引领数字社会建设")); c(11, ln("（二）引领数字社会建设"))
c(12, ln("（三）营造良好数字生态"))
c(14, ln("（一）构建全方位安全保障体系")); c(15, ln("（一）构建全方位安全保障体系")); c(18, ln("（一）构建全方位安全保障体系"))
c(24, ln("（二）完善科学规范的制度规则体系")); c(28, ln("（二）完善科学规范的制度规则体系"))
c(32, ln("（三）完善工作机制")); c(36, ln("（三）构建共享开放的数据资源体系")); c(41, ln("（三）构建共享开放的数据资源体系"))
c(50, ln("（四）建设智能集约的平台支撑体系"))
c(85, ln("（四）提升公共服务能力"))
c(116, ln("（一）加强组织领导")); c(25, ln("（二）加大财政投入")); c(118, ln("（三）提升数字素养")); c(123, ln("（四）强化考核评价"))

key = {
  "writer": "blind writer, round 374; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": datetime.date.today().isoformat(),
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": ("County-level plan of 红寺堡区 (吴忠市), issued 2024-03-18, following the city's '1347' framework, with an attached task table "
            "(序号｜重点任务｜对应上级任务｜牵头单位｜配合单位｜完成时限) pasted from Word as tab-separated rows; four one-cell group rows carry the section names. "
            "The 对应上级任务 column gives 自治区 task numbers (correct against the 124-task list) and 吴忠市 item numbers (the city's own list is not in the seeds, so those numbers are invented and unverifiable); "
            "a note above the table says the bodies in brackets in that column are the higher leads, for liaison only. "
            "units.txt is the district's registry; city units (市…) are deliberately not in it and appear only as liaison bodies. "
            "'全区' in the body means the district (红寺堡区), as local documents write it.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
