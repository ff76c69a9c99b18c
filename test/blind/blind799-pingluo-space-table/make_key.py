#!/usr/bin/env python3
# Writes key.json for blind case 799 from draft.txt and rows.json (both made by build.py).
# Every line number is looked up in the final draft.txt, and every `text` is checked to occur on its line.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if L[-1] == "": L.pop()
rows = {int(k): v for k, v in json.load(open(os.path.join(HERE, "rows.json"), encoding="utf-8")).items()}

def find(sub, nth=0):
    hits = [i + 1 for i, s in enumerate(L) if sub in s]
    assert hits, sub
    if nth == 0: assert len(hits) == 1, (sub, hits)
    return hits[nth - 1] if nth else hits[0]

def ent(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (text, line, L[line - 1][:40])
        e["text"] = text
    e.update(kw); e["why"] = why
    return e

# regional 完成时限 from the seed task list (宁政发〔2023〕17号 附件2)
REG = {2: "2023年启动，2024年取得明显成效", 3: "持续推进，2025年取得明显成效", 5: "持续推进，2025年取得明显成效",
       6: "持续推进，2025年取得明显成效", 8: "持续推进，2025年取得明显成效", 9: "持续推进，2025年取得明显成效",
       10: "持续推进，2025年取得明显成效", 11: "2023年完成主要建设任务，2025年取得明显成效", 12: "2025年",
       18: "2023年形成机制，长期坚持", 21: "2024年", 23: "2024年", 28: "2023年启动，2025年取得明显成效",
       33: "2024年", 34: "2024年", 40: "2024年", 41: "2024年", 42: "2024年", 46: "2024年", 47: "2024年", 48: "2024年",
       49: "2025年", 50: "2024年", 54: "2024年", 56: "2025年", 57: "2024年", 58: "2024年", 64: "2025年", 66: "2025年",
       70: "2024年", 71: "2024年", 74: "2024年", 77: "2024年", 79: "2024年", 80: "2024年", 83: "2025年", 84: "2024年",
       86: "2024年", 87: "2023年启动，2025年完成", 88: "2024年", 89: "2024年", 90: "2024年", 93: "2024年", 94: "2024年",
       96: "2025年", 97: "2024年", 98: "2024年", 100: "2025年", 104: "2024年", 105: "2024年", 106: "2025年", 107: "2025年",
       108: "长期推进，2024年取得明显成效", 111: "2025年", 112: "2024年", 114: "2024年", 115: "2024年",
       118: "2023年完成并长期坚持", 121: "长期坚持"}

def rl(n): return rows[n]["line"]

expect = [
 ent("basis-mismatch", find("宁政发〔2023〕71号"), "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号; the draft transposes the digits (71号)", "宁政发〔2023〕71号"),
 ent("deadline-later-than-baseline", find("到2026年，全县数字政府建设体系框架全面成型"), "主要目标: the region's goal is '到2025年，全区各级数字政府建设“34567”体系框架全面成型，工作体制逐步健全、管理机制趋于成熟…'; the county sets the same goal (框架全面成型, same wording) for 2026", "2026年"),
 ent("deadline-later-than-baseline", rl(20), "task-table row 20 (城域网升级改造，县乡村电子政务外网全覆盖) is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the draft says 2025年6月底前 (and its own 主要目标 on line %d says 到2024年底)" % find("到2024年底，全县政务服务事项"), "2025年6月底前"),
 ent("deadline-invalid", rl(42), "impossible year 20224年 (typo for 2024年) in task-table row 42 (适老化与信息无障碍, regional task 93, 完成时限 2024年; the prose on line %d says 2024年底前)" % find("2024年底前，完成全县政府网站"), "20224年"),
 ent("unknown-unit", rl(19), "县信息中心 is not in units.txt (the county's technical body is 县大数据服务中心); an obsolete name copied into the 配合单位 cell of row 19", "县信息中心"),
 ent("garbled-text", find("娣卞寲鏁版嵁"), "sub-item title is UTF-8 read as GBK; re-encoding as GBK and decoding as UTF-8 gives 深化数据高效共享", "娣卞寲鏁版嵁楂樻晥鍏变韩"),
]

must = []
D = "deadline-later-than-baseline"
# every deadline of the task table except the planted rows 20 and 42
for n in sorted(rows):
    if n in (20, 42): continue
    r = rows[n]; t = r["task"]; dl = r["deadline"]; reg = REG[t]
    if n == 10:
        why = "row 10 is regional task 18, 完成时限 '2023年形成机制，长期坚持'; the county copies it verbatim (equal)"
    elif n == 57:
        why = "row 57 is regional task 118, 完成时限 '2023年完成并长期坚持'; 长期坚持 sets no later milestone"
    elif n == 14:
        why = "row 14 is regional tasks 33/34 (基础数据库、主题数据库), 完成时限 2024年; draft 2024年 (equal)"
    else:
        comp = "equal" if (dl.replace(" ", "").startswith(reg[-5:]) or dl.replace(" ", "") in reg or reg.endswith(dl.replace(" ", ""))) else "earlier"
        if t in (56, 64): comp = "earlier"
        if t == 87: comp = "equal: completing milestone 2025"
        if t in (2, 3, 5, 6, 8, 9, 10, 11, 28, 108, 121): comp = "equal"
        if dl.startswith("2024年12月底前"): comp = "equal (end of the same year)"
        why = "row %d is regional task %d, 完成时限 %s; draft %s (%s)" % (n, t, reg, dl, comp)
    txt = dl if dl in L[r["line"] - 1] else None
    must.append(ent(D, r["line"], why, txt))
must.append(ent("deadline-invalid", rl(10), "2023年 here is the regional deadline of task 18 copied verbatim ('2023年形成机制，长期坚持'), not an impossible date", "2023年形成机制，长期坚持"))
must.append(ent("deadline-invalid", rl(15), "'2024 年' with a space is an ordinary form of 2024年 (the seed task list uses it); regional task 40 is 2024年", "2024 年"))

# prose deadlines and dates
must += [
 ent(D, find("到2024年底，全县政务服务事项"), "near-term goals: 电子政务外网县乡村全覆盖 = task 48 (2024年, equal); “我的宁夏”专区 = task 86 (2024年, equal); 12345 联动 = task 87 ('2023年启动，2025年完成', earlier); 网上可办率 has no regional counterpart", "2024年底"),
 ent(D, find("到2035年，与政府治理能力现代化"), "same 2035 goal as the region's 主要目标 (到2035年…数字政府全面建成)", "2035年"),
 ent(D, find("2024年10月底前，建立全县数字政府领域"), "“一本账” is regional task 23, 完成时限 2024年; 2024年10月底前 is within that year", "2024年10月底前"),
 ent(D, find("力争2025年底前全部接入"), "视频一张网 is regional task 49, 完成时限 2025年; 2025年底前 is equal", "2025年底前"),
 ent(D, find("2024年底前，完成全县政府网站"), "适老化与信息无障碍 is regional task 93, 完成时限 2024年; equal", "2024年底前"),
 ent(D, find("到2025年基层干部填表报数"), "填表报数 is regional task 106, 完成时限 2025年; equal (kept in its own sub-item, apart from tasks 104/105)", "2025年"),
 ent(D, find("每季度末月25日前"), "the office's own reporting dates (progress reports and the annual summary to 县人民政府办公室), not task deadlines", "2024年12月10日前"),
 ent("deadline-invalid", find("每季度末月25日前"), "reporting date inside the plan's own year, not a deadline before the issue year", "2024年12月10日前"),
 ent("deadline-invalid", find("2022年6月，县大数据服务中心"), "past dates in the 工作基础 background (2020年, 2022年6月, 2023年), not deadlines", "2022年6月"),
 ent(D, find("2022年6月，县大数据服务中心"), "background facts about 2020–2023, not deadlines", "2023年"),
 ent("deadline-invalid", find("2024年3月18日"), "the notice's own issue date", "2024年3月18日"),
 ent(D, find("附件：平罗县数字政府建设重点任务清单"), "the attachment title's period (2024—2025年) is a span, not a deadline", "2024—2025年"),
 ent(D, find("平罗县数字政府建设重点任务清单（2024—2025年）", 2), "the attachment title's period, not a deadline", "2024—2025年"),
]

# basis
must += [
 ent("basis-mismatch", find("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号"),
 ent("basis-mismatch", find("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is a real regional document, cited the same way by the 吴忠 plan", "宁政办发〔2023〕11号"),
 ent("basis-mismatch", find("石嘴山市人民政府《关于加强数字政府建设的实施方案》"), "the city plan cited by title alone, as county plans usually do (a city plan may have no 文号)", "石嘴山市人民政府《关于加强数字政府建设的实施方案》"),
 ent("basis-mismatch", find("宁政办发〔2020〕14号"), "retrospective mention of the superseded 2020 工作要点 in the 工作基础 background, not cited as a basis", "宁政办发〔2020〕14号"),
 ent("basis-mismatch", find("平政办发〔2024〕12号"), "the notice's own 文号, not a cited document", "平政办发〔2024〕12号"),
]

# units
U = "unknown-unit"
must += [
 ent(U, rl(25), "县发改局 is listed in units.txt as a short name of 县发展和改革局", "县发改局"),
 ent(U, rl(12), "县发改局 is a short name of 县发展和改革局 in units.txt", "县发改局"),
 ent(U, rl(28), "县工信局 is a short name of 县工业和信息化局 in units.txt", "县工信局"),
 ent(U, rl(40), "县审批局 is a short name of 县审批服务管理局 in units.txt", "县审批局"),
 ent(U, rl(6), "县城管局 is a short name of 县城市管理综合执法局 in units.txt", "县城管局"),
 ent(U, rl(25), "县市场监管局 is a short name of 县市场监督管理局 in units.txt", "县市场监管局"),
 ent(U, rl(8), "县供销社 is a short name of 县供销合作社联合社 in units.txt", "县供销社"),
 ent(U, rl(1), "县商务局 is a short name of 县商务和投资促进局 in units.txt", "县商务局"),
 ent(U, rl(34), "县消防救援大队 is a short name of 平罗县消防救援大队 in units.txt", "县消防救援大队"),
 ent(U, rl(43), "平罗生态环境分局 is the short name of 石嘴山市生态环境局平罗分局 in units.txt", "平罗生态环境分局"),
 ent(U, rl(2), "平罗工业园区管委会 is in units.txt", "平罗工业园区管委会"),
 ent(U, rl(57), "县委组织部、宣传部: the prefix 县委 distributes, giving 县委宣传部 (in units.txt)", "宣传部"),
 ent(U, rl(7), "collective subject", "各乡镇人民政府"),
 ent(U, rl(14), "collective subject", "县直各部门（单位）"),
 ent(U, rl(11), "collective subject", "县直有关部门（单位）"),
 ent(U, rl(35), "collective subject", "各村（社区）"),
 ent(U, rl(31), "collective lead: 承担监管职责的县直有关部门（单位）, the county form of 承担监管职责的自治区有关部门（单位） (regional tasks 72–75)", "承担监管职责的县直有关部门（单位）"),
 ent(U, rl(4) + 1, "continuation line: the PDF copy wrapped the 牵头单位 cell of row 4 (县教育体育局、县卫生健康局、/县民政局); 县民政局 and 县文化旅游广电局 are in units.txt", "县民政局"),
 ent(U, rl(32) + 1, "continuation line: the 配合单位 cell of row 32 wrapped; 县人民法院 is in units.txt", "县人民法院"),
 ent(U, rl(47) + 1, "continuation line: the 配合单位 cell of row 47 wrapped; 平罗生态环境分局 and 县林草局 are in units.txt", "平罗生态环境分局、县林草局"),
 ent(U, rl(1) + 1, "continuation line of the 重点任务 cell of row 1 ('竞争能力'), not a unit", "竞争能力"),
 ent(U, rl(10) + 1, "continuation line of the 重点任务 cell of row 10 ('护和应急演练'), not a unit", "护和应急演练"),
 ent(U, find("2022年6月，县大数据服务中心"), "县政务服务中心 / 乡镇便民服务中心 are service halls named in the background, not responsible units", "县政务服务中心"),
 ent(U, find("积极引入数字宁夏建设运营有限公司"), "数字宁夏建设运营有限公司 is the regional operator named in the 实施意见; mentioned, not assigned a task", "数字宁夏建设运营有限公司"),
 ent(U, find("对接黄河流域宁夏生态环境数据资源中心"), "a regional data platform named in the 实施意见, not a unit", "黄河流域宁夏生态环境数据资源中心"),
 ent(U, find("各监管部门积极对接"), "collective subject (各监管部门)", "各监管部门"),
 ent(U, find("石嘴山市人民政府《关于加强"), "issuer of a cited document, not a responsible unit", "石嘴山市人民政府"),
 ent(U, 5, "the issuing office's signature (平罗县人民政府办公室 = 县人民政府办公室)", "平罗县人民政府办公室"),
 ent(U, rl(38), "12345政务服务便民热线平罗分中心 is inside the 重点任务 text, not a unit cell", "12345政务服务便民热线平罗分中心"),
]

covers = [{"task": rows[n]["task"], "line": rows[n]["line"]} for n in sorted(rows)]
covers.append({"task": 33, "line": rl(14)})
covers += [
 {"task": 14, "line": find("强化安全管理责任。")},
 {"task": 15, "line": find("强化安全管理责任。")},
 {"task": 17, "line": find("落实安全制度要求。")},
 {"task": 22, "line": find("以数字化改革助力政府职能转变。全面梳理")},
 {"task": 24, "line": find("（三）完善工作机制。")},
 {"task": 30, "line": find("完善数据管理机制。")},
 {"task": 31, "line": find("完善数据管理机制。")},
 {"task": 32, "line": find("完善数据管理机制。")},
 {"task": 36, "line": find("娣卞寲鏁版嵁")},
 {"task": 25, "line": find("（二）加大财政投入。")},
 {"task": 65, "line": find("（一）提升科学精准的经济调节能力。")},
 {"task": 68, "line": find("提升监管精准化水平。")},
 {"task": 72, "line": find("提升监管协同化水平。")},
 {"task": 73, "line": find("提升监管协同化水平。")},
 {"task": 85, "line": find("提升智慧便捷的服务能力。")},
 {"task": 102, "line": find("推动绿色低碳转型。")},
 {"task": 103, "line": find("提升辅助决策能力。")},
 {"task": 116, "line": find("（一）加强组织领导。")},
 {"task": 117, "line": find("（三）提升数字素养。")},
 {"task": 122, "line": find("（四）强化考核评价。")},
 {"task": 123, "line": find("（四）强化考核评价。")},
 {"task": 124, "line": find("（四）强化考核评价。")},
]

key = {
 "writer": "blind writer, round 799; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": must,
 "covers": covers,
 "notes": ("平罗县 (石嘴山市) 2024 实施方案, issued 2024-03-18 by 县人民政府办公室. No parent plan is supplied (the 石嘴山市 plan is cited by title only). "
           "The attachment task table is laid out as copied from a PDF viewer: no tabs, columns 序号/任务类别/重点任务/牵头单位/配合单位/完成时限 aligned by runs of spaces "
           "(single spaces occur only inside a cell, e.g. '2024 年'); the 任务类别 cell appears only on a group's first row; long 重点任务 and unit cells wrap onto continuation lines "
           "that carry no 序号 and no deadline; a page footer '— 13 —' and a repeated header row sit between rows 29 and 30. "
           "The table note says the first-listed 牵头单位 is the main lead. Prose deadlines were kept in their own sub-items where a paragraph mixes tasks with different regional deadlines."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(must), "mustNotFlag;", len(covers), "covers")
