#!/usr/bin/env python3
"""Builds key.json for blind633: every line number is found from a unique anchor in draft.txt
and the entry's text is asserted to occur on that line."""
import json

L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(anchor, text=None):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (anchor, text)
    return hits[0]

def E(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}
    d.update(kw)
    return d

def N(rule, anchor, text, why):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text:
        d["text"] = text
    d["why"] = why
    return d

expect = [
    E("basis-mismatch", "2025年是“十四五”规划收官之年", "宁政发〔2023〕71号",
      "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 71号 is a transposition slip"),
    E("unknown-unit", "6.推进数字乡村建设", "县乡村振兴局",
      "not in units.txt (no such body in the county registry; its functions sit with 县农业农村局)"),
    E("deadline-later-than-baseline", "16.建立数字资源“一本账”", "2025年6月底前",
      "regional task 23 (一体化数字资源管理系统, “一本账”统筹建设管理机制), 完成时限 2024年; the county dates it mid-2025"),
    E("deadline-invalid", "26.推进非税收入收缴电子化", "21月",
      "“2025年21月底前” has an impossible month (12 typed as 21); regional task 56, 完成时限 2025年"),
    E("deadline-later-than-baseline", "34.推进“互联网+基层治理”", "2026年6月底前",
      "regional task 83 (“互联网+基层治理”, 新型基层管理服务平台, 人地物事组织统一采集), 完成时限 2025年; 各市、县（区）具体负责"),
    E("unknown-unit", "48.推广协同办公和“宁政通”", "自治区政府办公厅",
      "a regional body named as 牵头单位 of a county task (copied from regional tasks 104/105); the county lead should be 县政府办公室"),
    E("garbled-text", "55.畅通政民互动渠道", "鏀垮簻淇℃伅",
      "UTF-8 bytes of “政府信息知识” read as GBK: “鏀垮簻淇℃伅鐭ヨ瘑库” for 政府信息知识库"),
]

DL = "deadline-later-than-baseline"
INV = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"

