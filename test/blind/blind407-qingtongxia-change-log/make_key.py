# -*- coding: utf-8 -*-
# Writes key.json for blind case 407 and checks every line/text against draft.txt.
import json
draft = open('draft.txt', encoding='utf-8').read().split('\n')
if draft and draft[-1] == '':
    draft = draft[:-1]

expect = [
 {"rule": "deadline-later-than-baseline", "line": 22, "text": "2026年",
  "why": "主要目标: '到2026年…“1347”体系框架全面成型'; the region's goal (宁政发〔2023〕17号 主要目标) is '到2025年…“34567”体系框架全面成型' and the parent 吴忠 plan's is '到2025年…“1347”体系框架全面成型'"},
 {"rule": "deadline-later-than-baseline", "line": 72, "text": "2025年底前",
  "why": "附件 row 7 (公共数据开放目录及责任清单，分类分级开放) is task 41, 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": 93, "text": "6月31日",
  "why": "附件 row 28 '2025年6月31日前': June has 30 days (task 107, 完成时限 2025年, so not late)"},
 {"rule": "unknown-unit", "line": 73, "text": "市信息化中心",
  "why": "附件 row 8 lead unit: the old name that the 修改说明 (line 5) says was replaced everywhere by 市大数据服务中心; not in units.txt (a leftover the revision missed)"},
 {"rule": "basis-mismatch", "line": 16, "text": "宁政发〔2023〕71号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; digits transposed"},
 {"rule": "garbled-text", "line": 44, "text": "寤虹珛鏀垮姟鏁版嵁",
  "why": "UTF-8 read as GBK: '寤虹珛鏀垮姟鏁版嵁灞炲湴杩旇繕鏈哄埗' = 建立政务数据属地返还机制"},
]

def nd(line, text, why):
    return {"rule": "deadline-later-than-baseline", "line": line, "text": text, "why": why}
def nu(line, text, why):
    return {"rule": "unknown-unit", "line": line, "text": text, "why": why}
def ni(line, text, why):
    return {"rule": "deadline-invalid", "line": line, "text": text, "why": why}
def nb(line, text, why):
    return {"rule": "basis-mismatch", "line": line, "text": text, "why": why}

