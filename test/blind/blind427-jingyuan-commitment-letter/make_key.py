# Builds key.json and checks every line/text against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(marker):
    hits = [i + 1 for i, s in enumerate(L) if marker in s]
    assert len(hits) == 1, (marker, hits)
    return hits[0]

def e(rule, marker, text=None, **kw):
    d = {"rule": rule, "line": ln(marker)}
    if text is not None:
        assert text in L[d["line"] - 1], (text, d)
        d["text"] = text
    d.update(kw)
    return d

expect = [
    e("deadline-later-than-baseline", "13.按照自治区统一标准", "2025年底",
      why="task 34 (建设完善医疗健康等主题数据库并纳入全区一体化政务大数据体系), 完成时限 2024年; the promise says 2025年底前"),
    e("deadline-later-than-baseline", "34.完成本局网站", "2025年6月底",
      why="task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; the promise says 2025年6月底前"),
    e("deadline-invalid", "32.推进卫生健康领域“证照分离”", "2022年9月底",
      why="a 2024 letter promising completion by 2022年9月底 (before the year the document is issued); the task is 88 (证照分离、一业一证), 完成时限 2024年 - slip for 2024"),
    e("deadline-invalid", "40.整合本系统政务新媒体", "20224年",
      why="impossible year 20224年 (typo for 2024年); the task is 114 (政务新媒体矩阵), 完成时限 2024年"),
    e("unknown-unit", "15.编制本系统公共数据开放目录", "县数据局",
      why="泾源县 has no 县数据局; units.txt lists 县大数据服务中心 (the body named correctly at lines 27 and 38)"),
    e("unknown-unit", "26.将卫生健康领域“双随机", "县市场监管理局",
      why="misspelt unit: units.txt has 县市场监督管理局 = 县市场监管局; 县市场监管理局 is neither (same name written correctly at line 50)"),
    e("garbled-text", "20.依托自治区", "鍏ㄦ皯鍋ュ悍淇℃伅骞冲彴",
      why="UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 全民健康信息平台"),
]

