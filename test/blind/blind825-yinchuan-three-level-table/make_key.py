# -*- coding: utf-8 -*-
# 生成 key.json，并逐条核对行号与文字（行号从 1 起，针对最终 draft.txt）
import json
from make_draft import build, load_tasks, GARBLE

lines, R = build()
disk = open('draft.txt', encoding='utf-8').read().split('\n')
assert disk[:len(lines)] == lines, 'draft.txt is stale; run make_draft.py'
T = load_tasks()

def dl(n):
    return 'task %d is due %s' % (n, T[n][2])

expect = [
 {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 政府 document, not a 政府办公厅 one); the 文号 does not belong to the title"},
 {"rule": "deadline-later-than-baseline", "line": R[93], "text": "2025年12月底前",
  "why": dl(93) + "; the city puts its own 适老化与信息无障碍 work a year later"},
 {"rule": "deadline-invalid", "line": R[41], "text": "2023年12月底前",
  "why": "the plan is issued 2024-03-18, so a deadline of December 2023 is already past (left over from an earlier draft); " + dl(41) + ", so it is not later than the region"},
 {"rule": "unknown-unit", "line": R[105], "text": "自治区政府办公厅",
  "why": "a regional body (the region's lead for task 105, copied from the quoted task) named in the city's 牵头单位 column as lead of a local task; the city lead should be a city unit such as 市政府办公室 or 市大数据局"},
 {"rule": "garbled-text", "line": R[9], "text": GARBLE[:5],
  "why": "UTF-8 bytes read as GBK: '%s' re-encoded as GBK and decoded as UTF-8 is 城市大脑应用场景" % GARBLE},
 {"rule": "task-uncovered", "line": 0, "task": 92,
  "why": "task 92 (依托‘我的宁夏’探索全域‘多卡合一’‘多码合一’‘多表合一’, 各地级市牵头负责, 2025年) is meant for the city itself and is deliberately left out of both the body and the task table"},
]

M = []
def m(rule, line, text, why):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

