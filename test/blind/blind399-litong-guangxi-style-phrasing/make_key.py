# builds key.json and checks every line/text against draft.txt
import json, re
D = open("draft.txt", encoding="utf-8").read().split("\n")
if D[-1] == "": D = D[:-1]
def find(s, nth=1, start=1):
    hits = [i for i, l in enumerate(D, 1) if s in l and i >= start]
    assert len(hits) >= nth, s
    return hits[nth-1]
def at(line, s):
    assert s in D[line-1], (line, s)
    return line

L_basis = find("桂政发〔2022〕13号")
L_t3 = find("以一体化在线监管提升监管协同化水平")
L_t9 = find("持续完善“智桂通”移动开放生态体系")
L_t19 = find("提升辅助决策能力")
L_t20 = find("提升行政执行能力")
expect = [
 {"rule": "basis-mismatch", "line": at(L_basis, "桂政发〔2022〕13号"), "text": "桂政发〔2022〕13号",
  "why": "《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (KEY-FORMAT built-in guangxi-2022); 13号 does not belong to that title (digits transposed). The draft itself cites 桂政发〔2022〕31号 correctly later (line %d)." % find("桂政发〔2022〕31号")},
 {"rule": "deadline-later-than-baseline", "line": at(L_t3, "2026年底"), "text": "2026年底",
  "why": "regional task 3 (二(二) '以一体化在线监管提升监管协同化水平'，大力推行'互联网+监管'), 完成时限 2025年底; the district puts 2026年底"},
 {"rule": "deadline-later-than-baseline", "line": at(L_t9, "2026年6月底"), "text": "2026年6月底",
  "why": "regional task 9 (二(四) '持续完善“智桂通”移动开放生态体系'), 完成时限 2025年底; the district puts 2026年6月底"},
 {"rule": "deadline-invalid", "line": at(L_t20, "2022年12月底"), "text": "2022年12月底",
  "why": "deadline before the year the plan is issued (2023-08-18): a date copied from an older work plan; regional task 20 (二(六) '提升行政执行能力') is 持续开展, so it is not a late deadline"},
 {"rule": "unknown-unit", "line": at(L_t19, "自治区大数据发展局，区直各部门"), "text": "自治区大数据发展局",
  "why": "an autonomous-region body named as the (first, only named) responsible unit of a district task: copied from the regional note of task 19 (自治區大數據發展局等); the district's body is 区大数据发展局 (units.txt)"},
 {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
  "why": "section 七 takes up only (一)助推数字经济发展 and (二)引领数字社会建设; the regional 七(三) 营造良好数字生态 (数据要素市场规则, 数据产权/交易, 数据要素应用场景) has no counterpart anywhere, and even the 指导思想 and 主要目标 say only 数字经济、数字社会. '开放生态' (lines %d, %d) and 生态环境 are other things." % (find("持续完善“智桂通”移动开放生态体系"), find("强化开放生态支撑能力"))},
 {"rule": "task-uncovered", "line": 0, "task": 43,
  "why": "regional task 43 (七(三) 营造良好数字生态, 责任单位 ...各市人民政府, 持续开展) is left out with the 数字生态 pillar"},
]

m = []
def mn(rule, line, text, why, chk=None):
    at(line, chk or text) if text else None
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why
    m.append(d)