m = [
    e("unknown-unit", "承诺单位：县卫生健康局", "县卫生健康局", why="the promising department itself; canonical name in units.txt"),
    e("unknown-unit", "承诺单位（盖章）：泾源县卫生健康局", "泾源县卫生健康局", why="full name of the promising department, listed as a short name of 县卫生健康局 in units.txt"),
    e("unknown-unit", "县人民政府（盖章）", "县人民政府", why="the county government, the other party of the letter; in units.txt"),
    e("deadline-invalid", "2024年  月  日", "2024年  月  日", why="signing date left blank to be filled in by the department when it signs; not a deadline and not impossible"),
    {"rule": "deadline-invalid", "line": len(L), "text": "2024年3月", "why": "the county government's signing date, the year of the document; not a deadline"},
    e("basis-mismatch", "为深入贯彻落实党中央", "宁政发〔2023〕17号", why="correct title and 文号 of the regional 实施意见, and correct 国发〔2022〕14号 citation; no parent plan exists for this county letter"),
    e("basis-mismatch", "2020年以来，按照", "宁政办发〔2020〕14号", why="retrospective mention of the 2020 工作要点 in the background (what was done since 2020); title and 文号 are correct and it is not cited as a basis"),
    e("deadline-invalid", "2020年以来，按照", "2020年", why="past date in the background section"),
    e("deadline-invalid", "2023年，我局完成县域远程会诊", "2023年", why="past achievement in the background section"),
    e("deadline-later-than-baseline", "到2024年底，本系统非涉密", "2024年底", why="the letter's own 2024 goal: systems moved to the cloud (task 46, 完成时限 2024年) and 专网 integrated (task 50, 完成时限 2024年) - equal; it is not one of the region's 2023 goals"),
    e("deadline-later-than-baseline", "到2025年，全县卫生健康领域", "2025年", why="equal to the region's 主要目标 到2025年 (“34567”体系框架全面成型, 数字化履职能力明显提升)"),
    e("deadline-later-than-baseline", "1.聚焦“六新六特六优”", "2025年取得明显成效", why="数字经济 item; tasks 1/3 are 持续推进，2025 年取得明显成效 - equal"),
    e("deadline-later-than-baseline", "2.深化“互联网+医疗健康”", "2025年取得明显成效", why="task 8 (and 6, 10) 完成时限 持续推进，2025年取得明显成效 - equal"),
    e("deadline-later-than-baseline", "4.落实本系统数字政府建设安全", "长期坚持", why="task 14 is due 2023; the letter states an ongoing duty with no later completion milestone"),
    e("deadline-later-than-baseline", "8.将本系统政务信息化项目", "2024年底", why="task 23 完成时限 2024年 - equal"),
    e("deadline-later-than-baseline", "14.按要求向全区人口基础", "2024年底", why="tasks 33 and 65 完成时限 2024年 - equal"),
    e("deadline-later-than-baseline", "16.强化电子公文管理职责", "2024年10月底", why="tasks 40 and 54 完成时限 2024年 - earlier"),
    e("deadline-later-than-baseline", "17.推进局机关及局属单位非涉密", "2024年底", why="task 46 完成时限 2024年 - equal"),
    e("deadline-later-than-baseline", "18.推进卫生健康非涉密业务专网", "2024年9月底", why="task 50 完成时限 2024年 - earlier"),
    e("deadline-later-than-baseline", "19.配合推进电子政务外网", "2024年底", why="task 48 完成时限 2024年 - equal"),
    e("unknown-unit", "19.配合推进电子政务外网", "各乡镇人民政府", why="collective subject"),
    e("unknown-unit", "19.配合推进电子政务外网", "各乡镇卫生院", why="collective (every township health centre), not a named unit"),
    e("deadline-later-than-baseline", "21.推进医师、护士执业证书", "2024年底", why="task 52 完成时限 2025年 - earlier"),
    e("deadline-later-than-baseline", "22.推动电子处方", "2024年底", why="task 53 完成时限 2024年 - equal"),
    e("deadline-later-than-baseline", "23.配合推进医疗收费", "2025年6月底", why="task 56 完成时限 2025年 - earlier"),
    e("deadline-later-than-baseline", "27.对县域互联网诊疗", "2024年底", why="task 75 完成时限 2024年 - equal"),
    e("deadline-later-than-baseline", "28.对医疗机构药品", "2024年11月底", why="task 71 完成时限 2024年 - earlier"),
    e("unknown-unit", "28.对医疗机构药品", "县市场监管局", why="official short name of 县市场监督管理局 in units.txt (contrast the misspelt unit at line 48)"),
    e("deadline-later-than-baseline", "29.履行卫生健康监管数据治理", "2024年底", why="task 73 完成时限 2024年 - equal"),
    e("deadline-later-than-baseline", "30.迭代升级公共卫生应急", "2024年底", why="task 80 完成时限 2024年 - equal"),
    e("unknown-unit", "30.迭代升级公共卫生应急", "县疾控中心", why="short name of 县疾病预防控制中心 in units.txt"),
    e("deadline-later-than-baseline", "31.深化“一件事一次办”", "长期坚持", why="task 85 is due 2023; ongoing promise without a later completion milestone"),
    e("unknown-unit", "32.推进卫生健康领域“证照分离”", "县审批局", why="short name of 县审批服务管理局 in units.txt"),
    e("deadline-later-than-baseline", "33.将预约挂号", "2024年8月底", why="task 86 (and 90) 完成时限 2024年 - earlier"),
    e("deadline-later-than-baseline", "35.推进医疗废物", "2024年底", why="task 102 完成时限 2025年 (earlier), task 74 2024年 (equal)"),
    e("unknown-unit", "35.推进医疗废物", "固原市生态环境局泾源分局", why="the city bureau's county branch, listed in units.txt; not to be split"),
    e("deadline-later-than-baseline", "36.全面应用全区统一的协同办公平台", "2024年6月底", why="tasks 104 and 105 完成时限 2024年 - earlier"),
    e("deadline-later-than-baseline", "37.依托“宁政通”填表报数", "2025年底", why="task 106 完成时限 2025年 - equal"),
    e("deadline-later-than-baseline", "38.局机关视频会议系统", "2025年6月底", why="task 107 完成时限 2025年 - earlier"),
    e("deadline-later-than-baseline", "39.进一步完善政务公开", "2024年底", why="task 112 完成时限 2024年 - equal"),
    e("deadline-later-than-baseline", "41.及时办理12345", "长期坚持", why="ongoing duty (task 115, 2024; task 87, 2025); no later completion milestone"),
    e("deadline-later-than-baseline", "43.调整充实由局主要负责人", "2024年4月底", why="task 64 完成时限 2025年 - earlier"),
    e("unknown-unit", "45.每年组织干部职工", "局属各医疗卫生单位", why="collective (all health units under the bureau)"),
    e("deadline-later-than-baseline", "46.每季度结束后", "2024年12月20日", why="the office's own reporting dates, not a task deadline"),
    e("unknown-unit", "46.每季度结束后", "县人民政府办公室", why="in units.txt"),
    e("deadline-later-than-baseline", "（一）本承诺事项完成情况纳入", "2025年度", why="penalties section: the years name the assessment periods (2024年度、2025年度效能目标管理考核), not completion dates; task 122's 2023 is the region's own step"),
    e("unknown-unit", "（二）承诺事项未按期完成的", "县人民政府督查室", why="penalties wording; in units.txt"),
    e("unknown-unit", "（三）因工作不力造成", "县纪委监委", why="penalties wording; in units.txt"),
    e("deadline-later-than-baseline", "有效期至2025年12月31日", "2025年12月31日", why="validity period of the letter, not a task deadline"),
    e("deadline-later-than-baseline", "20.依托自治区", "2024年底", why="the damaged line's date is not late: closest task 8 is 持续推进，2025年取得明显成效"),
    e("deadline-later-than-baseline", "40.整合本系统政务新媒体", "20224年", why="an impossible year (typo for 2024), reported as deadline-invalid, not as a later milestone"),
    {"rule": "missing-pillar", "line": 0, "pillar": "数字经济", "why": "taken up at line %d (健康产业数字化、新业态)" % ln("1.聚焦“六新六特六优”")},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "taken up at line %d (数据依法有序使用、安全可靠的数字化发展环境、网络生态治理)" % ln("3.规范健康医疗数据")},
    {"rule": "missing-pillar", "line": 0, "pillar": "经济调节", "why": "taken up at lines %d and %d (人口数据汇聚、统计数据支撑经济调节)" % (ln("14.按要求向全区人口基础"), ln("24.按要求向经济运行"))},
    {"rule": "missing-pillar", "line": 0, "pillar": "生态环境保护", "why": "taken up at line %d (医疗废物全过程信息化监管、污染防治)" % ln("35.推进医疗废物")},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "the work system is taken up for a department: 领导小组 (line %d), 依托上级平台、不重复建设 (line %d)" % (ln("43.调整充实"), ln("10.依托自治区、固原市"))},
]

