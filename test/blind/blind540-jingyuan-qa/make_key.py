# Builds key.json from draft.txt: every line number is found from a unique substring.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L.pop()

def ln(sub, within=None):
    hits = [i + 1 for i, t in enumerate(L) if sub in t and (within is None or within in t)]
    assert len(hits) == 1, (sub, within, hits)
    return hits[0]

def task_line(n):
    hits = [i + 1 for i, t in enumerate(L) if t.startswith('%d.' % n)]
    assert len(hits) == 1, (n, hits)
    return hits[0]

T = {n: task_line(n) for n in range(1, 43)}   # local task n -> line

expect = [
  {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
   "why": "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (as the draft itself says correctly in 一问, line 5); 宁政办发 is the office's series"},
  {"rule": "deadline-later-than-baseline", "line": T[20], "text": "2025年底前",
   "why": "电子政务外网升级、扩大出口带宽 = task 47 (完成时限 2024年); 县乡村全覆盖 = task 48 (2024年); 非涉密专网整合迁移 = task 50 (2024年); the county sets 2025年底前"},
  {"rule": "deadline-later-than-baseline", "line": T[34], "text": "2025年6月底前",
   "why": "政府网站、政务移动端、政务服务场所适老化与信息无障碍建设 = task 93 (完成时限 2024年); 公共场馆数字化、移动入口接入“我的宁夏” = task 90 (2024年)"},
  {"rule": "deadline-invalid", "line": T[39], "text": "20245年",
   "why": "impossible year (typo for 2025年); task 106 填表报数压减50% is due 2025年, so the intended date would have been equal"},
  {"rule": "unknown-unit", "line": T[12], "text": "县网信局",
   "why": "no such unit in units.txt; the county body is 县委网信办 (used correctly in tasks 5, 10, 11)"},
  {"rule": "unknown-unit", "line": T[27], "text": "自治区党委政法委",
   "why": "a regional body named as 牵头 of a county task (雪亮工程 in 泾源); copied from task 79's 责任单位; should be 县委政法委"},
  {"rule": "garbled-text", "line": T[8], "text": "鎺ㄨ繘鏁板瓧涔℃潙",
   "why": "UTF-8 bytes of 推进数字乡村 read as GBK"},
]

