# -*- coding: utf-8 -*-
# Builds key.json; every line number is looked up in the final draft.txt (1-based).
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
def ln(sub, must=None):
    hits = [i for i, l in enumerate(lines, 1) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if must: assert must in lines[hits[0]-1], (sub, must)
    return hits[0]
G = "推进机关内部服务事项".encode("utf-8").decode("gbk")
T = "task numbers: the 43 inline (責任單位…完成時限…) notes of 桂政发〔2022〕31号, numbered 1–43 in order"

expect = [
 {"rule": "deadline-later-than-baseline", "line": ln("——履职能力。", "2027年"), "text": "2027年",
  "why": "主要目标: 力争到2027年 政府决策科学化、社会治理精准化、公共服务高效化取得重要进展; the region's 主要目标 sets the same goal 到2025年"},
 {"rule": "deadline-later-than-baseline", "line": ln("——监管效能。", "2026年底"), "text": "2026年底",
  "why": "主要目标: 到2026年底 全县一体化在线监管模式广泛普及; the region's 主要目标 has 一体化在线监管模式广泛普及 到2025年 (and task 3 一体化在线监管, 完成时限 2025年底)"},
 {"rule": "deadline-later-than-baseline", "line": ln("优化政策智能推送服务", "2026年底"), "text": "2026年底",
  "why": "task 22 (优化政策信息数字化发布 / 政务公开), 完成时限 2025年底; the draft's note says 2026年底"},
 {"rule": "basis-mismatch", "line": ln("为深入贯彻落实《国务院"), "text": "桂政发〔2022〕13号",
  "why": "the 广西 实施意见 is 桂政发〔2022〕31号 (digits transposed); the notice on line %d cites it correctly" % ln("为贯彻落实《广西壮族自治区人民政府")},
 {"rule": "unknown-unit", "line": ln("（IPv6）改造"), "text": "县大数据管理服务局",
  "why": "not in units.txt: 平南's unit is 县大数据发展局 (县大数据局); 大数据管理服务局 is the 吴忠/宁夏-style name copied from a template"},
 {"rule": "garbled-text", "line": ln(G), "text": G[:6],
  "why": "UTF-8 bytes read as GBK: %s = 推进机关内部服务事项 (re-encode GBK, decode UTF-8)" % G},
]

M = []
def m(rule, sub, why, text=None, must=None):
    e = {"rule": rule, "line": ln(sub, must)}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

m("basis-mismatch", "为贯彻落实《广西壮族自治区人民政府", "correct title and 文号 of the 广西 实施意见 in the 印发通知", "桂政发〔2022〕31号")
m("basis-mismatch", "平政办发〔2023〕15号", "the notice's own 文号, not a basis citation", "平政办发〔2023〕15号")
m("basis-mismatch", "平政办发〔2018〕42号", "retrospective mention of an old county document in the background (自…印发实施以来), not a basis", "平政办发〔2018〕42号")
m("deadline-invalid", "平政办发〔2018〕42号", "2022年 and 2021年底前 are past facts in the 发展现状 background, not deadlines", "2021年底前")
m("deadline-invalid", "2023年5月26日", "the document's own issue date")
m("deadline-later-than-baseline", "到2025年，与县域治理能力现代化相适应", "主要目标 到2025年 体系框架基本形成 / 一体化政务服务模式广泛普及 / 引领作用明显增强: equal to the region's 到2025年 goals", "2025年")
m("deadline-later-than-baseline", "——2023年（夯实基础年）", "2023 goals (网上可办率95%, 智桂通60项, 外网接入100%, 清单认领) are goals the region does not set, or earlier than its 2025 (task 3 清单认领 2025年底)", "2023年底")
m("deadline-later-than-baseline", "——2024年（应用提升年）", "2024 goals are earlier than the region's: 一部手机助广西 发展格局初步形成 region 到2025年; 热线归并 task 8 2025年底; 监管数据汇聚 task 3 2025年底", "2024年底")
m("deadline-later-than-baseline", "——2025年（体系成型年）", "2025年底 体系框架基本形成 equals the region's 到2025年; 数据共享满足率, 开放数据集 are goals the region does not set", "2025年底")
m("deadline-later-than-baseline", "——远景目标。", "到2030年 体系框架更加成熟完备 is earlier than the region's 到2035年; 到2035年 基本建成 equals it", "2030年")
m("deadline-later-than-baseline", "建立完善与宏观调控决策需求相适应的县域", "task 1, 完成时限 持续开展; the draft's note says 持续开展", "持续开展")
m("deadline-later-than-baseline", "以一体化在线监管提升监管协同化水平", "task 3, 完成时限 2025年底; the draft's note says 2025年底 (equal)", "2025年底")
m("deadline-later-than-baseline", "持续优化12345政务服务便民热线", "task 8, 完成时限 2025年底; the draft's note says 2024年底 (earlier)", "2024年底")
m("deadline-later-than-baseline", "持续完善“智桂通”平南专区", "task 9, 完成时限 2025年底; the draft's note says 2025年底 (equal)", "2025年底")
m("deadline-later-than-baseline", "2023年6月底前完成县级政务数据资源目录编制", "task 34, 完成时限 持续开展; a dated milestone (2023年6月底前) plus 持续开展 is not later", "2023年6月底前")
m("deadline-invalid", "2023年6月底前完成县级政务数据资源目录编制", "2023年6月底 is in the issue year and after the issue date 2023-05-26", "2023年6月底前")
m("deadline-later-than-baseline", "推进智慧应急建设", "task 6, 完成时限 持续开展; the draft's note says 持续开展", "持续开展")
m("deadline-invalid", "（四）强化考核评估", "每年6月20日、12月20日前 are the office's own reporting dates, not task deadlines", "12月20日")
m("unknown-unit", "推进数字化网格治理能力建设", "prefix 县 distributes: 县信访局、公安局、民政局、司法局、住房城乡建设局 are all in units.txt; 县人民法院, 县人民检察院 listed; 各乡镇人民政府、街道办事处 and 各村（社区） are collectives", "住房城乡建设局")
m("unknown-unit", "推进智慧应急建设", "县…气象局 = 平南县气象局 (short name in units.txt); 县消防救援大队 listed", "气象局")
m("unknown-unit", "加强与全国一体化政务服务平台", "人社局、卫健局、残联 distribute the 县 prefix: 县人社局, 县卫健局, 县残联 are short names in units.txt", "残联")
m("unknown-unit", "持续完善“智桂通”平南专区", "县直各部门（单位） is a collective subject", "县直各部门（单位）")
m("unknown-unit", "全面推动生态环境保护数字化转型", "贵港市平南生态环境局 is 平南's (vertically managed) environment bureau, listed in units.txt", "贵港市平南生态环境局")
m("unknown-unit", "建立健全县数字政府安全工作协调机制", "县…保密局 = 县委保密办 (short name in units.txt)", "保密局")
m("unknown-unit", "全面接入自治区数字政府一体安全平台", "中国电信/移动/联通平南分公司 are listed in units.txt (operators, outside government proper)", "中国电信平南分公司")
m("unknown-unit", "推进数字化共性应用集约建设", "县档案馆 listed; 县税务局 = 国家税务总局平南县税务局 (short name in units.txt)", "县税务局")
m("unknown-unit", "推动政府履职更加协同高效", "县委编办 listed; 县行政审批局、发展改革局、大数据发展局 distribute the 县 prefix", "县委编办")
m("unknown-unit", "（二）健全推进机制", "自治区大数据发展局 and 贵港市大数据发展局 are named in body text as higher bodies to liaise with, not as responsible units of a local task", "贵港市大数据发展局")
m("unknown-unit", "（四）强化考核评估", "县数字政府建设领导小组办公室 is listed in units.txt; 各乡镇、县直各部门 are collectives", "县数字政府建设领导小组办公室")
m("garbled-text", "视察广西“4·27”重要讲话", "“4·27” (middle dot) is the name of the speech, not damaged text", "4·27")
m("garbled-text", "推进数字化共性应用集约建设", "“天地图·广西” is the platform's real name, not damaged text", "天地图·广西")

C = []
def c(task, sub):
    C.append({"task": task, "line": ln(sub)})
for task, sub in [
 (1, "建立完善与宏观调控决策需求相适应的县域"), (2, "充分运用数字技术支撑构建新型监管机制"),
 (3, "以一体化在线监管提升监管协同化水平"), (4, "推进数字化网格治理能力建设"),
 (5, "推进社会治安防控体系智能化"), (6, "推进智慧应急建设"), (7, "加强与全国一体化政务服务平台"),
 (8, "持续优化12345政务服务便民热线"), (9, "持续完善“智桂通”平南专区"), (10, "推动智慧教育服务能力提升"),
 (11, "推动智慧人社服务能力提升"), (12, "推动智慧医疗服务能力提升"), (13, "推动智慧工地监管能力提升"),
 (14, "推动智慧体育和智慧康养服务能力提升"), (15, "推动智慧体育和智慧康养服务能力提升"),
 (16, "全面推动生态环境保护数字化转型"), (17, "提高自然资源利用效率"), (18, "推动绿色低碳转型"),
 (19, "提升辅助决策能力"), (20, "提升行政执行能力"), (21, "提升行政监督水平"),
 (22, "优化政策信息数字化发布。依托"), (23, "建立健全县数字政府安全工作协调机制"),
 (24, "落实数据分类分级保护"), (25, "健全数据安全监管责任体系"), (26, "全面接入自治区数字政府一体安全平台"),
 (27, "强化安全可靠技术和产品应用"), (28, "推动政府履职更加协同高效"), (29, "落实“四改四转”"),
 (30, "依法依规推进技术应用"), (31, "贯彻执行国家和自治区数据开发利用"), (32, "积极争取自治区数字政府建设试点"),
 (33, "强化政府部门数据管理职责"), (34, "2023年6月底前完成县级政务数据资源目录编制"),
 (35, "编制县级公共数据开放目录"), (36, "依托自治区多云共治平台"), (37, "（IPv6）改造"),
 (38, "强化数据智能支撑能力"), (39, "推进数字化共性应用集约建设"), (40, "强化开放生态支撑能力"),
 (41, "主动融入中国—东盟信息港建设"), (42, "推进智慧县城建设"), (43, "配合建立健全数据要素市场规则"),
]:
    c(task, sub)

key = {
 "writer": "blind writer, round 270; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": M,
 "covers": C,
 "notes": ("平南县 (贵港市) 数字政府建设实施方案, issued 2023-05-26 by 县人民政府办公室 (平政办发〔2023〕15号), implementing 桂政发〔2022〕31号 "
           "with no parent plan. " + T + " (1 经济调节 … 3 一体化在线监管 2025年底, 8 12345热线 2025年底, 9 智桂通 2025年底, 22 政务公开 2025年底, "
           "all others 持续开展; task 23 安全管理责任 names only regional units). Goals are compared with the region's 主要目标 (到2025年 / 到2035年). "
           "The draft states that the first-listed unit of each note leads (line %d). Lines 60–61 are one task (22) split in two paragraphs; its note is on line 61. "
           "All tasks 1–43 are taken up; no task is deliberately left out. Near misses sharing a line with a planted mistake are not listed in mustNotFlag: line 9 also cites 国发〔2022〕14号 correctly; line 29 到2025年底 (七方面履职能力) equals the region; line 30 2023年底前/2024年底前 are earlier than task 3." % ln("（二）健全推进机制")),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(C), "covers")
for e in expect: print(e["rule"], e["line"], e["text"])
