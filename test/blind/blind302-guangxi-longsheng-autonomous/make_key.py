# Builds key.json; every line number is looked up in draft.txt (1-based) and checked.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def line(text, start=None):
    hits = [i for i, l in enumerate(L, 1) if text in l and (start is None or l.startswith(start))]
    assert len(hits) == 1, (text, start, hits)
    return hits[0]

def at(text, start):
    return line(text, start)

expect = [
  {"rule": "basis-mismatch", "line": line("桂政发〔2022〕13号"), "text": "桂政发〔2022〕13号",
   "why": "the 广西 实施意见《…关于加强数字政府建设的实施意见》is 桂政发〔2022〕31号; 13号 is a digit transposition"},
  {"rule": "deadline-later-than-baseline", "line": line("2026年6月底前"), "text": "2026年6月底前",
   "why": "智桂通 移动开放生态体系: 广西 task 9 (inline note after 持续完善“智桂通”移动开放生态体系), 完成时限 2025年底"},
  {"rule": "deadline-later-than-baseline", "line": line("完成时限：2026年底"), "text": "2026年底",
   "why": "政策信息数字化发布/政务公开: 广西 task 22 (优化政策信息数字化发布), 完成时限 2025年底"},
  {"rule": "deadline-invalid", "line": line("2024年13月底前"), "text": "13月",
   "why": "impossible month (政务云 task, 广西 task 36, 完成时限 持续开展; so not a late deadline, only invalid)"},
  {"rule": "unknown-unit", "line": line("县卫计局"), "text": "县卫计局",
   "why": "卫生和计划生育局 no longer exists (now 县卫生健康局, in units.txt as 县卫生健康局/县卫健局); not in units.txt"},
  {"rule": "unknown-unit", "line": at("自治区大数据发展局，县大数据发展局", "提升辅助决策能力"), "text": "自治区大数据发展局",
   "why": "regional body listed first, hence (per line 27: 排在第一位的为牵头单位) the lead of a county task; copied from the 广西 note of task 19"},
  {"rule": "task-uncovered", "line": 0, "task": 14,
   "why": "推动智慧体育服务能力提升 (广西 task 14, 各市人民政府 responsible, 持续开展) deliberately left out; no 体育 content in the draft (only the unit name 文广体旅局)"},
]

