#!/usr/bin/env python3
"""Builds key.json for blind878 from draft.txt: every line number is found by a
unique anchor string and every `text` is checked to occur on that line."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()


def ln(anchor):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def m(n):
    """line of numbered measure n (e.g. '18.推进…')"""
    hits = [i + 1 for i, l in enumerate(lines) if re.match(r"^%d\.[^0-9]" % n, l) and "完成时限" in l]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def entry(rule, line, text=None, why="", **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        if line:
            assert text in lines[line - 1], (rule, line, text)
        e["text"] = text
    e.update(kw)
    e["why"] = why
    return e


G = "鎺ㄥ姩绉诲姩鍔炲叕"
expect = [
    entry("basis-mismatch", ln("（宁政办发〔2023〕17号）"), "宁政办发〔2023〕17号",
          "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (gazette 2023年第10期); "
          "宁政办发〔2023〕17号 is a different (办公厅) number that does not belong to this title — the slip inserts 办"),
    entry("deadline-later-than-baseline", m(18), "2025年6月底前",
          "measure 18 = task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，在安全可控的前提下按需向企事业单位拓展; "
          "各市、县（区）具体负责), 完成时限 2024年; the draft's own 主要目标 (line 18) also promises 三级外网全覆盖 by 2024年底"),
    entry("deadline-invalid", m(33), "2024年6月31日",
          "June has 30 days: 6月31日 is an impossible date (measure 33 = task 93, 完成时限 2024年, so the month itself is not late)"),
    entry("unknown-unit", ln("区工业和信息化局："), "区工业和信息化局",
          "not in units.txt: the district body is 区工业信息化和商务局 (line %d); the name is copied from the city pattern 市工业和信息化局. "
          "It is named as the lead of measures 2 and 3" % ln("区工业信息化和商务局：")),
    entry("garbled-text", m(38), G,
          "UTF-8 bytes read as GBK: re-encoding 鎺ㄥ姩绉诲姩鍔炲叕銆佹墽娉曠瓑搴旂敤鎺ュ叆 as GBK and decoding as UTF-8 gives 推动移动办公、执法等应用接入"),
    entry("missing-pillar", 0, None,
          "no 经济调节 content anywhere: section 二 has （四）市场监管 …（九）政务公开 but nothing on 经济运行监测、经济数据汇聚、规划管理平台 or "
          "财政/税收/金融/国资 digitalisation; the 七个能力 are taken up only six of seven",
          pillar="经济调节"),
    entry("task-uncovered", 0, None,
          "consequence of the missing 经济调节 pillar: task 66 (宁夏经济运行大数据平台, 各市、县（区）配合) is not taken up", task=66),
    entry("task-uncovered", 0, None,
          "consequence of the missing 经济调节 pillar: task 67 (规划综合管理信息平台, 各市、县（区）配合) is not taken up", task=67),
]
# put pillar/task keys in a stable order
for e in expect:
    if "pillar" in e or "task" in e:
        why = e.pop("why"); e["why"] = why

DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
GT = "garbled-text"
MP = "missing-pillar"

mnf = [
    # --- deadlines: equal to the region ---
    entry(DL, m(1), "持续推进，2025年取得明显成效", "measure 1 = task 1 (算力枢纽/西部数谷, 银川市、中卫市配合), 完成时限 持续推进，2025 年取得明显成效 — identical"),
    entry(DL, m(2), "2024年12月底前", "measure 2 = task 2 (产业云/产业数字化), 完成时限 2023 年启动，2024 年取得明显成效 — equal year"),
    entry(DL, m(3), "2025年取得明显成效", "measure 3 = task 3 (智慧园区), 完成时限 持续推进，2025 年取得明显成效 — the completing milestone 2025 is equal; the 2024 一期 milestone is earlier"),
    entry(DL, m(7), "2025年", "measure 7 = task 12 (数据要素市场/数据交易平台, 各市、县（区）配合), 完成时限 2025年 — equal"),
    entry(DL, m(8), "持续推进，2025年取得明显成效", "measure 8 = task 9 (智慧城市/一网统管, 各地级市牵头, 各县（市、区）配合), 完成时限 持续推进，2025年取得明显成效 — identical"),
    entry(DL, m(10), "2024年12月底前", "measure 10 = tasks 19 (2023年启动，2024年建成), 43 (2024 年建成，持续推进) and 46 (2024 年) — equal year"),
    entry(DL, m(15), "2024年12月底前", "measure 15 = tasks 40 and 54 (电子公文/电子文件归档, 各市、县（区）具体负责), 完成时限 2024年 — equal"),
    entry(DL, m(17), "2024年底前", "measure 17 = task 42 (供水供电供气等公共数据与政务数据融合), 完成时限 2024年 — equal"),
    entry(DL, m(24), "2024年12月底前", "measure 24 = task 71 (全链条数字化追溯监管), 完成时限 2024年 — equal"),
    entry(DL, m(26), "2024年12月底前", "measure 26 = task 77 (矛盾纠纷多元化解信息系统), 完成时限 2024年 — equal"),
    entry(DL, m(28), "2024年12月底前", "measure 28 = task 80 (智慧应急), 完成时限 2024年 — equal"),
    entry(DL, m(30), "2024年12月底前", "measure 30 = task 84 (一网通办, 网上办掌上办就近办一次办), 完成时限 2024年 — equal"),
    entry(DL, m(32), "2024年12月底前", "measure 32 = tasks 88 (证照分离) and 89 (涉企服务), 完成时限 2024年 — equal"),
    entry(DL, m(34), "2024年12月底前", "measure 34 = task 90 (公共场馆数字化, 接入我的宁夏), 完成时限 2024年 — equal"),
    entry(DL, m(35), "2024年12月底前", "measure 35 = task 94 (生态环境数据资源中心), 完成时限 2024年 — equal (task 95 is 2025年)"),
    entry(DL, m(42), "2024年12月31日前", "measure 42 = tasks 112 (政务公开信息化平台) and 114 (政务新媒体矩阵), 完成时限 2024年 — 12月31日 is still 2024"),
    # --- deadlines: earlier than the region ---
    entry(DL, m(4), "2024年11月底前", "measure 4 = task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效 — earlier"),
    entry(DL, m(5), "2024年12月底前", "measure 5 = tasks 6 (公共事业服务数字化) and 8 (互联网+医疗健康), 完成时限 持续推进，2025年取得明显成效 — earlier"),
    entry(DL, m(6), "2024年9月底前", "measure 6 = task 7 (国家智慧教育平台), 完成时限 2023年形成试点经验，2025年取得明显成效 — the completing milestone 2025 is later than the district's; the measure is the roll-out, not the 2023 pilot experience"),
    entry(DL, m(14), "2025年6月底前", "measure 14 = task 29 (按《全国一体化政务大数据体系建设指南》打造自治区统一的政务数据平台), 完成时限 2023年启动，2025年完成 — 2025年6月 is within the completing year, not later (same text as the planted line %d, different task)" % m(18)),
    entry(DL, m(19), "2024年12月底前", "measure 19 = task 49 (视频一张网), 完成时限 2025年 — earlier"),
    entry(DL, m(20), "2024年12月底前", "measure 20 = task 52 (电子证照社会化高频场景应用), 完成时限 2025年 — earlier"),
    entry(DL, m(22), "2024年4月底前", "measure 22 = task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责), 完成时限 2025年 — earlier"),
    entry(DL, m(29), "2024年12月底前", "measure 29 = task 83 (互联网+基层治理), 完成时限 2025年 — earlier"),
    entry(DL, m(36), "2024年12月底前", "measure 36 = task 96 (互联网+城乡供水), 完成时限 2025年 — earlier"),
    entry(DL, m(39), "2024年12月底前", "measure 39 = task 106 (填表报数系统, 压减50%以上), 完成时限 2025年 — earlier"),
    entry(DL, m(40), "2024年10月底前", "measure 40 = task 107 (视频会议平台), 完成时限 2025年 — earlier"),
    entry(DL, m(41), "2024年12月底前", "measure 41 = task 111 (机关事务管理统一门户/办公用房数据), 完成时限 2025年 — earlier"),
    entry(DL, m(12), "2024年9月底前", "measure 12 = task 23 (数字资源管理系统/一本账), 完成时限 2024年 — earlier"),
    entry(DL, m(27), "2024年10月底前", "measure 27 = task 79 (雪亮工程), 完成时限 2024年 — earlier"),
    entry(DL, m(31), "2024年9月底前", "measure 31 = task 86 (我的宁夏 应上尽上), 完成时限 2024年 — earlier"),
    entry(DL, m(38), "2024年8月底前", "measure 38 = tasks 104 (协同办公平台) and 105 (宁政通), 完成时限 2024年 — earlier"),
    # --- deadlines: ongoing only ---
    entry(DL, m(9), "长期坚持", "measure 9 = task 18 (安全技术保障体系, 常态化安全防护和应急演练), 完成时限 2023年形成机制，长期坚持 — the district only sets the ongoing part (annual drills); it states no later milestone"),
    # --- goals ---
    entry(DL, ln("到2025年，自治区数字政府建设"), "到2025年", "主要目标: the region's own goal is 到2025年…“34567”体系框架全面成型 — equal"),
    entry(DL, ln("到2024年底，区、乡、村三级"), "到2024年底", "主要目标 for 2024: 外网全覆盖 (task 48, 2024), 信创云迁移 (tasks 19/43, 2024), 填表减负 (task 106, 2025) — none later; it is not the region's 2023年底 goal list (that concerns 自治区本级 and 2023 starts)"),
    # --- dates that are not task deadlines ---
    entry(DI, ln("2020年以来，我区按照"), "2020年以来", "background (工作基础): a past date describing earlier work, not a deadline"),
    entry(DI, ln("2023年，我区主动服务"), "截至2023年底", "background (工作基础): 2023年 and 截至2023年底 report past results, not deadlines before the plan year"),
    entry(DI, ln("2024年3月8日"), "2024年3月8日", "the notice's own issue date"),
    entry(DL, ln("每季度末月25日前"), "2025年1月10日前", "the office's own reporting dates (quarterly progress, annual summary due 2025年1月10日), not a task deadline; nearest task 121 is 长期坚持"),
    # --- basis ---
    entry(BM, ln("（国发〔2022〕14号）"), "国发〔2022〕14号", "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）"),
    entry(BM, ln("（宁政办发〔2023〕11号）"), "宁政办发〔2023〕11号", "correct: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited the same way in the 吴忠 plan"),
    entry(BM, ln("中卫市人民政府《关于加强数字政府建设的实施方案》"), "中卫市人民政府《关于加强数字政府建设的实施方案》", "the city's plan cited by title alone (no 文号), as county plans do; not a wrong title"),
    entry(BM, ln("宁政办发〔2020〕14号"), "宁政办发〔2020〕14号", "retrospective mention in 工作基础 (2020年以来…按照…部署): the old 工作要点 is not cited as a basis; its title and 文号 match"),
    # --- units ---
    entry(UU, ln("区政府办：牵头"), "区政府办", "short name of 中卫市沙坡头区人民政府办公室 in units.txt"),
    entry(UU, ln("区教育局、卫生健康局、民政局"), "卫生健康局", "the 区 prefix distributes: 区卫生健康局 and 区民政局 are in units.txt"),
    entry(UU, ln("区公安分局："), "区公安分局", "short name of 中卫市公安局沙坡头区分局 in units.txt"),
    entry(UU, ln("区市场监管分局："), "区市场监管分局", "short name of 中卫市市场监督管理局沙坡头区分局 in units.txt"),
    entry(UU, ln("中卫市自然资源局沙坡头区分局："), "中卫市自然资源局沙坡头区分局", "canonical name in units.txt (a city bureau's district branch is a district unit)"),
    entry(UU, ln("区供销社："), "区供销社", "short name of 区供销合作社联合社 in units.txt"),
    entry(UU, ln("区残联："), "区残联", "short name of 区残疾人联合会 in units.txt"),
    entry(UU, ln("常乐镇、迎水桥镇人民政府"), "常乐镇", "两镇 share the suffix 人民政府; 常乐镇 is also a listed short name of 常乐镇人民政府"),
    entry(UU, ln("各乡镇人民政府：牵头"), "各乡镇人民政府", "collective subject"),
    entry(UU, ln("区直各部门（单位）：按照职责"), "区直各部门（单位）", "collective subject"),
    entry(UU, m(23), "各村（社区）", "collective subject"),
    entry(UU, m(11), "自治区政府办公厅", "a regional body mentioned as the source of the requirement (按照…统一部署), not named as lead of a district task; responsibilities are in section 四"),
    entry(UU, ln("区大数据服务中心：牵头"), "区大数据服务中心", "in units.txt; its line uses ranges 12—14 and 16—18 (measures 12,13,14,16,17,18)"),
    # --- garbled-text near misses ---
    entry(GT, m(2), "硒砂瓜", "real local produce (硒 is a rare but correct character), not mojibake"),
    entry(GT, m(35), "腾格里沙漠南缘", "place names, not mojibake"),
    # --- pillars present ---
    entry(MP, 0, None, "数字生态 is taken up: heading line %d, measure 7 (数据要素市场、数据交易平台、网络综合治理)" % ln("（一）着眼“三个驱动”"), pillar="数字生态"),
    entry(MP, 0, None, "五个一/六级贯通 (work system) is taken up: section 二（三）, measures 22–23", pillar="六级贯通"),
    entry(MP, 0, None, "财政投入 is taken up in 保障措施（二）强化资金保障 (line %d)" % ln("统筹利用现有资金渠道"), pillar="财政投入"),
    entry(MP, 0, None, "安全保障 is taken up: measure 9 (等级保护、密码应用、应急演练) and measure 10 (信创)", pillar="安全保障"),
]
for e in mnf:
    if "pillar" in e:
        why = e.pop("why"); e["why"] = why

covers_pairs = [
    (1, m(1)), (2, m(2)), (3, m(3)), (10, m(4)), (6, m(5)), (8, m(5)), (7, m(6)), (12, m(7)), (9, m(8)),
    (18, m(9)), (19, m(10)), (43, m(10)), (46, m(10)), (21, m(11)), (23, m(12)), (33, m(13)), (34, m(13)),
    (29, m(14)), (40, m(15)), (54, m(15)), (41, m(16)), (42, m(17)), (48, m(18)), (49, m(19)), (52, m(20)),
    (57, m(21)), (64, m(22)), (71, m(24)), (74, m(25)), (77, m(26)), (79, m(27)), (80, m(28)), (83, m(29)),
    (84, m(30)), (86, m(31)), (88, m(32)), (89, m(32)), (93, m(33)), (90, m(34)), (94, m(35)), (96, m(36)),
    (97, m(37)), (98, m(37)), (104, m(38)), (105, m(38)), (106, m(39)), (107, m(40)), (111, m(41)),
    (112, m(42)), (114, m(42)), (115, m(43)), (113, m(43)),
    (116, ln("纳入“一把手工程”")), (123, ln("将数字政府建设纳入区效能目标管理考核")),
]
covers = [{"task": t, "line": l} for t, l in covers_pairs]

key = {
    "writer": "blind writer, round 878; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": (
        "沙坡头区 (中卫市) 2024 annual plan, issued 2024-03-08 by 区政府办公室; 43 numbered measures, each with its own "
        "（完成时限：…）; responsibilities are NOT inline but in section 四、责任分工 (lines %d–%d), one body per line, "
        "by measure number with ranges (12—14). Measure numbers restart nowhere; the 基本原则 items 1.–4. (lines 21–24) are not measures. "
        "Six planted slips: basis 文号, late deadline (task 48), impossible date (6月31日), copied unit name, mojibake run, "
        "missing 经济调节 pillar (tasks 66/67 listed as its consequence). No parent plan is supplied (中卫 plan not in seeds). "
        "Tasks the region gives cities/counties that the plan simply does not take up in 2024 (e.g. 11, 14, 15, 28, 30, 32, 36, 72, 73, 75, 85, 87, 92) "
        "are not annotated; task-uncovered is information only."
    ) % (ln("四、责任分工"), len(lines)),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers), "lines", len(lines))