M = []
def nm(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

# basis near misses
nm("basis-mismatch", ln('泾政办发〔2024〕15号'), "the plan's own 文号 (the document being interpreted), not a basis document", "泾政办发〔2024〕15号")
nm("basis-mismatch", ln('国务院印发《关于加强数字政府建设的指导意见》'), "background: correct title (issuer named outside the brackets) and correct 文号", "国发〔2022〕14号")
nm("basis-mismatch", ln('宁政发〔2023〕17号'), "background: correct 文号 of the regional 实施意见", "宁政发〔2023〕17号")
nm("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention of the 2020 工作要点 in the background (what was done in 2020), not cited as a basis of the plan", "宁政办发〔2020〕14号")
nm("basis-mismatch", ln('《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）'), "correct full title and 文号", "国发〔2022〕14号")
nm("basis-mismatch", ln('宁政办发〔2023〕11号'), "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, exactly as the 吴忠 plan cites it", "宁政办发〔2023〕11号")
nm("basis-mismatch", ln('十四个五年规划和二〇三五年远景目标纲要'), "the county's own 十四五 纲要, cited by title without 文号; nothing wrong")
# date near misses in background / office dates / questions
nm("deadline-invalid", ln('2022年6月'), "background: past dates of the national and regional documents (2022年6月, 2023年5月16日) and the task list's period 2023年—2025年", "2023年5月16日")
nm("deadline-invalid", ln('2023年全县政务服务事项网上可办率'), "background: past achievements (2020年, 2021年以来, 2023年), not deadlines", "2023年")
nm("deadline-invalid", ln('2024年3月29日'), "date of the 常务会议 that adopted the plan; a past event, not a deadline", "2024年3月29日")
nm("deadline-invalid", 2, "the interpretation's own publication date", "2024年4月22日")
nm("deadline-later-than-baseline", ln('三问：'), "the question itself (“到2025年要实现哪些目标”), not a goal or deadline; 2025 equals the region's goal year anyway", "2025年")
nm("deadline-later-than-baseline", ln('五问：'), "the question itself (“何时完成”); no date")
nm("deadline-later-than-baseline", ln('七问：'), "the question itself (“2024年…重点抓好哪些工作”), the plan's own year", "2024年")
nm("deadline-later-than-baseline", ln('到2024年底，'), "local interim goal (统筹推进机制, 三级工作机制, 掌上办80%) with no regional goal for the same thing; the region's 2023 goals (政策体系, 五个一 at 自治区 level, 家底理清) are not restated", "2024年底")
nm("deadline-later-than-baseline", ln('到2025年，全县'), "equal to the region's 2025 goal (34567 体系框架全面成型 …)", "2025年")
nm("deadline-later-than-baseline", ln('到2035年'), "equal to the region's 2035 goal", "2035年")
nm("deadline-later-than-baseline", T[1], "task 64 (各地参照自治区做法成立组织机构) is due 2025年; 2024年6月底前 is earlier. Not task 60 (自治区 leading group, 2023年), which is the region's own", "2024年6月底前")
nm("deadline-later-than-baseline", T[2], "六级贯通 层级职责 with task 64 (2025年): 2025年 — equal", "2025年")
nm("deadline-later-than-baseline", T[27], "task 79 雪亮工程 (2024年): 2024年底前 — equal (the line's fault is its lead unit, not its date)", "2024年底前")
nm("deadline-later-than-baseline", T[42], "tasks 112, 114, 115 (2024年): 2024年底前 — equal", "2024年底前")
nm("deadline-later-than-baseline", T[4], "task 3 智慧园区: 持续推进，2025年取得明显成效 — equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", T[6], "task 6: 持续推进，2025年取得明显成效 — equal; task 7 (智慧教育平台) 2025年取得明显成效 — equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", T[9], "task 11: 2023年完成主要建设任务（regional milestone），2025年取得明显成效 — the completing milestone 2025 is equal", "2025年取得明显成效")
nm("deadline-later-than-baseline", T[10], "task 12 数据要素市场: 2025年 — equal (the draft avoids task 13's 2024 交易规则 items)", "2025年")
nm("deadline-later-than-baseline", T[11], "tasks 14/15 are due 2023年; the county states 长期坚持 with no dated milestone, nothing later to compare", "长期坚持")
nm("deadline-invalid", T[12], "task 18's deadline 2023年形成机制，长期坚持 copied verbatim; a copied regional milestone before the plan's year, not an impossible date", "2023年形成机制")
nm("deadline-later-than-baseline", T[12], "equal to task 18 (2023年形成机制，长期坚持), copied", "2023年形成机制")
nm("deadline-later-than-baseline", T[13], "task 19 (2023年启动，2024年建成) and task 43 (2024年建成，持续推进): 2024年底前 — equal", "2024年底前")
nm("deadline-later-than-baseline", T[15], "task 23 一本账 (2024年): 2024年9月底前 — earlier", "2024年9月底前")
nm("deadline-later-than-baseline", T[19], "tasks 40 and 54 (2024年): 2024年10月底前 — earlier", "2024年10月底前")
nm("deadline-later-than-baseline", T[21], "task 53/55 (2024年) equal, task 52/56 (2025年) earlier", "2024年底前")
nm("deadline-later-than-baseline", T[29], "task 83 (2025年): 2024年底前 — earlier", "2024年底前")
nm("deadline-later-than-baseline", T[32], "task 87 (2023年启动，2025年完成): 2025年 — equal", "2025年")
nm("deadline-later-than-baseline", T[36], "task 96 (2025年) earlier; tasks 97, 98 (2024年) equal", "2024年底前")
nm("deadline-later-than-baseline", T[40], "tasks 107 and 111 (2025年): 2024年底前 — earlier", "2024年底前")
nm("deadline-later-than-baseline", T[41], "task 108 (长期推进，2024年取得明显成效): 2024年取得明显成效 — equal", "2024年取得明显成效")
nm("deadline-later-than-baseline", ln('每季度末月25日前'), "the office's own reporting dates (quarterly, 12月10日 annual summary), not task deadlines", "12月10日前")
nm("deadline-later-than-baseline", ln('一是抓体系'), "七问 restates task 1 in the plan's year: 6月底前 = 2024年6月底前", "6月底前")
nm("deadline-later-than-baseline", ln('二是抓底座'), "restates tasks 13 and 15 (年底前, 9月底前 of 2024) — equal to or earlier than tasks 19/43 and 23", "9月底前")
# units near misses
nm("unknown-unit", T[2], "collective subjects", "各乡镇人民政府")
nm("unknown-unit", T[2], "collective subject", "县直各部门（单位）")
nm("unknown-unit", T[3], "县数字政府建设领导小组办公室 is in units.txt", "县数字政府建设领导小组办公室")
nm("unknown-unit", T[5], "县委网信办 is in units.txt; 等部门 is the usual tail", "县委网信办")
nm("unknown-unit", T[15], "prefix 县 distributes: 财政局 = 县财政局 (in units.txt)", "财政局")
nm("unknown-unit", T[19], "official short name of 县委办公室 (alias in units.txt)", "县委办")
nm("unknown-unit", T[25], "collective subject", "承担监管职责的县直有关部门")
nm("unknown-unit", T[28], "县消防救援大队 is in units.txt", "县消防救援大队")
nm("unknown-unit", T[35], "alias of 固原市生态环境局泾源分局 in units.txt", "县生态环境分局")
nm("unknown-unit", T[9], "alias of 县供销合作社联合社 in units.txt", "县供销社")
nm("unknown-unit", ln('积极争取自治区政府办公厅业务指导'), "regional body named as the source of guidance in the narrative, not as lead of a county task", "自治区政府办公厅")
nm("unknown-unit", T[16], "collective subject", "县直有关部门")
# framework near misses
nm("missing-pillar", 0, "五个一 and 六级贯通 are folded into 一套工作体系 (tasks 1–3: 组织机构, 层级职责, 工作机制), judged by content")
nm("missing-pillar", 0, "党的领导 (组织领导、财政投入、数字素养、考核评价) is answered in 六问 (lines %d–%d), not in the task list" % (ln('一是加强组织领导'), ln('四是强化考核评价')))
nm("missing-pillar", 0, "数字生态 is short but present (task 10: 数据要素市场, 网络生态)")
nm("garbled-text", ln('“1244+N”'), "quotation marks and +N are the real title, not damage", "“1244+N”")

covers = []
def cv(task, line):
    covers.append({"task": task, "line": line})
for task, loc in [(64,1),(3,4),(5,5),(6,6),(7,6),(8,7),(10,8),(11,9),(12,10),(14,11),(15,11),(18,12),(19,13),(43,13),
                  (21,14),(23,15),(28,16),(30,17),(32,17),(41,18),(42,18),(40,19),(54,19),(47,20),(48,20),(50,20),
                  (53,21),(55,21),(56,21),(57,22),(66,23),(70,24),(71,24),(73,25),(74,25),(77,26),(79,27),(80,28),(83,29),
                  (84,30),(86,31),(87,32),(88,33),(89,33),(90,34),(93,34),(94,35),(96,36),(97,36),(98,36),(102,37),
                  (104,38),(105,38),(106,39),(107,40),(111,40),(108,41),(112,42),(114,42),(115,42)]:
    cv(task, T[loc])
cv(116, ln('一是加强组织领导'))
cv(118, ln('三是提升数字素养'))
cv(123, ln('四是强化考核评价'))
cv(124, ln('四是强化考核评价'))

key = {
  "writer": "blind writer, round 540; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": ("泾源县 (固原市) 政策解读 of its own 2024 实施方案, in 问答 form; no parent plan, checked against 宁政发〔2023〕17号 only. "
            "Task deadlines are in the notes after each of the 42 numbered tasks in 五问. Regional tasks due 2023 are given as 长期坚持 or copied verbatim "
            "(task 12 line copies task 18's 2023年形成机制，长期坚持). The draft first-listed-lead note (牵头单位有多个的，排在第一位的为主要牵头单位) is in 五问's answer."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
for e in expect:
    print(e['rule'], e['line'], e['text'], e['text'] in L[e['line']-1])
for e in M:
    if e['line'] and 'text' in e:
        assert e['text'] in L[e['line']-1], e
