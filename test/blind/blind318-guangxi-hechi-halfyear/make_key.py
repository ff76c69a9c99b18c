# Builds key.json and checks every line number against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(anchor, text=None):
    hits = [i+1 for i, l in enumerate(L) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text: assert text in L[hits[0]-1], (anchor, text)
    return hits[0]

E = []
def e(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text), "text": text, "why": why}; d.update(kw); E.append(d)

e("deadline-later-than-baseline", "3.深化一体化在线监管", "2026年底前",
  "task 3 (以一体化在线监管提升监管协同化水平: 互联网+监管, 监管事项清单认领全覆盖) has 完成时限 2025年底; the city sets 2026年底前")
e("deadline-later-than-baseline", "18.优化政策信息数字化发布", "2026年6月底前",
  "task 22 (优化政策信息数字化发布: 政府网站集约化, 政策文件库, 政策智能推送) has 完成时限 2025年底; the city sets 2026年6月底前")
e("deadline-invalid", "25.完善制度规范", "2023年12月底前",
  "a 下半年 task of a report issued 2024-07-08 (planYear 2024) given a deadline in 2023, copied from last year's plan; task 30 (完善法规制度) itself is 持续开展")
e("basis-mismatch", "下半年，我市将紧扣", "桂政发〔2022〕13号",
  "the 广西 实施意见 is 桂政发〔2022〕31号 (cited correctly on line 4); 13号 is a transposed 文号")
e("unknown-unit", "29.强化政务云支撑", "市信息中心",
  "not in units.txt (a body merged into 市大数据发展局; the registry has no 市信息中心)")
e("unknown-unit", "16.建设城市数字政府大脑", "自治区大数据发展局",
  "a regional body named as 牵头单位 of a city task (河池城市数字政府大脑); the lead should be 市大数据发展局. Copied from the regional text (task 19)")

N = []
def n(rule, anchor, why, text=None):
    d = {"rule": rule, "line": ln(anchor, text), "why": why}
    if text: d["text"] = text
    N.append(d)

