# -*- coding: utf-8 -*-
# Builds key.json and checks every line/text pair against draft.txt.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
G = "线上线下标准统一".encode("utf-8").decode("gbk")

def row(k):  # table row number k -> draft line
    return 68 + k

T = "Guangxi task %d (seed line %d, %s), 完成时限 %s"
def gx(n):
    info = {
        1: (43, "经济调节", "持续开展"), 2: (47, "市场监管/新型监管", "持续开展"),
        3: (49, "一体化在线监管", "2025年底"), 4: (53, "数字化网格治理/矛盾化解/基层治理", "持续开展"),
        7: (61, "一体化政务服务/民生服务", "持续开展"), 8: (63, "12345热线", "2025年底"),
        9: (65, "智桂通", "2025年底"), 12: (71, "智慧医疗", "持续开展"),
        15: (77, "智慧康养", "持续开展"), 22: (97, "政策信息数字化发布/政务公开", "2025年底"),
        23: (103, "安全管理责任", "持续开展"), 27: (119, "自主可控", "持续开展"),
        29: (129, "数字政府建设管理机制", "持续开展"), 34: (151, "数据高效共享", "持续开展"),
        37: (165, "网络平台支撑/电子政务外网", "持续开展"), 41: (179, "数字经济", "持续开展"),
    }[n]
    return T % (n, info[0], info[1], info[2])

