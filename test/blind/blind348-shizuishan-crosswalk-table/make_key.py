# Builds key.json; every line number is found by searching the final draft.txt.
import json, re
L = open('draft.txt', encoding='utf-8').read().split('\n')
def load_tasks():
    import re
    t = open('/work/shared/seeds/ningxia-2023-gazette-with-task-list.txt', encoding='utf-8').read()
    t = t[t.find('附件 2'):t.find('## 自治区党委办公厅 人民政府办公厅')]
    out = {}
    for line in t.split('\n'):
        c = line.split('\t')
        if len(c) >= 4:
            m = re.match(r'\s*(\d+)\.\s*', c[1])
            if m: out[int(m.group(1))] = [c[1].strip(), c[2].strip(), c[3].strip()]
    return out
T = load_tasks()
assert len(T) == 124

def line_of(s, start=None):
    hits = [i + 1 for i, l in enumerate(L) if s in l and (start is None or l.startswith(start))]
    assert len(hits) == 1, (s, hits)
    return hits[0]

row = {}
for i, l in enumerate(L, 1):
    c = l.split('\t')
    if len(c) == 6 and c[0].isdigit():
        row[int(re.match(r'(\d+)', c[1]).group(1))] = i
def cell(task, k): return L[row[task] - 1].split('\t')[k]
def rdl(task): return T[task][2]