# citations
n("basis-mismatch", "2024年以来，在市委", "correct: national 指导意见 with its 文号", "国发〔2022〕14号")
n("basis-mismatch", "2024年以来，在市委", "correct: the 广西 实施意见 with its right 文号 and title", "桂政发〔2022〕31号")
n("basis-mismatch", "2024年以来，在市委", "the city's own 实施方案, cited by title alone; 实施方案 is the right title for a city plan, not a wrong title for the regional 实施意见", "《河池市加强数字政府建设实施方案》")
n("basis-mismatch", "7.推进政务服务“高效办成一件事”", "a different, correctly cited national document (国发〔2024〕3号, 2024-01), not a basis mismatch", "国发〔2024〕3号")
# past dates in background / problems / achievements
n("deadline-invalid", "1.强化组织领导", "past date of a meeting in the first half, not a deadline", "3月12日")
n("deadline-invalid", "2.完善调度机制", "2023 used as a comparison in the achievements, not a deadline", "2023年")
n("deadline-invalid", "5.市场监管方面", "past reference point of a percentage (较2023年底), not a deadline", "2023年底")
n("deadline-invalid", "7.公共服务方面", "date of an achievement already reached (6月28日 上线)", "6月28日")
n("deadline-invalid", "（一）统筹集约程度仍不够高", "problem section: the missed target of an earlier plan, stated retrospectively; not a deadline of this document", "2023年底前")
n("deadline-invalid", "（二）数据共享质量有待提升", "problem section: date a catalogue was compiled", "2023年12月")
n("deadline-invalid", "（三）基层数字化能力较为薄弱", "problem section: 2022年以来 is background", "2022年")
# deadlines equal / earlier / ongoing / goal / reporting dates
n("deadline-later-than-baseline", "9.完善“智桂通”河池专区", "equal: task 9 (持续完善智桂通移动开放生态体系) is due 2025年底", "2025年底前")
n("deadline-later-than-baseline", "8.优化12345热线功能", "earlier: task 8 (12345热线, 与110/119/120/122联动) is due 2025年底; the city sets 2024年12月底前", "2024年12月底前")
n("deadline-later-than-baseline", "1.强化经济运行监测分析", "equal: task 1 (经济运行大数据监测分析) is 持续开展", "持续开展")
n("deadline-later-than-baseline", "14.提升生态环境智慧监管能力", "equal: task 16 (生态环境保护数字化转型) is 持续开展", "持续开展")
n("deadline-later-than-baseline", "24.强化政务信息化项目管理", "task 29 (创新数字政府建设管理机制) is 持续开展; a 2024 date for the city's step is not later", "2024年9月底前")
n("deadline-later-than-baseline", "下半年，我市将紧扣", "到2025年…体系框架基本形成 equals the 广西 主要目标 (到2025年…数字政府体系框架基本形成)", "到2025年")
n("deadline-later-than-baseline", "38.强化考核评估", "the office's own reporting date for the annual report, not a task deadline; no 广西 task sets it", "2025年1月15日前")
n("deadline-invalid", "38.强化考核评估", "reporting dates of the office (每月5日前, 12月10日前) are valid dates", "12月10日前")
# units
n("unknown-unit", "2024年以来，在市委", "自治区大数据发展局 named as the body guiding the city, not as a responsible unit", "自治区大数据发展局")
n("unknown-unit", "12.按照自治区党委网信办部署", "regional body that organised an exercise, not a responsible unit of a city task", "自治区党委网信办")
n("unknown-unit", "27.深化数据治理和共享", "自治区大数据发展局 is the body the city reports to (按季度…报送); the task's units are city units", "自治区大数据发展局")
n("unknown-unit", "36.加强组织领导", "reporting target (向自治区大数据发展局报送工作进展)", "自治区大数据发展局")
n("unknown-unit", "38.强化考核评估", "reporting target (报市人民政府和自治区大数据发展局)", "自治区大数据发展局")
n("unknown-unit", "2.推进智慧监管", "市发改委 is an alias of 市发展改革委 in units.txt", "市发改委")
n("unknown-unit", "2.推进智慧监管", "市大数据局 is an alias of 市大数据发展局 in units.txt", "市大数据局")
n("unknown-unit", "10.推进智慧教育、智慧人社", "市人社局, 市卫健委 are aliases in units.txt", "市人社局")
n("unknown-unit", "10.推进智慧教育、智慧人社", "市医保局 is in units.txt; 按职责分工负责 after it is a role phrase, not part of the name", "市医保局")
n("unknown-unit", "13.推进智慧工地监管", "市住建局 is an alias of 市住房城乡建设局", "市住建局")
n("unknown-unit", "22.提高自主可控水平", "市工信局 is an alias of 市工业和信息化局", "市工信局")
n("unknown-unit", "19.压实安全责任", "prefix distributes: 市公安局、大数据发展局 = 市大数据发展局", "大数据发展局")
n("unknown-unit", "19.压实安全责任", "市委保密办 and 市国家安全局 are in units.txt", "市国家安全局")
n("unknown-unit", "3.深化一体化在线监管", "collective subject", "各县（区）人民政府")
n("unknown-unit", "7.推进政务服务“高效办成一件事”", "collective subject", "市直有关部门")
n("unknown-unit", "9.完善“智桂通”河池专区", "collective subject", "市直各部门")
n("unknown-unit", "6.推进智慧应急建设", "vertical bodies in units.txt (河池市气象局, 河池市消防救援支队)", "河池市消防救援支队")
n("unknown-unit", "1.强化经济运行监测分析", "河池市税务局 is in units.txt", "河池市税务局")
n("unknown-unit", "11.推进智慧康养服务", "a named county government in units.txt", "巴马瑶族自治县人民政府")
n("unknown-unit", "37.提升数字素养", "市委党校 is in units.txt; 广西大学、河池学院 are partners in the text, not responsible units", "广西大学")
n("unknown-unit", "1.强化组织领导", "市数字政府建设工作领导小组 is the leading group named in the text, not a responsible unit", "市数字政府建设工作领导小组")
n("unknown-unit", "23.推动政府履职协同高效", "市政务服务中心 is in units.txt", "市政务服务中心")

