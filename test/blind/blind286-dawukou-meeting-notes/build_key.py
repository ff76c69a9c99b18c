#!/usr/bin/env python3
"""Builds key.json for blind286: every line number is looked up from draft.txt by a unique snippet."""
import json, re
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def L(snippet, occurrence=None):
    hits = [i + 1 for i, l in enumerate(lines) if snippet in l]
    assert len(hits) == 1, (snippet, hits)
    return hits[0]

def chk(line, text):
    assert text in lines[line - 1], (line, text)
    return text

expect = []
def E(rule, snip, text, why):
    n = L(snip); expect.append({"rule": rule, "line": n, "text": chk(n, text), "why": why})

E("basis-mismatch", "各成员单位要严格对照", "宁政办发〔2023〕17号",
  "the title is the regional 实施意见, whose 文号 is 宁政发〔2023〕17号 (cited correctly on line 8); 宁政办发 is the office's series")
E("deadline-invalid", "11.开展网络安全和数据安全专项检查", "2023年11月底",
  "an agreed item of a meeting held 2024-03-15 given a 2023 deadline (copied from last year's minutes); before the year of the document. Task 17 (完成时限 2023年) — not later, so only invalid")
E("unknown-unit", "16.推进公共数据与社会数据融合应用", "自治区政府办公厅",
  "a regional body named as the lead (牵头) of a district task, copied from task 42 (自治区政府办公厅牵头); should be a district unit")
E("garbled-text", "17.规范电子公文管理", "鍏ㄦ祦绋嬫爣鍑嗗寲",
  "UTF-8 read as GBK; recovers to 全流程标准化")
E("deadline-later-than-baseline", "19.推进电子政务外网延伸覆盖", "2025年6月底",
  "task 48 (城域网升级改造，区市县乡村5级全覆盖) 完成时限 2024年 (task 47 also 2024年); the draft's own goal on line 19 says 2024年底")
E("deadline-later-than-baseline", "32.推进适老化与信息无障碍建设", "2025年6月底",
  "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年")
E("unknown-unit", "38.整合视频会议系统", "区大数据管理服务局",
  "no such district body: the city has 市大数据管理服务局, the district has 区大数据服务中心 (units.txt)")

mnf = []
def M(rule, snip, why, text=None):
    n = L(snip); e = {"rule": rule, "line": n}
    if text is not None: e["text"] = chk(n, text)
    e["why"] = why; mnf.append(e)

