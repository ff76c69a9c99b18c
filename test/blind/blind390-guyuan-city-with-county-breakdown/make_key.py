#!/usr/bin/python3
# Helper kept by the blind writer: writes key.json and checks every line/text against draft.txt.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')

def line_of(s, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) >= nth, s
    return hits[nth - 1]

def row_of(task_words):
    return line_of(task_words)

R = {  # table rows, located by a phrase of the task text
 3: row_of('“智慧园区”建设，一体化提升'), 6: row_of('推动数字技术与传统公共事业融合'), 8: row_of('推动县域医共体信息平台与全区'),
 9: row_of('围绕“高效处置一件事”'), 10: row_of('提高面向农业农村的综合信息服务水平'), 21: row_of('完善行政许可事项清单管理'),
 22: row_of('构建“审管信”三位一体'), 23: row_of('“一本账”统筹建设管理机制'), 28: row_of('每年确定试点领域、试点县（区），开展试点示范'),
 33: row_of('对接全区统一的人口、法人、自然资源、经济、电子证照等基础数据资源库，建设完善'), 37: row_of('实现数据分钟级共享'),
 39: row_of('为城市治理、生态环保、食品安全'), 40: row_of('规范电子公文全流程标准化管理'), 41: row_of('完善数据开放标准规范'),
 43: row_of('融入全区政务“一朵云”'), 47: row_of('加快全市电子政务外网升级改造，推动骨干网扩容升级，扩大互联网出口带宽，提升'),
 48: row_of('开展城域网升级改造，推进市县乡村全覆盖'), 49: row_of('融入全区统一的“视频一张网”。\t'), 54: row_of('统筹推进无纸化办公和电子文件归档工作'),
 56: row_of('扎实推进非税收入收缴电子化管理'), 57: row_of('依托宁夏信用信息公共服务平台'), 58: row_of('增强专题应用服务。\t'),
 64: row_of('各县（区）参照自治区和市级做法'), 66: row_of('产业链图谱'), 71: row_of('加强智慧监管平台应用'),
 77: row_of('打通与公安、司法行政、信访等部门'), 79: row_of('“全域覆盖、全网共享'), 80: row_of('迭代升级自然灾害、安全生产'),
 83: row_of('实现对人、地、物、事、组织等基本要素'), 84: row_of('构建全时在线、渠道多元、跨省通办'), 86: row_of('迭代升级“我的宁夏”固原专区，推动全市'),
 87: row_of('“接诉即办”'), 88: row_of('“一业一照一码”'), 93: row_of('完成全市各级政府网站'), 94: row_of('完善全市生态环境数据交换体系'),
 96: row_of('助力打造数字治水全国样板'), 97: row_of('矿产资源管理等工作数字化转型'), 98: row_of('推广应用宁夏“智慧林草”云平台'),
 104: row_of('推广应用全区统一的协同办公平台，实现'), 105: row_of('形成覆盖市县乡村的一体化办公体系'), 106: row_of('压减50%以上'),
 107: row_of('融入全区统筹应用的视频会议平台'), 108: row_of('留痕可溯、监督预警、规范透明'), 111: row_of('公务用车、公共机构节能'),
 112: row_of('构建政务新媒体矩阵体系，形成整体联动'), 115: row_of('依托全区统一的政府信息知识库'),
}
R[34] = R[33]; R[114] = R[112]
for t, n in R.items():
    assert L[n - 1].split('\t')[0].isdigit(), (t, n)

def chk(e):
    if e.get('line') and e.get('text'):
        assert e['text'] in L[e['line'] - 1], e
    return e

