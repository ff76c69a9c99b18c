#!/usr/bin/env python3
# Helper kept in the case folder: builds key.json with line numbers looked up in draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(sub, text=None):
    hits = [i + 1 for i, s in enumerate(L) if sub in s]
    assert len(hits) == 1, (sub, hits)
    if text is not None:
        assert text in L[hits[0] - 1], (sub, text)
    return hits[0]

def e(rule, anchor, text, why):
    return {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}

expect = [
    e("basis-mismatch", "全面落实《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕17号",
      "《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号; 宁政办发 is the office's series, wrong 文号 for this title"),
    e("deadline-later-than-baseline", "力争到2026年", "2026年",
      "主要目标: the parent 吴忠 plan sets 到2025年…并力争迈入自治区第一方阵 (region: 到2025年…西北领先、西部一流); the same goal moved to 2026"),
    e("unknown-unit", "14.深化数据创新应用", "市数据局",
      "not in the units file; the city's data body is 市大数据管理服务局 (市大数据局), which leads every other data item"),
    e("unknown-unit", "24.整合视频会议资源", "自治区机管局",
      "a regional body named as the lead of a city task (copied from task 107's 责任单位); the city lead would be a 市 unit such as 市机关事务服务中心"),
    e("deadline-invalid", "25.改进机关事务管理", "2024年12月底",
      "a new 2025 task dated before the year the document is issued (2025-02-20); task 111 完成时限 2025年, so it is not a late deadline"),
    e("deadline-later-than-baseline", "开展城域网升级改造", "2025年6月底",
      "carried-over task = task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the new date 2025年6月底 is later. The old date 2024年12月底 on the same line is equal and must not be flagged"),
    e("deadline-later-than-baseline", "全面推行“免证办”", "2025年底",
      "task 85 (电子证照…全面普及应用…“免证办”全面推行), 完成时限 2023年; reported late and rescheduled to 2025年底 — a reviewer raises that the city now plans it two years after the regional deadline"),
    e("garbled-text", "（五）强化宣传引导", "瀹ｄ紶鏁板瓧鏀垮簻",
      "UTF-8 bytes of 宣传数字政府 read as GBK"),
    {"rule": "task-uncovered", "line": 0, "task": 92,
     "why": "task 92 (依托“我的宁夏”…全域“多卡合一”“多码合一”“多表合一”), 各地级市牵头, 2025年: a city-led 2025 task deliberately left out of the city's 2025 points"},
]

def m(rule, anchor, text, why):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text is not None:
        d["text"] = text
    d["why"] = why
    return d

DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
mnf = [
    m(BM, "吴政办发〔2025〕5号", "吴政办发〔2025〕5号", "the document's own 文号, not a basis citation"),
    m(UU, "各县（市、区）人民政府，市政府各部门、各直属机构", "市政府各部门", "addressee collective of the 通知"),
    {"rule": UU, "line": [n for n, s in enumerate(L, 1) if s == "吴忠市人民政府办公室"][0], "text": "吴忠市人民政府办公室", "why": "signature of the issuing office, 市人民政府办公室 in the units file with the city prefix"},
    m(UU, "全面落实《国务院关于加强数字政府建设的指导意见》", "吴忠市人民政府", "the city government as issuer of the parent plan, not a responsible unit"),
    m(BM, "全面落实《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号", "correct title and 文号 of the national guiding opinion"),
    m(BM, "全面落实《国务院关于加强数字政府建设的指导意见》", "吴忠市人民政府《关于加强数字政府建设的实施方案》", "the parent city plan cited by title alone (it has no 文号); title is exact"),
    m(BM, "2023年11月27日印发的", "《关于加强数字政府建设的实施方案》", "retrospective mention of the city plan with its real issue date; correct title"),
    m(DI, "2023年11月27日印发的", "2023年11月27日", "past date in the background (the parent plan's issue date), not a deadline"),
    m(DI, "2023年11月27日印发的", "2024年11月", "past date of work done (信创云 migration finished), not a deadline; task 43 was due 2024"),
    m(DI, "2023年11月27日印发的", "2024年7月", "past date of work done (12345–110 联动), not a deadline"),
    m(BM, "回顾2020年以来", "宁政办发〔2020〕14号", "retrospective mention of the superseded 2020 regional 工作要点 with its correct title and 文号; not cited as a basis"),
    m(BM, "回顾2020年以来", "宁政发〔2023〕17号", "bare 文号 of the regional 实施意见, correct"),
    m(DL, "（二）主要目标。到2025年6月底", "2025年6月底", "goal tied to task 64 (各地各部门…成立相应的组织机构), 完成时限 2025年: earlier"),
    m(DL, "到2025年底，全市数字政府建设“1347”体系框架全面成型", "2025年底", "equal to the parent plan's 到2025年 “1347”全面成型 and the region's 到2025年 “34567”全面成型"),
    m(UU, "1.健全组织机构", "市政府办", "alias of 市人民政府办公室 in the units file"),
    m(UU, "1.健全组织机构", "市委编办", "in the units file"),
    m(UU, "1.健全组织机构", "各县（市、区）人民政府", "collective subject"),
    m(DL, "1.健全组织机构", "2025年6月底", "task 64, 完成时限 2025年: earlier"),
    m(UU, "2.厘清层级职责", "市直各部门（单位）", "collective subject"),
    m(DL, "3.完善工作机制", "长期坚持", "ongoing routine work (data specialists, quarterly lists); no completing milestone that could be later than task 32's 2023年 (明确数据管理机构、人员); the item keeps an existing mechanism running"),
    m(UU, "4.推动园区和产业数字化", "太阳山开发区管委会", "in the units file"),
    m(UU, "4.推动园区和产业数字化", "市工信局", "alias of 市工业和信息化局"),
    m(UU, "4.推动园区和产业数字化", "市发改委", "alias of 市发展改革委 (colloquial form listed in the units file)"),
    m(DL, "4.推动园区和产业数字化", "2025年12月底", "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal"),
    m(UU, "5.完善数字经济治理体系", "市市场监督管理局", "alias of 市市场监管局"),
    m(DL, "5.完善数字经济治理体系", "2025年12月底", "task 5, 完成时限 持续推进，2025年取得明显成效: equal"),
    m(UU, "6.推进智慧城市建设", "市城管局", "alias of 市城市管理局"),
    m(UU, "6.推进智慧城市建设", "利通区人民政府", "in the units file"),
    m(DL, "6.推进智慧城市建设", "2025年12月底", "task 9 (各地级市牵头), 完成时限 持续推进，2025年取得明显成效: equal"),
    m(UU, "7.深化数字普惠应用", "市卫健委", "alias of 市卫生健康委"),
    m(DL, "7.深化数字普惠应用", "2025年12月底", "tasks 7 (2023年形成试点经验，2025年取得明显成效) and 8 (持续推进，2025年取得明显成效): equal"),
    m(UU, "8.推进数字乡村建设", "市供销社", "in the units file"),
    m(DL, "8.推进数字乡村建设", "2025年12月底", "tasks 10 (持续推进，2025年取得明显成效) and 11 (2023年完成主要建设任务，2025年取得明显成效): equal; the draft only consolidates 11's 2023 results"),
    m(DL, "9.培育数据要素市场", "2025年11月底", "task 12, 完成时限 2025年: earlier"),
    m(DL, "10.筑牢安全防线", "长期坚持", "tasks 14 (2023年) / 18 (2023年形成机制，长期坚持): the draft's item is ongoing routine work, equal to 18's 长期坚持"),
    m(UU, "11.深化审管协同", "市审批局", "alias of 市审批服务管理局"),
    m(UU, "11.深化审管协同", "市水务局等有关部门", "a listed unit followed by the collective 等有关部门"),
    m(DL, "11.深化审管协同", "2025年12月底", "task 22 (各地级市具体负责), 完成时限 2025年: equal"),
    m(DL, "12.开展试点示范", "2025年12月底", "task 28, 完成时限 2023年启动，2025年取得明显成效: equal"),
    m(DL, "13.推进政务数据一体化", "2025年9月底", "task 29, 完成时限 2023年启动，2025年完成: earlier"),
    m(DL, "14.深化数据创新应用", "2025年12月底", "no regional task with an earlier deadline for this content (the parent's 深化数据创新应用 carries no date)"),
    m(UU, "15.拓展电子证照应用", "市人社局", "alias of 市人力资源社会保障局"),
    m(DL, "15.拓展电子证照应用", "2025年10月底", "task 52 (电子证照社会化高频场景), 完成时限 2025年: earlier"),
    m(DL, "16.加强经济运行监测", "2025年11月底", "task 66, 完成时限 2025年: earlier"),
    m(DL, "17.推进精准监管", "长期坚持", "ongoing supervision; tasks 70/71 (2024年) are reported done (table row 9)"),
    m(UU, "17.推进精准监管", "市直有关部门", "collective subject"),
    m(UU, "18.提高基层社会治理能力", "各乡镇（街道）", "collective subject"),
    m(DL, "18.提高基层社会治理能力", "2025年12月底", "task 83, 完成时限 2025年: equal"),
    m(UU, "19.提升公共安全保障能力", "吴忠市消防救援支队", "in the units file"),
    m(DL, "19.提升公共安全保障能力", "2025年11月底", "task 81, 完成时限 2025年: earlier"),
    m(DL, "20.打造“15分钟政务服务圈”", "2025年12月底", "task 6, 完成时限 持续推进，2025年取得明显成效: equal"),
    m(DL, "21.加强生态环境数字化监测", "2025年12月底", "task 95, 完成时限 2025年: equal"),
    m(UU, "22.提高自然资源利用效率", "同心县人民政府", "in the units file"),
    m(DL, "22.提高自然资源利用效率", "2025年10月底", "task 96, 完成时限 2025年: earlier"),
    m(DL, "23.推动绿色低碳转型", "2025年12月底", "task 101, 完成时限 2025年: equal"),
    m(DL, "24.整合视频会议资源", "2025年9月底", "task 107, 完成时限 2025年: earlier (the line's error is the unit, not the date)"),
    m(UU, "24.整合视频会议资源", "市机关事务服务中心", "in the units file"),
    m(DL, "26.提升政务公开水平", "长期坚持", "ongoing work; tasks 112/114 (2024年) are reported done (table row 11)"),
    m(UU, "26.提升政务公开水平", "市融媒体中心", "in the units file"),
    m(BM, "（一）2024年结转任务", "2024年工作要点", "retrospective mention of the city's own 2024 points, not a basis citation"),
    m(DI, "12345政务服务便民热线智能交互建设", "2024年10月底", "carried-over task's old date, shown for the record"),
    m(DL, "12345政务服务便民热线智能交互建设", "2025年9月底", "task 87, 完成时限 2023年启动，2025年完成: earlier"),
    m(DI, "推广使用全区统一的填表报数系统", "2024年12月底", "carried-over task's old date"),
    m(DL, "推广使用全区统一的填表报数系统", "2025年8月底", "task 106, 完成时限 2025年: earlier"),
    m(DI, "整合全市公共视频资源", "2024年11月底", "carried-over task's old date"),
    m(DL, "整合全市公共视频资源", "2025年11月底", "task 49, 完成时限 2025年: earlier"),
    m(DI, "非税收入收缴电子化全覆盖", "2024年12月底", "carried-over task's old date"),
    m(DL, "非税收入收缴电子化全覆盖", "2025年10月底", "task 56, 完成时限 2025年: earlier"),
    m(DI, "开展城域网升级改造", "2024年12月底", "carried-over task's old date (equal to task 48's 2024年); only the new date is late"),
    m(DI, "摸清全市政务数据资源底数", "2023年12月", "past date of work done; the 2023年 beside it is task 30's regional deadline copied into the table"),
    m(DI, "对接全区统一身份认证体系", "2023年9月", "past date of work done (task 51, 2023年)"),
    m(DI, "完善政务信息化建设管理会商机制", "2023年12月", "past date of work done (task 24, 2023年)"),
    m(DI, "系统对接	2023年", "2023年10月", "past date of work done (task 72, 2023年)"),
    m(DI, "全面推行“免证办”", "2023年", "task 85's regional deadline copied into the status table, before the plan year by nature"),
    m(DI, "政务信息系统向政务信创云迁移", "2024年11月", "past date of work done (task 43, 2024年建成，持续推进)"),
    m(DI, "吴忠专区政务服务应用", "2024年9月", "past date of work done (task 86, 2024年)"),
    m(DI, "接入全区统一协同办公平台", "2024年6月", "past date of work done (tasks 104/105, 2024年)"),
    m(DI, "企业信用风险分类管理和", "2024年8月", "past date of work done (task 70, 2024年)"),
    m(DI, "适老化与信息无障碍建设", "2024年12月", "past date of work done (task 93, 2024年)"),
    m(DI, "政务公开平台完善和政策文件库建设", "2024年12月", "past date of work done (tasks 112/113, 2024年)"),
    m(DL, "对未按期完成的任务", "2025年3月底", "the office's own reporting date for rectification plans, not a task deadline"),
    m(DL, "（二）强化考核评价", "2025年度", "the assessment year; tasks 122/123 (2023年完成，长期坚持) are ongoing"),
    m(DL, "（二）强化考核评价", "2025年12月10日", "the office's own reporting date for the annual summary; tasks 121/124 are 长期坚持 / 2023年形成机制，长期坚持"),
]