M("basis-mismatch", "大政纪〔2024〕6号", "the meeting minutes' own number, not a basis document", "大政纪〔2024〕6号")
M("deadline-invalid", "2024年3月15日上午", "date of the meeting itself, not a deadline", "2024年3月15日")
M("basis-mismatch", "会议传达学习了《国务院", "correct title and 文号 of the regional 实施意见", "宁政发〔2023〕17号")
M("basis-mismatch", "会议传达学习了《国务院", "correct: 国发〔2022〕14号 is the national 指导意见", "国发〔2022〕14号")
M("basis-mismatch", "会议传达学习了《国务院", "cited exactly as in the 吴忠 seed: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号")
M("basis-mismatch", "会议传达学习了《国务院", "the city plan cited by title alone, as DOMAIN.md allows", "石嘴山市人民政府《关于加强数字政府建设的实施方案》")
M("basis-mismatch", "大政发〔2023〕86号", "the district's own 实施方案 with its own 文号; not the regional 实施意见", "大政发〔2023〕86号")
M("deadline-invalid", "一是工作体系初步建立", "past date in the review of 2023 work, not a deadline", "2023年5月")
M("deadline-invalid", "二是数据资源底数基本摸清", "the regional deadline of task 30 (2023年) quoted in the review; already met in 2023年10月", "2023年底前")
M("basis-mismatch", "会议回顾，自2020年", "retrospective mention of the superseded 2020 工作要点, not cited as basis", "宁政办发〔2020〕14号")
M("deadline-later-than-baseline", "会议明确，2024年全区", "2024年底 goals equal tasks 43 (2024年建成), 48 (2024年), 86 (2024年); 到2025年 34567 equals the regional 主要目标 到2025年", "2024年底")
M("deadline-later-than-baseline", "1.调整充实领导小组", "district leading group = task 64 (各市、县（区）成立相应组织机构, 2025年); task 60 (2023年) is the 自治区 leading group, led by 自治区政府办公厅", "2024年3月底前")
M("deadline-invalid", "2.建立联络员制度", "a reporting date to the leading group office (名单报送), not a task deadline", "2024年3月29日前")
M("unknown-unit", "2.建立联络员制度", "collective subject 各成员单位 (members of the leading group)", "各成员单位")
M("deadline-later-than-baseline", "3.健全街道（镇）工作机构", "task 64 完成时限 2025年; 2024年6月底 is earlier", "2024年6月底前")
M("unknown-unit", "3.健全街道（镇）工作机构", "collective subject 各街道办事处", "各街道办事处")
M("deadline-later-than-baseline", "5.驱动数字经济发展", "task 3 持续推进，2025年取得明显成效; equal", "2025年取得明显成效")
M("unknown-unit", "5.驱动数字经济发展", "official short name of 区发展和改革局 in units.txt", "区发改局")
M("deadline-later-than-baseline", "6.推进智慧城市建设", "task 9 持续推进，2025年取得明显成效; 2024年11月底 is earlier", "2024年11月底前")
M("deadline-later-than-baseline", "7.推进数字乡村建设", "task 10 持续推进，2025年取得明显成效; equal", "2025年取得明显成效")
M("deadline-later-than-baseline", "9.营造良好数字生态", "task 12 完成时限 2025年; 2025年底 is the same year", "2025年底前")
M("deadline-later-than-baseline", "12.强化安全技术防护", "task 18 2023年形成机制，长期坚持; the district item is ongoing (mechanism reported formed in 2023, line 13)", "长期坚持")
M("unknown-unit", "13.推进行政权力事项网上运行", "自治区行政许可管理信息系统 is a regional platform relied on, not a responsible unit", "自治区行政许可管理信息系统")
M("deadline-later-than-baseline", "14.积极争取试点示范", "task 28 2023年启动，2025年取得明显成效; completing milestone 2025 equal", "2025年取得明显成效")
M("deadline-later-than-baseline", "20.整合非涉密业务专网", "task 50 完成时限 2024年; equal", "2024年12月底前")
M("unknown-unit", "20.整合非涉密业务专网", "collective subject 区直各部门", "区直各部门")
M("unknown-unit", "21.扩大电子证照应用", "short names in units.txt (区审批局, 区公安分局, 区人社局, 区住建局)", "区审批局")
M("deadline-later-than-baseline", "21.扩大电子证照应用", "task 52 完成时限 2025年; equal", "2025年底前")
M("deadline-later-than-baseline", "23.提升经济调节能力", "task 66 完成时限 2025年; 2024年底 is earlier", "2024年底前")
M("deadline-later-than-baseline", "30.优化12345政务服务便民热线", "task 87 2023年启动，2025年完成; 2024年底 is earlier", "2024年底前")
M("unknown-unit", "33.提升生态环境监测能力", "区生态环境分局 is a short name in units.txt; 自治区生态环境数据资源中心 is a platform being connected to, not a responsible unit", "区生态环境分局")
M("deadline-later-than-baseline", "37.运用数字技术为基层减负", "task 106 完成时限 2025年; equal", "2025年底前")
M("deadline-later-than-baseline", "41.发挥政务新媒体传播优势", "task 114 完成时限 2024年; 2024年12月31日 equal", "2024年12月31日前")
M("deadline-later-than-baseline", "44.制定年度工作要点", "task 121 长期坚持 (annual 工作要点): no completing milestone to be late against", "2024年4月底前")
M("deadline-later-than-baseline", "45.强化资金保障", "budget year of funds already in the 2024 budget, not a deadline (task 25, 2023年)", "2024年数字政府建设运维经费")
M("deadline-invalid", "（一）领导小组办公室要建立议定事项工作台账", "the office's own reporting dates to the leading group", "2024年12月15日前")
M("deadline-invalid", "（二）领导小组2024年第二次会议", "date of the next meeting, not a task deadline", "2024年7月中旬")
M("unknown-unit", "出席：区长", "people named by post (区长、常务副区长、副区长), not units", "区长")
M("unknown-unit", "列席：区委办公室", "city body present only as an attendee", "石嘴山市大数据管理服务局")
M("unknown-unit", "列席：区委办公室", "companies present only as attendees", "数字宁夏建设运营有限公司")
M("unknown-unit", "记录：区政府办公室秘书科", "the minute-taker, a section of 区政府办公室", "区政府办公室秘书科")
M("unknown-unit", "成　员：区委办公室主任", "leading group members named by post", "区委办公室主任")
M("unknown-unit", "抄送：", "copy recipients (区人大常委会办公室, 区政协办公室, 区纪委监委), not responsible units", "区人大常委会办公室")