cov = [
    (8, "2.深化“互联网+医疗健康”"), (6, "2.深化“互联网+医疗健康”"),
    (14, "4.落实本系统数字政府建设安全"), (18, "5.每年对局机关"), (15, "6.规范参与卫生健康信息化"),
    (17, "7.加强对涉及个人隐私"), (23, "8.将本系统政务信息化项目"), (24, "9.新建卫生健康信息化项目"),
    (32, "11.明确本局数据管理机构"), (30, "12.动态更新本系统"), (36, "12.动态更新本系统"),
    (34, "13.按照自治区统一标准"), (33, "14.按要求向全区人口基础"), (65, "14.按要求向全区人口基础"),
    (41, "15.编制本系统公共数据开放目录"), (40, "16.强化电子公文管理职责"), (54, "16.强化电子公文管理职责"),
    (46, "17.推进局机关及局属单位非涉密"), (50, "18.推进卫生健康非涉密业务专网"), (48, "19.配合推进电子政务外网"),
    (52, "21.推进医师、护士执业证书"), (53, "22.推动电子处方"), (56, "23.配合推进医疗收费"),
    (68, "25.动态更新卫生健康监管事项"), (70, "26.将卫生健康领域“双随机"), (75, "27.对县域互联网诊疗"),
    (71, "28.对医疗机构药品"), (73, "29.履行卫生健康监管数据治理"), (80, "30.迭代升级公共卫生应急"),
    (85, "31.深化“一件事一次办”"), (88, "32.推进卫生健康领域“证照分离”"), (86, "33.将预约挂号"),
    (93, "34.完成本局网站"), (102, "35.推进医疗废物"), (104, "36.全面应用全区统一的协同办公平台"),
    (105, "36.全面应用全区统一的协同办公平台"), (106, "37.依托“宁政通”填表报数"), (107, "38.局机关视频会议系统"),
    (112, "39.进一步完善政务公开"), (114, "40.整合本系统政务新媒体"), (115, "41.及时办理12345"),
    (116, "42.将数字政府建设纳入“一把手工程”"), (64, "43.调整充实"), (25, "44.将本系统数字政府建设和运维经费"),
    (118, "45.每年组织干部职工"), (122, "（一）本承诺事项完成情况纳入"), (123, "（一）本承诺事项完成情况纳入"),
]
covers = [{"task": t, "line": ln(mk)} for t, mk in cov]

key = {
    "writer": "blind writer, round 427; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": m,
    "covers": covers,
    "notes": ("泾源县（固原市）数字政府建设目标责任承诺书, 2024-03: 县卫生健康局 promises 46 numbered items for 2024-2025 to 县人民政府. "
              "Basis is the regional 实施意见 only (no 固原 plan), so parents is empty. A single department's letter need not mirror the whole "
              "34567 framework, but every pillar is taken up by content anyway (see the missing-pillar entries in mustNotFlag). "
              "Tasks due 2023 in the region are promised as ongoing duties (长期坚持) with no later completion date. "
              "Dates in the background (2020, 2023), the signing blocks (2024年  月  日, 2024年3月), the reporting dates, the assessment years "
              "in the penalties and the validity date are not task deadlines."),
}
for d in expect + m:
    if d["line"]:
        assert 1 <= d["line"] <= len(L)
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), "lines;", len(expect), "expect;", len(m), "mustNotFlag;", len(covers), "covers")
for d in expect:
    print(d["rule"], d["line"], d.get("text"))
