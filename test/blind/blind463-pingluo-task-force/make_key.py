#!/usr/bin/python3
"""Builds key.json from draft.txt; every line number is found by a unique anchor."""
import json

lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()


def L(anchor, text=None):
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (anchor, text)
    return hits[0]


def E(rule, anchor, text, why):
    return {"rule": rule, "line": L(anchor, text), "text": text, "why": why}


DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
GT = "garbled-text"

expect = [
    E(BM, "为深入贯彻落实党的二十大精神", "宁政办发〔2023〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (2023-05-16); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title"),
    E(DL, "2.推广“我的宁夏”政务APP", "2025年6月底",
      "task 86 (迭代升级“我的宁夏”政务APP…应用实现“应上尽上”) 完成时限 2024年; the county puts it in mid-2025"),
    E(DI, "4.推进适老化改造", "20244年",
      "impossible year (typo for 2024年9月); task 93 完成时限 2024年, so the intended date would be fine"),
    E(DL, "2.升级电子政务外网", "2025年底",
      "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年; the county's 城域网/县乡村全覆盖 is dated 2025年底前. The same line's 2024年底前 (task 47, 2024年) is fine"),
    E(UU, "牵头单位：县大数据局", "县大数据局",
      "no such unit in units.txt; the county's body is 县大数据服务中心 (lead of 数据资源组, line with 牵头单位：县大数据服务中心)"),
    E(UU, "牵头单位：自治区党委网信办", "自治区党委网信办",
      "a regional body named as the lead (牵头单位) of a county working group; copied from the regional list, the county's own body is 县委网信办"),
    E(GT, "（三）严格督查问责", "浠诲姟涓ラ噸婊炲悗",
      "UTF-8 read as GBK: re-encoding as GBK and decoding as UTF-8 gives 任务严重滞后"),
]


def N(rule, anchor, why, text=None):
    d = {"rule": rule, "line": L(anchor, text), "why": why}
    if text is not None:
        d["text"] = text
    return d