C = []
def c(task, anchor): C.append({"task": task, "line": ln(anchor)})
for task, a in [(1,"1.强化经济运行监测分析"),(2,"2.推进智慧监管"),(3,"3.深化一体化在线监管"),
  (4,"4.提升基层社会治理数字化水平"),(5,"5.推进社会治安防控体系智能化"),(6,"6.推进智慧应急建设"),
  (7,"7.推进政务服务“高效办成一件事”"),(8,"8.优化12345热线功能"),(9,"9.完善“智桂通”河池专区"),
  (10,"10.推进智慧教育、智慧人社"),(11,"10.推进智慧教育、智慧人社"),(12,"10.推进智慧教育、智慧人社"),
  (14,"12.推进智慧体育服务"),(15,"11.推进智慧康养服务"),(13,"13.推进智慧工地监管"),
  (16,"14.提升生态环境智慧监管能力"),(17,"15.提高自然资源利用效率"),(18,"15.提高自然资源利用效率"),
  (19,"16.建设城市数字政府大脑"),(20,"17.提升机关运行效能"),(21,"17.提升机关运行效能"),
  (22,"18.优化政策信息数字化发布"),(23,"19.压实安全责任"),(24,"20.加强数据安全和关键信息基础设施保护"),
  (26,"21.提升安全保障能力"),(27,"22.提高自主可控水平"),(28,"23.推动政府履职协同高效"),
  (29,"24.强化政务信息化项目管理"),(30,"25.完善制度规范"),(31,"26.推进标准化和试点示范"),(32,"26.推进标准化和试点示范"),
  (33,"27.深化数据治理和共享"),(34,"27.深化数据治理和共享"),(35,"28.促进数据有序开发利用"),
  (36,"29.强化政务云支撑"),(37,"30.提升电子政务外网支撑能力"),(39,"31.推进共性应用集约建设"),
  (38,"32.强化数据智能和开放生态支撑"),(40,"32.强化数据智能和开放生态支撑"),
  (41,"33.助力数字经济发展"),(42,"34.引领数字社会建设"),(43,"35.营造良好数字生态")]:
    c(task, a)

key = {
 "writer": "blind writer, round 318; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": E,
 "mustNotFlag": N,
 "covers": C,
 "notes": ("Task numbers are the writer's own numbering of the 广西 实施意见 (桂政发〔2022〕31号): the 43 inline "
   "(責任單位:…完成時限:…) notes in document order, 1 = 經濟調節 (持續開展) … 43 = 營造良好數字生態. Only tasks 3, 8, 9 and 22 "
   "carry 2025年底; all others are 持續開展, and task 23 (強化安全管理責任) names no 各市人民政府. The draft is a half-year work "
   "report (一、上半年工作进展 二、存在的问题 三、下半年工作安排); only part 三 sets deadlines and responsible units, as inline "
   "（牵头单位：…；配合单位：…；完成时限：…） notes. Parts 一 and 二 carry past dates, percentages and an indicator table (lines 18-25) "
   "that are achievements, not deadlines. Every 广西 pillar is taken up: 七个能力 lines 45-62, 安全保障 64-67, 制度规则 69-72, "
   "数据资源 74-75, 平台支撑 77-80, 数字经济/社会/生态 82-84, 党的领导 (组织领导, 推进机制, 数字素养, 考核评估) 86-88; no missing-pillar "
   "is expected. 河池 has 2 districts and 9 counties, so the collective is 各县（区）.")
}
json.dump(key, open('key.json','w',encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(E), len(N), len(C))
for d in E: print(d['rule'], d['line'], d['text'])