expect = [
 {"rule": "deadline-later-than-baseline", "line": row[36], "text": "2024年6月底前",
  "why": f"city date for task 36 (政务数据供需对接机制、归集共享通报制度) is later than the region: task 36 完成时限 {rdl(36)}"},
 {"rule": "deadline-later-than-baseline", "line": row[87], "text": "2026年6月底前",
  "why": f"completing milestone later than the region: task 87 (12345热线“一呼即应”改革) 完成时限 {rdl(87)}; the city writes 2023年启动，2026年6月底前完成"},
 {"rule": "deadline-invalid", "line": row[56], "text": "13月",
  "why": f"impossible month (2024年13月底前), slip for 12月; task 56 完成时限 {rdl(56)}, so the year itself is not late"},
 {"rule": "deadline-invalid", "line": row[14], "text": "2022年12月底前",
  "why": f"a completion date before the year the document is issued (通知 dated 2023年8月21日); slip for 2023; task 14 完成时限 {rdl(14)}"},
 {"rule": "unknown-unit", "line": row[2], "text": "市经信局",
  "why": "old name (经济和信息化局) not in units.txt; the registry has 市工业和信息化局 = 市工信局"},
 {"rule": "unknown-unit", "line": row[88], "text": "自治区市场监管厅",
  "why": "a regional body named as the lead (牵头) of the city's own task in the city's 责任单位 column (5th column); copied from the region's 责任单位. The same name in the left column of this row is the region's own text and is not the error"},
 {"rule": "garbled-text", "line": row[41], "text": "鍒嗙被鍒嗙骇",
  "why": "UTF-8 read as GBK in the city's 我市落实措施 column: 渚濇墭鍏ㄥ尯缁熶竴骞冲彴鍒嗙被鍒嗙骇鎺ㄨ繘鏁版嵁鍏变韩 = 依托全区统一平台分类分级推进数据共享"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

m("basis-mismatch", line_of('国发〔2022〕14号'), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m("basis-mismatch", line_of('宁政发〔2023〕17号'), "correct title 《自治区人民政府关于加强数字政府建设的实施意见》 and 文号", "宁政发〔2023〕17号")
m("basis-mismatch", line_of('《全区数字政府建设重点任务清单'), "the title of the region's own 附件2, cited correctly", "全区数字政府建设重点任务清单（2023年—2025年）")
m("basis-mismatch", line_of('宁政办发〔2020〕14号'), "retrospective mention of the 2020 工作要点 (自…印发以来), correct title and 文号; not cited as the basis", "宁政办发〔2020〕14号")
m("basis-mismatch", line_of('石政办发〔2023〕41号'), "the notice's own 文号, not a cited document", "石政办发〔2023〕41号")
m("deadline-invalid", line_of('2022年全市政务服务事项'), "past date in the background (2022年 achievement), not a deadline", "2022年")
m("deadline-later-than-baseline", line_of('确保到2025年'), "goal 到2025年…“34567”体系框架全面成型 equals the region's 主要目标 (到2025年)", "2025年")
m("deadline-invalid", line_of('每季度末月25日前'), "the office's own reporting dates (每季度末月25日前, 2023年12月20日前), not task deadlines", "2023年12月20日前")
m("unknown-unit", line_of('每季度末月25日前'), "自治区政府办公厅 is where the report is sent, not a responsible unit", "自治区政府办公厅")
m("deadline-invalid", line_of('2023年8月21日'), "the document's own date", "2023年8月21日")
# left (regional) columns
m("unknown-unit", row[5], "宁夏通信管理局 and 自治区党委网信办 in the left column are the region's own 责任单位 copied verbatim (原文), not city units", "宁夏通信管理局")
m("unknown-unit", row[29], "left column: 自治区政府办公厅牵头负责 is the region's text for task 29; the city column names 市大数据管理服务局", "自治区政府办公厅")
m("unknown-unit", row[87], "left column: 自治区政府办公厅牵头负责 is the region's text; the city column leads with 市人民政府办公室 (the row's planted error is its date)", "自治区政府办公厅")
m("deadline-later-than-baseline", row[43], f"left column repeats the region's own 完成时限 ({rdl(43)}); the city's 2024年底前完成迁移，持续推进 is equal", "2024年底前完成迁移")
# equal / earlier city deadlines
m("deadline-later-than-baseline", row[7], f"city date equals the region's ({rdl(7)}); the measure's 2023年底前 equals the 2023 milestone", "2025年取得明显成效")
m("deadline-later-than-baseline", row[11], f"equal to task 11 完成时限 {rdl(11)}", "2023年完成主要建设任务")
m("deadline-later-than-baseline", row[21], f"2024年6月底前 is earlier than task 21 完成时限 {rdl(21)}", "2024年6月底前")
m("deadline-later-than-baseline", row[34], f"2024年6月底前 is within task 34 完成时限 {rdl(34)}", "2024年6月底前")
m("deadline-later-than-baseline", row[48], f"measure goes beyond the region (四级全覆盖 + 向医院、学校延伸) with an earlier date: 2023年12月底前 vs task 48 完成时限 {rdl(48)}", "2023年12月底前")
m("deadline-later-than-baseline", row[64], f"2023年12月底前 is earlier than task 64 完成时限 {rdl(64)}", "2023年12月底前")
m("deadline-later-than-baseline", row[108], f"equal to task 108 完成时限 {rdl(108)}", "2024年取得明显成效")
m("deadline-later-than-baseline", row[121], f"ongoing, equal to task 121 完成时限 {rdl(121)}", "长期坚持")
m("deadline-later-than-baseline", row[123], f"equal to task 123 完成时限 {rdl(123)}", "2023年完成，长期坚持")
m("deadline-later-than-baseline", row[25], f"2023年12月底前 is within task 25 完成时限 {rdl(25)}", "2023年12月底前")
# units: aliases, prefix distribution, collectives, non-government units
m("unknown-unit", row[6], "prefix 市 distributes: 市卫生健康委, 市人力资源社会保障局, 市文化旅游广电局, 市民政局 (all in units.txt)", "卫生健康委")
m("unknown-unit", row[66], "市发改委 is an alias of 市发展改革委; prefix distributes to 市工信局 (alias of 市工业和信息化局) and 市商务局", "工信局")
m("unknown-unit", row[34], "市大数据局 is the short name of 市大数据管理服务局 in units.txt", "市大数据局")
m("unknown-unit", row[57], "市发改委 is an alias of 市发展改革委", "市发改委")
m("unknown-unit", row[39], "prefix 市 distributes over 生态环境局、市场监管局: 市市场监管局", "市场监管局")
m("unknown-unit", row[42], "国网石嘴山供电公司 is a non-government unit listed in units.txt", "国网石嘴山供电公司")
m("unknown-unit", row[56], "石嘴山市税务局 is in units.txt", "石嘴山市税务局")
m("unknown-unit", row[28], "collective subject 市直有关部门 / 各县（区）人民政府", "市直有关部门")
m("unknown-unit", row[14], "collectives 市直各部门（单位）、各县（区）人民政府 (the row's planted error is its date)", "市直各部门（单位）")
m("unknown-unit", line_of('注：“各县（区）人民政府”指'), "the note defines the collectives; all named bodies are in units.txt", "各县（区）人民政府")
m("unknown-unit", row[5], "the measure mentions 自治区市场监管厅、公安厅 as bodies the city cooperates with (配合), not as responsible units of the city task", "自治区市场监管厅")
m("unknown-unit", row[118], "市委党校 is in units.txt; 党校（行政学院） in the left column is the region's text", "市委党校")

covers = [{"task": t, "line": row[t]} for t in sorted(row)]

key = {
 "writer": "blind writer, round 348; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("Crosswalk table (对照表), 6 tab-separated columns: 序号 | 自治区任务（原文） | 自治区完成时限 | 我市落实措施 | 责任单位 | 我市完成时限. "
           "Columns 2-3 copy the regional task list verbatim, including the region's 责任单位 in parentheses and the region's own spacing ('2024 年'); "
           "only columns 4-6 are the city's. Every planted error is in columns 4-6. Group rows ('（一）驱动数字经济发展' + empty cells) repeat the region's 主要任务 names. "
           "The notice states that the first unit of a 责任单位 cell is the lead. The document is dated 2023-08-21 (planYear 2023). "
           "Tasks with a city role that the table leaves out (35, 73, 75, 78, 81, 82 疫情, 95, 98, 99, 102, 113) are not planted misses; a task-uncovered for them is information only. "
           "Row for task 88 contains 自治区市场监管厅 twice: in the left column (region's text, fine) and as 牵头 in the city's 责任单位 column (the planted error).")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['line'], e['rule'], e['text'], '|', e['text'] in L[e['line']-1])
for e in M:
    if 'text' in e and e['text'] not in L[e['line']-1]: print('MISSING', e)
