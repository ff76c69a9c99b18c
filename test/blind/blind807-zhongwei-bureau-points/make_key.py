# Builds key.json and checks every line number against draft.txt (1-based).
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines = lines[:-1]

def chk(line, text):
    if line == 0:
        return
    assert text in lines[line - 1], (line, text, lines[line - 1][:60])

E = []   # expect
N = []   # mustNotFlag
C = []   # covers

def ex(rule, line, text, why, **kw):
    chk(line, text); d = {"rule": rule, "line": line, "text": text, "why": why}; d.update(kw); E.append(d)

def nf(rule, line, text, why):
    if text:
        chk(line, text)
    d = {"rule": rule, "line": line}
    if text:
        d["text"] = text
    d["why"] = why
    N.append(d)

def cv(task, line, probe):
    chk(line, probe); C.append({"task": task, "line": line})

# ---------------- expect: the six planted slips ----------------
ex("basis-mismatch", 9, "宁政发〔2022〕17号",
   "the region's 自治区人民政府关于加强数字政府建设的实施意见 is 宁政发〔2023〕17号 (2023-05-16); 2022 is a wrong year in the 文号")
ex("unknown-unit", 26, "太阳山开发区管委会",
   "太阳山开发区 belongs to 吴忠市 (copied from the 吴忠 plan); not in this city's units.txt — the second park here is 中宁工业园区管委会")
ex("unknown-unit", 28, "市网信局",
   "no such city body; the city's cyberspace office is 市委网信办 (units.txt), which the draft names correctly on lines 36 and 41")
ex("garbled-text", 50, "鎺ㄥ姩涓婄骇鏁版嵁",
   "UTF-8 bytes read as GBK: re-encoding the run 鎺ㄥ姩涓婄骇鏁版嵁鎸夐渶鍚戞湰鍦板洖娴侊紝 as GBK and decoding as UTF-8 gives 推动上级数据按需向本地回流，")
ex("deadline-later-than-baseline", 75, "2026年6月底前",
   "point 25 (多卡合一/多码合一) is task 92, 完成时限 2025年 (各地级市牵头负责); 2026年6月 is later")
ex("deadline-invalid", 83, "2024年10月底前",
   "the 2025 要点 is issued 2025-02-21 and its points are 2025 work; a 2024 deadline for a new 2025 point lies before the document's year (copied from last year's 要点). Task 106 is due 2025, so it is not also late")