mnf = [
  {"rule": "basis-mismatch", "line": line("国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct national 指导意见 citation"},
  {"rule": "basis-mismatch", "line": line("国发〔2018〕27号"), "text": "国发〔2018〕27号",
   "why": "retrospective mention in 发展现状 of a different, real document (国务院关于加快推进全国一体化在线政务服务平台建设的指导意见); its title really says 加快推进; not a basis of this plan"},
  {"rule": "basis-mismatch", "line": line("龙政办发〔2023〕27号"), "text": "龙政办发〔2023〕27号", "why": "the notice's own 文号, not a cited basis"},
  {"rule": "deadline-invalid", "line": line("2023年9月12日"), "text": "2023年9月12日", "why": "the notice's own issue date"},
  {"rule": "deadline-invalid", "line": line("2022年，全县"), "text": "2022年", "why": "past date in the 发展现状 background, not a deadline"},
  {"rule": "deadline-later-than-baseline", "line": line("到2023年底，全县"), "text": "2023年底", "why": "local interim goal; the 广西 document has no 2023 goal, and 2023 is earlier than any of its dates"},
  {"rule": "deadline-later-than-baseline", "line": line("到2025年，与政府治理"), "text": "2025年", "why": "主要目标 equal to 广西's 到2025年 … 体系框架基本形成"},
  {"rule": "deadline-later-than-baseline", "line": line("到2035年，整体协同"), "text": "2035年", "why": "主要目标 equal to 广西's 到2035年 … 基本建成"},
  {"rule": "deadline-later-than-baseline", "line": line("完成时限：2025年底", "以一体化在线监管"), "text": "2025年底", "why": "广西 task 3 (以一体化在线监管提升监管协同化水平), 完成时限 2025年底: equal"},
  {"rule": "deadline-later-than-baseline", "line": line("2024年6月底前完成县级监管事项清单"), "text": "2024年6月底前", "why": "interim milestone of 广西 task 3 (2025年底): earlier"},
  {"rule": "deadline-later-than-baseline", "line": line("完成时限：2025年底", "持续优化12345"), "text": "2025年底", "why": "广西 task 8 (12345热线), 完成时限 2025年底: equal"},
  {"rule": "deadline-later-than-baseline", "line": line("2023年底前实现全县中小学"), "text": "2023年底前", "why": "广西 task 10 (智慧教育), 完成时限 持续开展: a dated milestone inside an ongoing task; also not before the plan year 2023"},
  {"rule": "deadline-later-than-baseline", "line": line("2024年底前实现县直部门和乡镇电子公文"), "text": "2024年底前", "why": "广西 task 20 (提升行政执行能力), 完成时限 持续开展: a dated milestone inside an ongoing task"},
  {"rule": "deadline-later-than-baseline", "line": line("2024年6月底前形成全县政务数据"), "text": "2024年6月底前", "why": "广西 task 33 (创新数据管理机制), 完成时限 持续开展: a dated milestone inside an ongoing task"},
  {"rule": "deadline-invalid", "line": line("每年6月25日、12月10日前"), "text": "12月10日", "why": "the office's own recurring reporting dates, not task deadlines"},
  {"rule": "unknown-unit", "line": line("各乡镇人民政府。完成时限：持续开展）", "加快推动经济数据"), "text": "各乡镇人民政府", "why": "collective subject"},
  {"rule": "unknown-unit", "line": at("县直各有关部门", "以一体化在线监管"), "text": "县直各有关部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": at("县直各部门。完成时限", "创新数据管理机制"), "text": "县直各部门", "why": "collective subject"},
  {"rule": "unknown-unit", "line": at("龙胜各族自治县行政审批局", "打造泛在可及"), "text": "龙胜各族自治县行政审批局", "why": "full name in units.txt; the 各族 in the county's name is not a 各… collective"},
  {"rule": "unknown-unit", "line": at("县残联", "打造泛在可及"), "text": "县残联", "why": "short name of 龙胜各族自治县残疾人联合会 in units.txt"},
  {"rule": "unknown-unit", "line": at("自治县人民政府办公室", "优化政策信息数字化发布"), "text": "自治县人民政府办公室", "why": "自治县 form of the same body as 县人民政府办公室 (line of 提升行政执行能力); both in units.txt"},
  {"rule": "unknown-unit", "line": at("县人民政府办公室", "提升行政执行能力"), "text": "县人民政府办公室", "why": "县 form of 龙胜各族自治县人民政府办公室, in units.txt"},
  {"rule": "unknown-unit", "line": at("自治县大数据发展局", "（一）加强组织领导"), "text": "自治县大数据发展局", "why": "自治县 form of 县大数据发展局; same body, both in units.txt"},
  {"rule": "unknown-unit", "line": at("县发展改革局、统计局、财政局", "加快推动经济数据"), "text": "统计局", "why": "县 prefix distributes: 县统计局, 县财政局, 县大数据发展局, all in units.txt"},
  {"rule": "unknown-unit", "line": at("县大数据发展局、统计局", "提升辅助决策能力"), "text": "统计局", "why": "after the comma, the group 县大数据发展局、统计局 gives 县统计局 (in units.txt); the 自治区 prefix of the previous group does not carry over"},
  {"rule": "unknown-unit", "line": at("医保局", "推动智慧医疗"), "text": "医保局", "why": "distributes to 县医保局, in units.txt (only 县卫计局 on this line is wrong)"},
  {"rule": "unknown-unit", "line": at("龙脊镇人民政府。完成时限", "持续推广“智桂通”"), "text": "龙脊镇人民政府", "why": "a 镇 of the county, in units.txt"},
  {"rule": "unknown-unit", "line": at("平等镇人民政府", "开展试点示范"), "text": "平等镇人民政府", "why": "a real 镇 of the county, in units.txt"},
  {"rule": "unknown-unit", "line": at("自治区大数据发展局、桂林市大数据发展局", "开展试点示范"), "text": "自治区大数据发展局", "why": "regional and city bodies named in the body as bodies to liaise with, not as responsible units; the task's lead is 县大数据发展局"},
  {"rule": "unknown-unit", "line": at("桂林市龙胜生态环境局", "提升生态环保协同治理能力"), "text": "桂林市龙胜生态环境局", "why": "the city bureau's county branch, the real lead for ecology in the county; in units.txt"},
  {"rule": "unknown-unit", "line": at("国家税务总局龙胜各族自治县税务局", "推进数字化共性应用"), "text": "国家税务总局龙胜各族自治县税务局", "why": "real vertical tax body, in units.txt; 各族 is part of the name"},
  {"rule": "unknown-unit", "line": at("中国电信龙胜分公司", "提升网络平台支撑能力"), "text": "中国电信龙胜分公司", "why": "operator outside government proper, in units.txt (also 中国移动龙胜分公司, 中国联通龙胜分公司)"},
  {"rule": "unknown-unit", "line": at("县人民法院", "推进数字化网格治理"), "text": "县人民法院", "why": "in units.txt (also 县人民检察院)"},
  {"rule": "unknown-unit", "line": at("县消防救援大队", "推进智慧应急建设"), "text": "县消防救援大队", "why": "in units.txt"},
  {"rule": "unknown-unit", "line": at("县委网信办、县委保密办", "落实安全制度要求"), "text": "县委保密办", "why": "in units.txt"},
  {"rule": "unknown-unit", "line": at("自治县党委", "（一）加强组织领导"), "text": "自治县党委", "why": "the county party committee, in units.txt; not a responsible unit of a task"},
  {"rule": "unknown-unit", "line": at("全县各族群众", "坚持以人民为中心"), "text": "各族群众", "why": "the county's people of all ethnic groups, not a unit"},
  {"rule": "garbled-text", "line": at("4·27", "坚持以习近平"), "text": "4·27", "why": "proper middle dot in the name of the speech"},
  {"rule": "garbled-text", "line": at("天地图·广西", "推进数字化共性应用"), "text": "天地图·广西", "why": "proper name with middle dot"},
  {"rule": "garbled-text", "line": at("中国—东盟信息港", "促进数字经济发展"), "text": "中国—东盟信息港", "why": "proper name with em dash"},
  {"rule": "missing-pillar", "line": 0, "pillar": "平台支撑", "why": "section 六 covers 政务云, 网络, 共性应用, 数据智能, 开放生态"},
  {"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "line 营造良好数字生态 (section 七)"},
  {"rule": "missing-pillar", "line": 0, "pillar": "政务公开", "why": "section 二（七）"},
]

tasks = {1:"加快推动经济数据分类整合",2:"加强监管事项清单数字化管理",3:"以一体化在线监管提升",4:"推进数字化网格治理能力建设",
 5:"推进社会治安防控体系智能化",6:"推进智慧应急建设",7:"打造泛在可及的服务体系",8:"持续优化12345",9:"持续推广“智桂通”",
 10:"推动智慧教育",11:"推动智慧人社",12:"推动智慧医疗",13:"推动智慧工地",15:"推动智慧康养",16:"提升生态环保协同治理能力",
 17:"提高自然资源利用效率",18:"推动绿色低碳转型",19:"提升辅助决策能力",20:"提升行政执行能力",21:"提升行政监督水平",
 22:"优化政策信息数字化发布",23:"强化安全管理责任",24:"落实安全制度要求",25:"加强数据安全监管",26:"提升安全保障能力",
 27:"提高自主可控水平",28:"以数字化改革助力政府职能转变",29:"创新数字政府建设管理机制",30:"完善法规制度",31:"健全标准规范",
 32:"开展试点示范",33:"创新数据管理机制",34:"深化数据高效共享",35:"促进数据有序开发利用",36:"强化政务云平台支撑能力",
 37:"提升网络平台支撑能力",38:"强化数据智能支撑能力",39:"推进数字化共性应用集约建设",40:"强化开放生态支撑能力",
 41:"促进数字经济发展",42:"引领数字社会建设",43:"营造良好数字生态"}
covers = [{"task": t, "line": line(s, s)} for t, s in sorted(tasks.items())]

key = {
  "writer": "blind writer, round 302; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("广西 task numbers are the order of the 43 inline notes (責任單位…完成時限…) in guangxi-2022-shishi-yijian.txt: "
            "task 3 = line 49 (2025年底), 8 = line 63 (2025年底), 9 = line 65 (2025年底), 22 = line 97 (2025年底), all others 持续开展; "
            "task 23 (line 103) has no 各市人民政府 and is region-only. No 桂林市 plan is cited (no parent). "
            "Line 27 of the draft states that the first-listed unit of each note is the lead. "
            "The county's township names are given as the writer knows them (6 镇 4 乡); none is a 民族乡, so no 瑶族乡 name was invented."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e['rule'], e['line'], e.get('text', e.get('task')))
