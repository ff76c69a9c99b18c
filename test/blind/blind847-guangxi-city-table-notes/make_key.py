#!/usr/bin/python3
# Builds key.json from draft.txt: every line number is found by searching the
# final draft for an anchor string, and every `text` is checked to be on its line.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(anchor):
    hits = [i + 1 for i, l in enumerate(LINES) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def row(n):
    """line of task-table row with 序号 n"""
    hits = [i + 1 for i, l in enumerate(LINES) if l.count("\t") == 6 and l.split("\t")[1] == str(n)]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def E(rule, line, text=None, why="", **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        assert line == 0 or text in LINES[line - 1], (rule, line, text)
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d


GX = "guangxi-2022 (桂政发〔2022〕31号); tasks numbered 1-43 in order of the inline (責任單位…完成時限…) notes"

expect = [
    E("basis-mismatch", ln("国发〔2022〕14号"), "桂政办发〔2022〕31号",
      "the 广西 实施意见《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (a 政府 document, not a 政府办公厅 one); 桂政办发 is a slip"),
    E("deadline-later-than-baseline", row(12), "2026年6月底",
      "12345热线 row (归并、与110/119/120/122联动、数据分析) = regional task 8 (持续优化12345政务服务便民热线平臺…), 完成時限 2025年底; the city's row completes in 2026年6月底, later. The remark's 2023年12月底 is only the first batch"),
    E("deadline-invalid", row(41), "2022年12月底",
      "deadline before the plan's own year (issued 2023年7月20日); regional task 33 (創新數據管理機制) is 持續開展 and the draft's own goal (line %d) says the catalogue is done 到2023年底, so 2022 is a typo" % ln("到2023年底")),
    E("unknown-unit", row(19), "市工信委",
      "not in units.txt: 市工信委 is the pre-2019 name; the registry has 市工业和信息化局 (= 市工信局) only"),
    E("unknown-unit", row(46), "自治区大数据发展局",
      "a regional body named as the 牵头单位 of a local task (regional task 38 智能算法庫/模型庫, copied from the regional text); the city lead should be 市大数据发展局"),
    E("garbled-text", ln("鏁板瓧鏀垮簻"), "鏁板瓧鏀垮簻涓讳綋",
      "UTF-8 bytes read as GBK: 鏁板瓧鏀垮簻涓讳綋璐ｄ换 = 数字政府主体责任 (切实履行数字政府主体责任)"),
]

mnf = []
def M(rule, line, why, text=None):
    mnf.append(E(rule, line, text, why))

# ---- basis ----
M("basis-mismatch", ln("崇政办发〔2023〕27号"), "the notice's own 文号, not a basis citation", "崇政办发〔2023〕27号")
M("basis-mismatch", ln("国发〔2022〕14号"), "national 指导意见 cited with its correct title and 文号", "国发〔2022〕14号")
M("basis-mismatch", ln("自2019年印发"), "retrospective mention of the city's own 2019 工作方案 in the background section, not a basis citation", "《崇左市数字政府建设工作方案》")
M("basis-mismatch", ln("现将《崇左市加强数字政府建设实施方案》"), "the plan's own title in the covering notice", "《崇左市加强数字政府建设实施方案》")

# ---- deadlines: later than baseline ----
M("deadline-later-than-baseline", ln("到2025年，与政府治理能力"), "主要目标 到2025年 体系框架基本形成 / 一体化监管广泛普及 / 智桂通格局初步形成 = the region's 到2025年 goals (equal)", "到2025年")
M("deadline-later-than-baseline", ln("到2035年，全市"), "到2035年 基本建成 = the region's 到2035年 goal (equal)", "到2035年")
M("deadline-later-than-baseline", ln("到2023年底，全市"), "local 2023 goal, earlier than anything in the region", "到2023年底")
M("deadline-later-than-baseline", row(4), "regional task 3 (一體化在線監管) 完成時限 2025年底; row 2025年底 is equal; the remark's 2023年9月 is the region's own system upgrade, not the row's deadline", "2025年底")
M("deadline-later-than-baseline", row(5), "regional task 3 (新型監管手段/一體化在線監管) 2025年底; row 2024年底 is earlier; remark date 2023年10月 is the pilot's start", "2024年底")
M("deadline-later-than-baseline", row(13), "regional task 9 (智桂通) 完成時限 2025年底; row 2024年底 is earlier", "2024年底")
M("deadline-later-than-baseline", row(26), "regional task 22 (政務公開) 完成時限 2025年底; row 2025年6月底 is earlier; the remark's 2026年6月 is the end of a platform O&M service contract, not a deadline", "2026年6月")
M("deadline-later-than-baseline", row(27), "regional task 22 完成時限 2025年底; 2025年12月 is the same month (equal)", "2025年12月")
M("deadline-later-than-baseline", row(18), "remark date 2026年 is an event the platform serves (市运动会), not the row's deadline; the row is 持续推进 and regional task 14 (智慧體育) is 持續開展", "2026年")
M("deadline-later-than-baseline", row(7), "regional task 4 (網格治理/智慧社區) is 持續開展, so a dated local milestone is not later; remark is the pilot's period", "2025年底建成")
M("deadline-later-than-baseline", row(23), "regional task 19 (數字政府大腦) is 持續開展; 2023年启动，2025年底建成 is not later", "2025年底建成")
M("deadline-later-than-baseline", row(38), "regional task 32 (試點示範) is 持續開展; remark 2023年8月启动 is the pilots' start", "2025年底总结推广")
M("deadline-later-than-baseline", row(16), "regional task 12 (智慧醫療) is 持續開展; 2025年底 is not later", "2025年底")
M("deadline-later-than-baseline", row(48), "regional task 39 (共性應用, 天地圖·廣西/北斗) is 持續開展; 2025年底 is not later", "2025年底")
M("deadline-later-than-baseline", row(44), "remark 2023年12月 is when the current cloud contract ends; regional task 36 (政務雲) is 持續開展", "2023年12月")

# ---- deadlines: invalid ----
M("deadline-invalid", row(10), "remark records work already done in 2022年11月 (before the plan); not a deadline", "2022年11月")
M("deadline-invalid", row(24), "remark records the 市本级 deployment done in 2022年12月; the row's deadline is 2023年底", "2022年12月")
M("deadline-invalid", ln("自2019年印发"), "past dates in the background section (2019年, 2022年)", "2019年")
M("deadline-invalid", row(55), "2023年7月 is in the plan's own year (issued 2023年7月20日), remark 已完成; not before the issue year", "2023年7月")
M("deadline-invalid", ln("2023年8月底前"), "the office's own reporting dates (2023年8月底前, 每年6月底、12月底前)", "2023年8月底前")
M("deadline-invalid", row(12), "remark 第一批2023年12月底前 is a valid intermediate milestone", "2023年12月底")
M("deadline-invalid", row(53), "remark: pilot place and start date (龙州县，2023年11月启动)", "2023年11月")
M("deadline-invalid", row(34), "remark: budget cycle 2024年, not a deadline", "2024年")
M("deadline-invalid", row(57), "remark: 2024年起 is a start year for assessment", "2024年起")

# ---- units ----
M("unknown-unit", row(1), "a prefix distributes: 市统计局、财政局、大数据发展局 = 市统计局, 市财政局, 市大数据发展局", "财政局")
M("unknown-unit", row(2), "市发改委 is a registered short name of 市发展改革委", "市发改委")
M("unknown-unit", row(10), "市大数据局 is a registered short name of 市大数据发展局", "市大数据局")
M("unknown-unit", row(11), "市人社局 / 市卫健委 are registered short names; 各乡镇人民政府 is a collective", "市人社局")
M("unknown-unit", row(5), "崇左片区管委会 is the registered short name of 中国（广西）自由贸易试验区崇左片区管理委员会; 凭祥市人民政府 is registered", "崇左片区管委会")
M("unknown-unit", row(6), "市中级法院 / 市检察院 are registered short names", "市中级法院")
M("unknown-unit", row(9), "市气象局 / 市消防救援支队 are registered short names", "市消防救援支队")
M("unknown-unit", row(47), "市税务局 is a registered short name of 国家税务总局崇左市税务局", "市税务局")
M("unknown-unit", row(3), "市直有关部门 is a collective subject", "市直有关部门")
M("unknown-unit", row(4), "各县（市、区）人民政府 is a collective subject", "各县（市、区）人民政府")
M("unknown-unit", row(20), "a regional body in the 备注 (需…支持), not a responsible unit of the row", "自治区生态环境厅")
M("unknown-unit", row(31), "a regional body in the 备注 (需…支持), not the row's lead (市大数据发展局)", "自治区大数据发展局")
M("unknown-unit", row(45), "a contractor named in the 备注 (由…承建), not a responsible unit", "中国电信崇左分公司")
M("unknown-unit", row(7), "a pilot's place in the 备注, not a unit", "江州区太平街道")
M("unknown-unit", row(38), "county-level governments listed in units.txt; 备注 names pilot places", "扶绥县人民政府")
M("unknown-unit", ln("数字崇左建设领导小组"), "the city's leading group named in prose (its office sits in 市大数据发展局), not a task's responsible unit", "数字崇左建设领导小组")
M("unknown-unit", ln("2023年8月底前"), "自治区大数据发展局 is named as the recipient of reports, not as a lead", "自治区大数据发展局")
M("unknown-unit", ln("积极争取自治区大数据发展局"), "regional body named as a source of support in prose, not a lead", "自治区大数据发展局")
M("unknown-unit", row(56), "市委党校 is registered (= 市行政学院)", "市委党校")
M("unknown-unit", row(28), "市委保密办 is registered", "市委保密办")

# ---- garbled ----
M("garbled-text", row(48), "“天地图·广西” uses a genuine middle dot", "天地图·广西")
M("garbled-text", row(50), "中国—东盟 uses a genuine em dash", "中国—东盟")
M("garbled-text", row(7), "2023年9月—2024年6月 is a real date range", "2023年9月—2024年6月")

# ---- pillars ----
M("missing-pillar", 0, "数字生态 is taken up in 二（六）3 and table row 54", None)
M("missing-pillar", 0, "党的领导 (组织领导、推进机制、数字素养、考核评估) is in 三、保障措施 and table rows 55-57", None)
mnf[-2]["pillar"] = "数字生态"
mnf[-1]["pillar"] = "党的领导"

covers_rows = {
    1: 1, 2: 3, 3: 4, 4: 6, 5: 8, 6: 9, 7: 10, 8: 12, 9: 13, 10: 14, 11: 15,
    12: 16, 13: 17, 14: 18, 15: 19, 16: 20, 17: 21, 18: 22, 19: 23, 20: 24,
    21: 25, 22: 26, 23: 28, 24: 29, 25: 30, 26: 31, 27: 32, 28: 33, 29: 34,
    30: 36, 31: 37, 32: 38, 33: 40, 34: 42, 35: 43, 36: 44, 37: 45, 38: 46,
    39: 47, 40: 49, 41: 50, 42: 52, 43: 54,
}
covers = [{"task": t, "line": row(r)} for t, r in sorted(covers_rows.items())]

key = {
    "writer": "blind writer, round 847; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("崇左市 2023 实施方案 (issued by 市政府办公室 2023-07-20) with a 57-row task table whose 备注 column carries "
              "已完成 / 持续推进 / 与自治区同步 / 需自治区支持 / pilot place and date, plus dates and bodies that are not the row's. "
              "Regional task numbers count the 43 inline (責任單位…完成時限…) notes of the 广西 实施意见 in order; only tasks 3, 8, 9 and 22 "
              "carry 2025年底, all others 持續開展. Task 23 is the only one without 各市人民政府. No task is deliberately left out. "
              "make_draft.py writes draft.txt; make_key.py writes this key and checks every line number against draft.txt."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers")
