#!/usr/bin/env python3
# Builds key.json from anchors; every line number is computed against the final draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def line(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    n = hits[0]
    if text is not None:
        assert text in L[n - 1], (anchor, text)
    return n

def E(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": line(anchor, text), "text": text, "why": why}
    d.update(kw)
    return d

def N(rule, anchor, text, why):
    d = {"rule": rule, "line": line(anchor, text), "why": why}
    if text is not None:
        d["text"] = text
    return d

expect = [
    E("basis-mismatch", "下半年，利通区将严格对照", "宁政办发〔2023〕17号",
      "the region's 实施意见 is 宁政发〔2023〕17号 (a 人民政府 document, 2023-05-16); 宁政办发 is the 办公厅 series, so this 文号 does not belong to the title 《自治区人民政府关于加强数字政府建设的实施意见》 (line 3 cites it correctly)"),
    E("garbled-text", "13.寮哄寲", "寮哄寲鏀垮姟鏁版嵁娌荤悊",
      "UTF-8 bytes of 强化政务数据治理 read as GBK (mojibake, no ? marker); re-encoding as GBK and decoding as UTF-8 recovers 强化政务数据治理"),
    E("unknown-unit", "15.提升政务云支撑能力", "区大数据局",
      "利通区 has no 大数据局 (the city has 市大数据管理服务局 = 市大数据局); the district body is 区大数据服务中心, as lines 6, 52, 55 and 56 say; 区大数据局 is not in units.txt"),
    E("deadline-later-than-baseline", "16.提升网络支撑能力", "2025年6月底前",
      "electronic 政务外网 extended to every 村（社区） = region task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖，在安全可控的前提下按需向企事业单位拓展), 完成时限 2024年; 2025年6月 is later (the draft's own indicator table, line 89, sets the 2024 target at 100%)"),
    E("deadline-later-than-baseline", "28.推进适老化与信息无障碍建设", "2025年9月底前",
      "适老化与信息无障碍建设 of 政府网站, 政务移动端, 政务服务场所 = region task 93, 完成时限 2024年; 2025年9月 is later"),
    E("deadline-invalid", "34.建设政策文件库", "9月31日",
      "September has 30 days: 2024年9月31日 is an impossible date (task 113, 2024年)"),
]

mnf = [
    N("basis-mismatch", "2024年以来，利通区坚持", "宁政发〔2023〕17号",
      "correct 文号 and title of the region's 实施意见; 国发〔2022〕14号 and the city plan by title alone (吴忠市人民政府《关于加强数字政府建设的实施方案》) are also correct"),
    N("basis-mismatch", "2024年以来，利通区坚持", "《利通区关于加强数字政府建设的实施方案》",
      "the district's own plan, mentioned as what the year's work follows; not a higher-level basis with a wrong title"),
    N("deadline-invalid", "2024年以来，利通区坚持", "2023年12月",
      "past date in the background: when the district's own plan was issued"),
    N("deadline-later-than-baseline", "1.组织机构持续健全", "2024年2月",
      "work told as done in the past (领导小组 adjusted); not a deadline; region task 60 is the region's own 领导小组 (自治区政府办公厅负责, 2023年)"),
    N("basis-mismatch", "2.工作机制落地见效", "《利通区2024年数字政府建设工作要点》",
      "the district's own annual 工作要点 (task 116 asks each 市、县（区） to make one); not a basis citation"),
    N("deadline-later-than-baseline", "2.工作机制落地见效", "3月",
      "past month of work already done (工作要点 issued in March 2024), not a deadline"),
    N("deadline-later-than-baseline", "1.安全保障体系不断完善", "2024年4月至5月",
      "past period of a completed inspection, not a deadline (task 17 is 2023年 for the mechanism; this reports work done)"),
    N("deadline-later-than-baseline", "3.数据资源体系加快构建", "6月",
      "公共数据开放目录 done in June 2024, earlier than region task 41 (2024年); work told as done"),
    N("basis-mismatch", "3.数据资源体系加快构建", "宁政办发〔2020〕14号",
      "retrospective mention of the old 2020 工作要点 with its correct title and 文号 (the node built under it was retired); not cited as a basis"),
    N("deadline-invalid", "3.数据资源体系加快构建", "2020年",
      "past year in a retrospective mention, not a deadline"),
    N("deadline-invalid", "4.公共服务方面", "12345",
      "the 12345 热线 number, not a year; the line's percentages and counts (98.6%, 2.8万件, 99.4%) are figures, not dates"),
    N("deadline-later-than-baseline", "6.政务运行方面", "38%",
      "a figure of work done (压减38%), not a deadline or a target year"),
    N("deadline-later-than-baseline", "下半年，利通区将严格对照", "2025年",
      "力争到2025年…“1347”体系框架全面成型 equals the 吴忠 plan's goal (到2025年，全市…“1347”体系框架全面成型) and the region's 到2025年 goal"),
    N("basis-mismatch", "下半年，利通区将严格对照", "吴忠市实施方案",
      "informal short reference to the city plan already cited in full on line 3, not a wrong title"),
    N("deadline-later-than-baseline", "1.健全组织机构", "2024年12月底前",
      "earlier than region task 64 (各地各部门参照自治区做法成立相应组织机构, 各市、县（区）负责, 2025年)"),
    N("unknown-unit", "1.健全组织机构", "各乡镇（街道）",
      "collective subject"),
    N("deadline-later-than-baseline", "2.落实层级职责", "长期坚持",
      "ongoing, no dated milestone; no later than anything"),
    N("deadline-later-than-baseline", "3.驱动数字经济发展", "2025年6月底前",
      "region task 3 (智慧园区): 持续推进，2025年取得明显成效; 2025年6月 is within 2025"),
    N("unknown-unit", "3.驱动数字经济发展", "金积工业园区管委会",
      "in units.txt"),
    N("deadline-later-than-baseline", "4.完善数字经济治理", "2025年底前",
      "region task 5: 持续推进，2025年取得明显成效; same year"),
    N("unknown-unit", "4.完善数字经济治理", "区公安分局",
      "official short name of 吴忠市公安局利通区分局 in units.txt"),
    N("deadline-later-than-baseline", "5.深化数字普惠应用", "2024年12月底前",
      "earlier than region task 8 (互联网+医疗健康, 持续推进，2025年取得明显成效)"),
    N("deadline-later-than-baseline", "6.推进教育数字化", "2025年6月底前",
      "region task 7 (智慧教育平台): 2023年形成试点经验，2025年取得明显成效; the completing milestone is 2025"),
    N("deadline-later-than-baseline", "7.推进智慧城市建设", "2025年底前",
      "region task 9 (智慧城市, 一网统管): 持续推进，2025年取得明显成效; same year"),
    N("deadline-later-than-baseline", "8.推进数字乡村建设", "2025年底前",
      "region task 10 (数字乡村): 持续推进，2025年取得明显成效; task 11 (数字供销): 2023年完成主要建设任务，2025年取得明显成效; same year"),
    N("unknown-unit", "8.推进数字乡村建设", "区供销社",
      "short name of 区供销合作社 in units.txt"),
    N("deadline-later-than-baseline", "9.营造良好数字生态", "2025年底前",
      "region task 12 (数据要素市场), 完成时限 2025年; same year"),
    N("unknown-unit", "9.营造良好数字生态", "区发改局",
      "short name of 区发展和改革局 in units.txt"),
    N("deadline-later-than-baseline", "10.强化安全保障", "长期坚持",
      "region tasks 14/15/17/18 are 2023年 or 2023年形成机制，长期坚持; the local item is the ongoing part, not a later dated milestone"),
    N("deadline-later-than-baseline", "11.完善制度规则", "2024年12月底前",
      "equal to region tasks 23 (一本账, 2024年) and 21 (行政权力事项网上运行, 2024年)"),
    N("deadline-later-than-baseline", "12.开展试点示范", "2025年底前",
      "region task 28: 2023年启动，2025年取得明显成效; same year"),
    N("deadline-later-than-baseline", "13.寮哄寲", "2024年12月底前",
      "equal to region tasks 41 and 42 (2024年)"),
    N("deadline-later-than-baseline", "14.深化电子文件管理", "2024年12月底前",
      "equal to region tasks 40 and 54 (2024年)"),
    N("deadline-later-than-baseline", "15.提升政务云支撑能力", "2024年11月底前",
      "earlier than region task 43 (2024年建成，持续推进) and task 46 (2024年)"),
    N("unknown-unit", "15.提升政务云支撑能力", "区直有关部门（单位）",
      "collective subject (the planted unknown unit on this line is 区大数据局 only)"),
    N("deadline-later-than-baseline", "17.整合业务专网", "2024年12月底前",
      "equal to region task 50 (2024年)"),
    N("unknown-unit", "17.整合业务专网", "区人社局",
      "short name of 区人力资源和社会保障局 in units.txt"),
    N("deadline-later-than-baseline", "18.融合视频资源", "2025年6月底前",
      "earlier than region task 49 (视频一张网, 2025年)"),
    N("deadline-later-than-baseline", "19.加强共性应用支撑", "2024年12月底前",
      "earlier than region task 52 (电子证照, 2025年)"),
    N("deadline-later-than-baseline", "20.推进非税收入收缴电子化", "2025年6月底前",
      "earlier than region task 56 (非税收入收缴电子化, 2025年)"),
    N("unknown-unit", "21.提升经济调节能力", "统计局、工业信息化和商务局",
      "the prefix 区 distributes: 区统计局, 区工业信息化和商务局, both in units.txt"),
    N("deadline-later-than-baseline", "21.提升经济调节能力", "2025年底前",
      "region task 66 (宁夏经济运行大数据平台), 2025年; same year"),
    N("unknown-unit", "22.提升市场监管能力", "区市场监管局",
      "short name of 区市场监督管理局 in units.txt"),
    N("deadline-later-than-baseline", "22.提升市场监管能力", "2024年12月底前",
      "equal to region tasks 70 and 71 (2024年)"),
    N("deadline-later-than-baseline", "24.提高基层社会治理能力", "2025年底前",
      "region task 83 (互联网+基层治理), 2025年; same year"),
    N("unknown-unit", "24.提高基层社会治理能力", "各村（社区）",
      "collective subject"),
    N("deadline-later-than-baseline", "26.打造泛在可及的服务体系", "2024年10月底前",
      "earlier than region tasks 84, 86 and 89 (2024年)"),
    N("deadline-later-than-baseline", "29.提升生态环境保护能力", "2025年底前",
      "region tasks 96 (互联网+城乡供水/数字治水) and 95 (生态环境数据资源综合开发利用), both 2025年"),
    N("unknown-unit", "29.提升生态环境保护能力", "市生态环境局利通区分局",
      "short name of 吴忠市生态环境局利通区分局 in units.txt (a city bureau's district branch, the real responsible body)"),
    N("deadline-later-than-baseline", "31.推进基层减负", "2025年6月底前",
      "earlier than region task 106 (填表报数压减50%以上, 2025年); 50% is the region's own figure"),
    N("deadline-later-than-baseline", "32.整合视频会议资源", "2025年底前",
      "region task 107 (视频会议平台), 2025年; same year"),
    N("deadline-later-than-baseline", "33.提升机关事务管理水平", "2025年6月底前",
      "earlier than region task 111 (机关事务, 2025年)"),
    N("deadline-later-than-baseline", "34.建设政策文件库", "2024年9月31日前",
      "not later than region task 113 (2024年); the only problem on this line is the impossible day (in expect as deadline-invalid)"),
    N("deadline-invalid", "36.畅通政民互动渠道", "12345",
      "热线 number, not a year; deadline 2024年12月底前 equals region task 115 (2024年)"),
    N("deadline-later-than-baseline", "二是强化资金保障", "2025年",
      "the budget year the funds go into (2025年区级财政预算), not a task deadline"),
    N("deadline-later-than-baseline", "四是强化考核评价", "2024年度",
      "the assessment year of the 效能目标管理考核, not a deadline"),
    N("deadline-later-than-baseline", "五是加强调度通报", "2025年1月10日前",
      "the office's own reporting date for the year-end summary, not a task deadline"),
    N("deadline-invalid", "五是加强调度通报", "25日前",
      "quarterly reporting day of the office (每季度末月25日前), a valid recurring date"),
]
mnf.append(N("deadline-invalid", "2024年7月12日", "2024年7月12日",
             "issue date of the document"))
mnf.append(N("deadline-later-than-baseline", "7\t基层填表报数工作量压减比例", "2025年",
             "indicator table: the 50% target's year equals region task 106 (2025年)"))
mnf.append(N("unknown-unit", "市大数据管理服务局：", "市大数据管理服务局",
             "addressee (the city bureau the report goes to), in units.txt; not a responsible unit"))
mnf.append(N("deadline-later-than-baseline", "2\t电子政务外网村级覆盖率", "100%",
             "indicator table figure (annual target 100% / done 89.1%), not a date"))

covers = [
    (64, "1.健全组织机构"), (3, "3.驱动数字经济发展"), (5, "4.完善数字经济治理"),
    (8, "5.深化数字普惠应用"), (7, "6.推进教育数字化"), (9, "7.推进智慧城市建设"),
    (10, "8.推进数字乡村建设"), (11, "8.推进数字乡村建设"), (12, "9.营造良好数字生态"),
    (18, "10.强化安全保障"), (21, "11.完善制度规则"), (23, "11.完善制度规则"),
    (28, "12.开展试点示范"), (41, "13.寮哄寲"), (42, "13.寮哄寲"),
    (40, "14.深化电子文件管理"), (54, "14.深化电子文件管理"), (43, "15.提升政务云支撑能力"),
    (48, "16.提升网络支撑能力"), (50, "17.整合业务专网"), (49, "18.融合视频资源"),
    (52, "19.加强共性应用支撑"), (56, "20.推进非税收入收缴电子化"), (66, "21.提升经济调节能力"),
    (70, "22.提升市场监管能力"), (71, "22.提升市场监管能力"), (77, "23.提升社会矛盾化解"),
    (79, "23.提升社会矛盾化解"), (83, "24.提高基层社会治理能力"), (80, "25.提升公共安全保障能力"),
    (84, "26.打造泛在可及的服务体系"), (86, "26.打造泛在可及的服务体系"), (89, "26.打造泛在可及的服务体系"),
    (90, "27.推进公共场馆数字化"), (93, "28.推进适老化与信息无障碍建设"), (96, "29.提升生态环境保护能力"),
    (95, "29.提升生态环境保护能力"), (104, "30.提升行政执行能力"), (105, "30.提升行政执行能力"),
    (106, "31.推进基层减负"), (107, "32.整合视频会议资源"), (111, "33.提升机关事务管理水平"),
    (113, "34.建设政策文件库"), (114, "35.做强政务新媒体矩阵"), (115, "36.畅通政民互动渠道"),
    (116, "一是加强组织领导"),
]
key = {
    "writer": "blind writer, round 464; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": [{"task": t, "line": line(a)} for t, a in covers],
    "notes": ("A district half-year summary (利通区, 吴忠市) issued 2024-07-12: part one (lines 4-34) reports work done in "
              "2024 H1 with past dates and figures; part two (lines 35-82) sets 36 H2 items, each with an inline "
              "（责任单位：…；完成时限：…） note, several running into 2025. The note on line 36 says the first-listed unit "
              "leads. units.txt is the district's registry (plus the city bodies it reports to). Planted: one wrong 文号 for "
              "the region's 实施意见 (line 36), one mojibake item title (line 52), one unknown unit (区大数据局, line 54), two "
              "deadlines later than the region's 2024 (tasks 48 and 93), one impossible date (9月31日). Items that match "
              "region tasks due 2023 were deliberately given '长期坚持' rather than a 2024 date. The indicator table "
              "(lines 87-95) is figures only, no units or deadlines."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(key["covers"]))
