# -*- coding: utf-8 -*-
# Builds key.json for blind case 857; every line number is looked up in the final draft.txt.
import json, os

here = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")


def ln(needle, nth=None):
    hits = [i + 1 for i, l in enumerate(L) if needle in l]
    if nth is None:
        assert len(hits) == 1, (needle, hits)
        return hits[0]
    return hits[nth]


def row(n):
    """line of task-table row n"""
    return ln("%d\t" % n, None) if False else [i + 1 for i, l in enumerate(L) if l.startswith("%d\t" % n)][0]


def E(rule, line, text=None, why="", **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        assert line == 0 or text in L[line - 1], (text, line)
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d


expect = [
    E("basis-mismatch", ln("宁政发〔2022〕17号"), "宁政发〔2022〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong. The draft itself cites it correctly as 宁政发〔2023〕17号 in the background paragraph."),
    E("deadline-later-than-baseline", row(18), "2025年12月底前",
      "task-table row 18 (城域网升级改造, electronic government extranet to county, township and village) is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the county gives 2025年12月底前."),
    E("deadline-invalid", row(41), "20244年",
      "impossible year (an extra 4 typed into 2024年9月底前); the row is regional task 106 (填表报数, 压减50%以上), 完成时限 2025年."),
    E("unknown-unit", row(9), "县网信局",
      "no such county body; not in units.txt. The county's cyberspace office is 县委网信办 (县委网络安全和信息化委员会办公室)."),
    E("garbled-text", ln("鏁版嵁"), "鏁版嵁鍏变韩浜ゆ崲",
      "UTF-8 bytes of 数据共享交换 read as GBK (mojibake, no ? marker); re-encoding as GBK and decoding as UTF-8 gives 数据共享交换."),
    E("task-uncovered", 0, None,
      "deliberately left out: regional task 114 (构建政务新媒体矩阵体系, 开发多样化政策解读产品; 自治区各部门（单位）及各市、县（区）分别负责, 2024年). The draft never mentions 政务新媒体, 政策解读 or 两微一端; its 政务公开 section covers tasks 112, 113 and 115 only.",
      task=114),
]

M = []
def N(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (text, line)
        d["text"] = text
    d["why"] = why
    M.append(d)

# --- basis documents
N("basis-mismatch", ln("国发〔2022〕14号"), "correct national basis: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
N("basis-mismatch", 9, "the parent city plan cited by title alone (吴忠市人民政府《关于加强数字政府建设的实施方案》, no 文号), exactly as the city issued it", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
N("basis-mismatch", 9, "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way by the 吴忠 plan", "宁政办发〔2023〕11号")
N("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 regional 工作要点 with its correct title and 文号 (自2020年…以来), not cited as a basis of this plan", "宁政办发〔2020〕14号")
N("basis-mismatch", ln("宁政发〔2023〕17号"), "the correct 文号 of the regional 实施意见, cited in the background", "宁政发〔2023〕17号")
N("basis-mismatch", ln("同政发〔2024〕18号"), "the county government's own 文号 for this notice, not a cited basis document", "同政发〔2024〕18号")

# --- dates that are not deadlines / not invalid
N("deadline-invalid", 1, "（2024—2025年） in the title is the plan period, not a deadline; same in the document title and attachment title", "2024—2025年")
N("deadline-invalid", ln("2024年3月19日"), "date of the county executive meeting that approved the plan, in the issuing year", "2024年3月19日")
N("deadline-invalid", ln("2024年3月26日"), "issue date of the document", "2024年3月26日")
N("deadline-invalid", ln("自2020年自治区印发"), "background: 2020 and 2023年11月 are past events (the 2020 工作要点, the 吴忠 plan of 2023-11-27), not deadlines", "2023年11月")
N("deadline-invalid", ln("截至2023年底"), "background figures as of the end of 2023 (before the plan's year, but a past fact, not a deadline); 1000Mbps, 5G, 312 are figures, 等保2.0 is the name of a standard", "截至2023年底")
N("deadline-invalid", ln("数据资源加快汇聚。2023年"), "background: what was done in 2023; 1.2亿条, 36万次 are figures", "2023年")
N("deadline-invalid", ln("Windows Server 2008"), "2008 is part of a product name (an out-of-support server OS), not a date", "Windows Server 2008")
N("deadline-invalid", ln("GB/T 22239-2019"), "GB/T 22239-2019 and GB/T 39786-2021 are national standard numbers whose last part is the standard's year; 等保2.0 is a version label. Not dates or deadlines", "GB/T 22239-2019")
N("deadline-invalid", ln("“i同心”APP 2.1版"), "version numbers of systems (APP 2.1版, OA 2.0版), not dates", "2.1版")
N("deadline-invalid", ln("县协同办公（OA）系统3.0版全面上线运行"), "3.0版 is the version of the OA system; IPv6 is a protocol name", "3.0版")
N("deadline-invalid", ln("V1.0、V2.0"), "interface version labels, not dates", "V1.0")
N("deadline-invalid", ln("7×24小时"), "7×24小时 means round-the-clock monitoring, not a date", "7×24小时")

# --- deadlines equal to or earlier than the region's
N("deadline-later-than-baseline", ln("到2024年底，全县电子政务外网"), "2024 goals match tasks 47 (外网 IPv6, 2024年), 19/43 (信创云, 2024年建成), 86 (我的宁夏 APP 应上尽上, 2024年) and 104 (协同办公, 2024年): equal", "到2024年底")
N("deadline-later-than-baseline", ln("到2025年，全县数字政府建设“1347”"), "equal to the regional goal (到2025年 “34567”体系框架全面成型) and the 吴忠 goal (到2025年 “1347”体系框架全面成型)", "到2025年")
N("deadline-later-than-baseline", ln("到2035年"), "equal to the regional and 吴忠 2035 goal", "到2035年")
N("deadline-later-than-baseline", ln("完成时限：持续推进，2025年取得明显成效"), "inline note for 智慧园区 = task 3 (持续推进，2025年取得明显成效): equal", "2025年取得明显成效")
N("deadline-later-than-baseline", ln("完成时限：2025年）"), "inline note for 互联网+城乡供水/数字治水 = task 96 (2025年): equal", "2025年")
N("deadline-later-than-baseline", row(1), "task 64 (各地各部门参照自治区做法，成立相应的组织机构) is due 2025年; 2024年6月底前 is earlier", "2024年6月底前")
N("deadline-later-than-baseline", row(3), "task 2 (产业云/企业数据, 2023年启动，2024年取得明显成效): 2024年 is equal", "2024年")
N("deadline-later-than-baseline", row(6), "task 9 (智慧城市/一网统管/城市生命线, 持续推进，2025年取得明显成效): 2025年6月底前 is earlier", "2025年6月底前")
N("deadline-later-than-baseline", row(8), "task 11 (数字供销, 2023年完成主要建设任务，2025年取得明显成效): the completing milestone 2025 is equal", "2025年取得明显成效")
N("deadline-later-than-baseline", row(9), "copied regional deadline of task 18 (2023年形成机制，长期坚持); it lies before the plan's year but is the region's own wording, neither later nor invalid", "2023年形成机制，长期坚持")
N("deadline-invalid", row(9), "2023年形成机制，长期坚持 is task 18's own deadline copied verbatim; a copied regional deadline before the plan's year is not an invalid date", "2023年形成机制")
N("deadline-later-than-baseline", row(10), "tasks 43 (2024年建成，持续推进) and 46 (2024年): 2024年10月底前 is earlier", "2024年10月底前")
N("deadline-later-than-baseline", row(14), "task 29 (政务数据平台, 2023年启动，2025年完成): 2025年6月底前 is earlier", "2025年6月底前")
N("deadline-later-than-baseline", row(15), "tasks 40 and 54 (电子公文/电子文件归档, both 2024年): 2024年11月底前 is earlier", "2024年11月底前")
N("deadline-later-than-baseline", row(17), "task 47 (外网升级改造、出口带宽, 2024年): 2024年9月底前 is earlier", "2024年9月底前")
N("deadline-later-than-baseline", row(19), "task 49 (视频一张网, 2025年): equal", "2025年")
N("deadline-later-than-baseline", row(22), "tasks 55 (电子票据, 2024年) and 56 (非税收入电子化, 2025年): 2024年底前 is equal/earlier", "2024年底前")
N("deadline-later-than-baseline", row(29), "task 94 (生态环境数据资源中心/数据交换, 2024年): equal", "2024年")
N("deadline-later-than-baseline", row(33), "task 86 (我的宁夏 APP 应上尽上, 2024年): 2024年6月底前 is earlier", "2024年6月底前")
N("deadline-later-than-baseline", row(34), "task 87 (12345 接诉即办, 2023年启动，2025年完成): 2025年 is equal", "2025年")
N("deadline-later-than-baseline", row(43), "task 111 (机关事务管理信息系统, 2025年): equal", "2025年")
N("deadline-later-than-baseline", row(46), "task 121 (考核指标体系、常态化考核和以奖代补, 长期坚持): equal", "长期坚持")
N("deadline-later-than-baseline", ln("2024年12月10日前报送年度工作总结"), "the office's own reporting dates (每季度末月25日前, 2024年12月10日前), not task deadlines", "2024年12月10日")

# --- units
N("unknown-unit", row(3), "县工信商务局 and 县发改局 are short names listed in units.txt (县工业信息化和商务局, 县发展和改革局)", "县工信商务局")
N("unknown-unit", row(34), "县审批局 is the listed short name of 县审批服务管理局", "县审批局")
N("unknown-unit", row(41), "县政府办 is the listed short name of 县人民政府办公室", "县政府办")
N("unknown-unit", row(24), "prefix distributes: 县住房和城乡建设局、农业农村局 = 县住房和城乡建设局, 县农业农村局", "农业农村局")
N("unknown-unit", row(38), "prefix distributes: 县自然资源局、林业和草原局 = 县自然资源局, 县林业和草原局", "林业和草原局")
N("unknown-unit", row(7), "中国电信/移动/联通同心分公司 are listed in units.txt as cooperating operators; 各乡镇人民政府 is a collective", "中国电信同心分公司")
N("unknown-unit", row(2), "吴忠市生态环境局同心分局 is the county-level branch, listed in units.txt; 同心工业园区管委会 is listed too", "吴忠市生态环境局同心分局")
N("unknown-unit", row(21), "国家税务总局同心县税务局 is listed in units.txt", "国家税务总局同心县税务局")
N("unknown-unit", row(27), "collective subject", "承担监管职责的县直有关部门")
N("unknown-unit", row(32), "collective subjects", "各村（社区）")
N("unknown-unit", row(36), "collective subjects", "县直各部门（单位）")
N("unknown-unit", row(16), "collective subject", "县直有关部门")
N("unknown-unit", ln("以下简称县数字政府办"), "县推进数字政府建设领导小组办公室 and its short name 县数字政府办 are listed in units.txt", "县数字政府办")
N("unknown-unit", ln("宁夏干部教育培训网络学院"), "县委党校 is a listed short name; 宁夏干部教育培训网络学院 is a training platform named as a means, not a responsible unit", "县委党校")
N("unknown-unit", row(31), "同心县消防救援大队 and 同心县气象局 are listed in units.txt", "同心县消防救援大队")
N("unknown-unit", row(28), "县人民法院 and 县人民检察院 are listed in units.txt", "县人民法院")

# --- text that is not damage
N("garbled-text", ln("张家塬乡"), "张家塬乡 is a real township of 同心县 (塬 is a rare but correct character); 韦州镇 likewise", "张家塬乡")
N("garbled-text", ln("“i同心”APP 2.1版"), "“i同心” is the county's app name (lower-case i by design); GIS, OA, APP are ordinary abbreviations", "i同心")
N("garbled-text", ln("RESTful API"), "RESTful API is an English technical term, not mojibake", "RESTful API")
N("garbled-text", ln("CA认证和电子签章"), "CA认证, GIS “一张图” are technical terms", "CA认证")
N("garbled-text", ln("Web应用防火墙（WAF）"), "WAF / Web are English abbreviations", "WAF")
N("garbled-text", ln("SaaS订阅"), "SaaS is an English abbreviation (also on lines 23, 34 and in row 3)", "SaaS")
N("garbled-text", ln("IPv4/IPv6双栈"), "IPv4/IPv6 is a protocol name", "IPv4/IPv6")

# --- pillars present in restructured form
N("missing-pillar", ln("（一）健全组织机构。参照自治区“五个一”"), "五个一/六级贯通 are folded into 一套体系 (健全组织机构 with a five-part county structure, 厘清层级职责 by 六级贯通, 完善工作机制), as in the 吴忠 plan")
N("missing-pillar", ln("七、保障措施"), "the 党的领导 pillar (组织领导, 财政投入, 数字素养, 考核评价) is present under the heading 保障措施 (lines below it)")
N("missing-pillar", ln("（三）营造良好数字生态"), "数字生态 is taken up (数据要素市场, 数据交易, 公共数据开放, 网络生态)")

covers = []
def C(task, line):
    covers.append({"task": task, "line": line})

C(2, row(3)); C(3, row(2)); C(5, ln("完善数字经济治理体系")); C(6, row(4)); C(7, row(4)); C(8, row(5))
C(9, row(6)); C(10, row(7)); C(11, row(8)); C(12, ln("（三）营造良好数字生态"))
C(14, ln("强化安全管理责任。")); C(15, ln("强化安全管理责任。")); C(17, ln("落实安全制度要求。")); C(18, row(9))
C(19, ln("提高自主可控水平。")); C(21, row(11)); C(23, row(12)); C(24, ln("创新数字政府建设管理机制。")); C(28, ln("开展试点示范。"))
C(29, row(14)); C(30, ln("完善数据管理机制。")); C(32, ln("完善数据管理机制。")); C(33, row(13)); C(34, row(13))
C(36, ln("鏁版嵁")); C(40, row(15)); C(41, row(16)); C(42, ln("促进数据有序开发利用。")); C(43, row(10))
C(47, row(17)); C(48, row(18)); C(49, row(19)); C(50, row(20)); C(51, ln("CA认证和电子签章")); C(52, row(21)); C(53, row(21))
C(54, row(15)); C(55, row(22)); C(56, row(22)); C(57, row(23)); C(58, row(24)); C(64, row(1))
C(65, ln("加强人口、就业、产业、投资、消费等关键数据汇聚")); C(66, row(25)); C(67, ln("依托自治区规划综合管理信息平台"))
C(68, ln("推行“照单监管”")); C(71, row(26)); C(72, ln("推动县级监管业务系统与宁夏“互联网+监管”系统对接")); C(74, row(27))
C(77, row(28)); C(79, row(30)); C(80, row(31)); C(83, row(32)); C(84, ln("发挥全区一体化政务服务平台")); C(86, row(33))
C(87, row(34)); C(89, row(35)); C(93, row(36)); C(94, row(29)); C(96, row(37)); C(97, row(38)); C(98, row(38)); C(100, row(39))
C(104, row(40)); C(105, ln("推广“宁政通”APP")); C(106, row(41)); C(107, row(44)); C(108, row(42)); C(111, row(43))
C(112, row(45)); C(113, row(45)); C(115, ln("畅通政民互动渠道。")); C(116, ln("（一）加强组织领导。")); C(118, ln("（三）提升数字素养。"))
C(121, row(46)); C(122, ln("（四）强化考核评价。")); C(123, ln("（四）强化考核评价。")); C(124, ln("（四）强化考核评价。"))

key = {
    "writer": "blind writer, round 857; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("同心县 2024 实施方案 (同政发〔2024〕18号, 2024-03-26) with a 46-row task table (lines %d-%d, header on line %d). "
              "The drafting office favours technical terms and English abbreviations (IPv6, 5G, API, OA, APP, SaaS, GIS, CA认证, WAF, RESTful API, 3.0版, V1.0, GB/T standard numbers, Windows Server 2008); none of them are dates or damage. "
              "The table note says the first-listed lead is the main lead. Units come from units.txt (county bodies, county branches of city/national bodies, three telecom operators, the 11 townships). "
              "Six planted slips: wrong 文号 year for the regional basis, one late deadline (task 48), one impossible year (20244年), one unknown unit (县网信局), one mojibake run, and task 114 left out. "
              "Regional tasks due 2023 (14, 15, 17, 24, 25, 30, 32, 36, 51, 85, 116, 118, 122-124) are taken up in the body without a date, except row 9 which copies task 18's own wording.")
            % (row(1), row(46), row(1) - 1),
}
with open(os.path.join(here, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
