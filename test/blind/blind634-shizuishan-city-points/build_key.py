# -*- coding: utf-8 -*-
# Builds key.json and checks every (line, text) pair against draft.txt (1-based).
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L = L[:-1]

def ln(snippet, nth=1):
    hits = [i + 1 for i, s in enumerate(L) if snippet in s]
    assert len(hits) >= nth, (snippet, hits)
    return hits[nth - 1]

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

GARBLED = "政务舆情回应工作".encode("utf-8").decode("gbk")

expect = []
def E(rule, line, text=None, why="", **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        chk(line, text); d["text"] = text
    d.update(kw); d["why"] = why
    expect.append(d)

E("basis-mismatch", ln("国发〔2022〕14号"), "宁政办发〔2023〕17号",
  "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series (wrong 文号 for the title)")
E("deadline-later-than-baseline", ln("\t平罗县人民政府\t2025年6月底前"), "2025年6月底前",
  "table row for 平罗县: 城域网升级改造 / 电子政务外网 to every village = task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; also contradicts the draft's own point 22 (line 48) and 工作目标 (line 16)")
E("deadline-later-than-baseline", ln("38.推动移动政务服务"), "2025年12月底前",
  "task 86 (迭代升级“我的宁夏”政务APP功能…应上尽上…移动政务服务“总门户”), 完成时限 2024年")
E("deadline-invalid", ln("49.整合视频会议系统"), "2014年",
  "typo for 2024: 2014年9月底前 lies before the year the document is issued (2024); the matching task 107 (视频会议平台) is due 2025年, so it is not a late deadline")
E("unknown-unit", ln("29.加强经济运行监测预警"), "市经信委",
  "obsolete name (former 经济和信息化委员会), not in units.txt; the body is now 市工业和信息化局 (市工信局)")
E("garbled-text", ln("53.构建政务新媒体矩阵"), GARBLED[:6],
  "UTF-8 bytes of 政务舆情回应工作 read as GBK (%s); re-encoding as GBK and decoding as UTF-8 recovers it" % GARBLED)

mnf = []
def M(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text is not None:
        chk(line, text); d["text"] = text
    d["why"] = why
    mnf.append(d)

M("unknown-unit", 3, "collective addressee", "各县（区）人民政府")
M("basis-mismatch", 2, "the document's own 文号, not a basis citation", "石政办发〔2024〕9号")
M("basis-mismatch", 9, "correct national basis: title and 文号 match", "国发〔2022〕14号")
M("basis-mismatch", 9, "the city's own 实施方案 cited by title alone (a city plan may have no 文号); 实施方案 is its real title", "《关于加强数字政府建设的实施方案》")
M("basis-mismatch", 12, "retrospective mention of the 2020 regional 工作要点 in the background (工作基础), correct title and 文号, not cited as a basis", "宁政办发〔2020〕14号")
M("basis-mismatch", 12, "retrospective mention of last year's city 要点 in the background", "《石嘴山市2023年数字政府建设工作要点》")
M("deadline-invalid", 12, "past dates in the background (2020年以来, 2023年 achievements), not deadlines", "2023年")
M("deadline-invalid", 6, "issue date of the notice, not a deadline", "2024年3月18日")
M("deadline-invalid", 109, "printing date, not a deadline", "2024年3月19日")
M("deadline-later-than-baseline", 16, "工作目标: 34567 framework 基本成型 by end of 2024 is earlier than the regional goal (到2025年…“34567”体系框架全面成型); the other 2024 goals do not restate any 2023-end regional goal", "力争2024年底前")
M("deadline-later-than-baseline", 18, "task 64 (各地各部门参照自治区做法，成立相应的组织机构) is due 2025年; 2024年6月底前 is earlier", "2024年6月底前")
M("unknown-unit", 18, "city bodies' short names: 市委编办 and 市大数据局 are aliases in units.txt", "市大数据局")
M("unknown-unit", 19, "counties named as co-responsible; 人民政府 is shared by the list, and 大武口区 / 惠农区 are aliases in units.txt", "大武口区、惠农区、平罗县人民政府")
M("unknown-unit", 22, "short names of the two development zones' 管委会, aliases in units.txt; 平罗工业园区 in the text is a place, not a responsible unit", "石嘴山经开区管委会")
M("deadline-later-than-baseline", 22, "task 3 (智慧园区) is 持续推进，2025年取得明显成效; 2024年11月底前 is earlier", "2024年11月底前")
M("deadline-later-than-baseline", 23, "task 2 (产业云 …) is 2023年启动，2024年取得明显成效; 2024年12月底前 is equal", "2024年12月底前")
M("unknown-unit", 26, "short names 市住建局 / 市城管局 are aliases in units.txt; counties co-responsible", "市城管局")
M("deadline-later-than-baseline", 26, "task 9 (智慧城市, 各地级市牵头) is 持续推进，2025年取得明显成效; 2024年12月底前 is earlier", "2024年12月底前")
M("deadline-later-than-baseline", 27, "tasks 8 (持续推进，2025年取得明显成效) and 7 (2023年形成试点经验，2025年取得明显成效): the completing milestone is 2025, 2024年12月底前 is earlier", "2024年12月底前")
M("unknown-unit", 28, "counties listed in a different order as 具体负责, the shared suffix 人民政府; all in units.txt", "平罗县、惠农区、大武口区人民政府")
M("unknown-unit", 30, "regional body in the text where the region does the work (数据交易 rules are task 13, led by 自治区发展改革委); not a responsible unit of the city task", "自治区发展改革委")
M("unknown-unit", 31, "regional body in the text where the region does the work (5G coverage); not named as lead of the city task", "宁夏通信管理局")
M("deadline-later-than-baseline", 34, "task 18 is 2023年形成机制，长期坚持; 长期坚持 in a 2024 plan is the same ongoing duty, not a later deadline", "长期坚持")
M("unknown-unit", 34, "collective subject", "市直各部门（单位）")
M("unknown-unit", 37, "the prefix 市 distributes: 住建局、水务局 = 市住建局, 市水务局", "住建局、水务局")
M("deadline-later-than-baseline", 37, "task 22 (审管协同, 各地级市具体负责) is due 2025年 and task 21 is 2024年; 2024年12月底前 is not later", "2024年12月底前")
M("deadline-later-than-baseline", 44, "tasks 41 and 42 (公共数据开放目录, 融合应用) are due 2024年; 2024年12月底前 is equal", "2024年12月底前")
M("unknown-unit", 45, "short names 市委办 / 市政府办 are aliases in units.txt", "市委办、市政府办")
M("unknown-unit", 47, "regional body in the text: the region builds the 政务信创云 (tasks 19/43); the city task is led by 市大数据局", "自治区政府办公厅")
M("deadline-later-than-baseline", 47, "task 43 is 2024年建成，持续推进 and task 46 is 2024年; 2024年10月底前 is earlier", "2024年10月底前")
M("deadline-later-than-baseline", 48, "task 48 is 2024年; the city-wide point 22 says 2024年12月底前, equal (only the 平罗县 table row is late)", "2024年12月底前")
M("unknown-unit", 50, "regional body in the text: the region builds the 视频共享平台 (task 49); the city task is led by 市委政法委", "自治区党委政法委")
M("deadline-later-than-baseline", 50, "task 49 (视频一张网) is due 2025年; 2024年11月底前 is earlier", "2024年11月底前")
M("unknown-unit", 61, "collective subject", "承担监管职责的市直有关部门")
M("unknown-unit", 63, "the prefix 市 distributes: 司法局、信访局 = 市司法局, 市信访局", "司法局、信访局")
M("deadline-later-than-baseline", 64, "task 79 (雪亮工程) is 2024年; 2024年12月底前 is equal; per-county shares are quantities, not dates", "2024年12月底前")
M("deadline-later-than-baseline", 70, "task 87 (12345 一呼即应) is 2023年启动，2025年完成; 2024年12月底前 is earlier", "2024年12月底前")
M("deadline-later-than-baseline", 81, "task 106 (填表报数压减) is due 2025年; 2024年12月底前 is earlier", "2024年12月底前")
M("deadline-later-than-baseline", 93, "tasks 122/123 (2023年完成，长期坚持) and 124 (2023年形成机制，长期坚持): 长期坚持 is the same ongoing duty", "长期坚持")
M("deadline-later-than-baseline", 94, "the office's own reporting dates (quarterly, half-year, annual summaries), not task deadlines", "2024年12月15日前")
M("deadline-later-than-baseline", 97, "大武口区 table row, task 48 (2024年): 2024年6月底前 is earlier", "2024年6月底前")
M("deadline-later-than-baseline", 98, "惠农区 table row, task 48 (2024年): 2024年9月底前 is earlier", "2024年9月底前")
M("deadline-later-than-baseline", 100, "county row for 智慧社区, task 83 (互联网+基层治理) is due 2025年; 2024年10月底前 is earlier", "2024年10月底前")
M("unknown-unit", 97, "county government in the table's 责任单位 column, in units.txt", "大武口区人民政府")

covers = []
def C(task, snippet):
    covers.append({"task": task, "line": ln(snippet)})
for t, s in [
    (2, "4.推动产业数字化转型"), (3, "3.推进“智慧园区”建设"), (4, "5.加强国资国企在线监管"),
    (7, "7.深化数字普惠应用"), (8, "7.深化数字普惠应用"), (9, "6.加快智慧城市建设"),
    (10, "8.推进数字乡村建设"), (12, "9.培育数据要素市场"), (13, "9.培育数据要素市场"),
    (16, "12.开展数据安全防护能力评估"), (18, "11.提升安全防护能力"),
    (21, "13.深化审管协同"), (22, "13.深化审管协同"), (23, "14.建立数字资源"),
    (28, "15.开展试点示范"), (33, "16.推进基础库主题库对接"), (34, "16.推进基础库主题库对接"),
    (37, "18.提升数据共享效能"), (39, "17.建设政务数据仓库"), (40, "20.规范电子公文归档"),
    (41, "19.有序开放公共数据"), (42, "19.有序开放公共数据"), (43, "21.推进政务云向信创云迁移"),
    (48, "22.提升电子政务外网支撑能力"), (49, "24.统筹视频资源共享"), (50, "23.推进业务专网整合"),
    (52, "25.扩大电子证照和电子印章应用"), (53, "25.扩大电子证照和电子印章应用"),
    (56, "26.推进非税收入收缴电子化"), (57, "27.完善信用信息服务"), (58, "28.推动地理信息共建共享"),
    (64, "1.健全组织机构"), (66, "29.加强经济运行监测预警"), (70, "30.推进信用风险分类监管"),
    (71, "31.强化重点领域数字化追溯监管"), (74, "32.推行新型监管手段"), (75, "32.推行新型监管手段"),
    (77, "33.提升矛盾纠纷化解能力"), (79, "34.持续推进“雪亮工程”"), (80, "35.推进“智慧应急”建设"),
    (83, "36.深化“互联网+基层治理”"), (84, "37.提升“一网通办”能力"), (86, "38.推动移动政务服务"),
    (87, "39.优化12345政务服务便民热线"), (89, "40.强化涉企全生命周期服务"), (90, "42.推进公共场馆数字化"),
    (93, "41.加快适老化与信息无障碍建设"), (94, "43.提升生态环境数字化监管能力"),
    (96, "44.深化“互联网+城乡供水”建设"), (101, "45.推动绿色低碳转型"), (103, "46.提升辅助决策能力"),
    (104, "47.推广协同办公和“宁政通”"), (105, "47.推广协同办公和“宁政通”"), (106, "48.推进基层填表报数减负"),
    (107, "49.整合视频会议系统"), (108, "50.推进公共资源交易全流程数字化"), (111, "51.提升机关事务管理数字化水平"),
    (112, "52.完善政务公开平台"), (114, "53.构建政务新媒体矩阵"), (115, "54.畅通政民互动渠道"),
    (116, "（一）加强组织领导"), (118, "（三）提升数字素养"), (122, "（四）强化考核评价"),
    (123, "（四）强化考核评价"), (124, "（四）强化考核评价"),
]:
    C(t, s)

key = {
    "writer": "blind writer, round 634; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("石嘴山市2024年数字政府建设工作要点 (石政办发〔2024〕9号, 2024-03-18), 54 numbered points with inline "
              "（责任单位：…；完成时限：…） notes and an attachment table of county shares (lines 96-108, tab-separated). "
              "No parent plan. Pillars are all taken up by content: 五个一/六级贯通 lines 17-19; 数字经济 21-24; 数字社会 25-28; "
              "数字生态 29-31; 安全保障 33-35; 制度规则 36-39; 数据资源 40-45; 平台支撑 46-54; the seven 能力 55-88; "
              "党的领导 (组织领导, 财政投入, 数字素养, 考核评价) 90-93. No task-uncovered is planted: a one-year 要点 "
              "deliberately leaves tasks with 2023 regional deadlines (e.g. 30, 31, 32, 36, 51, 68, 85) out, and any "
              "task-uncovered report is information only. Garbled run at line 87 is %s (= 政务舆情回应工作)." % GARBLED),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