expect = [
    {"rule": "basis-mismatch", "line": 9, "text": "桂政发〔2022〕13号",
     "why": "the 广西 实施意见《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; digits transposed"},
    {"rule": "deadline-later-than-baseline", "line": row(15), "text": "2026年第一季度",
     "why": gx(8) + "; the county row on 12345热线 归并 and 联动 is due a quarter after the region"},
    {"rule": "deadline-invalid", "line": row(43), "text": "2024年第五季度",
     "why": "a year has four quarters; row on 数据双向共享 (" + gx(34) + ")"},
    {"rule": "unknown-unit", "line": row(6), "text": "县食品药品监管局",
     "why": "obsolete body (merged into 市场监督管理局 in the 2019 reform); not in units.txt nor among the regional units"},
    {"rule": "unknown-unit", "line": row(16), "text": "自治区大数据发展局",
     "why": "regional body named as the lead of a county task: first-listed unit leads per the note on line 67; copied from the regional 智桂通 task (task 9); should be 县大数据发展局"},
    {"rule": "garbled-text", "line": row(12), "text": G[:6],
     "why": "UTF-8 bytes of 线上线下标准统一 read as GBK (" + G + ")"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

D = "deadline-later-than-baseline"; I = "deadline-invalid"; U = "unknown-unit"; B = "basis-mismatch"
# deadlines: quarters / half-years on time
m(D, row(3), "earlier than the region: " + gx(3), "2023年第三季度")
m(D, row(4), "equal: 下半年 of 2025 ends with 2025年底; " + gx(3), "2025年下半年")
m(D, row(29), "equal: 第四季度 of 2025 ends with 2025年底; " + gx(22), "2025年第四季度")
m(D, row(31), "earlier: " + gx(22), "2024年上半年")
m(D, row(16), "earlier: " + gx(9) + " (the row's unit is a planted slip, its date is fine)", "2024年底前")
m(D, row(1), "dated milestone for an ongoing task: " + gx(1), "2024年上半年")
m(D, row(9), "two milestones, both before any regional date; " + gx(4), "2023年第四季度启动，2024年下半年完成试点")
m(D, row(46), "two milestones ending 2024年底前; " + gx(37), "2023年第四季度启动，2024年底前完成")
m(D, row(32), "机制 in 2023 then ongoing, same shape as the region's ongoing task; " + gx(23), "2023年第三季度建立机制，长期坚持")
m(D, row(22), "ongoing regional task given a dated county milestone; " + gx(15), "2025年上半年")
m(D, row(36), "within the plan period; " + gx(27), "2025年下半年")
m(D, row(51), "within the plan period; " + gx(41), "2025年下半年")
m(D, row(38), "出台 in 2023 then ongoing; " + gx(29), "2023年第四季度出台，长期坚持")
m(D, row(19), "earlier; " + gx(12), "2023年第四季度")
m(D, 24, "主要目标 equal to the region's 到2025年…数字政府体系框架基本形成", "到2025年")
m(D, 25, "主要目标 equal to the region's 到2035年…基本建成", "到2035年")
m(D, 23, "local interim goal, earlier than any regional goal", "到2023年底")
m(D, row(58), "recurring training, no completion date", "每年开展")
m(D, 61, "the office's own reporting dates, not task deadlines", "每年12月10日前")
# invalid-looking but fine
m(I, 11, "past dates in the background (发展现状), not deadlines", "截至2022年底")
m(I, 11, "past date in the background", "2021年")
m(I, 6, "the notice's own issue date", "2023年8月18日")
m(I, 129, "the 印发 date of the notice", "2023年8月18日")
m(I, row(3), "same year as the plan (issued 2023-08-18), quarter still open", "2023年第三季度")
m(I, 61, "reporting rhythm, not a date", "每季度最后一个月的20日前")
m(I, 15, "name of the 2015 speech, not a date", "4·27")
m(I, 53, "IPv6 第六版 is a protocol version, not a quarter", "第六版")
m(I, row(15), "hotline numbers, not dates", "110、119、120")
# units
m(U, 3, "collective subjects", "各乡镇人民政府")
m(U, row(3), "collective subject", "县直有关部门")
m(U, row(13), "collective subject", "县直各部门（单位）")
m(U, row(1), "short name of 县发展和改革局 in units.txt", "县发改局")
m(U, row(1), "prefix 县 distributes: 县大数据发展局", "大数据发展局")
m(U, row(33), "prefix 县委 distributes: 县委保密办 (in units.txt)", "保密办")
m(U, row(11), "prefix 县 distributes: 县气象局, short name of 田东县气象局", "气象局")
m(U, row(11), "short name of 田东县消防救援大队", "县消防救援大队")
m(U, row(23), "county-level branch of the city bureau after the 生态环境 vertical reform; in units.txt", "百色市田东生态环境局")
m(U, row(48), "short name of 国家税务总局田东县税务局", "县税务局")
m(U, row(14), "prefix 县 distributes: 县残联, short name of 县残疾人联合会", "残联")
m(U, row(21), "short name of 县文化广电体育和旅游局", "县文广体旅局")
m(U, row(26), "short name of 县人民政府办公室", "县政府办")
m(U, 128, "抄送 line: collective", "县委各部门")
m(U, 128, "抄送 line: in units.txt", "县人大常委会办公室")
m(U, 60, "body set up by this plan, not a responsible-unit cell", "田东县数字政府建设工作领导小组")
m(U, row(26), "city platform named in the task content, not a responsible unit", "百色市城市数字政府大脑")
m(U, row(1), "regional platform in task content; no regional body leads", "自治区经济运行大数据平台")
# basis
m(B, 9, "correct 文号 and title of the national guiding opinion", "国发〔2022〕14号")
m(B, 11, "retrospective mention in the background, correct 文号 (国务院关于加快推进“互联网+政务服务”工作的指导意见), not a basis", "国发〔2016〕55号")
m(B, 4, "the plan's own title in the 印发 notice, not a basis document")
m(B, 2, "the notice's own 文号", "东政办发〔2023〕31号")
m(B, 9, "the city is referred to by its 部署, no city plan cited (no parent given)", "百色市")
# garbled look-alikes
m("garbled-text", row(16), "real platform name (智桂通), not mojibake", "智桂通")
m("garbled-text", row(28), "real platform name (桂在行), not mojibake", "桂在行")
# pillars
m("missing-pillar", 0, "数字生态 taken up on line 58 and rows 54–55", None)
m("missing-pillar", 0, "党的领导 taken up in 保障措施 (lines 60–64) though the heading is 保障措施", None)
M[-2]["pillar"] = "数字生态"; M[-1]["pillar"] = "党的领导"

cov = {1: row(1), 2: row(5), 3: row(3), 4: row(7), 5: row(10), 6: row(11), 7: row(13), 8: row(15),
       9: row(16), 10: row(17), 11: row(18), 12: row(19), 13: row(20), 14: row(21), 15: row(22),
       16: row(23), 17: row(24), 18: row(25), 19: row(26), 20: row(27), 21: row(28), 22: row(29),
       23: row(32), 24: row(33), 25: row(34), 26: row(35), 27: row(36), 28: row(37), 29: row(38),
       30: row(39), 31: row(40), 32: row(41), 33: row(42), 34: row(43), 35: row(44), 36: row(45),
       37: row(46), 38: row(50), 39: row(47), 40: row(50), 41: row(51), 42: row(52), 43: row(54)}
covers = [{"task": t, "line": l} for t, l in sorted(cov.items())]

# checks
for e in expect + M:
    if e["line"] and "text" in e:
        assert e["text"] in L[e["line"] - 1], (e, L[e["line"] - 1][:60])
    if e["line"]:
        assert 1 <= e["line"] <= len([x for x in L if x or True])
key = {
    "writer": "blind writer, round 805; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("Task numbers: Guangxi task N is the N-th paragraph of seeds/guangxi-2022-shishi-yijian.txt that carries an inline "
              "(責任單位…完成時限…) note, counted in order (43 in all; seed lines 43,47,49,53,55,57,61,63,65,67,69,71,73,75,77,81,83,85,89,91,93,97,"
              "103,107,111,115,119,125,129,133,137,141,147,151,155,161,165,169,171,173,179,183,187). Only tasks 3, 8, 9 and 22 carry 2025年底; "
              "all others are 持续开展, so no dated county milestone can be later than them. The task table (lines 68–127) is tab-separated, "
              "row k on line 68+k, with the note on line 67 that the first-listed unit leads. The county plan is dated 2023-08-18 (planYear 2023). "
              "A quarter or half-year counts as ending on its last day: 2025年下半年 and 2025年第四季度 equal 2025年底.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