# collectives and units
mn("unknown-unit", 2, "各乡镇人民政府", "collective subject (addressees); 区直各部门 on the same line is the district's collective, written as 广西 writes it")
l = find("加强经济运行数据归集分析")
mn("unknown-unit", l, "统计局", "广西-style list '区发展改革局、统计局、大数据发展局等': the prefix 区 distributes, 区统计局 and 区大数据发展局 are in units.txt")
mn("unknown-unit", l, "区发展改革局", "in units.txt (区 = 田阳区, not 自治区)")
mn("unknown-unit", L_t3, "区直有关部门", "collective subject of the district")
l = find("推进数字化网格治理能力建设")
mn("unknown-unit", l, "各村（社区）", "collective subject")
mn("unknown-unit", l, "公安分局", "prefix 区 distributes: 区公安分局 is the listed short name of 百色市公安局田阳分局")
mn("unknown-unit", l, "区人民法院", "short name of 百色市田阳区人民法院 in units.txt; 区人民检察院 likewise")
l = find("推进智慧应急建设")
mn("unknown-unit", l, "自然资源局", "prefix 区 distributes: 区自然资源局 is the short name of 百色市田阳自然资源局; 区气象局 is listed")
mn("unknown-unit", l, "区消防救援大队", "in units.txt (the district's counterpart of 广西消防救援总队)")
l = find("拓展公平普惠的民生服务")
mn("unknown-unit", l, "残联", "prefix 区 distributes: 区残联 in units.txt")
mn("unknown-unit", L_t19, "区直各部门", "collective subject (the unit before it is the planted error, this one is not)")
l = find("提升行政执行能力")
mn("unknown-unit", l, "机关事务服务中心", "prefix 区 distributes: 区机关事务服务中心 in units.txt; 区人民政府办公室 before it is listed")
l = find("按照自治区党委网信办统一部署")
mn("unknown-unit", l, "自治区党委网信办", "the autonomous region's body named as guidance (按照…统一部署), not a responsible unit of the task")
mn("unknown-unit", l, "国安办", "'区委网信办、国安办': the prefix 区委 distributes, 区委国安办 is in units.txt")
l = find("建立健全数据分类分级保护")
mn("unknown-unit", l, "保密办", "'区委网信办、国安办、保密办': 区委保密办 is in units.txt")
l = find("依托自治区数字政府一体安全平台")
mn("unknown-unit", l, "中国电信田阳分公司", "a unit outside the government proper, listed in units.txt")
l = find("按照自治区发展改革委、大数据发展局政务信息化项目管理要求")
mn("unknown-unit", l, "自治区发展改革委", "the autonomous region's bodies (自治区发展改革委、大数据发展局) named as the source of project-management rules, not as responsible units; the note on the same line names only district units")
l = find("在自治区大数据发展局、百色市大数据发展局的指导下")
mn("unknown-unit", l, "百色市大数据发展局", "the autonomous region's and the city's bodies named as guidance (在…的指导下), not as responsible units")
l = find("推进数字化共性应用集约建设")
mn("unknown-unit", l, "区税务局", "short name of 国家税务总局百色市田阳区税务局 in units.txt; 区档案馆 is listed too")
l = find("推动电子政务外网向村（社区）延伸")
mn("unknown-unit", l, "中国移动田阳分公司", "telecom operators outside government, listed in units.txt")
l = find("1\t12345热线归并整合")
mn("unknown-unit", l, "公安分局", "annex row '区大数据发展局、公安分局、卫生健康局': prefix 区 distributes")

