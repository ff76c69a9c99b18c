# Writes key.json and checks every line number/text against draft.txt (1-based).
import json, os
here = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")
def ln(sub, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert len(hits) >= nth, sub
    return hits[nth - 1]

expect = [
 {"rule": "deadline-later-than-baseline", "line": ln("政务新媒体矩阵，清理"), "text": "2025年底",
  "why": "row 28 (政务新媒体矩阵) takes up regional task 114, whose 完成时限 is 2024年; the draft gives 2025年底前. Body line 90 restates it without a date."},
 {"rule": "deadline-invalid", "line": ln("2024年21月"), "text": "21月",
  "why": "impossible month (digits of 12月 swapped) in row 15, 雪亮工程 (regional task 79, 完成时限 2024年)"},
 {"rule": "unknown-unit", "line": ln("县信息中心"), "text": "县信息中心",
  "why": "not in units.txt (the county's information body is 县大数据管理服务中心 = 县大数据中心) nor a regional unit; an old name left in the 谁配合 cell of row 11"},
 {"rule": "basis-mismatch", "line": ln("关于加快推进数字政府建设的实施方案"), "text": "关于加快推进数字政府建设的实施方案",
  "why": "the parent 吴忠市 plan is 《关于加强数字政府建设的实施方案》 (2023-11-27); 加快推进 is a wrong title"},
 {"rule": "garbled-text", "line": ln("鎺ㄥ姩"), "text": "鎺ㄥ姩鍩哄眰",
  "why": "UTF-8 bytes read as GBK: 鎺ㄥ姩鍩哄眰骞查儴鍑忚礋 re-encoded as GBK and decoded as UTF-8 gives 推动基层干部减负"},
 {"rule": "task-uncovered", "line": 0, "task": 93,
  "why": "deliberately left out: 政府网站、政务移动端、公共服务场所适老化与信息无障碍建设 (自治区各部门及各市、县（区）按照职能分别负责, 2024年) is nowhere in the draft"},
]

def mnf(rule, sub, why, text=None, nth=1):
    e = {"rule": rule, "line": ln(sub, nth)}
    if text is not None:
        assert text in L[e["line"] - 1], (text, e["line"])
        e["text"] = text
    e["why"] = why
    return e

D = "deadline-later-than-baseline"
I = "deadline-invalid"
U = "unknown-unit"
B = "basis-mismatch"
G = "garbled-text"
mustNotFlag = [
 mnf(B, "（国发〔2022〕14号）", "correct title and 文号 of the national 指导意见", "国发〔2022〕14号"),
 mnf(B, "（宁政发〔2023〕17号）", "correct title and 文号 of the regional 实施意见", "宁政发〔2023〕17号"),
 mnf(B, "（宁政办发〔2023〕11号）", "a further basis document, cited with the same title and 文号 as in the 吴忠 plan", "宁政办发〔2023〕11号"),
 mnf(B, "宁政办发〔2020〕14号", "retrospective mention in the background (自2020年…以来), correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号"),
 mnf(B, "同政办发〔2024〕9号", "the notice's own 文号, not a basis citation", "同政办发〔2024〕9号"),
 mnf(G, "1244+N", "ordinary programme name 数字宁夏“1244+N”, not damaged text", "1244+N"),
 mnf(I, "2024年3月18日", "the document's own issue date", "2024年3月18日"),
 mnf(I, "2023年，全县11个乡镇", "past date in the background (what was done in 2023), not a deadline", "2023年"),
 mnf(D, "到2024年底", "2024 goals: 外网通到行政村 = task 48 (2024年), 宁政通乡村两级 = task 105 (2024年), 就近办 = task 84 (2024年); equal", "2024年底"),
 mnf(D, "到2025年，全县数字政府建设", "equal to the regional goal (到2025年 “34567”体系框架全面成型) and the 吴忠 goal (到2025年 “1347”体系框架全面成型)", "2025年"),
 mnf(D, "到2035年", "equal to the regional and 吴忠 2035 goal", "2035年"),
 mnf(D, "各乡镇成立数字政府工作专班", "task 64 (各地参照自治区做法成立相应组织机构) 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前"),
 mnf(D, "“智慧园区”建设，园区管理服务", "task 3 完成时限 持续推进，2025年取得明显成效; equal", "2025年"),
 mnf(D, "推进数字乡村建设，补齐村里网络短板，发展农村电商\t", "task 10 完成时限 持续推进，2025年取得明显成效; equal", "2025年"),
 mnf(D, "供销网点接入线上平台", "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025年 is equal", "2025年"),
 mnf(I, "2023年形成机制，长期坚持", "copied regional deadline of task 18 (2023年形成机制，长期坚持), an ongoing task; lies before the plan's year but is a copy, not a slip", "2023年"),
 mnf(D, "2023年形成机制，长期坚持", "task 18 完成时限 2023年形成机制，长期坚持; identical", "2023年形成机制"),
 mnf(D, "2024年启动，2025年取得明显成效", "task 28 完成时限 2023年启动，2025年取得明显成效; the completing milestone 2025年 is equal (only the start is a year later)", "2024年启动"),
 mnf(D, "2024年10月底前", "task 48 (城域网 5级全覆盖) and task 47 完成时限 2024年; earlier", "2024年10月底前"),
 mnf(D, "非涉密业务专网并入电子政务外网\t", "task 50 完成时限 2024年; 2024年底前 is equal", "2024年底前"),
 mnf(D, "“视频一张网”\t", "task 49 完成时限 2025年; equal", "2025年"),
 mnf(D, "与纸质证照同步制发\t", "task 52 (各类证照全部实现电子化，与实体证照同步制发) 完成时限 2025年; 2024年底前 is earlier", "2024年底前"),
 mnf(D, "完善电子文件归档，推进无纸化办公\t", "task 54 (and task 40) 完成时限 2024年; equal", "2024年"),
 mnf(D, "编制公共数据开放目录和责任清单\t", "task 41 完成时限 2024年; equal", "2024年"),
 mnf(D, "农副产品数字化追溯监管\t", "task 71 完成时限 2024年; equal", "2024年"),
 mnf(D, "2024年11月底前", "task 77 完成时限 2024年; earlier", "2024年11月底前"),
 mnf(D, "网格员手机上报、平台分流\t", "task 83 完成时限 2025年; equal", "2025年"),
 mnf(D, "2024年9月底前", "task 84 (网上办、掌上办、就近办、一次办) 完成时限 2024年; earlier", "2024年9月底前"),
 mnf(D, "同心专区上线更多本地服务\t", "task 86 完成时限 2024年; equal", "2024年"),
 mnf(D, "“一呼即应”，工单按时办结", "task 87 完成时限 2023年启动，2025年完成; equal", "2025年"),
 mnf(D, "惠企政策专栏，政策精准推送\t", "task 89 完成时限 2024年; equal", "2024年"),
 mnf(D, "污染源在线监控\t", "task 95 完成时限 2025年 (task 94 2024年); 2024年底前 is earlier or equal", "2024年底前"),
 mnf(D, "入户水表联网\t", "task 96 完成时限 2025年; equal", "2025年"),
 mnf(D, "平台用到每个护林员", "task 98 完成时限 2024年; equal", "2024年"),
 mnf(D, "乡、村两级干部全覆盖", "task 105 完成时限 2024年; equal", "2024年"),
 mnf(D, "不再重复报\t", "task 106 完成时限 2025年; equal", "2025年"),
 mnf(D, "县乡两级视频会议系统整合\t", "task 107 完成时限 2025年; 2024年底前 is earlier", "2024年底前"),
 mnf(D, "乡镇公开栏同步上网\t", "task 112 完成时限 2024年; equal", "2024年"),
 mnf(D, "常态化考核和以奖代补\t", "task 121 完成时限 长期坚持; equal", "长期坚持"),
 mnf(D, "七、重点任务表（2024—2025年）", "heading naming the table's period, not a deadline of any task", "2024—2025年"),
 mnf(D, "2024年12月20日前", "the office's own reporting date for the annual summary, not a task deadline", "2024年12月20日前"),
 mnf(I, "2024年12月20日前", "the office's own reporting date, valid and within the plan's year", "2024年12月20日"),
 mnf(U, "各乡镇人民政府，县直各部门（单位）：", "addressees; collective subjects", "县直各部门（单位）"),
 mnf(U, "各乡镇成立数字政府工作专班", "collective subject", "各乡镇人民政府"),
 mnf(U, "非涉密业务专网并入电子政务外网\t", "collective subject", "县直有关部门"),
 mnf(U, "编制公共数据开放目录和责任清单\t", "collective subject", "县直各部门（单位）"),
 mnf(U, "网格员手机上报、平台分流\t", "collective subject", "各村（社区）"),
 mnf(U, "“智慧园区”建设，园区管理服务", "short name listed in units.txt (县大数据管理服务中心 = 县大数据中心)", "县大数据中心"),
 mnf(U, "“智慧园区”建设，园区管理服务", "short name listed in units.txt (同心工业园区管理委员会)", "同心工业园区管委会"),
 mnf(U, "推进数字乡村建设，补齐村里网络短板，发展农村电商\t", "short name listed in units.txt (县工业信息化和商务局)", "县工信商务局"),
 mnf(U, "豫海镇、韦州镇", "township short names listed in units.txt", "豫海镇、韦州镇"),
 mnf(U, "中国电信同心分公司", "operator outside the government proper, listed in units.txt", "中国电信同心分公司"),
 mnf(U, "县公安局、民政局、人社局", "the 县 prefix distributes: 县民政局, 县人社局 (short name of 县人力资源和社会保障局), both in units.txt", "民政局、人社局"),
 mnf(U, "县市场监管局、农业农村局", "the 县 prefix distributes (县农业农村局); two leads, the note on line 130 says the first-listed leads", "农业农村局"),
 mnf(U, "县发改局、财政局", "县发改局 is a listed short name; the prefix distributes to 县财政局", "县发改局、财政局"),
 mnf(U, "吴忠市生态环境局同心分局", "the city bureau's county branch, listed in units.txt", "吴忠市生态环境局同心分局"),
 mnf(U, "按照自治区政府办公厅统一部署", "a regional body named as the source of a deployment, not as the lead or a responsible unit of a local task", "自治区政府办公厅"),
 mnf(U, "统一报县发展改革局会同", "listed short name of 县发展和改革局", "县发展改革局"),
 mnf(U, "县推进数字政府建设领导小组", "the county's leading group, listed in units.txt", "县推进数字政府建设领导小组"),
 mnf(U, "县委党校把数字治理能力", "listed in units.txt", "县委党校"),
 mnf(U, "农副产品数字化追溯监管\t", "listed short name of 县卫生健康局", "县卫健局"),
]

covers = [
 (64, "各乡镇成立数字政府工作专班"), (32, "明确一名数据专员"), (3, "“智慧园区”建设，园区管理服务"),
 (6, "推进公共服务数字化"), (8, "推进“互联网+医疗健康”"), (10, "推进数字乡村建设，补齐村里网络短板，发展农村电商\t"),
 (11, "供销网点接入线上平台"), (14, "管住责任。"), (15, "管住企业。"), (18, "常态化安全防护和应急演练\t"),
 (21, "网上运行。"), (24, "项目会商。"), (28, "2024年启动，2025年取得明显成效"), (30, "摸清家底。"),
 (36, "用好共享。"), (41, "编制公共数据开放目录和责任清单\t"), (43, "上云。"), (48, "2024年10月底前"),
 (50, "非涉密业务专网并入电子政务外网\t"), (49, "“视频一张网”\t"), (52, "与纸质证照同步制发\t"),
 (54, "完善电子文件归档，推进无纸化办公\t"), (57, "查信用。"), (68, "照单监管。"), (70, "双随机监管。"),
 (71, "农副产品数字化追溯监管\t"), (72, "对接“互联网+监管”。"), (77, "2024年11月底前"), (79, "2024年21月"),
 (80, "防好风险。"), (83, "网格员手机上报、平台分流\t"), (84, "2024年9月底前"), (86, "同心专区上线更多本地服务\t"),
 (87, "“一呼即应”，工单按时办结"), (89, "惠企政策专栏，政策精准推送\t"), (90, "文化服务。"),
 (95, "污染源在线监控\t"), (96, "入户水表联网\t"), (97, "国土一张图。"), (98, "平台用到每个护林员"),
 (104, "协同办公。"), (105, "乡、村两级干部全覆盖"), (106, "不再重复报\t"), (107, "县乡两级视频会议系统整合\t"),
 (111, "机关事务。"), (112, "乡镇公开栏同步上网\t"), (113, "政策一库通查。"), (114, "政务新媒体矩阵，清理"),
 (115, "畅通政民互动。"), (116, "“一把手工程”"), (25, "（二）加大财政投入。"), (118, "（三）提升数字素养。"),
 (121, "常态化考核和以奖代补\t"), (123, "综合考核评价的重要参考"), (124, "建立容错和奖惩机制"),
]
cov = [{"task": t, "line": ln(s)} for t, s in covers]
assert len({c["task"] for c in cov}) == len(cov)

key = {
 "writer": "blind writer, round 732; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mustNotFlag,
 "covers": cov,
 "notes": ("同心县 2024 实施方案 in plain language for township and village cadres (issued 2024-03-18 as 同政办发〔2024〕9号). "
           "The task table (lines 99-128) is tab-separated with plain headers 干什么 | 谁牵头 | 谁配合 | 啥时候完成; the note on line 130 "
           "says that in a 谁牵头 cell with two units the first-listed one leads. The framework follows 吴忠's 1347 (一套体系 = 五个一/六级贯通). "
           "Regional tasks due 2023 (14, 15, 30, 32, 36, 116, 118, 25, 123, 124) are taken up in the body without dates, except task 18, "
           "whose regional 完成时限 is copied into row 5. Planted: one late deadline (line 127), one impossible month (line 114), one unknown unit "
           "(line 110), one wrong parent-plan title (line 10), one mojibake run (line 85), one task left out (93). "
           "make_draft.py writes draft.txt; make_key.py writes this key and checks every line against draft.txt."),
}
json.dump(key, open(os.path.join(here, "key.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
for e in expect:
    if e["line"]:
        print("EXPECT", e["rule"], e["line"], e.get("text"), "|", L[e["line"]-1][:40])
print(len(mustNotFlag), "mustNotFlag;", len(cov), "covers")