covers = []
def C(task, snip):
    covers.append({"task": task, "line": L(snip)})
C(30, "二是数据资源底数基本摸清")
C(64, "3.健全街道（镇）工作机构")
C(3, "5.驱动数字经济发展")
C(9, "6.推进智慧城市建设")
C(10, "7.推进数字乡村建设")
C(6, "8.推动数字化服务普惠应用")
C(12, "9.营造良好数字生态")
C(14, "10.压实安全管理责任")
C(17, "11.开展网络安全和数据安全专项检查")
C(18, "12.强化安全技术防护")
C(21, "13.推进行政权力事项网上运行")
C(28, "14.积极争取试点示范")
C(41, "15.编制公共数据开放目录")
C(42, "16.推进公共数据与社会数据融合应用")
C(40, "17.规范电子公文管理")
C(43, "18.推进政务系统迁移上云")
C(48, "19.推进电子政务外网延伸覆盖")
C(50, "20.整合非涉密业务专网")
C(52, "21.扩大电子证照应用")
C(54, "22.推进无纸化办公和电子文件归档")
C(66, "23.提升经济调节能力")
C(71, "24.提升市场监管能力")
C(77, "25.提升矛盾纠纷化解能力")
C(79, "26.提升社会治安防控能力")
C(80, "27.推进“智慧应急”建设")
C(83, "28.提高基层社会治理能力")
C(86, "29.推动政务服务“掌上办”")
C(87, "30.优化12345政务服务便民热线")
C(90, "31.推进公共场馆数字化")
C(93, "32.推进适老化与信息无障碍建设")
C(94, "33.提升生态环境监测能力")
C(96, "34.深化“互联网+城乡供水”")
C(97, "35.提高自然资源利用效率")
C(105, "36.推广“宁政通”移动办公")
C(106, "37.运用数字技术为基层减负")
C(107, "38.整合视频会议系统")
C(111, "39.提升机关事务管理水平")
C(112, "40.提升政府信息公开水平")
C(114, "41.发挥政务新媒体传播优势")
C(115, "42.畅通政民互动渠道")
C(116, "43.落实“一把手”责任")
C(121, "44.制定年度工作要点")
C(25, "45.强化资金保障")
C(118, "46.提升干部数字素养")
C(122, "47.强化考核评价")
C(123, "47.强化考核评价")

key = {
  "writer": "blind writer, round 286; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
  "notes": ("Not a plan but the 会议纪要 (大政纪〔2024〕6号) of the 大武口区 数字政府建设领导小组's first 2024 meeting (held 2024-03-15, issued 2024-03-19). "
            "Agreed items 1-47 each carry 责任单位 and a 完成时限; they are checked against the 宁政发〔2023〕17号 task list. No parent plan: the 石嘴山 city plan is cited by title only and is not in the seeds. "
            "All framework pillars are taken up by content (三个驱动 items 5-9, 四大支撑 items 10-22, 五个一/六级贯通 items 1-4, 七种能力 items 23-42, 党的领导 items 43-47), so no missing-pillar is expected. "
            "No task is deliberately left out; tasks the minutes do not mention (e.g. 56, 92) are simply not on this meeting's agenda. "
            "Line 19's 2024年底 goal for 电子政务外网 contradicts item 19 (2025年6月底) — the late deadline is item 19, not the goal. "
            "units.txt is the district office's registry; city bodies (石嘴山市大数据管理服务局), companies and 抄送 recipients are deliberately absent from it and appear only as attendees/recipients.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
