#!/usr/bin/python3
# Writes key.json for blind round 968; every line number is looked up in the final draft.txt.
import json, os

here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()


def ln(anchor, text=None):
    """1-based line of the only line containing anchor (and text, if given)."""
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l and (text is None or text in l)]
    assert len(hits) == 1, (anchor, text, hits)
    return hits[0]


def row(n):
    """line of task-table row n (first cell == n)."""
    hits = [i + 1 for i, l in enumerate(lines) if l.split("\t")[0] == str(n) and "\t" in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]


GARBLED = "数据共享交换平台".encode("utf-8").decode("gbk")

expect = [
    {"rule": "basis-mismatch", "line": ln("桂政发〔2022〕13号"), "text": "桂政发〔2022〕13号",
     "why": "the 广西 实施意见 (关于加强数字政府建设的实施意见, 2022-11-30) is 桂政发〔2022〕31号; 13号 is a transposed number"},
    {"rule": "deadline-later-than-baseline", "line": row(9), "text": "2026年6月底",
     "why": "12345 hotline merger and linkage with 110/119/120 = regional task 8 (seed line 63, 持续优化12345政务服务便民热线平台…), 完成时限 2025年底; the county row is half a year later"},
    {"rule": "deadline-invalid", "line": row(33), "text": "2022年底",
     "why": "deadline before the year the plan is issued (2023-07-18); regional task 37 (提升网络平台支撑能力, 電子政務外網/IPv6) is 持续开展, so nothing justifies a 2022 date (left over from an older plan)"},
    {"rule": "unknown-unit", "line": row(29), "text": "县数据资源管理局",
     "why": "no such unit in units.txt (巴马's data body is 县大数据发展局 / 县大数据局); name copied from another province's template"},
    {"rule": "garbled-text", "line": ln(GARBLED), "text": GARBLED[:6],
     "why": "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 数据共享交换平台"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "the region's 七(三) 营造良好数字生态 (数据要素市场规则, 数据产权交易, 数据交易场所…) is not taken up anywhere; section 七 has only 数字经济 and 数字社会, and 指导思想/主要目标 name only 数字经济、数字社会"},
    {"rule": "task-uncovered", "line": 0, "task": 43,
     "why": "deliberately left out with the 数字生态 pillar (regional task 43, seed line 187, 各市人民政府 among the units, 持续开展)"},
]