mnf = [
    N(BM, "平政办发〔2024〕9号", "the notice's own 文号, not a cited basis document", "平政办发〔2024〕9号"),
    N(BM, "为深入贯彻落实党的二十大精神", "national 指导意见 cited with its correct 文号", "国发〔2022〕14号"),
    N(BM, "为深入贯彻落实党的二十大精神", "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way in the 吴忠 plan", "宁政办发〔2023〕11号"),
    N(BM, "自2020年自治区印发", "retrospective mention of the 2020 工作要点 with its correct title and 文号, not cited as the basis", "宁政办发〔2020〕14号"),
    N(DI, "自2020年自治区印发", "past years in the background (2020年 印发, 2023年 网上可办率), not deadlines", "2023年"),
    N(DL, "工作目标：到2025年", "到2025年…体系框架全面成型 equals the region's 主要目标 (到2025年，…“34567”体系框架全面成型)", "到2025年"),
    N(UU, "各乡镇人民政府，县直各部门（单位），各驻平单位", "collective addressees", "县直各部门（单位）"),
    N(UU, "专 班 长：县人民政府县长", "a person by post, not a unit", "县人民政府县长"),
    N(UU, "副专班长：县委常委、县人民政府常务副县长", "a person by post, not a unit", "县人民政府常务副县长"),
    N(UU, "县人民政府分管数字政府建设工作的副县长", "a person by post, not a unit"),
    N(UU, "成    员：", "县发改局 is the registered short name of 县发展和改革局", "县发改局"),
    N(UU, "成    员：", "石嘴山市平罗生态环境局 is in units.txt (the city bureau's county branch)", "石嘴山市平罗生态环境局"),
    N(UU, "成    员：", "各乡镇人民政府乡镇长: collective subject plus post", "各乡镇人民政府"),
    N(UU, "工作专班办公室设在县人民政府办公室", "工作专班办公室 is the body the notice itself sets up; 局长/主任 are posts", "工作专班办公室"),
    N(UU, "工作专班下设综合协调组", "the working groups' own names, defined by the notice", "综合协调组"),
    N(DL, "1.健全组织机构。2024年4月底前", "earlier than task 64 (各地各部门参照自治区做法成立相应的组织机构) 完成时限 2025年 (not task 60, which is the regional 领导小组)", "2024年4月底前"),
    N(DL, "4.开展试点示范", "task 28 完成时限 2023年启动，2025年取得明显成效: the completing milestone 2025年 is equal; a later start does not make the deadline later", "2024年启动"),
    N(DL, "5.强化组织领导和考核评价", "长期坚持, no dated milestone; tasks 116 (2023年完成并长期坚持), 121 (长期坚持), 122/123 (2023年完成，长期坚持)", "长期坚持"),
    N(DL, "6.提升数字素养", "长期坚持; task 118 2023年完成并长期坚持", "长期坚持"),
    N(DL, "1.提升一体化政务服务能力", "equal to task 84, 完成时限 2024年", "2024年底前"),
    N(DL, "3.优化涉企服务", "earlier than task 89, 完成时限 2024年", "2024年10月底前"),
    N(DL, "5.做强12345政务服务便民热线", "equal to task 87, 完成时限 2023年启动，2025年完成", "2025年底前"),
    N(UU, "5.做强12345政务服务便民热线", "石嘴山市 is the parent city the county cooperates with, not a responsible unit of the county", "石嘴山市"),
    N(DL, "6.提升政务运行效能", "2024年底前 equals task 104 (2024年); 2024年9月底前 is earlier than task 105 (2024年); 2025年底前 equals task 107 (2025年)", "2025年底前"),
    N(DL, "7.深化政务公开", "equal to tasks 112, 114, 115, 完成时限 2024年", "2024年底前"),
    N(UU, "2.深化数据高效共享", "自治区政府办公厅 is named as the counterpart to liaise with, not as the lead of a county task", "自治区政府办公厅"),
    N(DL, "3.推进数据开放利用", "2024年9月底前 earlier than task 41 (2024年); 2024年底前 equal to task 42 (2024年)", "2024年9月底前"),
    N(DL, "4.配合建设主题数据库", "equal to task 34, 完成时限 2024年", "2024年底前"),
    N(DL, "5.规范电子公文和电子档案管理", "equal to tasks 40 and 54, 完成时限 2024年", "2024年底前"),
    N(DL, "6.营造良好数字生态", "equal to task 12, 完成时限 2025年", "2025年"),
    N(UU, "中国电信平罗分公司", "units outside the government proper, listed in units.txt", "中国电信平罗分公司"),
    N(DL, "1.推进政务上云", "equal to task 43 (2024年建成，持续推进) and task 19 (2023年启动，2024年建成)", "2024年底前"),
    N(DL, "3.整合业务专网", "earlier than task 50, 完成时限 2024年", "2024年11月底前"),
    N(DL, "4.整合视频资源", "equal to task 49, 完成时限 2025年", "2025年底前"),
    N(UU, "4.整合视频资源", "县委政法委 is in units.txt", "县委政法委"),
    N(DL, "3.完善评估指标", "earlier than task 16, 完成时限 2024年", "2024年8月底前"),
    N(DL, "4.提升防护能力", "长期坚持; task 18 2023年形成机制，长期坚持", "长期坚持"),
    N(DL, "1.驱动数字经济发展", "equal to task 3, 持续推进，2025年取得明显成效", "2025年取得明显成效"),
    N(DL, "2.提升经济调节能力", "equal to task 66, 完成时限 2025年", "2025年底前"),
    N(DL, "3.引领数字社会建设", "equal to tasks 6 and 10, 持续推进，2025年取得明显成效", "2025年取得明显成效"),
    N(DL, "4.提升市场监管能力", "equal to tasks 70, 71, 74, 完成时限 2024年", "2024年底前"),
    N(DL, "5.提升社会管理能力", "2024年底前 equals task 79 (2024年); 2025年底前 equals task 83 (2025年)", "2025年底前"),
    N(DL, "6.提升生态环境保护能力", "2024年底前 equals task 94 (2024年); 2025年 equals task 96 (2025年)", "2024年底前"),
    N(DL, "（一）例会制度", "the office's own quarterly/weekly meeting routine, not a task deadline", "每周一"),
    N(DL, "（二）周报制度", "weekly report routine set by the office, not a task deadline", "每周四18时前"),
    N(UU, "（二）周报制度", "综合协调组 is one of the notice's own working groups, used where a body would stand", "综合协调组"),
    N(DL, "（三）月调度制度", "monthly reporting and scheduling routine set by the office", "每月25日前"),
    N(UU, "（二）加强协同配合", "综合协调组 is one of the notice's own working groups", "综合协调组"),
    N(DL, "（四）确定联络员", "the office's own reporting date for liaison lists, not a task deadline", "2024年3月22日前"),
    N(DI, "（四）确定联络员", "a date in the issue year, after the issue date", "2024年3月22日前"),
    N(DI, "2024年3月15日", "the notice's own issue date", "2024年3月15日"),
]