mustNotFlag = [
    # deadlines equal to or earlier than the region's
    N(DL, "到2025年底，全县数字政府建设“34567”体系框架全面成型", "到2025年底",
      "goal equal to the regional 主要目标 “到2025年…‘34567’体系框架全面成型”"),
    N(DL, "1.推动产业数字化转型", "2025年12月底前", "regional task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal"),
    N(DL, "4.深化智慧教育应用", "2025年12月底前", "regional task 7, 完成时限 2023年形成试点经验，2025年取得明显成效: equal"),
    N(DL, "8.培育数据要素市场", "2025年12月底前", "regional task 12 (数据要素市场、数据交易平台), 完成时限 2025年: equal"),
    N(DL, "14.强化审管协同", "2025年12月底前", "regional task 22 (审管协同), 完成时限 2025年: equal"),
    N(DL, "18.开展试点示范", "2025年12月底前", "regional task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效: equal"),
    N(DL, "19.融入全区一体化政务大数据体系", "2025年12月底前", "regional task 29 (统一政务数据平台, 一体化政务大数据体系), 完成时限 2023年启动，2025年完成: equal"),
    N(DL, "24.推进“视频一张网”建设", "2025年12月底前", "regional task 49 (视频共享平台, “视频一张网”), 完成时限 2025年: equal"),
    N(DL, "25.推广电子证照应用", "2025年10月底前", "regional task 52 (电子证照社会化高频场景应用), 完成时限 2025年: earlier"),
    N(DL, "28.健全组织机构", "2025年6月底前", "regional task 64 (各地各部门参照自治区做法成立组织机构), 完成时限 2025年: earlier"),
    N(DL, "29.厘清层级职责", "2025年12月底前", "六级贯通 work (no dated task of its own; nearest is task 81, 2025年): not later"),
    N(DL, "30.加强经济运行监测预警", "2025年12月底前", "regional task 66 (经济运行大数据平台, 监测预警), 完成时限 2025年: equal"),
    N(DL, "39.优化12345政务服务便民热线", "2025年12月底前", "regional task 87 (12345 “一呼即应”改革), 完成时限 2023年启动，2025年完成: equal"),
    N(DL, "41.配合推进“多卡合一”", "2025年12月底前", "regional task 92 (多卡合一), 完成时限 2025年; counties cooperate: equal"),
    N(DL, "44.深化“互联网+城乡供水”", "2025年12月底前", "regional task 96 (互联网+城乡供水), 完成时限 2025年: equal"),
    N(DL, "46.推动绿色低碳转型", "2025年12月底前", "regional tasks 100, 101, 102, 完成时限 2025年: equal"),
    N(DL, "49.推动基层填表报数减负", "2025年12月底前", "regional task 106 (填表报数系统, 压减50%以上), 完成时限 2025年: equal"),
    N(DL, "50.整合视频会议系统", "2025年9月底前", "regional task 107 (视频会议平台), 完成时限 2025年: earlier"),
    N(DL, "51.推进机关事务管理数字化", "2025年12月底前", "regional task 111 (机关事务统一门户, 办公用房数据), 完成时限 2025年: equal"),
    N(DL, "11.提升安全防护能力", "2025年11月底前", "regional task 18, 完成时限 2023年形成机制，长期坚持: the 2025 drill is the 长期坚持 part, not a late completion"),
    N(DL, "于每季度末月25日前", "2026年1月15日前", "the office's own reporting date for the annual summary, not a task deadline"),
    # earlier regional work written as ongoing or done
    N(DL, "10.压实安全管理责任", "长期坚持", "regional task 14, 完成时限 2023年; written as ongoing, no later milestone"),
    N(DL, "13.推进政务系统信创迁移", "持续推进", "regional task 43, 完成时限 2024年建成，持续推进; the county continues migration"),
    N(DL, "15.推动行政权力事项网上运行", "持续推进", "regional task 21, 完成时限 2024年; written as ongoing"),
    N(DL, "20.动态更新政务数据资源目录", "持续推进", "regional tasks 30/31, 完成时限 2023年; catalogue done in 2024, upkeep ongoing"),
    N(DL, "23.巩固电子政务外网覆盖成果", "持续推进", "regional tasks 47/48/50, 完成时限 2024年; coverage done in 2024, upkeep ongoing"),
    N(DL, "36.巩固“雪亮工程”建设成果", "持续推进", "regional task 79, 完成时限 2024年; written as ongoing"),
    N(DL, "42.优化适老化与无障碍服务", "2024年已完成改造，2025年持续优化", "regional task 93, 完成时限 2024年; done in 2024, ongoing afterwards"),
    N(DL, "47.提升辅助决策能力", "持续推进", "regional task 103, 完成时限 2024年; written as ongoing"),
    # past dates that are not deadlines
    N(INV, "（一）基础支撑持续夯实", "2024年9月", "review of 2024, past event, not a deadline"),
    N(INV, "（二）数据资源加快汇聚", "2024年6月底前", "review of 2024, past event, not a deadline"),
    N(INV, "（三）政务服务提质增效", "2024年12月", "review of 2024, past event"),
    N(INV, "20.动态更新政务数据资源目录", "2024年", "retrospective “在2024年完成目录编制的基础上”"),
    N(INV, "23.巩固电子政务外网覆盖成果", "2024年", "retrospective “在2024年实现…全覆盖的基础上”"),
    N(INV, "42.优化适老化与无障碍服务", "2024年已完成改造", "states work already done; the 2025 part is 持续优化"),
    # units: collectives, aliases, distributed prefixes, registered non-government units, regional body in prose
    N(UU, "3.推进公共事业服务数字化", "县直有关部门", "collective subject"),
    N(UU, "3.推进公共事业服务数字化", "各乡镇人民政府", "collective subject"),
    N(UU, "10.压实安全管理责任", "县直各部门（单位）", "collective subject"),
    N(UU, "34.推进“互联网+基层治理”", "各村（社区）", "collective subject"),
    N(UU, "2.完善数字经济治理", "县市场监管局", "registered short name of 县市场监督管理局"),
    N(UU, "15.推动行政权力事项网上运行", "县审批局", "registered short name of 县审批服务管理局"),
    N(UU, "17.规范政务信息化项目管理", "县发改局", "registered short name of 县发展和改革局"),
    N(UU, "14.强化审管协同", "县住建局", "registered short name of 县住房城乡建设局"),
    N(UU, "41.配合推进“多卡合一”", "县医保局", "registered short names 县人社局, 县医保局, 县卫健局"),
    N(UU, "35.推进“智慧应急”建设", "县应急局", "registered short name of 县应急管理局"),
    N(UU, "46.推动绿色低碳转型", "县林草局", "registered short name of 县林业和草原局"),
    N(UU, "33.提升矛盾纠纷化解能力", "司法局", "“县公安局、司法局、信访局”: the 县 prefix distributes (县司法局, 县信访局)"),
    N(UU, "（三）提升数字素养", "宣传部", "“县委组织部、宣传部”: the 县委 prefix distributes (县委宣传部)"),
    N(UU, "21.深化数据共享应用", "国网隆德县供电公司", "non-government unit listed in units.txt"),
    N(UU, "23.巩固电子政务外网覆盖成果", "中国电信隆德分公司", "non-government unit listed in units.txt"),
    N(UU, "43.提升生态环境数字化监测能力", "固原市生态环境局隆德分局", "vertically managed branch listed in units.txt; a county-level lead"),
    N(UU, "35.推进“智慧应急”建设", "隆德县消防救援大队", "listed in units.txt (as is 隆德县气象局)"),
    N(UU, "19.融入全区一体化政务大数据体系", "自治区政府办公厅", "named in prose (“按照自治区政府办公厅统一部署”), not as a responsible unit of the task"),
    N(UU, "各牵头单位要细化工作措施", "县推进数字政府建设领导小组办公室", "listed in units.txt; the office receiving reports"),
    # basis
    N(BM, "2025年是“十四五”规划收官之年", "国发〔2022〕14号", "correct 文号 of the national 指导意见"),
    N(BM, "2025年是“十四五”规划收官之年", "宁政办发〔2023〕11号", "数字宁夏“1244+N”行动计划实施方案, cited with the 文号 the 吴忠 plan also uses"),
    N(BM, "2025年是“十四五”规划收官之年", "《关于加强数字政府建设的实施方案》", "固原市人民政府 plan cited by title alone, as a county does"),
    N(BM, "（二）数据资源加快汇聚", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the review, with its correct 文号; not cited as a basis"),
    N(BM, "2024年，在县委、县政府的坚强领导下", "《隆德县关于加强数字政府建设的实施方案》", "the county's own earlier plan named in the review; not a higher-level basis"),
    # pillars present by content
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "items 8–9 (数据要素市场, 网络生态) take it up"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "section （三） items 28–29 (组织机构, 六级贯通层级职责)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开", "why": "items 53–55"},
]

