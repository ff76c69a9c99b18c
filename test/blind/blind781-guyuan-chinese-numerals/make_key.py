# Helper kept in the case folder: builds key.json, finding every line number in the final draft.txt.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L.pop()
def ln(*subs):
    hits = [i + 1 for i, s in enumerate(L) if all(x in s for x in subs)]
    assert len(hits) == 1, (subs, hits)
    return hits[0]
def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

GARBLE = "政民互动渠道".encode("utf-8").decode("gbk")
expect = [
    {"rule": "basis-mismatch", "line": chk(ln("《自治区人民政府关于加强数字政府建设的实施意见》"), "宁政办发〔2023〕17号"),
     "text": "宁政办发〔2023〕17号",
     "why": "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a government document); 宁政办发 is the office's series, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": chk(ln("七\t开展市、县城域网升级改造"), "二〇二五年六月底前"),
     "text": "二〇二五年六月底前",
     "why": "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; June 2025 is later"},
    {"rule": "deadline-invalid", "line": chk(ln("提升行政执行能力。"), "二〇二四年十三月底前"),
     "text": "十三月",
     "why": "二〇二四年十三月底前: there is no 13th month (slip for 十二月; task row 十九 gives 二〇二四年十二月底前). Tasks 104 and 105 are due 2024年"},
    {"rule": "unknown-unit", "line": chk(ln("推进“智慧园区”建设。"), "市经信局"),
     "text": "市经信局",
     "why": "not in units.txt; the city body is 市工业和信息化局 (市工信局), used correctly elsewhere in the draft"},
    {"rule": "garbled-text", "line": chk(ln("畅通政民互动渠道。"), GARBLE),
     "text": GARBLE[:5],
     "why": "UTF-8 bytes of 政民互动渠道 read as GBK (" + GARBLE + "); re-encoding as GBK and decoding as UTF-8 recovers it"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "the 三个驱动 section (二、坚持数字驱动) has only 数字经济 and 数字社会; nothing on 数据要素市场, 数据交易, 政策环境 or 网络生态 anywhere; the 指导思想 also drops 打造良好数字生态"},
    {"rule": "task-uncovered", "line": 0, "task": 12,
     "why": "数据要素市场/数据交易平台 (各市、县（区）配合) left out together with the whole 数字生态 pillar"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        chk(line, text); e["text"] = text
    e["why"] = why
    M.append(e)

l7 = ln("《国务院关于加强数字政府建设的指导意见》")
m("deadline-invalid", ln("二〇二四年四月十日"), "the plan's own issue date in the signature block, not a deadline", "二〇二四年四月十日")
m("basis-mismatch", l7, "correct national basis: title and 文号 match", "国发〔2022〕14号")
m("basis-mismatch", l7, "real regional document cited with its own 文号 (as in the 吴忠 plan)", "宁政办发〔2023〕11号")
l12 = ln("二〇二〇年以来")
m("basis-mismatch", l12, "retrospective mention of the 2020 工作要点 in the 工作基础 background, with its correct 文号; not cited as a basis", "宁政办发〔2020〕14号")
m("deadline-invalid", l12, "past date in the background (工作基础), not a deadline", "二〇二〇年以来")
m("deadline-invalid", l12, "year inside the quoted title of the 2020 工作要点, not a deadline", "2020年")
m("deadline-invalid", l12, "截至二〇二三年底: past status in the background, not a deadline", "二〇二三年底")
m("deadline-invalid", ln("二〇二三年，泾源县"), "past achievement in the background, not a deadline", "二〇二三年")
l22 = ln("到二〇二四年底")
m("deadline-later-than-baseline", l22, "2024 goals: 组织机构 (task 64, 2025年) is earlier; 信创云 migration (task 43, 2024年建成; task 19, 2024年建成) and 宁政通 coverage (task 105, 2024年) are equal; no regional 2023 goal is restated", "二〇二四年底")
m("deadline-later-than-baseline", ln("到二〇二五年，全市数字政府建设体系框架全面成型"), "equal to the regional goal 到2025年 …体系框架全面成型", "二〇二五年")
m("deadline-later-than-baseline", ln("到二〇三五年"), "equal to the regional 到2035年 goal", "二〇三五年")
l29 = ln("推进“智慧园区”建设。")
m("deadline-later-than-baseline", l29, "task 3 (智慧园区) 完成时限 持续推进，2025 年取得明显成效: equal", "持续推进，二〇二五年取得明显成效")
l30 = ln("完善数字经济治理体系。")
m("deadline-later-than-baseline", l30, "task 5 完成时限 持续推进，2025 年取得明显成效: equal", "持续推进，二〇二五年取得明显成效")
m("unknown-unit", l30, "市 prefix distributes: 市公安局 is in units.txt", "公安局")
l32 = ln("推进数字普惠应用。")
m("unknown-unit", l32, "市 prefix distributes over the list: 市卫生健康委, 市人社局, 市文旅局 (registered short names), 市民政局", "卫生健康委、人社局、文旅局、民政局")
m("deadline-later-than-baseline", l32, "task 6 持续推进，2025年取得明显成效 (task 7: 2025年取得明显成效; task 8: 2025年): equal", "持续推进，二〇二五年取得明显成效")
l33 = ln("加快智慧城市建设。")
m("deadline-later-than-baseline", l33, "task 9 (各地级市牵头) 持续推进，2025年取得明显成效: equal", "持续推进，二〇二五年取得明显成效")
m("unknown-unit", l33, "市 prefix distributes: 市城市管理局 is in units.txt; 原州区人民政府 is registered", "城市管理局")
l39 = ln("强化安全管理责任。")
m("unknown-unit", l39, "collective subject", "市直各部门（单位）")
l42 = ln("提高自主可控水平。")
m("deadline-later-than-baseline", l42, "task 43 (2024 年建成，持续推进) and task 19 (2023年启动，2024年建成): equal", "二〇二四年十二月底前")
l45 = ln("推动政府职能数字化转变。")
m("unknown-unit", l45, "市政府办 is a registered short name of 市人民政府办公室", "市政府办")
m("deadline-later-than-baseline", l45, "tasks 20 and 21 完成时限 2024年: equal", "二〇二四年十二月底前")
l46 = ln("强化审管协同。")
m("deadline-later-than-baseline", l46, "task 22 完成时限 2025年: June 2025 is earlier", "二〇二五年六月底前")
m("unknown-unit", l46, "市 prefix distributes: 市+市场监管局 = 市市场监管局; 市住房城乡建设局, 市水务局 likewise", "市场监管局")
m("unknown-unit", ln("创新建设管理机制。"), "市发改委 is a registered alias of 市发展改革委", "市发改委")
m("deadline-later-than-baseline", ln("建立数字资源“一本账”。"), "task 23 完成时限 2024年: equal", "二〇二四年十二月底前")
m("deadline-later-than-baseline", ln("开展试点示范。"), "task 28 (2023年启动，2025年取得明显成效): the completing milestone 2025 is equal", "持续推进，二〇二五年取得明显成效")
m("unknown-unit", ln("推进基础库主题库建设。"), "市 prefix distributes: 市卫健委, 市人社局 (aliases), 市生态环境局, 市应急局 (alias)", "卫健委")
m("deadline-later-than-baseline", ln("推进基础库主题库建设。"), "tasks 33, 34 (and 35) 完成时限 2024年: equal", "二〇二四年十二月底前")
m("deadline-later-than-baseline", ln("深化数据高效共享。"), "tasks 37, 38 完成时限 2024年: equal", "二〇二四年十二月底前")
m("deadline-later-than-baseline", ln("推进数据开发利用。"), "tasks 39, 41, 42 完成时限 2024年: October 2024 is earlier", "二〇二四年十月底前")
m("deadline-later-than-baseline", ln("规范电子公文管理。"), "tasks 40, 54 完成时限 2024年: equal", "二〇二四年十二月底前")
m("deadline-later-than-baseline", ln("强化政务云支撑能力。"), "tasks 45, 46 完成时限 2024年: equal", "二〇二四年十二月底前")
m("deadline-later-than-baseline", ln("建设视频共享体系。"), "task 49 完成时限 2025年: end of 2024 is earlier", "二〇二四年底前")
m("deadline-later-than-baseline", ln("加强共性应用支撑。"), "tasks 52 and 56 完成时限 2025年: equal", "二〇二五年底前")
m("deadline-later-than-baseline", ln("完善信用和地理信息服务。"), "tasks 57, 58 完成时限 2024年: equal", "二〇二四年十二月底前")
l67 = ln("各县（区）参照市级做法")
m("deadline-later-than-baseline", l67, "task 64 完成时限 2025年: June 2024 is earlier", "二〇二四年六月底前")
m("unknown-unit", l67, "collective subject (each county/district government)", "各县（区）人民政府")
m("deadline-later-than-baseline", ln("加强经济数据汇聚治理。"), "task 65 完成时限 2024年: equal", "二〇二四年十二月底前")
m("deadline-later-than-baseline", ln("加强经济运行监测预警。"), "task 66 完成时限 2025年: equal", "二〇二五年底前")
m("deadline-later-than-baseline", ln("提升监管智能化水平。"), "tasks 71, 74 完成时限 2024年: equal", "二〇二四年底前")
m("unknown-unit", ln("提升公共安全保障能力。"), "固原市气象局 is in units.txt (a city body outside the government proper), not a regional unit", "固原市气象局")
m("deadline-later-than-baseline", ln("提升公共安全保障能力。"), "task 80 完成时限 2024年: equal", "二〇二四年十二月底前")
l83 = ln("提高基层社会治理能力。")
m("unknown-unit", l83, "collective subjects", "各乡镇人民政府、各街道办事处")
m("deadline-later-than-baseline", l83, "task 83 完成时限 2025年: equal", "二〇二五年底前")
m("deadline-later-than-baseline", ln("做强“我的宁夏”固原专区。"), "task 86 完成时限 2024年: equal", "二〇二四年十二月底前")
m("deadline-later-than-baseline", ln("优化12345热线“总客服”。"), "task 87 (2023年启动，2025年完成): equal", "二〇二五年底前")
m("deadline-later-than-baseline", ln("推进公共场馆数字化和适老化改造。"), "tasks 90, 93 完成时限 2024年: equal", "二〇二四年十二月底前")
m("deadline-later-than-baseline", ln("探索“多卡合一”“多码合一”。"), "task 92 完成时限 2025年: equal", "二〇二五年底前")
m("deadline-later-than-baseline", ln("提高自然资源利用效率。"), "task 96 (互联网+城乡供水) 2025年 is later than the draft; tasks 97, 98 2024年 are equal", "二〇二四年十二月底前")
m("deadline-later-than-baseline", ln("推进基层减负和视频会议整合。"), "tasks 106, 107 完成时限 2025年: equal", "二〇二五年底前")
l112 = ln("（六）抓好督促落实。")
m("deadline-later-than-baseline", l112, "the office's own reporting/evaluation date, not a task deadline", "二〇二四年十二月二十日前")
m("deadline-later-than-baseline", l112, "the office's own reporting date for the 2024 annual summary, not a task deadline", "二〇二五年一月十五日前")
m("unknown-unit", l112, "the city government as recipient of a report, not a responsible unit", "市人民政府")
m("deadline-later-than-baseline", ln("三\t推进一体化政务服务平台"), "task 22 完成时限 2025年: June 2025 is earlier", "二〇二五年六月底前")
m("deadline-later-than-baseline", ln("八\t整合全市视频资源"), "task 49 完成时限 2025年: earlier", "二〇二四年底前")
m("deadline-later-than-baseline", ln("十\t各县（区）成立数字政府建设组织机构"), "task 64 完成时限 2025年: earlier", "二〇二四年六月底前")
m("unknown-unit", ln("十二\t重点领域全主体"), "市 prefix distributes: 市农业农村局, 市卫生健康委", "农业农村局、卫生健康委")
m("deadline-later-than-baseline", ln("十八\t深化“互联网+城乡供水”"), "task 96 完成时限 2025年: earlier", "二〇二四年十二月底前")
m("deadline-later-than-baseline", ln("十九\t推进“宁政通”"), "task 105 完成时限 2024年: equal (the correct form of the body's slip)", "二〇二四年十二月底前")

cov = [
 (3,"推进“智慧园区”建设。"),(5,"完善数字经济治理体系。"),(6,"推进数字普惠应用。"),(7,"推进数字普惠应用。"),(8,"推进数字普惠应用。"),
 (9,"加快智慧城市建设。"),(10,"推进数字乡村建设。"),(11,"推进数字乡村建设。"),(14,"强化安全管理责任。"),(15,"强化安全管理责任。"),
 (17,"落实安全制度要求。"),(18,"提升安全防护能力。"),(43,"提高自主可控水平。"),(20,"推动政府职能数字化转变。"),(21,"推动政府职能数字化转变。"),
 (22,"强化审管协同。"),(24,"创新建设管理机制。"),(23,"建立数字资源“一本账”。"),(28,"开展试点示范。"),(30,"完善数据管理机制。"),
 (32,"完善数据管理机制。"),(36,"完善数据管理机制。"),(33,"推进基础库主题库建设。"),(34,"推进基础库主题库建设。"),(37,"深化数据高效共享。"),
 (38,"深化数据高效共享。"),(39,"推进数据开发利用。"),(41,"推进数据开发利用。"),(42,"推进数据开发利用。"),(40,"规范电子公文管理。"),
 (54,"规范电子公文管理。"),(45,"强化政务云支撑能力。"),(48,"提升网络平台支撑能力。"),(50,"提升网络平台支撑能力。"),(49,"建设视频共享体系。"),
 (52,"加强共性应用支撑。"),(56,"加强共性应用支撑。"),(57,"完善信用和地理信息服务。"),(58,"完善信用和地理信息服务。"),(64,"各县（区）参照市级做法"),
 (65,"加强经济数据汇聚治理。"),(66,"加强经济运行监测预警。"),(69,"提升监管精准化水平。"),(70,"提升监管精准化水平。"),(71,"提升监管智能化水平。"),
 (74,"提升监管智能化水平。"),(77,"提升矛盾纠纷化解能力。"),(79,"提升社会治安防控能力。"),(80,"提升公共安全保障能力。"),(83,"提高基层社会治理能力。"),
 (84,"打造泛在可及的服务体系。"),(86,"做强“我的宁夏”固原专区。"),(87,"优化12345热线“总客服”。"),(88,"提供优质便利的涉企服务。"),(89,"提供优质便利的涉企服务。"),
 (90,"推进公共场馆数字化和适老化改造。"),(93,"推进公共场馆数字化和适老化改造。"),(92,"探索“多卡合一”“多码合一”。"),(95,"提升生态环保协同治理能力。"),
 (96,"提高自然资源利用效率。"),(97,"提高自然资源利用效率。"),(98,"提高自然资源利用效率。"),(101,"推动绿色低碳转型。"),(102,"推动绿色低碳转型。"),
 (103,"提升辅助决策能力。"),(104,"提升行政执行能力。"),(105,"提升行政执行能力。"),(106,"推进基层减负和视频会议整合。"),(107,"推进基层减负和视频会议整合。"),
 (108,"提升行政监督和机关事务管理水平。"),(109,"提升行政监督和机关事务管理水平。"),(111,"提升行政监督和机关事务管理水平。"),
 (112,"提升政府信息公开水平。"),(114,"发挥政务新媒体传播优势。"),(115,"畅通政民互动渠道。"),(116,"（一）加强组织领导。"),(121,"（一）加强组织领导。"),
 (117,"（三）提升数字素养。"),(118,"（三）提升数字素养。"),(122,"（四）强化考核评价。"),(123,"（四）强化考核评价。"),(124,"（四）强化考核评价。"),
]
covers = [{"task": t, "line": ln(a)} for t, a in cov]

key = {
 "writer": "blind writer, round 781; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("固原市 city plan issued 二〇二四年四月十日 in the formal style: every date in Chinese numerals (二〇二四年十二月底前, 二〇二五年六月底前), "
           "文号 in Arabic numerals as usual, percentages as 百分之…. Body measures carry inline notes (责任单位；完成时限); the attachment is a tab-separated task table "
           "whose 序号 are Chinese numerals. Measures whose regional task is due 2023 deliberately carry no date, so no 2024 date competes with a 2023 deadline. "
           "The body's 二〇二四年十三月底前 (line of 提升行政执行能力) is a typo for 十二月 (the table row 十九 has 二〇二四年十二月底前); it is keyed only as deadline-invalid. "
           "The city-network row 七 is the only place with a date for task 48 (the body measure has bodies only)."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
