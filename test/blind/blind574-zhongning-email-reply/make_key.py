# Helper kept in the case folder: writes key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
D = 'deadline-later-than-baseline'; I = 'deadline-invalid'; U = 'unknown-unit'; B = 'basis-mismatch'; G = 'garbled-text'

expect = [
  {"rule": B, "line": 15, "text": "宁政办发〔2023〕17号", "why": "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 人民政府 document); 宁政办发 is the 办公厅 prefix, so the 文号 does not belong to the title"},
  {"rule": D, "line": 21, "text": "2026年", "why": "主要目标: the region's goal is 到2025年 “34567”体系框架全面成型 (宁政发〔2023〕17号 一（二）); the county puts the same goal in 2026 (the quoted first version, line 119, still had 2025)"},
  {"rule": D, "line": 81, "text": "2025年底", "why": "row 10 is task 48 (城域网升级改造，区市县乡村5级全覆盖), 完成时限 2024 年; the county gives 2025年底"},
  {"rule": I, "line": 91, "text": "6月31日", "why": "impossible date: June has 30 days (row 20 = task 93, 完成时限 2024年; the year itself is equal)"},
  {"rule": U, "line": 82, "text": "县大数据局", "why": "old name left over in the revision; units.txt lists only 县大数据服务中心 (renamed January 2024), 县大数据局 is not an alias"},
  {"rule": G, "line": 57, "text": "鍔犲揩鎺ㄥ姩", "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 加快推动政府机关内部事务线上集成办理"},
]

m = []
def n(rule, line, text, why):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e["why"] = why; m.append(e)