mnf = [
    {"rule": "basis-mismatch", "line": 1, "text": "巴政发〔2023〕15号", "why": "the document's own 文号, not a cited basis document"},
    {"rule": "basis-mismatch", "line": 4, "text": "《巴马瑶族自治县加强数字政府建设实施方案》", "why": "the plan's own title in the covering notice"},
    {"rule": "basis-mismatch", "line": ln("国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct national 指导意见 title and 文号"},
    {"rule": "basis-mismatch", "line": ln("《河池市加强数字政府建设实施方案》"), "text": "《河池市加强数字政府建设实施方案》",
     "why": "the city's plan cited by title only (a city plan may have no 文号); no parent plan is given for this case, so nothing to contradict"},
    {"rule": "basis-mismatch", "line": ln("《广西数字政府建设三年行动计划（2018—2020年）》"), "text": "《广西数字政府建设三年行动计划（2018—2020年）》",
     "why": "retrospective mention in 发展基础 (“十三五”以来…认真落实), not a basis of this plan"},
    {"rule": "basis-mismatch", "line": ln("《“数字巴马”建设三年行动计划（2018—2020年）》"), "text": "《“数字巴马”建设三年行动计划（2018—2020年）》",
     "why": "the county's own old plan, mentioned retrospectively in 发展基础"},
    {"rule": "deadline-invalid", "line": ln("2022年，全县依申请政务服务事项"), "text": "2022年",
     "why": "past achievement in the background section, not a deadline"},
    {"rule": "deadline-invalid", "line": 6, "text": "2023年7月18日", "why": "the document's own issue date"},
    {"rule": "deadline-invalid", "line": ln("“4·27”"), "text": "4·27", "why": "name of a 2017 speech (“4·27”重要讲话), not a date or deadline"},
    {"rule": "deadline-invalid", "line": ln("到2023年底，全县数字政府建设工作机制"), "text": "到2023年底",
     "why": "interim local goal in the issue year itself, after the issue date; not before the year of issue"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2025年，与我县治理能力现代化"), "text": "到2025年",
     "why": "equal to the regional 主要目标 (到2025年…数字政府体系框架基本形成)"},
    {"rule": "deadline-later-than-baseline", "line": ln("到2035年，整体协同"), "text": "到2035年",
     "why": "equal to the regional 2035 goal (到2035年…广西数字政府基本建成)"},
    {"rule": "deadline-later-than-baseline", "line": ln("2025年底前实现监管事项全覆盖"), "text": "2025年底前",
     "why": "inline deadline for 监管事项清单认领 = regional task 3 (一体化在线监管, seed line 49), 完成时限 2025年底: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(3), "text": "2025年底",
     "why": "regional task 3 (以一体化在线监管提升监管协同化水平), 完成时限 2025年底: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(10), "text": "2024年底",
     "why": "“智桂通” = regional task 9 (seed line 65), 完成时限 2025年底: the county is a year earlier"},
    {"rule": "deadline-later-than-baseline", "line": row(21), "text": "2023年启动，2025年12月底前建成",
     "why": "政策文件库/政府网站/政务新媒体 = regional task 22 (seed line 97), 完成时限 2025年底: the completing milestone 2025年12月底 is equal"},
    {"rule": "deadline-later-than-baseline", "line": row(32), "text": "2024年6月底",
     "why": "政务云 migration = regional task 36 (强化政务云平台支撑能力), 完成时限 持续开展: an ongoing task has no milestone to exceed; a dated local milestone is stricter"},
    {"rule": "deadline-later-than-baseline", "line": row(29), "text": "2023年底",
     "why": "数据资源普查/目录 = regional task 33 (创新数据管理机制), 完成时限 持续开展: a dated local milestone in the issue year; also not before the year of issue"},
    {"rule": "deadline-invalid", "line": ln("2023年9月底前制定本单位具体工作措施"), "text": "2023年9月底前",
     "why": "the office's own date for 工作措施, after the issue date, in the issue year; not a task deadline"},
    {"rule": "deadline-later-than-baseline", "line": ln("每年12月10日前将年度工作进展"), "text": "每年12月10日前",
     "why": "the office's own annual reporting date, not a task deadline"},
    {"rule": "deadline-later-than-baseline", "line": ln("注：牵头单位有多个的"), "text": "每年12月10日前",
     "why": "reporting date in the table note, not a task deadline"},
    {"rule": "deadline-invalid", "line": row(9), "text": "12345",
     "why": "hotline number (and 110、119、120), not a year; the planted error on this row is the late 2026年6月底 only"},
    {"rule": "unknown-unit", "line": 3, "text": "驻县各单位", "why": "collective addressees (各乡镇人民政府，县直各部门（单位），驻县各单位)"},
    {"rule": "unknown-unit", "line": ln("（一）加强组织领导。"), "text": "县直各部门（单位）",
     "why": "collective subjects 各乡镇人民政府、县直各部门（单位）; 县人民政府 and 县委 are in units.txt"},
    {"rule": "unknown-unit", "line": row(2), "text": "县直有关部门", "why": "collective subject"},
    {"rule": "unknown-unit", "line": row(4), "text": "公安局、民政局、司法局",
     "why": "the 县 prefix of 县信访局 distributes: 县公安局、县民政局、县司法局 are in units.txt; 县人民法院、县人民检察院 are listed; 各乡镇人民政府 is a collective"},
    {"rule": "unknown-unit", "line": row(6), "text": "水利局、气象局",
     "why": "prefix distribution from 县自然资源局: 县水利局, 县气象局 (short name of 巴马瑶族自治县气象局); 县消防救援大队 is a listed short name"},
    {"rule": "unknown-unit", "line": row(3), "text": "县发改局", "why": "listed short name of 县发展和改革局"},
    {"rule": "unknown-unit", "line": row(1), "text": "县发展改革局", "why": "listed short name of 县发展和改革局; 县大数据局 is the listed short name of 县大数据发展局"},
    {"rule": "unknown-unit", "line": row(15), "text": "河池市巴马生态环境局",
     "why": "the county's ecology bureau is a branch of the city bureau and carries its name; it is in units.txt and is not a regional body"},
    {"rule": "unknown-unit", "line": row(33), "text": "中国电信巴马分公司、中国移动巴马分公司、中国联通巴马分公司",
     "why": "units outside the government proper, listed in units.txt"},
    {"rule": "unknown-unit", "line": row(8), "text": "县残联", "why": "listed short name of 县残疾人联合会"},
    {"rule": "unknown-unit", "line": row(22), "text": "县委保密办", "why": "in units.txt (with 县委网信办)"},
    {"rule": "unknown-unit", "line": ln("县大数据局会同县发展改革局、县财政局审核"), "text": "县大数据局会同县发展改革局、县财政局",
     "why": "listed short names used in body text"},
    {"rule": "unknown-unit", "line": ln("广西干部网络学院"), "text": "广西干部网络学院",
     "why": "a training platform the county uses, not a responsible unit (县委党校 is in units.txt)"},
    {"rule": "unknown-unit", "line": row(13), "text": "县卫健局、县医保局",
     "why": "two leads; the table note says the first-listed is the main lead; both are listed short names"},
    {"rule": "garbled-text", "line": ln("“天地图·广西”"), "text": "天地图·广西", "why": "official platform name with a middle dot, not damage"},
    {"rule": "garbled-text", "line": row(33), "text": "IPv6", "why": "Latin term in a Chinese sentence, not damage"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "taken up at 二（七） (政府网站集约化平台, 政策文件库, 政务新媒体) and row 21 of the table"},
    {"rule": "missing-pillar", "line": 0, "pillar": "党的领导",
     "why": "section 八 takes up 组织领导, 推进机制, 数字素养, 考核评估 (plus 资金保障, 宣传引导)"},
]

covers = [
    (1, ln("依托自治区经济运行大数据平台和国家规划综合管理信息平台")),
    (2, ln("推动监管精准化。")),
    (3, ln("促进监管协同化。")),
    (4, ln("提高基层社会治理精准化水平。")),
    (5, ln("推进社会治安防控体系智能化。")),
    (6, ln("推进智慧应急建设。")),
    (7, ln("打造泛在可及的服务体系。")),
    (8, ln("提升12345热线服务能力。")),
    (9, ln("推广“智桂通”巴马专区。")),
    (10, ln("推动智慧教育服务能力提升。")),
    (11, ln("推动智慧人社服务能力提升。")),
    (12, ln("推动智慧医疗服务能力提升。")),
    (15, ln("推动智慧康养服务能力提升。")),
    (16, ln("提升生态环保协同治理能力。")),
    (17, ln("提高自然资源利用效率。")),
    (18, ln("推动绿色低碳转型。")),
    (19, ln("提升辅助决策能力。")),
    (20, ln("提升行政执行能力。")),
    (21, ln("提升行政监督水平。")),
    (22, ln("依托全区政府网站集约化平台")),
    (23, ln("（一）强化安全管理责任。")),
    (24, ln("（二）落实安全制度要求。")),
    (25, ln("（三）加强数据安全监管。")),
    (26, ln("（四）提升安全保障能力。")),
    (27, ln("（五）提高自主可控水平。")),
    (28, ln("（一）以数字化改革助力政府职能转变。")),
    (29, ln("（二）创新数字政府建设管理机制。")),
    (30, ln("（三）完善法规制度。")),
    (31, ln("（四）健全标准规范。")),
    (32, ln("（五）开展试点示范。")),
    (33, ln("（一）创新数据管理机制。")),
    (34, row(30)),
    (35, ln("（三）促进数据有序开发利用。")),
    (36, ln("（一）强化政务云平台支撑能力。")),
    (37, ln("（二）提升网络平台支撑能力。")),
    (38, ln("（四）强化数据智能支撑能力。")),
    (39, ln("（三）加强重点共性应用支撑能力。")),
    (41, ln("（一）驱动数字经济发展。")),
    (42, ln("（二）引领数字社会建设。")),
]

key = {
    "writer": "blind writer, round 968; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-08",
    "draft": "draft.txt",
    "also": [],
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": (
        "Task numbers are the regional 广西 tasks counted as the 43 inline (責任單位:…。完成時限:…) notes of the seed, "
        "in order (1 = 经济调节 at seed line 43 … 43 = 营造良好数字生态 at seed line 187). Only tasks 3, 8, 9 and 22 carry "
        "2025年底; all others are 持续开展; task 23 names no 各市人民政府. The annexed task table uses plain headers "
        "序号|任务|牵头|配合|时间 (tab-separated, lines 86–123); the table note says the first-listed 牵头 unit leads. "
        "Besides task 43 (left out with the 数字生态 pillar), tasks 13 (智慧工地), 14 (智慧体育) and 40 (开放生态支撑平台) "
        "are not taken up either; they are not planted and are not listed in expect. "
        "Draft is generated by make_draft.py; this key by make_key.py."
    ),
}

with open(os.path.join(here, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