DL = "deadline-later-than-baseline"; DI = "deadline-invalid"; UU = "unknown-unit"; BM = "basis-mismatch"; GT = "garbled-text"
m(BM, 2, "银政办发〔2024〕16号", "the draft's own 文号 in the 通知 header, not a cited basis document")
m(BM, 9, "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
m(BM, 9, "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号 (cited the same way by the 吴忠 plan); a correct additional basis")
m(BM, 12, "宁政办发〔2020〕14号", "retrospective mention (印发以来) of the 2020 工作要点 with its correct title and 文号; not cited as a basis")
m(BM, 12, "宁政发〔2023〕17号", "文号 of the regional 实施意见 mentioned alone, correctly")
m(BM, 46, "宁政发〔2023〕17号", "the task table's title cites the regional 实施意见 with the correct title and 文号")
m(DI, 12, "2023年", "past date in the background section (what was achieved in 2023), not a deadline")
m(DL, 12, "2023年", "past date in the background (电子政务外网延伸至全部乡镇) — an achievement, not a deadline; task 48 is due 2024年")
m(DL, 14, "2024年底", "2024 goals equal the region's deadlines: task 19 (2023年启动，2024年建成), task 43 (2024年建成，持续推进), task 48 (2024年), task 86 (2024年), task 37 (2024年)")
m(DL, 15, "2025年", "equal to the region's 主要目标 (到2025年 “34567”体系框架全面成型)")
m(DL, 16, "2035年", "equal to the region's 主要目标 for 2035")
m(DI, 43, "2024年4月15日", "the office's own reporting date for 工作台账, not a task deadline; in the plan's year")
m(DL, 43, "6月25日", "recurring reporting dates (每年6月25日、12月25日前报送), not task deadlines")
m(DI, 6, "2024年3月18日", "the issuing date of the notice")
# quoted regional task: bodies and dates inside the 自治区任务 cell
m(UU, R[1], "银川市", "inside the quoted regional task 1 (及银川市、中卫市配合) — the region's own text, not a city responsibility cell")
m(UU, R[19], "自治区政府办公厅", "inside the quoted regional task 19 (the region's lead); the city's lead column says 市大数据局")
m(UU, R[21], "自治区政府办公厅", "inside the quoted regional task 21; city lead is 市审批局")
m(UU, R[5], "宁夏通信管理局", "inside the quoted regional task 5 (the region's co-leads); city lead is 市市场监管局")
m(UU, R[9], "各地级市", "inside the quoted regional task 9 (各地级市牵头负责) — collective, region's text")
m(UU, R[80], "消防救援总队", "inside the quoted regional task 80 (自治区…消防救援总队); region's text")
m(DI, R[19], "2023年启动", "the region's date inside the quoted task 19, before the plan's year; the city's own deadline is 2024年10月底前")
m(DI, R[2], "2023年启动", "the region's date inside the quoted task 2; the city's deadline is 2024年12月底前")
m(DI, R[7], "2023年形成试点经验", "the region's date inside the quoted task 7; the city's deadline is 2025年")
m(DI, R[11], "2023年完成主要建设任务", "the region's date inside the quoted task 11; the city's deadline is 2025年")
m(DI, R[28], "2023年启动", "the region's date inside the quoted task 28")
m(DI, R[87], "2023年启动", "the region's date inside the quoted task 87; the city's deadline is 2025年")
m(DL, R[41], "2024年", "inside the quoted regional task 41 (完成时限：2024年) — the region's date, not the city's; the city's own date on this line is the planted deadline-invalid")
# city deadlines: equal or earlier
m(DL, R[1], "持续推进，2025年取得明显成效", dl(1) + "; copied, equal")
m(DL, R[2], "2024年12月底前", dl(2) + "; equal (end of 2024)")
m(DL, R[3], "2025年6月底前", dl(3) + "; earlier")
m(DL, R[4], "2024年12月底前", dl(4) + "; equal")
m(DL, R[9], "2024年启动，2025年取得明显成效", dl(9) + "; completing milestone equal")
m(DL, R[12], "2025年12月底前", dl(12) + "; equal (end of 2025)")
m(DL, R[19], "2024年10月底前", dl(19) + "; earlier than the completing milestone 2024年建成")
m(DL, R[20], "2024年9月底前", dl(20) + "; earlier")
m(DL, R[28], "2024年启动，2025年取得明显成效", dl(28) + "; the city starts later but the completing milestone (2025年) is equal")
m(DL, R[29], "2024年启动，2025年完成", dl(29) + "; the city starts later but completes in 2025 as the region does")
m(DL, R[35], "2024年6月底前", dl(35) + "; earlier")
m(DL, R[43], "2024年建成，持续推进", dl(43) + "; copied, equal")
m(DL, R[48], "2024年12月底前", dl(48) + "; equal")
m(DL, R[64], "2024年6月底前", dl(64) + "; earlier")
m(DL, R[86], "2024年9月底前", dl(86) + "; earlier")
m(DL, R[107], "2024年12月底前", dl(107) + "; earlier")
m(DL, R[108], "长期推进，2024年取得明显成效", dl(108) + "; copied, equal")
m(DL, R[121], "长期坚持", dl(121) + "; equal, ongoing")
m(DL, R[87], "2025年", dl(87) + "; completing milestone equal")
# units: collectives, aliases, prefix distribution, units outside government
m(UU, R[19], "市直各部门（单位）", "collective subject")
m(UU, R[22], "市直有关部门", "collective subject")
m(UU, R[7], "各县（市）区人民政府", "collective subject in 银川's usual form 各县（市）区")
m(UU, R[48], "各乡镇（街道）", "collective subject")
m(UU, R[6], "卫生健康委", "prefix 市 distributes over the list: 市卫生健康委, 市人力资源社会保障局, 市文化旅游广电局 … all in units.txt")
m(UU, R[33], "市场监管局", "prefix 市 distributes: 市市场监管局 (and 市自然资源局, 市发展改革委)")
m(UU, R[34], "卫健委", "prefix 市 distributes onto aliases: 市卫健委, 市人社局, 市发改委, 市应急局 — aliases in units.txt")
m(UU, R[52], "市场监管局", "prefix 市 distributes: 市市场监管局, 市文旅局, 市卫健委 …")
m(UU, R[2], "市工信局", "alias of 市工业和信息化局 in units.txt")
m(UU, R[12], "市发改委", "alias of 市发展改革委 in units.txt")
m(UU, R[107], "市机关事务局", "alias of 市机关事务管理局 in units.txt")
m(UU, R[22], "市审批服务管理局", "canonical name in units.txt (alias 市审批局 elsewhere)")
m(UU, R[53], "银川市税务局", "listed in units.txt (驻银单位)")
m(UU, R[80], "银川市气象局", "listed in units.txt (驻银单位); 市消防救援支队 likewise")
m(UU, R[109], "市政府督查室", "listed in units.txt")
m(UU, R[76], "市地方金融监管局", "listed in units.txt")
m(UU, R[119], "宁夏大学", "a regional-level unit outside government (named in the baseline's task 119) as a cooperating unit, not as the lead")
m(UU, R[3], "银川经济技术开发区管委会", "listed in units.txt")
m(GT, R[6], "i银川", "the name of the city's app (“i银川”APP), not mojibake")
m(GT, R[47], "IPv6", "a protocol name, not mojibake")
m(GT, R[48], "5 级", "the regional task's own spacing (区市县乡村 5 级), copied verbatim; not mojibake")

covers = [{"task": n, "line": R[n]} for n in sorted(R)]
for n, ln in [(14, 23), (15, 23), (17, 23), (18, 23), (24, 24), (25, 40), (30, 25), (31, 25), (32, 25), (36, 25),
              (51, 26), (68, 32), (72, 32), (85, 34), (116, 39), (118, 41), (122, 42), (123, 42), (124, 42)]:
    covers.append({"task": n, "line": ln})
covers.sort(key=lambda c: c["task"])

# verify every text is on its line
for e in expect + M:
    if e["line"] and "text" in e:
        assert e["text"] in disk[e["line"] - 1], (e, disk[e["line"] - 1][:80])
prose_checks = {23: '主体责任、监督责任', 24: '会商机制', 40: '全过程绩效管理', 25: '一本账', 26: '身份认证', 32: '照单监管',
                34: '免申即享', 39: '一把手工程', 41: '数字化能力培训', 42: '容错和奖惩机制'}
for ln, t in prose_checks.items():
    assert t in disk[ln - 1], (ln, t)
for c in covers:
    if c["line"] >= 49:
        assert disk[c["line"] - 1].startswith('%d.“' % c["task"]), c
assert not any('多卡合一' in l for l in disk)

key = {
 "writer": "blind writer, round 825; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("银川市 2024 实施方案 (银政办发〔2024〕16号, 2024-03-18) with a three-level task table (lines 48-141): "
           "自治区任务 | 我市落实措施 | 牵头单位 | 配合单位 | 完成时限. The 自治区任务 cell quotes the region's task verbatim "
           "(number, text, and in brackets the region's own 责任单位 and 完成时限; inner quotes turned into ‘’, '2024 年' spacing normalised); "
           "those bodies and dates are the region's, not the city's: only the last three columns are the city's responsibility and deadline. "
           "Tasks the region set for 2023 (14, 15, 17, 18, 24, 25, 30, 31, 32, 36, 51, 68, 72, 85, 116, 118, 122-124) are taken up in the body without dates, "
           "so that no city date is later than a 2023 regional deadline. The draft states that the first-listed lead is the main lead. "
           "units.txt is the city's registry; 银川 writes 各县（市）区 for its counties and districts. Task 92 is deliberately left out. "
           "Generated by make_draft.py (which reads the seed task list for the quotes) and make_key.py (which checks every line).")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers))