GARBLE = '政务数据属地返还机制'.encode('utf-8').decode('gbk')
expect = [
 {"rule": "basis-mismatch", "line": line_of('关于加快推进数字政府建设的实施意见'), "text": "自治区人民政府关于加快推进数字政府建设的实施意见",
  "why": "宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the draft cites it as 加快推进 instead of 加强 (wrong title)"},
 {"rule": "deadline-later-than-baseline", "line": R[47], "text": "2025年6月底",
  "why": "county breakdown of the row for task 47 (电子政务外网升级改造, 完成时限 2024年): 泾源县 is given 2025年6月底前, later than the region (the city row itself says 2024年底前)"},
 {"rule": "deadline-invalid", "line": R[88], "text": "2022年底",
  "why": "county breakdown of the row for task 88 (证照分离, 完成时限 2024年): 彭阳县 2022年底前 lies before the plan's own year (issued 2024-03-28); a typing slip for 2024"},
 {"rule": "deadline-later-than-baseline", "line": R[97], "text": "2025年底",
  "why": "row for task 97 (自然资源三维立体“一张图”和国土空间基础信息平台, 完成时限 2024年): the city's 完成时限 is 2025年底前"},
 {"rule": "unknown-unit", "line": R[66], "text": "市经信局",
  "why": "outdated/colloquial name (经济和信息化局), not in units.txt; the registry has 市工业和信息化局 (市工信局)"},
 {"rule": "unknown-unit", "line": R[104], "text": "自治区政府办公厅",
  "why": "a regional body named as the lead (牵头单位) of a city task (row for task 104, copied from the regional list); the city lead would be 市人民政府办公室"},
 {"rule": "garbled-text", "line": line_of(GARBLE), "text": GARBLE[:5],
  "why": "UTF-8 bytes read as GBK: '" + GARBLE + "' re-encoded as GBK and decoded as UTF-8 is 政务数据属地返还机制"},
]
mnf = [
 {"rule": "unknown-unit", "line": 3, "text": "各县（区）人民政府", "why": "collective addressee"},
 {"rule": "deadline-invalid", "line": 4, "text": "2024年4月30日", "why": "the office's own reporting date for the counties' task breakdown, not a task deadline; within the plan year"},
 {"rule": "deadline-invalid", "line": 6, "text": "2024年3月28日", "why": "issue date of the document"},
 {"rule": "basis-mismatch", "line": 2, "text": "固政发〔2024〕9号", "why": "the draft's own 文号, not a cited basis"},
 {"rule": "basis-mismatch", "line": 9, "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
 {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕11号", "why": "real regional document, cited with the same title and 文号 by the 吴忠 plan in the seeds"},
 {"rule": "basis-mismatch", "line": 12, "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 in the background section, correct title and 文号; not a basis"},
 {"rule": "deadline-invalid", "line": 12, "text": "2023年底", "why": "past fact in the background (截至2023年底…已…), not a deadline"},
 {"rule": "deadline-invalid", "line": 12, "text": "2020年", "why": "year inside the title of an old document"},
 {"rule": "unknown-unit", "line": 12, "text": "原州区", "why": "county name used as a place (原州区“一网统管”试点), not a responsible unit"},
 {"rule": "unknown-unit", "line": 13, "text": "西吉县", "why": "county names used as places"},
 {"rule": "deadline-later-than-baseline", "line": 17, "text": "2024年底", "why": "2024 goal; its items are tasks 48 (2024年), 43 (2024 年建成，持续推进) and 86 (2024年): equal; the region has no 2024 goal"},
 {"rule": "deadline-later-than-baseline", "line": 18, "text": "2025年", "why": "equal to the regional goal 到2025年 (34567 框架全面成型)"},
 {"rule": "deadline-later-than-baseline", "line": 19, "text": "2035年", "why": "equal to the regional goal 到2035年"},
 {"rule": "unknown-unit", "line": 23, "text": "西吉县", "why": "county names as places of specialty products (西吉县马铃薯 etc.)"},
 {"rule": "deadline-later-than-baseline", "line": 41, "text": "2024年底前", "why": "task 48 (城域网, 区市县乡村5级全覆盖) 完成时限 2024年: equal"},
 {"rule": "unknown-unit", "line": 45, "text": "市推进数字政府建设领导小组", "why": "in units.txt"},
 {"rule": "unknown-unit", "line": 46, "text": "各乡镇（街道）", "why": "collective subject"},
 {"rule": "unknown-unit", "line": 61, "text": "市委党校（行政学院）", "why": "in units.txt; the bracket is part of the name"},
 {"rule": "deadline-invalid", "line": 62, "text": "6月25日", "why": "the office's own yearly reporting dates (每年6月25日、12月20日前), not task deadlines"},
 {"rule": "deadline-invalid", "line": 64, "text": "2024年—2025年", "why": "period of the task list in its title"},
 {"rule": "deadline-later-than-baseline", "line": R[3], "text": "2025年底前", "why": "task 3 完成时限 持续推进，2025 年取得明显成效: equal; counties 2025年6月底前/2025年底前 not later"},
 {"rule": "unknown-unit", "line": R[3], "text": "固原经济技术开发区管委会", "why": "in units.txt"},
 {"rule": "unknown-unit", "line": R[6], "text": "各县（区）", "why": "collective label in the county column (各县（区）：2025年底前完成)"},
 {"rule": "deadline-later-than-baseline", "line": R[8], "text": "同上", "why": "task 8 完成时限 持续推进，2025年取得明显成效; 西吉县、隆德县 2025年6月底前 and 泾源县、彭阳县 同上 (= 2025年6月底前) are earlier"},
 {"rule": "unknown-unit", "line": R[9], "text": "原州区人民政府", "why": "in units.txt; 市直有关部门 on the same line is a collective"},
 {"rule": "deadline-later-than-baseline", "line": R[21], "text": "2024年底前", "why": "task 21 完成时限 2024年: city and all five counties equal"},
 {"rule": "deadline-later-than-baseline", "line": R[22], "text": "2025年6月底前", "why": "task 22 完成时限 2025年: earlier; 同上 likewise"},
 {"rule": "deadline-later-than-baseline", "line": R[28], "text": "2024年形成试点经验", "why": "task 28 完成时限 2023年启动，2025年取得明显成效: the completing milestone 2025 is met"},
 {"rule": "deadline-later-than-baseline", "line": R[43], "text": "2024年底前，持续推进", "why": "task 43 完成时限 2024 年建成，持续推进: equal"},
 {"rule": "unknown-unit", "line": R[47], "text": "中国电信固原分公司", "why": "operator listed in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": R[48], "text": "同上", "why": "task 48 完成时限 2024 年: 泾源县、彭阳县 同上 = 2024年底前, equal"},
 {"rule": "deadline-later-than-baseline", "line": R[49], "text": "2025年6月底前", "why": "task 49 完成时限 2025 年: earlier; 同上 likewise"},
 {"rule": "deadline-later-than-baseline", "line": R[64], "text": "2024年6月底前", "why": "task 64 完成时限 2025年: earlier"},
 {"rule": "deadline-later-than-baseline", "line": R[66], "text": "2025年底前", "why": "task 66 完成时限 2025年: equal"},
 {"rule": "unknown-unit", "line": R[83], "text": "各乡镇（街道）", "why": "collective subject"},
 {"rule": "deadline-later-than-baseline", "line": R[87], "text": "2025年底前", "why": "task 87 完成时限 2023年启动，2025年完成: equal"},
 {"rule": "deadline-later-than-baseline", "line": R[106], "text": "2025年底前", "why": "task 106 完成时限 2025年: equal"},
 {"rule": "deadline-later-than-baseline", "line": R[108], "text": "长期推进，2024年底前取得明显成效", "why": "task 108 完成时限 长期推进，2024年取得明显成效: equal"},
 {"rule": "deadline-later-than-baseline", "line": R[111], "text": "2025年6月底前", "why": "task 111 完成时限 2025年: earlier"},
 {"rule": "unknown-unit", "line": R[112], "text": "市直各部门（单位）", "why": "collective subject"},
]
covers = [{"task": t, "line": R[t]} for t in sorted(R)] + [
 {"task": 14, "line": line_of('强化安全管理责任。落实市')}, {"task": 15, "line": line_of('完善企业参与政务信息化建设和运营的规范制度')},
 {"task": 17, "line": line_of('落实安全制度要求。')}, {"task": 18, "line": line_of('开展常态化安全防护和应急演练')},
 {"task": 24, "line": line_of('健全政务信息化建设管理会商机制')}, {"task": 30, "line": line_of('形成全市政务数据资源目录“一本账”')},
 {"task": 32, "line": line_of('履行数据资源目录编制')}, {"task": 36, "line": line_of('落实政务数据供需对接机制')},
 {"task": 42, "line": line_of('推进供水、供电、供气、公共交通等公共数据与政务数据融合应用')},
 {"task": 45, "line": line_of('将全市特色云、行业云纳入')}, {"task": 50, "line": line_of('有序推进非涉密业务专网向电子政务外网整合迁移')},
 {"task": 68, "line": line_of('推行“照单监管”，运用多源数据')}, {"task": 116, "line": line_of('纳入“一把手工程”')},
 {"task": 25, "line": line_of('一律不予安排建设及运维经费')}, {"task": 123, "line": line_of('考核结果作为领导班子')},
]
for e in expect + mnf + covers: chk(e)
key = {
 "writer": "blind writer, round 390; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("固原市 city plan (2024-03-28) implementing 宁政发〔2023〕17号 with no parent plan. Its task list (lines %d-%d) has six tab-separated columns: "
           "序号, 重点任务, 牵头单位 (city bodies), 责任单位 (mostly 各县（区）人民政府), the city's 完成时限, and 县（区）完成时限, which gives each county's "
           "latest date as 'county names：date；…', where 同上 repeats the previous county group's date (line 65 says so). Every county date is a deadline "
           "for that county's share of the same regional task and is compared with the regional 完成时限. 同上 never follows a wrong date. Rows without county dates "
           "('按市级统一部署…推进') carry none. Line 65 says the first-listed lead is the main lead. Tasks with a 2023 regional deadline (14, 15, 17, 18, 30, 32, 36, 116…) "
           "appear only in the body, without dates.") % (R[3], len([l for l in L if l]) ),
}
json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print('expect', len(expect), 'mustNotFlag', len(mnf), 'covers', len(covers))
for e in expect: print(e['rule'], e['line'], e['text'])