# e-mail headers and message
n(U, 1, "中宁县大数据服务中心", "mail header sender; in units.txt (alias of 县大数据服务中心), not a responsibility")
n(U, 2, "各乡镇人民政府党政办", "mail header recipient (the offices of 各乡镇人民政府), not a responsible unit")
n(I, 3, "znxwxb2021@163.com", "digits in an e-mail address, not a date")
n(D, 4, "2024年3月12日", "the header's send time, not a deadline")
n(I, 9, "3月8日", "past date in the covering message (the leader's review), not a deadline")
n(D, 10, "2024年3月19日", "the office's own reply deadline for comments, not a task deadline")
# preamble and background
n(B, 15, "国发〔2022〕14号", "correct 文号 of 《国务院关于加强数字政府建设的指导意见》")
n(B, 15, "宁政办发〔2023〕11号", "correct citation of 《数字宁夏“1244+N”行动计划实施方案》, cited the same way by the 吴忠 plan; the only basis error on this line is the 实施意见's 文号")
n(B, 18, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the 工作基础 paragraph, correct title and 文号, not cited as a basis")
n(I, 18, "2023年底", "截至2023年底: a past date in the background, not a deadline")
n(D, 20, "2024年底", "county goal for 2024 (网上可办率, 我的宁夏/宁政通 推广, 指挥调度中心) with no later regional counterpart; 宁政通 task 105 is due 2024")
n(D, 22, "2035年", "equal to the region's 2035 goal")
n(I, 28, "12月10日", "the office's own reporting dates (每季度末月25日, 12月10日), not task deadlines")
n(D, 38, "2025年", "力争2025年取得明显成效 for 试点示范 equals task 28 (2023年启动，2025年取得明显成效)")
n(D, 50, "2024年底前", "雪亮工程 2024年底前 equals task 79 (2024年)")
n(D, 55, "2025年", "到2025年 水治理数字化转型基本完成 equals task 96 (2025年)")
n(D, 58, "2024年底前", "视频会议平台 2024年底前 is earlier than task 107 (2025年)")
n(D, 66, "2024年—2025年", "period of the county task list in its title, not a deadline; ends 2025 like the region's list")
n(D, 69, "2024年—2025年", "period of the county task list in its title, not a deadline")
n(B, 5, "中宁县关于加强数字政府建设的实施方案（征求意见稿）", "the plan's own title in the subject line, not a basis citation")
n(B, 15, "中卫市委、市政府关于数字政府建设的工作部署", "a reference to the city's deployment without title or 文号; no city plan is cited, so nothing to mismatch")
n(U, 26, "数字宁夏建设运营有限公司", "the regional 五个一 company, named as support, not a county responsible unit (it is named in the regional 实施意见)")
# task list rows: equal or earlier deadlines
n(D, 72, "2024年取得明显成效", "equals task 2 (2023年启动，2024年取得明显成效)")
n(D, 73, "持续推进，2025年取得明显成效", "equals task 3")
n(D, 74, "持续推进，2025年取得明显成效", "equals task 6")
n(D, 75, "2025年", "equals task 10 (持续推进，2025年取得明显成效)")
n(D, 76, "2025年取得明显成效", "equals the completing milestone of task 11 (2023年完成主要建设任务，2025年取得明显成效)")
n(D, 77, "2023年形成机制，长期坚持", "copied from task 18 (2023年形成机制，长期坚持): equal")
n(I, 77, "2023年形成机制，长期坚持", "a copied regional deadline that lies before the plan's year (2024); ongoing task, not an error")
n(D, 78, "2024年", "equals task 34 (2024年)")
n(D, 79, "2024年", "equals task 41 (2024年)")
n(D, 80, "2024年6月底前", "earlier than task 47 (2024年)")
n(D, 82, "2024年", "equals task 50 (2024年)")
n(D, 83, "2024年", "equals task 54 (2024年)")
n(D, 84, "2024年", "earlier than task 64 (2025年)")
n(D, 85, "2025年", "equals task 66 (2025年)")
n(D, 86, "2024年", "equals task 71 (2024年)")
n(D, 87, "2024年", "equals task 79 (2024年)")
n(D, 88, "2025年", "equals task 83 (2025年)")
n(D, 89, "2024年", "equals task 84 (2024年)")
n(D, 90, "2024年", "equals task 86 (2024年)")
n(D, 92, "2025年", "equals task 96 (2025年)")
n(D, 93, "2025年", "equals task 95 (2025年)")
n(D, 94, "2024年", "equals task 104 (2024年)")
n(D, 95, "2024年", "equals task 105 (2024年)")
n(D, 96, "2024年底前", "earlier than task 107 (2025年)")
n(D, 97, "2024年", "equals task 114 (2024年)")
n(D, 98, "长期坚持", "equals task 121 (长期坚持)")
# units in the revised plan: collectives, aliases, registry names
n(U, 75, "各乡镇人民政府", "collective subject")
n(U, 77, "县直各部门（单位）", "collective subject")
n(U, 82, "县直有关部门", "collective subject (the row's error is 县大数据局 only)")
n(U, 88, "各村（社区）", "collective subject")
n(U, 74, "县教体局", "official short name listed in units.txt (县教育体育局), like 县卫健局、县人社局、县文旅局 on the same row")
n(U, 85, "县发改局", "short name listed in units.txt (县发展改革局)")
n(U, 72, "县工信商务局", "short name listed in units.txt (县工业信息化和商务局)")
n(U, 91, "县政府办公室", "short name listed in units.txt (县人民政府办公室)")
n(U, 93, "中卫市生态环境局中宁分局", "the city bureau's county branch, listed in units.txt")
# quoted first version (an earlier draft, not the plan)
n(U, 107, "中宁县大数据局", "mail client's quote attribution line, old sender name; not a responsibility")
n(U, 108, "中宁县大数据局", "quoted header of the earlier message")
n(I, 110, "2024年2月26日", "quoted header's send time")
n(I, 114, "2024年3月4日", "quoted reply deadline of the first round of comments")
n(B, 118, "关于加快推进数字政府建设的实施意见", "wrong title in the quoted first version, corrected in the revision; an earlier draft, not the plan")
n(D, 119, "2025年", "quoted first version's goal (equal to the region anyway)")
n(D, 123, "2026年", "quoted first version's deadline, changed in the revision (line 73)")
n(U, 123, "县经济和信息化局", "old unit name in the quoted first version; the revision uses 县工信商务局")
n(D, 124, "2025年底", "quoted first version's deadline, changed in the revision (line 80)")
n(U, 124, "县大数据局", "old unit name in the quoted first version")
n(I, 125, "2023年12月底前", "quoted first version's deadline, before the plan year; an earlier draft, not the plan")
n(U, 125, "县大数据局", "old unit name in the quoted first version")
n(U, 126, "县大数据局", "old unit name in the quoted first version")
n(D, 127, "2025年6月", "quoted first version's deadline, changed in the revision (line 91)")
n(D, 128, "2026年底", "quoted first version's deadline, changed in the revision (line 96)")
n(U, 128, "县经济和信息化局", "old unit name in the quoted first version")
n(U, 131, "中宁县大数据局", "quoted signature of the earlier message")
# framework and encoding near misses
n('missing-pillar', 0, None, "五个一/六级贯通 is taken up at county level in 二、(lines 24-28) although a county has no five bodies of its own; 数字生态 is at line 32")
n(G, 12, "——————————", "long dashes of the mail body separator, not mojibake")
n(G, 120, "……（中间部分略）", "ellipsis in the quoted text, not mojibake")

covers = [(2,72),(3,73),(5,30),(6,74),(7,31),(8,31),(9,31),(10,75),(11,76),(12,32),(13,32),(14,35),(15,35),(17,35),(18,77),(19,36),(21,38),(22,38),(24,28),(25,63),(28,38),(30,40),(32,40),(34,78),(36,41),(41,79),(42,41),(43,43),(47,80),(48,81),(49,43),(50,82),(52,44),(53,44),(54,83),(57,44),(58,44),(64,84),(65,47),(66,85),(67,47),(68,48),(70,48),(71,86),(72,48),(74,48),(77,50),(79,87),(80,51),(83,88),(84,89),(85,53),(86,90),(87,53),(88,53),(89,53),(90,54),(93,91),(95,92),(96,92),(97,55),(98,55),(102,55),(103,57),(104,94),(105,95),(106,57),(107,96),(108,58),(111,58),(112,59),(114,97),(115,59),(116,62),(118,64),(121,98),(122,65),(123,65),(124,65)]

key = {
  "writer": "blind writer, round 574; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": m,
  "covers": [{"task": t, "line": l} for t, l in covers],
  "notes": "An e-mail saved as text (中宁县大数据服务中心, 2024-03-12): headers and covering message (lines 1-10), the revised 实施方案 with its task list (lines 12-99; task rows 72-98 are tab-separated), the sender's signature (101-105), the earlier message of 2024-02-26 quoted with '> ' (107-131, the first version of the preamble, one goal and six task rows, with older dates and unit names the revision changed), and the client's disclaimer (133-134). Only the revised plan is the document under review; nothing in headers, signature, disclaimer or '> ' lines should be flagged. No parent plan: 中宁县 belongs to 中卫市, whose plan is not supplied; the draft refers to 中卫市 only as 工作部署 (line 15), not as a cited document. The task-list note (line 70) says the first-listed unit leads."
}

# checks
for e in expect + m:
    if e["line"]:
        assert e.get("text") is None or e["text"] in L[e["line"]-1], e
for t, l in covers:
    assert 1 <= l <= len(L) and L[l-1].strip(), (t, l)
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(m), len(covers), len([x for x in L if x or True]))