# ---------------- mustNotFlag ----------------
# past dates in the look-back and other dates that are not deadlines of this plan
nf("deadline-invalid", 6, "2025年2月21日", "the document's own issue date, not a deadline")
nf("deadline-invalid", 9, "2023年—2025年", "period in the title of the regional task list, not a deadline")
nf("deadline-invalid", 10, "2024年", "heading of the 2024 look-back")
nf("deadline-invalid", 12, "2024年4月底", "look-back: past date when the migration was done (task 43/46, due 2024)")
nf("deadline-invalid", 12, "2024年6月", "look-back: past date when the 城域网 upgrade was done (task 48/50, due 2024)")
nf("deadline-invalid", 13, "2024年9月", "look-back: past date of the link to the region's data platform")
nf("deadline-invalid", 13, "2024年12月", "look-back: past date a local rule was issued")
nf("deadline-invalid", 14, "2024年5月", "look-back: past date (task 86, due 2024)")
nf("deadline-invalid", 14, "2024年10月", "look-back: past date (task 93 适老化, due 2024)")
nf("deadline-invalid", 14, "2023年启动", "look-back: past start year of the 城市运行管理服务平台")
nf("deadline-invalid", 14, "2024年8月", "look-back: past date the platform went live (task 9 runs to 2025)")
nf("deadline-invalid", 15, "2024年7月", "look-back: past date the policy library was finished (due 2024)")
nf("deadline-invalid", 15, "2024年8月", "look-back: past date of the 政务新媒体 clean-up (task 114, due 2024)")
nf("deadline-invalid", 16, "2024年11月", "look-back: past date the 市数据局 was set up")
nf("deadline-invalid", 46, "2023年、2024年", "copied regional 完成时限 of the tasks being re-checked (回头看), not this point's deadline, which is 2025年5月底前 on line 47")
nf("deadline-later-than-baseline", 0, None, "the look-back dates (lines 12–16) are what was done in 2024, not deadlines; each is no later than the regional 完成时限 of the task it reports (43/46/48/50/86/93/114 are due 2024; 9, 61, 64 are due 2025)")
# office's own reporting dates
nf("deadline-later-than-baseline", 4, "2025年12月10日前", "the office's own reporting date for the annual summary, not a task deadline")
nf("deadline-later-than-baseline", 91, "2025年3月底前", "the office's own filing date for units' annual plans (备案), not the deadline of task 116 (2023年完成并长期坚持)")
# goals and plan periods
nf("deadline-later-than-baseline", 20, "到2025年底", "equal to the region's 主要目标 到2025年 ('34567' 体系框架全面成型)")
nf("deadline-later-than-baseline", 20, "2026—2030年", "period of the next five-year plan being researched, not a deadline for any goal or task")
nf("deadline-later-than-baseline", 48, "2026—2030年", "period in the title of the 十五五 plan to be drafted, not a deadline; the point's deadline is 2025年12月底前 on line 49")
nf("deadline-later-than-baseline", 49, "2025年12月底前", "local point (十五五 plan draft) with no regional task")
# equal and earlier deadlines
nf("deadline-later-than-baseline", 24, "2025年12月底前", "task 1: 持续推进，2025年取得明显成效 — equal")
nf("deadline-later-than-baseline", 26, "2025年10月底前", "task 3: 持续推进，2025年取得明显成效 — earlier")
nf("deadline-later-than-baseline", 28, "2025年12月底前", "task 5: 持续推进，2025年取得明显成效 — equal")
nf("deadline-later-than-baseline", 30, "2025年12月底前", "tasks 6 and 8: 持续推进，2025年取得明显成效 — equal")
nf("deadline-later-than-baseline", 32, "2025年9月底前", "task 7: 2023年形成试点经验，2025年取得明显成效 — earlier")
nf("deadline-later-than-baseline", 34, "2025年11月底前", "task 9: 持续推进，2025年取得明显成效 — earlier")
nf("deadline-later-than-baseline", 36, "2025年12月底前", "task 10 (持续推进，2025年) and task 11 (2023年完成主要建设任务，2025年取得明显成效) — equal")
nf("deadline-later-than-baseline", 38, "2025年12月底前", "task 12: 2025年 — equal")
nf("deadline-later-than-baseline", 40, "2025年第三季度", "the yearly 攻防演练 is the 长期坚持 part of task 18 (2023年形成机制，长期坚持); the mechanism itself was due 2023 and is not what this date finishes")
nf("deadline-later-than-baseline", 41, "长期坚持", "tasks 14/18 (security): no dated milestone is given, so nothing is later than the region")
nf("deadline-later-than-baseline", 43, "2025年9月底前", "task 22: 2025年 — earlier")
nf("deadline-later-than-baseline", 45, "2025年11月底前", "task 28: 2023年启动，2025年取得明显成效 — earlier")
nf("deadline-later-than-baseline", 47, "2025年5月底前", "local 回头看 point, no regional task")
nf("deadline-later-than-baseline", 51, "2025年10月底前", "task 29: 2023年启动，2025年完成 — earlier")
nf("deadline-later-than-baseline", 53, "2025年12月底前", "tasks 49 and 81: 2025年 — equal")
nf("deadline-later-than-baseline", 55, "2025年8月底前", "task 52: 2025年 — earlier")
nf("deadline-later-than-baseline", 57, "2025年6月底前", "task 56: 2025年 — earlier")
nf("deadline-later-than-baseline", 59, "2025年第三季度", "task 59: 2025年 — earlier")
nf("deadline-later-than-baseline", 62, "2025年6月底前", "task 64: 2025年 — earlier")
nf("deadline-later-than-baseline", 64, "2025年9月底前", "六级贯通 point from the body text (四(二)), no task-list row")
nf("deadline-later-than-baseline", 67, "2025年9月底前", "task 66: 2025年 — earlier")
nf("deadline-later-than-baseline", 69, "持续推进", "market-supervision point matching tasks 70/74 (2024年): no dated milestone is given, so nothing is later")
nf("deadline-later-than-baseline", 71, "2025年12月底前", "task 83: 2025年 — equal")
nf("deadline-later-than-baseline", 73, "2025年11月底前", "task 87: 2023年启动，2025年完成 — earlier (the wording is 87's, not 115's)")
nf("deadline-later-than-baseline", 77, "2025年10月底前", "task 95: 2025年 — earlier")
nf("deadline-later-than-baseline", 79, "2025年12月底前", "tasks 96 and 100: 2025年 — equal")
nf("deadline-later-than-baseline", 81, "2025年12月底前", "tasks 101 and 102: 2025年 — equal")
nf("deadline-later-than-baseline", 83, "2024年10月底前", "invalid (before the document's year) but not later: task 106 is due 2025 (and 105, also matched by 宁政通, 2024)")
nf("deadline-later-than-baseline", 85, "2025年6月底前", "task 107: 2025年 — earlier")
nf("deadline-later-than-baseline", 87, "2025年12月底前", "task 111: 2025年 — equal")
nf("deadline-later-than-baseline", 89, "持续推进", "政务公开 point matching tasks 112/114 (2024年, reported done on line 15): no dated milestone is given")
# units: collectives, aliases, distribution, names that are not units
nf("unknown-unit", 3, "各县（区）人民政府", "collective subject")
nf("unknown-unit", 3, "市直各部门（单位）", "collective subject")
nf("unknown-unit", 5, "中卫市数据局", "alias of 市数据局 in units.txt (the issuing office)")
nf("unknown-unit", 24, "数据局", "prefix 市 distributes: 市工业和信息化局、数据局、商务局 = 市数据局, 市商务局")
nf("unknown-unit", 24, "中卫工业园区管委会", "in units.txt")
nf("unknown-unit", 28, "公安局", "prefix distributes: 市市场监管局、公安局 = 市公安局")
nf("unknown-unit", 28, "市直有关部门", "collective subject")
nf("unknown-unit", 30, "人社局", "prefix distributes to 市人社局, an alias of 市人力资源社会保障局")
nf("unknown-unit", 36, "沙坡头区", "沙坡头区、中宁县、海原县人民政府 = 沙坡头区人民政府, 中宁县人民政府, 海原县人民政府 (shared suffix), all in units.txt")
nf("unknown-unit", 36, "中宁县", "shared suffix 人民政府, see above")
nf("unknown-unit", 38, "市发改委", "alias of 市发展改革委 in units.txt")
nf("unknown-unit", 38, "市公共资源交易中心", "in units.txt")
nf("unknown-unit", 43, "水务局等市直有关部门", "市水务局 (prefix distributes) followed by the collective 市直有关部门 after 等")
nf("unknown-unit", 55, "市审批局", "alias of 市审批服务管理局")
nf("unknown-unit", 55, "住建局", "prefix distributes to 市住建局, alias of 市住房城乡建设局")
nf("unknown-unit", 55, "文旅局", "prefix distributes to 市文旅局, alias of 市文化旅游广电局")
nf("unknown-unit", 55, "卫健委", "prefix distributes to 市卫健委, alias of 市卫生健康委")
nf("unknown-unit", 62, "市委编办", "in units.txt")
nf("unknown-unit", 64, "各乡镇（街道）", "collective subject")
nf("unknown-unit", 69, "承担监管职责的市直有关部门", "collective subject")
nf("unknown-unit", 73, "市政府办公室", "alias of 市人民政府办公室")
nf("unknown-unit", 75, "医保局", "prefix distributes to 市医保局")
nf("unknown-unit", 89, "市融媒体中心", "in units.txt")
nf("unknown-unit", 23, "国家（中卫）新型互联网交换中心", "a facility named in the text (also in the regional 实施意见), not a responsible unit")
nf("unknown-unit", 93, "宁夏干部教育培训网络学院", "a training platform in running text, not a responsible unit")
# citations
nf("basis-mismatch", 9, "国发〔2022〕14号", "correct 文号 of the 国务院 指导意见")
nf("basis-mismatch", 9, "宁政办发〔2023〕11号", "the 数字宁夏“1244+N”行动计划实施方案 as cited in the 吴忠 plan")
nf("basis-mismatch", 9, "《关于加强数字政府建设的实施方案》", "the city's own 实施方案 cited by title alone, correct title")
nf("basis-mismatch", 11, "《中卫市2024年数字政府建设工作要点》", "retrospective mention of last year's 要点, not a basis")
nf("basis-mismatch", 13, "《中卫市公共数据资源登记管理暂行办法》", "retrospective mention of a local rule issued in 2024")
nf("basis-mismatch", 50, "国办函〔2022〕102号", "correct 文号 of the 全国一体化政务大数据体系建设指南 (named in task 29)")
nf("basis-mismatch", 2, "卫数发〔2025〕4号", "the document's own 文号")
nf("basis-mismatch", 37, "关于加快公共数据资源开发利用的部署", "a reference to national/regional policy on public data, not a citation of the 实施意见 with a wrong title")
nf("basis-mismatch", 48, "《中卫市“十五五”数字政府建设规划（2026—2030年）》", "a plan to be drafted, not a basis document")
# not garbled
nf("garbled-text", 35, "硒砂瓜", "a real local product (中卫 selenium-sand melon); rare character, not mojibake")
nf("garbled-text", 33, "（CIM）", "Latin abbreviation, not damage")