# deadlines
l = find("加强经济运行数据归集分析")
mn("deadline-later-than-baseline", l, "持续开展", "equal to regional task 1 (二(一) 经济调节), 完成时限 持续开展 — 广西's own form")
l = find("持续优化12345政务服务便民热线")
mn("deadline-later-than-baseline", l, "2024年底", "earlier than regional task 8 (12345热线), 完成时限 2025年底")
l = find("优化政策信息数字化发布")
mn("deadline-later-than-baseline", l, "2025年底", "equal to regional task 22 (二(七) 政务公开), 完成时限 2025年底 — 广西's own form")
l = find("到2025年，与政府治理能力现代化相适应")
mn("deadline-later-than-baseline", l, "到2025年", "主要目标 equal to the region's goal: 到2025年…数字政府体系框架基本形成")
l = find("到2035年")
mn("deadline-later-than-baseline", l, "到2035年", "equal to the region's 2035 goal (数字政府基本建成)")
l = find("到2023年底，我区")
mn("deadline-invalid", l, "到2023年底", "an intermediate goal in the plan's own year (2023), not before it; the region has no 2023 goal to compare with")
mn("deadline-invalid", 5, "2023年8月18日", "the office's own issue date")
l = find("2019年撤县设区以来")
mn("deadline-invalid", l, "2019年", "background past date (撤县设区), also 截至2022年底 on the same line: retrospective, not a deadline", chk="截至2022年底")
l = find("充分发挥自治区数据共享交换平台作用")
mn("deadline-invalid", l, "2023年底", "in the plan's year, not before it; regional task 34 is 持续开展, so a 2023 milestone is not later either")
l = find("充分利用自治区政务云资源")
mn("deadline-later-than-baseline", l, "2024年底", "regional task 36 (政务云) is 持续开展 with no dated milestone; a dated district milestone is not later")
l = find("1\t12345热线归并整合")
mn("deadline-later-than-baseline", l, "2024年底", "annex row for task 8: earlier than 2025年底 and the same as the body (line %d)" % find("持续优化12345政务服务便民热线"))
l = find("4\t政策文件库建设")
mn("deadline-later-than-baseline", l, "2025年底", "annex row for task 22: equal to the regional 2025年底")
l = find("6\t数字乡村试点")
mn("deadline-later-than-baseline", l, "2025年底", "annex row for task 42 (数字社会, 持续开展): a dated milestone within the 2025 horizon is not later; row 7 (芒果产业, task 41 持续开展) likewise")
l = find("在自治区大数据发展局、百色市大数据发展局的指导下")
mn("deadline-invalid", l, "12月10日", "the office's own reporting dates (每年6月30日、12月10日前), not task deadlines")
# basis
mn("basis-mismatch", 8, "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
l = find("国发〔2018〕27号")
mn("basis-mismatch", l, "国发〔2018〕27号", "retrospective mention in the background of an earlier, real document (国务院关于加快推进全国一体化在线政务服务平台建设的指导意见, 国发〔2018〕27号); '加快推进' is its real title, it is not cited as the basis")
l = find("桂政发〔2022〕31号")
mn("basis-mismatch", l, "桂政发〔2022〕31号", "the correct 文号 of the 广西 实施意见 (by number alone)")
# pillars
mn("missing-pillar", 0, None, "安全保障 (三), 制度规则 (四), 数据资源 (五), 平台支撑 (六), the seven 履职 abilities (二(一)–(七)), 数字经济/数字社会 (七) and 党的领导 (八) are all present under the region's own headings; only 数字生态 is missing")

covers_spec = [
 (1,"加强经济运行数据归集分析"),(2,"推进新型监管机制建设"),(3,"以一体化在线监管提升监管协同化水平"),
 (4,"推进数字化网格治理能力建设"),(5,"推进社会治安防控体系智能化"),(6,"推进智慧应急建设"),
 (7,"打造泛在可及的服务体系"),(8,"持续优化12345政务服务便民热线"),(9,"持续完善“智桂通”移动开放生态体系"),
 (10,"推动智慧教育服务能力提升"),(11,"推动智慧人社服务能力提升"),(12,"推动智慧医疗服务能力提升"),
 (13,"推动智慧工地监管能力提升"),(14,"推动智慧体育和智慧康养服务能力提升"),(15,"推动智慧体育和智慧康养服务能力提升"),
 (16,"提升生态环保协同治理能力"),(17,"提高自然资源利用效率。"),(18,"推动绿色低碳转型"),
 (19,"提升辅助决策能力"),(20,"提升行政执行能力"),(21,"提升行政监督水平"),(22,"优化政策信息数字化发布"),
 (23,"按照自治区党委网信办统一部署"),(24,"建立健全数据分类分级保护"),(25,"建立健全数据安全监管责任体系"),
 (26,"依托自治区数字政府一体安全平台"),(27,"强化安全可靠技术和产品应用"),(28,"推动政府履职更加协同高效"),
 (29,"落实“四改四转”政务信息化项目建设机制"),(30,"全面建设数字法治政府"),(31,"严格执行国家、自治区数字政府建设相关标准规范"),
 (32,"实现“全区统筹、一地创新、各地复用”"),(33,"强化政府部门数据管理职责"),(34,"充分发挥自治区数据共享交换平台作用"),
 (35,"编制我区公共数据开放目录"),(36,"充分利用自治区政务云资源"),(37,"推动电子政务外网向村（社区）延伸"),
 (38,"强化数据智能支撑能力"),(39,"推进数字化共性应用集约建设"),(40,"强化开放生态支撑能力"),
 (41,"以数字政府建设为牵引，主动融入中国—东盟信息港建设"),(42,"推进智慧城市建设"),
]
covers = [{"task": t, "line": find(s)} for t, s in covers_spec]

key = {
 "writer": "blind writer, round 399; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": m,
 "covers": covers,
 "notes": ("Draft: 百色市田阳区人民政府办公室, 田阳区数字政府建设实施方案 (2023-08-18), implementing 桂政发〔2022〕31号 with the 广西 document's own framework "
   "(二 履职能力七项, 三 安全保障, 四 制度规则, 五 数据资源, 六 平台支撑, 七 引领驱动, 八 党的领导) and inline notes in 广西's form '（责任单位：…。完成时限：…）'. "
   "'区' everywhere means 田阳区 (units.txt says so): 区大数据发展局, 区直各部门 are district bodies, although in the autonomous region's own usage 区直 means the region. "
   "Unit lists follow 广西's distributing-prefix style ('区发展改革局、统计局、大数据发展局等', '区委网信办、国安办、保密办'). "
   "Regional task numbers are the order of the 43 inline '(責任單位:…。完成時限:…)' notes in seeds/guangxi-2022-shishi-yijian.txt (1 = 二(一) 经济调节, 3 = 以一体化在线监管…, 8 = 12345热线, 9 = 智桂通, 19 = 提升辅助决策能力, 20 = 提升行政执行能力, 22 = 政务公开, 43 = 营造良好数字生态); the region's text has no separate task list. "
   "Regional deadlines are only 持续开展 and 2025年底 (tasks 3, 8, 9, 22). No parent plan: 百色市's plan is not in the seeds and the draft cites it by no title or 文号."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(m), len(covers))
for e in expect: print(e["rule"], e["line"], e.get("text"))