def C(task, anchor):
    return {"task": task, "line": L(anchor)}


covers = [
    C(64, "1.健全组织机构。2024年4月底前"),
    C(24, "3.完善统筹管理机制"),
    C(25, "3.完善统筹管理机制"),
    C(28, "4.开展试点示范"),
    C(116, "5.强化组织领导和考核评价"),
    C(121, "5.强化组织领导和考核评价"),
    C(122, "5.强化组织领导和考核评价"),
    C(123, "5.强化组织领导和考核评价"),
    C(118, "6.提升数字素养"),
    C(84, "1.提升一体化政务服务能力"),
    C(86, "2.推广“我的宁夏”政务APP"),
    C(89, "3.优化涉企服务"),
    C(93, "4.推进适老化改造"),
    C(87, "5.做强12345政务服务便民热线"),
    C(104, "6.提升政务运行效能"),
    C(105, "6.提升政务运行效能"),
    C(107, "6.提升政务运行效能"),
    C(112, "7.深化政务公开"),
    C(114, "7.深化政务公开"),
    C(115, "7.深化政务公开"),
    C(32, "1.完善数据管理机制"),
    C(30, "1.完善数据管理机制"),
    C(36, "2.深化数据高效共享"),
    C(41, "3.推进数据开放利用"),
    C(42, "3.推进数据开放利用"),
    C(34, "4.配合建设主题数据库"),
    C(40, "5.规范电子公文和电子档案管理"),
    C(54, "5.规范电子公文和电子档案管理"),
    C(12, "6.营造良好数字生态"),
    C(43, "1.推进政务上云"),
    C(47, "2.升级电子政务外网"),
    C(48, "2.升级电子政务外网"),
    C(50, "3.整合业务专网"),
    C(49, "4.整合视频资源"),
    C(51, "5.推广共性应用"),
    C(14, "1.压实安全责任"),
    C(15, "1.压实安全责任"),
    C(17, "2.落实安全制度"),
    C(16, "3.完善评估指标"),
    C(18, "4.提升防护能力"),
    C(3, "1.驱动数字经济发展"),
    C(66, "2.提升经济调节能力"),
    C(6, "3.引领数字社会建设"),
    C(10, "3.引领数字社会建设"),
    C(70, "4.提升市场监管能力"),
    C(71, "4.提升市场监管能力"),
    C(74, "4.提升市场监管能力"),
    C(79, "5.提升社会管理能力"),
    C(83, "5.提升社会管理能力"),
    C(94, "6.提升生态环境保护能力"),
    C(96, "6.提升生态环境保护能力"),
]

key = {
    "writer": "blind writer, round 463; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("平罗县人民政府办公室 notice (2024-03-15) setting up a 数字政府建设工作专班 with six working groups; "
              "basis is the region's 实施意见 only (no city plan is cited, so no parent). The notice is not a full 实施方案 "
              "but every framework pillar is taken up by content: 三个驱动 and the 经济调节/市场监管/社会管理/生态 capabilities in 数字应用组, "
              "数字生态 in 数据资源组 item 6, 公共服务/政务运行/政务公开 in 政务服务组, 五个一/六级贯通 and 党的领导 in 综合协调组. "
              "Most of the 124 tasks are not taken up (a working-group notice); task-uncovered is not annotated. "
              "The line with the planted 2025年底 (task 48) also carries 2024年底前 for task 47, which is equal. "
              "Line " + str(L("1.健全组织机构。2024年4月底前")) + " (综合协调组 item 1, 健全组织机构, 2024年4月底前) is task 64 (2025年), not task 60 (自治区领导小组, 2023年)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(lines), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect:
    print(e['rule'], e['line'], e['text'])