# ---------------- covers ----------------
cv(1, 23, "西部数谷"); cv(3, 25, "智慧园区"); cv(5, 27, "以网管网")
cv(6, 29, "养老托育"); cv(8, 29, "互联网+医疗健康"); cv(7, 31, "国家智慧教育平台")
cv(9, 33, "一网统管"); cv(10, 35, "数字乡村"); cv(11, 35, "数字供销")
cv(12, 37, "数据要素市场主体"); cv(14, 40, "主体责任、监督责任"); cv(18, 40, "动态监控、主动防御")
cv(22, 42, "审管信"); cv(28, 44, "试点"); cv(29, 50, "政务数据平台")
cv(49, 52, "视频一张网"); cv(81, 52, "视频指挥调度"); cv(52, 54, "酒店入住")
cv(56, 56, "非税收入"); cv(59, 58, "评估定级"); cv(64, 61, "齐抓共管")
cv(66, 66, "三维一体"); cv(70, 68, "信用风险分类"); cv(74, 68, "新型监管手段")
cv(83, 70, "互联网+基层治理"); cv(87, 72, "一呼即应"); cv(92, 74, "多卡合一")
cv(95, 76, "自然生态"); cv(96, 78, "互联网+城乡供水"); cv(100, 78, "用水权")
cv(101, 80, "碳排放"); cv(102, 80, "绿色低碳"); cv(106, 82, "填表报数")
cv(107, 84, "视频会议"); cv(111, 86, "机关事务"); cv(112, 88, "政务公开")
cv(114, 88, "政务新媒体矩阵"); cv(116, 91, "一把手工程"); cv(25, 92, "一律不予安排")
cv(118, 93, "数字化能力专题培训"); cv(120, 93, "国有企业之间人才交流"); cv(122, 94, "效能目标管理考核")
cv(123, 94, "综合考核评价的重要参考"); cv(124, 94, "督办")
cv(43, 12, "信创云"); cv(48, 12, "城域网"); cv(50, 12, "专网整合"); cv(86, 14, "我的宁夏")
cv(93, 14, "适老化"); cv(105, 15, "宁政通")

key = {
  "writer": "blind writer, round 807; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2025,
  "expect": E,
  "mustNotFlag": N,
  "covers": C,
  "notes": ("中卫市数据局's 2025 数字政府建设工作要点 (issued 2025-02-21): a 2024 look-back with past dates (lines 10-17), "
            "then 32 numbered 2025 points, each a text line followed by a 牵头/配合/完成时限 line, then 工作要求. "
            "No parent plan is checked (the city's own 实施方案 is cited by title only). Regional tasks due 2023/2024 are reported "
            "in the look-back or given 持续推进/长期坚持 in 2025 points (lines 41, 69, 89) rather than a dated 2025 milestone. "
            "draft.txt is written by build.py, which makes the one garbled run; key.json by make_key.py, which checks every line.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(E), "expect;", len(N), "mustNotFlag;", len(C), "covers;", len(lines), "lines")