mnf = [
 # 修改说明: superseded wording, comment dates and bodies
 nd(4, "2025年底前完成", "修改说明 quotes the superseded wording of the 征求意见稿; the new wording (same line, and line 47) is 2024年底前, task 47 完成时限 2024年"),
 nu(5, "市信息化中心", "修改说明 quotes the old name it deleted; not used as a responsible unit here"),
 ni(3, "2023年12月20日", "the consultation period of the 征求意见稿 (a past date in the drafting note), not a deadline"),
 ni(6, "2024年1月8日", "date of 市财政局's comment, not a deadline"),
 ni(7, "2024年1月15日", "date of 吴忠市大数据管理服务局's review comment, not a deadline"),
 nd(7, "2025年6月底前", "修改说明 quotes the superseded deadline of 附件 row 11; the plan now says 2024年10月底前 (task 48, 完成时限 2024年)"),
 nd(10, "2026年底", "a rejected comment quoted in the 修改说明 (市发展和改革局 asked to push task 106 to 2026; not adopted); the plan keeps 2025年底前 (line 92)"),
 ni(13, "2024年3月26日", "signing date of the 修改说明"),
 nu(3, "吴忠市大数据管理服务局", "the city body that reviewed the draft; listed in units.txt (also line 7)"),
 nu(10, "邵岗镇", "a town that sent a comment; listed in units.txt (邵岗镇人民政府 = 邵岗镇)"),
 nu(6, "市财政局", "commenting body, in units.txt"),
 nu(2, "市人民政府", "addressee; in units.txt as a short name of 青铜峡市人民政府"),
 # basis
 nb(16, "国发〔2022〕14号", "correct title and 文号 of the national 指导意见"),
 nb(16, "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan"),
 nb(16, "《关于加强数字政府建设的实施方案》", "the parent 吴忠 plan cited by issuer and title alone, which is correct (it has no 文号 in its text)"),
 nb(18, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background section, not cited as a basis"),
 ni(18, "2023年", "background statistics for a past year ('2023年，全市政务服务事项网上可办率达到98.6%')"),
 # goals
 nd(21, "到2024年底", "goal for 外网升级 / 三级城域网 / 一网通办: tasks 47 and 48 (完成时限 2024年) and 84 (2024年); equal"),
 nd(23, "到2035年", "equal to the 2035 goal of the region and of 吴忠"),
 # body deadlines
 nd(27, "2024年6月底前", "乡镇 set up bodies 'parallel to the city' = task 64, 完成时限 2025年; earlier"),
 nd(46, "2024年底前", "migration to 政务信创云 = task 46 (2024年) / task 43 (2024年建成，持续推进); equal"),
 nd(47, "2024年底前", "外网升级改造和骨干线路扩容 = task 47, 完成时限 2024年; equal"),
 ni(62, "12月10日前", "the office's own half-year / annual reporting dates (每年6月25日前、12月10日前), not task deadlines"),
 # task table deadlines
 nd(66, "持续推进，2025年取得明显成效", "row 1 智慧园区 = task 3, 完成时限 持续推进，2025年取得明显成效; equal"),
 nd(67, "持续推进，2025年取得明显成效", "row 2 = task 6, 持续推进，2025年取得明显成效; equal"),
 nd(68, "持续推进，2025年取得明显成效", "row 3 数字乡村 = task 10, 持续推进，2025年取得明显成效; equal"),
 nd(69, "2025年取得明显成效", "row 4 数字供销 = task 11, 2023年完成主要建设任务，2025年取得明显成效; the completing milestone 2025 is equal"),
 nd(70, "2024年", "row 5 = task 21, 2024年; equal"),
 nd(71, "2024年底前", "row 6 = tasks 33 and 34, 2024年; equal"),
 nd(73, "2024年", "row 8 = task 42, 2024年; equal (the row's mistake is only its unit)"),
 nd(74, "2024年底前", "row 9 = task 46, 2024年; equal"),
 nd(75, "2024年底前", "row 10 = task 47, 2024年; equal"),
 nd(76, "2024年10月底前", "row 11 = task 48, 2024年; earlier"),
 nd(77, "2024年", "row 12 = task 54 (and 40), 2024年; equal"),
 nd(78, "2025年", "row 13 = task 56, 2025年; equal"),
 nd(79, "2024年6月底前", "row 14 = task 64, 2025年; earlier"),
 nd(80, "2024年", "row 15 = task 70, 2024年; equal"),
 nd(81, "2024年", "row 16 = task 77, 2024年; equal"),
 nd(82, "2024年", "row 17 = task 79, 2024年; equal"),
 nd(83, "2024年", "row 18 = task 80, 2024年; equal"),
 nd(84, "2025年", "row 19 = task 83, 2025年; equal"),
 nd(85, "2024年底前", "row 20 = task 84, 2024年; equal"),
 nd(86, "2024年", "row 21 = task 86, 2024年; equal"),
 nd(87, "2025年", "row 22 = task 87, 2023年启动，2025年完成; equal"),
 nd(88, "2024年", "row 23 = task 88, 2024年; equal"),
 nd(89, "2024年9月底前", "row 24 = task 93, 2024年; earlier"),
 nd(90, "2025年", "row 25 = task 96, 2025年; equal"),
 nd(91, "2024年", "row 26 = task 105, 2024年; equal"),
 nd(92, "2025年底前", "row 27 = task 106, 2025年; equal (the 2026 in line 10 is a rejected comment)"),
 nd(94, "2024年", "row 29 = tasks 112 and 114, 2024年; equal"),
 nd(95, "长期坚持", "row 30 = task 121, 长期坚持; equal"),
 nd(96, "2025年", "row 31 = task 111, 2025年; equal"),
 # units
 nu(66, "青铜峡工业园区管委会", "in units.txt"),
 nu(68, "各乡镇人民政府", "collective subject"),
 nu(71, "市直各部门（单位）", "collective subject"),
 nu(69, "市供销社", "official short name of 市供销合作社联合社 in units.txt"),
 nu(76, "裕民街道办事处", "the city's only 街道, in units.txt"),
 nu(81, "司法局", "prefix 市 distributes over '市公安局、司法局、信访局' = 市司法局, 市信访局, both in units.txt"),
 nu(86, "市大数据中心", "short name of 市大数据服务中心 in units.txt"),
 nu(88, "市市场监管局", "short name of 市市场监督管理局 in units.txt"),
 nu(60, "市委党校", "short name of 中共青铜峡市委党校 in units.txt (not a responsible-unit cell anyway)"),
 nu(73, "市水务局", "in units.txt; only 市信息化中心 in this cell is wrong"),
 # pillars
 {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "folded into 一套体系 (lines 26-29: 健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制), as in the 吴忠 1347 framework"},
 {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "line 59 （二）加大财政投入"},
 {"rule": "missing-pillar", "line": 0, "pillar": "数字素养", "why": "line 60 （三）提升数字素养"},
 {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "line 33 （三）营造良好数字生态"},
]

covers = [(3,66),(6,67),(7,32),(8,32),(9,32),(10,68),(11,69),(12,33),(14,36),(15,36),(17,37),(18,38),
 (21,70),(22,40),(24,40),(25,59),(28,40),(30,42),(32,42),(33,71),(34,71),(36,44),(41,72),(42,73),
 (46,74),(47,75),(48,76),(49,47),(50,47),(51,48),(54,77),(56,78),(64,79),(66,50),(70,80),(71,51),
 (74,51),(77,81),(79,82),(80,83),(83,84),(84,85),(85,53),(86,86),(87,87),(88,88),(90,53),(93,89),
 (96,90),(97,54),(98,54),(104,55),(105,91),(106,92),(107,93),(111,96),(112,94),(114,94),
 (116,58),(118,60),(121,95),(122,61),(123,61),(124,61)]

key = {
 "writer": "blind writer, round 407; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("青铜峡市 (county-level city under 吴忠) 送审稿 of 2024, whose lines 1-13 are the drafting office's 修改说明: "
           "it quotes superseded dates (2025年底前完成, 2025年6月底前), a rejected 2026年底, the old unit name 市信息化中心 "
           "and the dates/bodies of the comments; none of these are mistakes. The plan (lines 14-96) follows 吴忠's 1347 framework; "
           "'市' means 青铜峡市 and units resolve against units.txt (吴忠 bodies are listed there with the 吴忠市 prefix). "
           "The 附件 task table (lines 65-96) is tab-separated with a note that the first-listed unit leads. "
           "Tasks whose regional 完成时限 is 2023 (14, 15, 17, 18, 24, 30, 32, 116, 118, 124) are taken up in the body without a date on purpose."),
}

# checks
bad = 0
for e in expect + mnf:
    if e["line"] == 0:
        continue
    s = draft[e["line"] - 1]
    if e.get("text") and e["text"] not in s:
        print("TEXT NOT ON LINE", e); bad += 1
for c in key["covers"]:
    assert 1 <= c["line"] <= len(draft)
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('lines', len(draft), 'expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers), 'bad', bad)
