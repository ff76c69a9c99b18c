# -*- coding: utf-8 -*-
# Builds key.json; every line number is looked up in draft.txt by a unique snippet and checked.
import json, datetime
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]
def ln(snippet, text=None):
    if snippet.endswith("$"):
        hits = [i + 1 for i, l in enumerate(L) if l.endswith(snippet[:-1])]
    else:
        hits = [i + 1 for i, l in enumerate(L) if snippet in l]
    assert len(hits) == 1, (snippet, hits)
    if text: assert text in L[hits[0] - 1], (text, hits)
    return hits[0]
def e(rule, snip, text, why, **kw):
    d = {"rule": rule, "line": ln(snip, text), "text": text, "why": why}; d.update(kw); return d

expect = [
 e("basis-mismatch", "一、关于实施方案", "宁政办发〔2023〕17号",
   "the decision cites 《自治区人民政府关于加强数字政府建设的实施意见》 with 宁政办发〔2023〕17号; that title's number is 宁政发〔2023〕17号 (a 人民政府 document, not an 办公厅 one), as line 9 of the same minutes cites it correctly"),
 e("unknown-unit", "十九、推进公共数据开放", "区数据局",
   "no such body in units.txt (the district's data body is 区大数据服务中心); 区数据局 is neither a canonical name nor a listed short name"),
 e("garbled-text", "二十四、整合业务专网", "璺ㄧ綉鏁版嵁浼犺緭鏈哄埗",
   "UTF-8 bytes read as GBK: re-encoding the run as GBK and decoding as UTF-8 gives 跨网数据传输机制 (task 50 wording)"),
 e("deadline-invalid", "四十一、提升政务运行能力", "2023年11月底",
   "a deadline set in minutes of a 2024-07-10 meeting that lies before the document's own year (slip for 2024); task 104 (协同办公平台) is due 2024年, so this is not a copied regional date"),
 e("deadline-later-than-baseline", "四十二、推广移动办公", "2025年6月底",
   "task 105 (“宁政通”移动办公“总门户”，覆盖区市县乡村五级党政机关) 完成时限 2024年; the district sets 2025年6月底前"),
 e("deadline-later-than-baseline", "四十五、提升政务公开能力", "2025年底",
   "task 112 (完善各类政务公开信息化平台，以网上发布为主、其他渠道发布为辅) 完成时限 2024年, 各市、县（区）分别负责; the district sets 2025年底前"),
]

def m(rule, snip, text, why):
    d = {"rule": rule, "line": ln(snip, text), "why": why}
    if text: d["text"] = text
    return d