covers_spec = [
    (3, "1.推动产业数字化转型"), (5, "2.完善数字经济治理"), (6, "3.推进公共事业服务数字化"),
    (7, "4.深化智慧教育应用"), (8, "5.推进“互联网+医疗健康”"), (10, "6.推进数字乡村建设"),
    (11, "7.巩固“数字供销”建设成果"), (12, "8.培育数据要素市场"), (14, "10.压实安全管理责任"),
    (18, "11.提升安全防护能力"), (17, "12.落实安全制度要求"), (43, "13.推进政务系统信创迁移"),
    (22, "14.强化审管协同"), (21, "15.推动行政权力事项网上运行"), (23, "16.建立数字资源“一本账”"),
    (24, "17.规范政务信息化项目管理"), (28, "18.开展试点示范"), (29, "19.融入全区一体化政务大数据体系"),
    (30, "20.动态更新政务数据资源目录"), (36, "21.深化数据共享应用"), (54, "22.加强电子公文和电子档案管理"),
    (48, "23.巩固电子政务外网覆盖成果"), (50, "23.巩固电子政务外网覆盖成果"), (49, "24.推进“视频一张网”建设"),
    (52, "25.推广电子证照应用"), (56, "26.推进非税收入收缴电子化"), (57, "27.完善信用信息归集共享"),
    (64, "28.健全组织机构"), (66, "30.加强经济运行监测预警"), (68, "31.推行“照单监管”"),
    (71, "32.强化数字化追溯监管"), (77, "33.提升矛盾纠纷化解能力"), (83, "34.推进“互联网+基层治理”"),
    (80, "35.推进“智慧应急”建设"), (79, "36.巩固“雪亮工程”建设成果"), (84, "37.提升“一网通办”水平"),
    (86, "38.做强“我的宁夏”隆德专区"), (87, "39.优化12345政务服务便民热线"), (88, "40.优化涉企服务"),
    (92, "41.配合推进“多卡合一”"), (93, "42.优化适老化与无障碍服务"), (94, "43.提升生态环境数字化监测能力"),
    (96, "44.深化“互联网+城乡供水”"), (97, "45.推进自然资源和林草资源数字化管理"), (98, "45.推进自然资源和林草资源数字化管理"),
    (101, "46.推动绿色低碳转型"), (102, "46.推动绿色低碳转型"), (103, "47.提升辅助决策能力"),
    (104, "48.推广协同办公和“宁政通”"), (105, "48.推广协同办公和“宁政通”"), (106, "49.推动基层填表报数减负"),
    (107, "50.整合视频会议系统"), (111, "51.推进机关事务管理数字化"), (109, "52.优化“互联网+督查”"),
    (112, "53.提升政府信息公开水平"), (114, "54.建设政务新媒体矩阵"), (115, "55.畅通政民互动渠道"),
    (116, "（一）加强组织领导"), (25, "（二）加大财政投入"), (118, "（三）提升数字素养"),
    (122, "（四）强化考核评价"), (123, "（四）强化考核评价"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_spec]

key = {
    "writer": "blind writer, round 633; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2025,
    "expect": expect,
    "mustNotFlag": mustNotFlag,
    "covers": covers,
    "notes": ("隆德县 (固原市) 2025年数字政府建设工作要点, issued 2025-01-20 (隆政办发〔2025〕4号), checked against ningxia-2023 "
              "with no parent plan (the 固原 plan is cited by title only and is not in the seeds). Each numbered point ends with an "
              "inline note （牵头单位：…；配合单位：…；完成时限：…）. Tasks the region dated 2023/2024 are written as 持续推进/长期坚持 or as done "
              "in 2024; the only 2025 date on a 2024 task is the planted one at point 16. Section 一 reviews 2024 with past dates. "
              "The last section's 2026年1月15日 is the office's reporting date for the annual summary. units.txt is the county registry; "
              "县乡村振兴局 is deliberately absent from it."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(mustNotFlag), 'mustNotFlag;', len(covers), 'covers')