def c(task, anchor):
    return {"task": task, "line": ln(anchor)}

covers = [
    c(64, "1.健全组织机构"), c(3, "4.推动园区和产业数字化"), c(5, "5.完善数字经济治理体系"),
    c(9, "6.推进智慧城市建设"), c(7, "7.深化数字普惠应用"), c(8, "7.深化数字普惠应用"),
    c(10, "8.推进数字乡村建设"), c(11, "8.推进数字乡村建设"), c(12, "9.培育数据要素市场"),
    c(14, "10.筑牢安全防线"), c(18, "10.筑牢安全防线"), c(22, "11.深化审管协同"),
    c(28, "12.开展试点示范"), c(29, "13.推进政务数据一体化"), c(52, "15.拓展电子证照应用"),
    c(66, "16.加强经济运行监测"), c(70, "17.推进精准监管"), c(71, "17.推进精准监管"),
    c(83, "18.提高基层社会治理能力"), c(81, "19.提升公共安全保障能力"), c(6, "20.打造“15分钟政务服务圈”"),
    c(95, "21.加强生态环境数字化监测"), c(96, "22.提高自然资源利用效率"), c(101, "23.推动绿色低碳转型"),
    c(107, "24.整合视频会议资源"), c(111, "25.改进机关事务管理"), c(112, "26.提升政务公开水平"),
    c(114, "26.提升政务公开水平"),
    c(87, "12345政务服务便民热线智能交互建设"), c(106, "推广使用全区统一的填表报数系统"),
    c(49, "整合全市公共视频资源"), c(56, "非税收入收缴电子化全覆盖"), c(48, "开展城域网升级改造"),
    c(30, "摸清全市政务数据资源底数"), c(51, "对接全区统一身份认证体系"), c(24, "完善政务信息化建设管理会商机制"),
    c(72, "系统对接	2023年"), c(85, "全面推行“免证办”"), c(43, "政务信息系统向政务信创云迁移"),
    c(86, "吴忠专区政务服务应用"), c(104, "接入全区统一协同办公平台"), c(105, "接入全区统一协同办公平台"),
    c(93, "适老化与信息无障碍建设"), c(113, "政务公开平台完善和政策文件库建设"),
    c(116, "（一）加强组织领导"), c(122, "（二）强化考核评价"), c(123, "（二）强化考核评价"),
    c(121, "（二）强化考核评价"), c(25, "（三）加强资金保障"), c(118, "（四）提升数字素养"), c(120, "（四）提升数字素养"),
]

key = {
    "writer": "blind writer, round 601; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "wuzhong",
    "planYear": 2025,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("吴忠市2025年数字政府建设工作要点 (吴政办发〔2025〕5号, 2025-02-20), issued under the city's 2023 plan and organised by its parts "
              "(一套体系, 三个驱动, 四大支撑, 七种能力) plus a 结转任务 table (原定/调整后完成时限), a status table of the region's 2023/2024 tasks "
              "(自治区完成时限 copied, past completion dates) and 保障措施 covering the 党的领导 items. Two of the late deadlines are honest "
              "admissions of delay (task 48 carried over to 2025年6月底, task 85 rescheduled to 2025年底): they are still later than the region's "
              "dates and a reviewer raises them. 2024年12月底 on item 25 is a copy-paste slip from the 2024 points: before the plan year, not late "
              "(task 111 is due 2025). Lines with 长期坚持 are ongoing routine work whose matching regional tasks are dated 2023/2024 and are "
              "reported done or are themselves 长期坚持. The only garbled run is on the 宣传引导 line. No task-uncovered is expected except 92.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