mnf = [
 m("basis-mismatch", "〔2024〕第5期", "〔2024〕第5期", "the minutes' own serial number (专题会议纪要 issue 5 of 2024), not the 文号 of a cited basis document"),
 m("deadline-invalid", "2024年7月12日$", "2024年7月12日", "issue date of the minutes, not a deadline"),
 m("deadline-invalid", "时　　间：", "2024年7月10日", "the meeting's own date"),
 m("basis-mismatch", "2024年7月10日下午，区委副书记", "宁政发〔2023〕17号", "correct citations: 国发〔2022〕14号 and 宁政发〔2023〕17号 with their right titles"),
 m("basis-mismatch", "会议听取了区大数据服务中心的汇报", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 with its correct title and number, as history (建设以来), not as the basis of the plan"),
 m("deadline-invalid", "（一）基础设施持续完善", "2023年", "past date in the background report (2023年完成摸底登记)"),
 m("deadline-invalid", "（二）数据资源加快汇聚", "2023年11月底前", "retrospective: the catalogue was completed before the end of Nov 2023 (完成…编制 reported as done); same wording as the planted line 61 but past tense, and equal to task 30's 2023年"),
 m("deadline-later-than-baseline", "（三）政务服务提质增效", "2024年6月底", "截至 cut-off date of a statistic, not a deadline"),
 m("deadline-invalid", "（五）安全防护能力增强", "2023年", "past date in the background report"),
 m("deadline-later-than-baseline", "二、关于发展目标", "到2025年", "local goal equal to the regional 主要目标 (到2025年…“34567”体系框架全面成型)"),
 m("unknown-unit", "三、关于组织领导", "区推进数字政府建设领导小组", "the district's coordination body, described (members, office in 区大数据服务中心), not named as lead of a task"),
 m("deadline-later-than-baseline", "四、关于工作体系", "2024年9月底", "earlier than task 64 (各地各部门参照自治区做法成立相应的组织机构) 2025年 (and task 61, 2025年)"),
 m("unknown-unit", "四、关于工作体系", "区委编办", "in units.txt (short name of 区委机构编制委员会办公室)"),
 m("unknown-unit", "五、关于层级职责", "区社会治理综合指挥中心", "in units.txt; and here the object of construction, not a lead"),
 m("deadline-invalid", "五、关于层级职责", "会后5个工作日内", "relative reporting time for filing contacts, not a dated deadline"),
 m("deadline-later-than-baseline", "七、驱动数字经济发展", "2025年", "task 1 完成时限 持续推进，2025年取得明显成效; copied equal"),
 m("unknown-unit", "七、驱动数字经济发展", "工业和信息化局", "the 区 prefix distributes: 区发展改革局、工业和信息化局 = 区发展改革局 + 区工业和信息化局, both in units.txt"),
 m("unknown-unit", "九、引领数字社会建设", "卫生健康局", "prefix distributes over 区教育局、卫生健康局、人力资源社会保障局、文化旅游体育局、民政局; all in units.txt"),
 m("deadline-later-than-baseline", "九、引领数字社会建设", "2025年", "task 6 完成时限 持续推进，2025年取得明显成效; equal"),
 m("deadline-later-than-baseline", "十、推进数字乡村建设", "2025年", "task 10 完成时限 持续推进，2025年取得明显成效; equal"),
 m("unknown-unit", "十一、推进智慧城市建设", "中卫市", "the city the district cooperates with (task 9 is led by 各地级市); not a district responsible unit"),
 m("deadline-later-than-baseline", "十二、营造良好数字生态", "2025年", "task 12 完成时限 2025年; equal"),
 m("deadline-later-than-baseline", "十三、强化安全保障", "长期坚持", "tasks 14 (2023年) and 18 (2023年形成机制，长期坚持): ongoing duty with no later milestone; the yearly drill is a frequency, not a deadline"),
 m("deadline-later-than-baseline", "十五、完善制度规则", "2024年12月底", "task 21 完成时限 2024年; equal"),
 m("unknown-unit", "十七、开展试点示范", "自治区政府办公厅", "regional body named as the source of guidance and support, not as the lead of the local task (lead is 区大数据服务中心)"),
 m("deadline-later-than-baseline", "十七、开展试点示范", "2025年", "task 28 完成时限 2023年启动，2025年取得明显成效; equal"),
 m("deadline-later-than-baseline", "十九、推进公共数据开放", "2024年11月底", "earlier than task 41's 2024年 (the line's real fault is the unit)"),
 m("deadline-later-than-baseline", "二十、推进数据融合应用", "2024年12月底", "task 42 完成时限 2024年; equal"),
 m("unknown-unit", "二十一、深化电子文件管理", "区档案馆", "in units.txt"),
 m("deadline-later-than-baseline", "二十一、深化电子文件管理", "2024年12月底", "task 54 (and 40) 完成时限 2024年; equal"),
 m("deadline-later-than-baseline", "二十二、强化政务云平台支撑能力", "2024年12月底", "task 43 完成时限 2024年建成，持续推进; equal"),
 m("deadline-later-than-baseline", "二十三、提升网络支撑能力", "2024年底", "task 48 完成时限 2024年; equal"),
 m("deadline-later-than-baseline", "二十四、整合业务专网", "2024年10月底", "earlier than task 50's 2024年"),
 m("deadline-later-than-baseline", "二十五、提升经济调节能力", "2025年", "task 66 完成时限 2025年; equal"),
 m("unknown-unit", "二十五、提升经济调节能力", "发展改革局", "prefix distributes: 区统计局、发展改革局 = 区统计局 + 区发展改革局"),
 m("deadline-later-than-baseline", "二十六、完善社会信用体系", "2024年底", "task 57 完成时限 2024年; equal"),
 m("deadline-later-than-baseline", "二十七、提升市场监管能力", "2024年12月底", "task 70 完成时限 2024年; equal"),
 m("unknown-unit", "二十七、提升市场监管能力", "区市场监管局", "official short name of 区市场监督管理局 in units.txt"),
 m("unknown-unit", "二十八、提升社会管理能力", "区公安分局", "short name of 中卫市公安局沙坡头区分局 in units.txt"),
 m("deadline-later-than-baseline", "二十八、提升社会管理能力", "2024年12月底", "task 77 完成时限 2024年; equal"),
 m("deadline-later-than-baseline", "二十九、提升治安防控能力", "2024年底", "task 79 完成时限 2024年; equal"),
 m("deadline-later-than-baseline", "三十、提升公共安全保障能力", "2024年底", "task 80 完成时限 2024年; equal"),
 m("unknown-unit", "三十、提升公共安全保障能力", "区自然资源分局", "short name of 中卫市自然资源局沙坡头分局 in units.txt"),
 m("deadline-later-than-baseline", "三十一、提高基层治理能力", "2025年6月底", "earlier than task 83's 2025年 (same date text as the late line 62, against a 2025 task)"),
 m("deadline-later-than-baseline", "三十二、提升公共服务能力", "2024年10月底", "earlier than task 84's 2024年"),
 m("deadline-later-than-baseline", "三十三、优化移动政务服务", "2024年底", "task 86 完成时限 2024年; equal"),
 m("deadline-later-than-baseline", "三十四、强化涉企服务", "2024年12月底", "task 89 完成时限 2024年; equal"),
 m("deadline-later-than-baseline", "三十五、推进公共场馆数字化", "2024年底", "task 90 完成时限 2024年; equal"),
 m("deadline-later-than-baseline", "三十六、推进适老化改造", "2024年11月底", "earlier than task 93's 2024年"),
 m("deadline-later-than-baseline", "三十七、提升生态环境保护能力", "2025年", "task 96 完成时限 2025年; equal"),
 m("deadline-later-than-baseline", "三十八、强化生态环境数据应用", "2025年底", "task 95 (天地一体化空间信息数据资源库, 数据资源综合开发利用) 完成时限 2025年; equal"),
 m("deadline-later-than-baseline", "三十九、提高自然资源管理水平", "2024年底", "task 97 完成时限 2024年; equal"),
 m("deadline-later-than-baseline", "四十、推广智慧林草应用", "2024年底", "task 98 完成时限 2024年; equal"),
 m("deadline-later-than-baseline", "四十三、推进基层减负", "2025年底", "this is task 106 (填表报数系统，压减50%以上, 2025年), not task 105 although it names “宁政通”; equal"),
 m("deadline-later-than-baseline", "四十四、整合视频会议资源", "2025年底", "task 107 完成时限 2025年; equal"),
 m("deadline-later-than-baseline", "四十六、发挥政务新媒体作用", "2024年底", "task 114 完成时限 2024年; equal"),
 m("deadline-later-than-baseline", "四十七、畅通政民互动渠道", "2024年底", "task 115 完成时限 2024年; equal"),
 m("deadline-later-than-baseline", "四十九、提升数字素养", "长期坚持", "task 118 完成时限 2023年完成并长期坚持; the district states an ongoing duty only, no later milestone"),
 m("deadline-later-than-baseline", "五十、强化考核评价", "长期坚持", "tasks 122/123 完成时限 2023年完成，长期坚持; ongoing, no later milestone"),
 m("deadline-invalid", "五十一、强化督查调度", "2024年12月20日", "the office's own reporting date (year-end summary); 每月25日 is a reporting rhythm"),
 m("unknown-unit", "五十一、强化督查调度", "区委、区政府", "recipients of the report (the district party committee and government), not responsible units"),
 m("unknown-unit", "出席：王建军", "区委副书记、区长", "attendee's name and post, not a responsible unit"),
 m("unknown-unit", "李志刚　区委常委", "区委常委、副区长", "attendee's name and post"),
 m("unknown-unit", "请假：赵宏伟", "自治区党委党校", "reason for absence, not a unit of the plan"),
 m("unknown-unit", "列席：区政府办公室", "区审计局", "attended but leads nothing; in units.txt (so is 区退役军人事务局)"),
 m("unknown-unit", "中国电信中卫分公司", "中国电信中卫分公司", "telecom carriers that attended (列席) but are given no task; not responsible units, so their absence from units.txt does not matter"),
 m("unknown-unit", "分送：区委办公室", "区人大常委会办公室", "distribution list (分送), not responsible units"),
 m("deadline-invalid", "2024年7月12日印发", "2024年7月12日", "printing date of the minutes"),
]

covers = [(1,"七、驱动数字经济发展"),(3,"八、推进智慧园区建设"),(6,"九、引领数字社会建设"),(10,"十、推进数字乡村建设"),
 (9,"十一、推进智慧城市建设"),(12,"十二、营造良好数字生态"),(14,"十三、强化安全保障"),(18,"十三、强化安全保障"),
 (17,"十四、落实安全制度"),(21,"十五、完善制度规则"),(24,"十六、规范项目管理"),(28,"十七、开展试点示范"),
 (30,"十八、加强数据资源治理"),(31,"十八、加强数据资源治理"),(36,"十八、加强数据资源治理"),(41,"十九、推进公共数据开放"),
 (42,"二十、推进数据融合应用"),(54,"二十一、深化电子文件管理"),(43,"二十二、强化政务云平台支撑能力"),(48,"二十三、提升网络支撑能力"),
 (50,"二十四、整合业务专网"),(66,"二十五、提升经济调节能力"),(57,"二十六、完善社会信用体系"),(70,"二十七、提升市场监管能力"),
 (77,"二十八、提升社会管理能力"),(79,"二十九、提升治安防控能力"),(80,"三十、提升公共安全保障能力"),(83,"三十一、提高基层治理能力"),
 (84,"三十二、提升公共服务能力"),(86,"三十三、优化移动政务服务"),(89,"三十四、强化涉企服务"),(90,"三十五、推进公共场馆数字化"),
 (93,"三十六、推进适老化改造"),(96,"三十七、提升生态环境保护能力"),(95,"三十八、强化生态环境数据应用"),(97,"三十九、提高自然资源管理水平"),
 (98,"四十、推广智慧林草应用"),(104,"四十一、提升政务运行能力"),(105,"四十二、推广移动办公"),(106,"四十三、推进基层减负"),
 (107,"四十四、整合视频会议资源"),(112,"四十五、提升政务公开能力"),(114,"四十六、发挥政务新媒体作用"),(115,"四十七、畅通政民互动渠道"),
 (25,"四十八、加强经费保障"),(118,"四十九、提升数字素养"),(123,"五十、强化考核评价"),(124,"五十二、加强督查督办"),
 (116,"六、关于“一把手工程”"),(64,"四、关于工作体系")]

key = {
 "writer": "blind writer, round 391; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": [{"task": t, "line": ln(s)} for t, s in covers],
 "notes": ("沙坡头区（中卫市）2024年7月数字政府建设推进会议纪要〔2024〕第5期: background report (lines 10-16, past dates), "
           "会议指出/强调/要求, then 52 decisions (lines 21-72) taking up the 宁政发〔2023〕17号 task list locally, then 出席/请假/列席/记录/分送. "
           "Basis is the regional 实施意见 only; no parent plan (no 中卫 plan is cited). Every framework pillar is taken up by content: "
           "三个驱动 (27-32), 四个支撑 (33-44), 五个一/六级贯通 (23-25), 七个能力 (45-67), 党的领导 (26, 68-72); no missing-pillar is expected. "
           "Six planted mistakes over five rules, all in the decisions. Tasks due 2023 (14, 17, 24, 25, 30, 31, 36, 116, 118, 122-124) are taken up "
           "without any dated deadline on purpose. units.txt is the district registry; telecom carriers and 区人大/政协 offices appear only as attendees or recipients."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(L), "lines;", len(expect), "expect;", len(mnf), "mustNotFlag;", len(key["covers"]), "covers")
