#!/usr/bin/env python3
# Builds key.json for blind case 528 from draft.txt. Every line number is found
# by searching draft.txt for a marker string that must occur on exactly one line.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(marker, also=None):
    hits = [i + 1 for i, l in enumerate(LINES) if marker in l and (also is None or also in l)]
    if len(hits) != 1:
        raise SystemExit(f"marker {marker!r} (+{also!r}) found on lines {hits}")
    return hits[0]


def row(n):
    """Line of attachment row with own 序号 n."""
    hits = [i + 1 for i, l in enumerate(LINES) if l.startswith(f"{n}\t")]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def check(line, text):
    assert text in LINES[line - 1], (line, text)
    return line


expect = []
def E(rule, line, text=None, why="", **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        check(line, text)
        d["text"] = text
    d.update(kw)
    d["why"] = why
    expect.append(d)

E("basis-mismatch", ln("宁政办发〔2023〕17号"), "宁政办发〔2023〕17号",
  "the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the draft cites it as 宁政办发〔2023〕17号 (an office 文号), a wrong 文号 for that title")
E("deadline-later-than-baseline", row(20), "2025年底前",
  "attachment item 20 落实自治区任务清单第四十八项; task 48 (各级城域网升级改造，区市县乡村5级全覆盖) 完成时限 2024年; the county gives 2025年底前")
E("deadline-later-than-baseline", row(46), "2025年6月底前",
  "attachment item 46 cites 第一百零五、一百零六项 with one date; task 106 (填表报数系统) is due 2025年, which the date meets, but task 105 (宁政通 移动办公总门户, 各市县配合) 完成时限 2024年, so its part is late")
E("deadline-invalid", row(11), "9月31日",
  "attachment item 11 (task 21, 完成时限 2024年) is due 2024年9月31日前: September has no 31st, an impossible date (the year itself is not late)")
E("unknown-unit", row(13), "县大数据管理服务局",
  "盐池县 has no 大数据管理服务局 (that is the city's 市大数据管理服务局); units.txt lists 县大数据服务中心, which the draft uses everywhere else; task 23 is 2024年, date 2024年底前 is fine")
E("unknown-unit", row(45), "自治区政府办公厅",
  "a regional body named as the lead (牵头, and first-listed under the draft's own note on line %d) of a county task; copied from task 104's cell. The date 2024年底前 equals task 104's 2024年" % ln("排在第一位的为牵头单位"))
E("garbled-text", ln("鎺ㄥ姩浼樿川"), "鎺ㄥ姩浼樿川",
  "UTF-8 bytes read as GBK: 鎺ㄥ姩浼樿川鍖荤枟璧勬簮涓嬫矇 is 推动优质医疗资源下沉 (re-encode as GBK, decode as UTF-8)")
for t, what in [(76, "宁夏地方金融监管和服务智能化平台 (各市、县（区）配合)"),
                (99, "自治区地质数据共享服务平台 (各市、县（区）配合)"),
                (113, "宁夏人大法规规章规范性文件数据库 / 一库通查 (各市、县（区）配合)")]:
    expect.append({"rule": "task-uncovered", "line": 0, "task": t,
                   "why": f"deliberately left out: task {t}, {what}; no content on it anywhere in the draft"})

mnf = []
def M(rule, line, why, text=None, **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        check(line, text)
        d["text"] = text
    d.update(kw)
    d["why"] = why
    mnf.append(d)

L9 = ln("宁政办发〔2023〕17号")
M("basis-mismatch", L9, "国发〔2022〕14号 is the right 文号 for 《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号")
M("basis-mismatch", L9, "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly as the 吴忠 city plan cites it; a real document, right 文号", "宁政办发〔2023〕11号")
M("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background (自…印发以来), not a basis document; title and 文号 are right", "宁政办发〔2020〕14号")
M("basis-mismatch", ln("盐政办发〔2024〕23号"), "the county's own 文号 for this notice, not a citation", "盐政办发〔2024〕23号")
M("basis-mismatch", ln("排在第一位的为牵头单位"), "the note names the 实施意见 by its correct title without a 文号", "《自治区人民政府关于加强数字政府建设的实施意见》")
L15 = ln("2023年，我县完成全县政务数据资源底数摸排")
M("deadline-invalid", L15, "background fact (what the county did in 2023), not a deadline; a past date before the plan's year is normal here", "2023年")
M("deadline-later-than-baseline", L15, "cites 第三十、三十一项 (both 完成时限 2023年) with 2023年 - equal, and it is a report of work done", "2023年")
M("deadline-later-than-baseline", ln("已于2023年建立并长期坚持"), "cites 第十四、十五项 (both 2023年); 'already set up in 2023, kept up' equals the regional 2023年 (one date for two tasks)", "2023年")
M("deadline-invalid", ln("已于2023年建立并长期坚持"), "retrospective: the mechanisms were set up in 2023; not a new deadline before the plan year", "2023年")
M("deadline-invalid", row(10), "copied regional deadline of task 18 (2023年形成机制，长期坚持); lies before the plan's year but is the region's own wording for an ongoing task", "2023年形成机制，长期坚持")
M("deadline-later-than-baseline", row(10), "task 18 完成时限 2023年形成机制，长期坚持 - identical", "2023年形成机制，长期坚持")
M("deadline-later-than-baseline", ln("到2024年底，县级非涉密政务信息系统"), "goal on 信创云 migration and 我的宁夏 专区: tasks 43 (2024年建成，持续推进) and 86 (2024年) - equal", "到2024年底")
M("deadline-later-than-baseline", ln("到2025年，全县数字政府建设体系框架全面成型"), "same as the region's 主要目标 到2025年 …体系框架全面成型 - equal year", "到2025年")
M("deadline-later-than-baseline", ln("到2035年"), "same as the region's 到2035年 goal", "到2035年")
M("deadline-invalid", ln("2024年12月10日前报送首年工作总结"), "the office's own reporting date (季度 progress, first-year summary), not a task deadline", "2024年12月10日前")
M("deadline-invalid", ln("2024年4月12日"), "issue date of the notice", "2024年4月12日")
M("deadline-invalid", ln("（2024年—2025年）"), "the plan period in the attachment title, not a deadline", "2024年—2025年")
M("deadline-later-than-baseline", ln("（见附件第十五项）"), "own-item reference in Chinese numerals: 附件第十五项 is the county's item 15 (tasks 33、34, both 2024年), so 2024年底前 is equal; it is NOT regional task 15 (2023年)", "2024年底前")
M("deadline-later-than-baseline", ln("（见附件第24项）"), "own-item reference in Arabic numerals: 附件第24项 is the county's item 24 = task 56 (2025年); 2025年6月底前 is earlier. Regional task 24 (2023年) is not meant", "2025年6月底前")
M("deadline-later-than-baseline", ln("（见附件第三十项）"), "own-item reference: 附件第三十项 is the county's item 30 = task 79 雪亮工程 (2024年); 2024年底前 is equal. Regional task 30 (2023年) is not meant", "2024年底前")
M("deadline-later-than-baseline", row(18), "one date for 第四十三、四十六项: task 43 2024年建成，持续推进 and task 46 2024年 - equal to both", "2024年底前完成，持续推进")
M("deadline-later-than-baseline", row(23), "one date for 第五十二、五十三项: task 52 2025年, task 53 2024年; 2024年底前 meets both", "2024年底前")
M("deadline-later-than-baseline", row(40), "one date for 第九十四、九十五项: task 94 2024年, task 95 2025年; 2024年底前 meets both", "2024年底前")
M("deadline-later-than-baseline", row(28), "one date for 第七十一、七十三、七十四项, all 2024年 - equal", "2024年底前")
M("deadline-later-than-baseline", row(5), "one date for 第六、八项, both 持续推进，2025年取得明显成效 - identical", "持续推进，2025年取得明显成效")
M("deadline-later-than-baseline", row(8), "one date for 第十、十一项: task 10 持续推进，2025年取得明显成效; task 11 2023年完成主要建设任务，2025年取得明显成效 - the completing milestone 2025 is equal", "2025年取得明显成效")
M("deadline-later-than-baseline", row(42), "one date for 第九十七、九十八项, both 2024年 - equal", "2024年底前")
M("deadline-later-than-baseline", row(21), "one date for 第四十九、八十一项, both 2025年 - equal", "2025年")
M("deadline-later-than-baseline", row(44), "one date for 第一百零一、一百零二项, both 2025年 - equal", "2025年")
M("deadline-later-than-baseline", row(50), "one date for 第一百一十二、一百一十四项, both 2024年 - equal", "2024年底前")
M("deadline-later-than-baseline", row(1), "task 64 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前")
M("deadline-later-than-baseline", row(9), "task 12 完成时限 2025年; 2025年6月底前 is earlier", "2025年6月底前")
M("deadline-later-than-baseline", row(24), "task 56 完成时限 2025年; 2025年6月底前 is earlier", "2025年6月底前")
M("deadline-later-than-baseline", row(49), "task 111 完成时限 2025年; 2025年6月底前 is earlier", "2025年6月底前")
M("deadline-later-than-baseline", row(38), "task 93 完成时限 2024年; 2024年6月底前 is earlier", "2024年6月底前")
M("deadline-later-than-baseline", row(19), "task 47 完成时限 2024年; 2024年10月底前 is earlier", "2024年10月底前")
M("deadline-later-than-baseline", row(2), "task 2 2023年启动，2024年取得明显成效; 2024年底前取得明显成效 is equal", "2024年底前取得明显成效")
M("deadline-later-than-baseline", row(35), "task 87 2023年启动，2025年完成; 2025年 equal", "2025年")
M("deadline-later-than-baseline", row(48), "task 108 长期推进，2024年取得明显成效 - identical", "长期推进，2024年取得明显成效")
M("deadline-later-than-baseline", row(52), "task 121 长期坚持 - identical", "长期坚持")
M("deadline-later-than-baseline", row(14), "task 28 2023年启动，2025年取得明显成效; completing milestone 2025 equal", "2025年取得明显成效")
M("unknown-unit", row(1), "collective subjects 县直各部门（单位） and 各乡镇人民政府", "各乡镇人民政府")
M("unknown-unit", row(32), "collective subject 各村（社区）", "各村（社区）")
M("unknown-unit", row(11), "collective subject 县直有关部门", "县直有关部门")
M("unknown-unit", row(25), "县发改局 is the listed short name of 县发展和改革局 (units.txt)", "县发改局")
M("unknown-unit", row(3), "县工信商务局 is the listed short name of 县工业信息化和商务局; 盐池工业园区管委会 is listed", "县工信商务局")
M("unknown-unit", row(48), "prefix distributes: 县发展和改革局、财政局、审计局 = 县财政局, 县审计局, both listed", "财政局、审计局")
M("unknown-unit", row(40), "吴忠市生态环境局盐池分局 is listed in units.txt (the city bureau's county branch)", "吴忠市生态环境局盐池分局")
M("unknown-unit", row(23), "县税务局 is the listed short name of 国家税务总局盐池县税务局; 县市场监管局 of 县市场监督管理局", "县税务局")
M("unknown-unit", row(42), "县林草局 is the listed short name of 县林业和草原局", "县林草局")
M("unknown-unit", row(31), "盐池县消防救援大队 is listed", "盐池县消防救援大队")
M("unknown-unit", ln("在自治区政府办公厅统筹指导下"), "a regional body mentioned as the one giving overall guidance for the cloud migration, not as the responsible unit of a county task", "自治区政府办公厅")
M("unknown-unit", ln("成立由县政府主要负责同志任组长"), "县数字政府建设领导小组 / 领导小组办公室 is the coordination body this plan sets up, not a responsible unit of a task", "县数字政府建设领导小组")
M("unknown-unit", ln("依托县委党校"), "县委党校 is listed; 宁夏干部教育培训网络学院 is a platform used, not a responsible unit", "县委党校")
M("missing-pillar", 0, "the 五个一/六级贯通 work system is taken up by content in section 二 (健全组织机构, 厘清层级职责, 完善工作机制), as a county version", pillar="五个一")
M("missing-pillar", 0, "数字生态 has its own paragraph (三（三）) and attachment item 9 (task 12)", pillar="数字生态")
M("missing-pillar", 0, "财政投入 is 六（二） 加大财政投入", pillar="财政投入")

covers = []
def C(task, line):
    covers.append({"task": task, "line": line})

table = {1: [64], 2: [2], 3: [3], 4: [5], 5: [6, 8], 6: [7], 7: [9], 8: [10, 11], 9: [12], 10: [18],
         11: [21], 12: [22], 13: [23], 14: [28], 15: [33, 34], 16: [41, 42], 17: [40, 54], 18: [43, 46],
         19: [47], 20: [48], 21: [49, 81], 22: [50], 23: [52, 53], 24: [56], 25: [57], 26: [58], 27: [66],
         28: [71, 73, 74], 29: [77], 30: [79], 31: [80], 32: [83], 33: [84], 34: [86], 35: [87], 36: [88, 89],
         37: [92], 38: [93], 39: [90], 40: [94, 95], 41: [96], 42: [97, 98], 43: [100], 44: [101, 102],
         45: [104], 46: [105, 106], 47: [107], 48: [108], 49: [111], 50: [112, 114], 51: [115], 52: [121]}
for item, tasks in table.items():
    l = row(item)
    for t in tasks:
        C(t, l)
prose = [((30, 31), "第三十、三十一项"), ((14, 15), "第十四、十五项"), ((17,), "第十七项"),
         ((24,), "第二十四项"), ((25,), "第二十五项"), ((32,), "第三十二项"), ((36,), "第三十六项"),
         ((51,), "第五十一项"), ((68, 72), "第六十八、七十二项"), ((85,), "第八十五项"), ((116,), "第一百一十六项")]
for tasks, marker in prose:
    l = ln("自治区任务清单" + marker)
    for t in tasks:
        C(t, l)
C(123, ln("考核结果作为领导班子和领导干部综合考核评价的重要参考"))

# sanity: each table row's citation matches the table map
import re
for item, tasks in table.items():
    assert "自治区任务清单第" in LINES[row(item) - 1], item

key = {
    "writer": "blind writer, round 528; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("盐池县 (吴忠市) county plan of 2024-04-12, checked against the region's 宁政发〔2023〕17号 only (no parent plan). "
              "It cites regional tasks in Chinese numerals as （落实自治区任务清单第四十八项） / 第一百零五、一百零六项, always with the words 自治区任务清单; "
              "it refers to its own attachment items as 附件第N项 in both Arabic (附件第1项, 第24项) and Chinese numerals (附件第十五项, 第三十项) - those are "
              "the county's own rows (序号 column of the attachment table, lines %d-%d), never regional task numbers. "
              "The attachment note (line %d) says the first-listed unit leads. Responsible units are checked against units.txt. "
              "Several regional tasks due 2023 (14, 15, 17, 24, 25, 30, 31, 32, 36, 51, 68, 72, 85, 116) are taken up in prose without a new date. "
              "Judgement calls: attachment item 46 gives one date (2025年6月底前) for tasks 105 (2024年) and 106 (2025年) and is counted late for 105; "
              "attachment item 10 copies task 18's 2023年形成机制，长期坚持 into a 2024 plan and is counted correct. "
              "draft.txt and key.json are generated by build_draft.py and build_key.py in this folder.")
             % (row(1), row(52), ln("排在第一位的为牵头单位")),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(mnf), "mustNotFlag;", len(covers), "covers;", len({c['task'] for c in covers}), "distinct tasks")
