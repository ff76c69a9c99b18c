# Builds key.json and checks every line number against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def find(text, nth=1, start=None):
    hits = [i + 1 for i, l in enumerate(L) if text in l and (start is None or start in l)]
    assert len(hits) >= nth, (text, hits)
    return hits[nth - 1]

def one(text):
    hits = [i + 1 for i, l in enumerate(L) if text in l]
    assert len(hits) == 1, (text, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": one("桂政发〔2022〕13号"), "text": "桂政发〔2022〕13号",
     "why": "the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; digits transposed"},
    {"rule": "deadline-later-than-baseline", "line": one("2026年底"), "text": "2026年底",
     "why": "12345热线 paragraph = regional task 8 (持续优化12345政务服务便民热线平台…), 完成时限 2025年底; the draft gives 2026年底"},
    {"rule": "deadline-invalid", "line": one("20244年底前"), "text": "20244年底前",
     "why": "impossible year (doubled digit, meant 2024年底前, cf. the 主要目标 line); regional task 36 (政务云) is 持续开展, so no later-than comparison applies"},
    {"rule": "unknown-unit", "line": one("县经信局"), "text": "县经信局",
     "why": "pre-reform name (经济贸易和信息化局); not in units.txt, where the body is 县工业和信息化局 (line %d uses the right name)" % one("（责任单位：县工业和信息化局、科技局")},
    {"rule": "garbled-text", "line": one("鎺ㄥ姩鏈哄叧"), "text": "鎺ㄥ姩鏈哄叧鍐呴儴",
     "why": "UTF-8 read as GBK: 推动机关内部服务事项网上集成办理"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "section 七 has only 助推数字经济发展 and 引领数字社会建设; nothing on 营造良好数字生态 (数据要素市场规则, 数据产权, 数据交易, 公平竞争审查…) anywhere in the draft"},
    {"rule": "task-uncovered", "line": 0, "task": 43,
     "why": "regional task 43 (营造良好数字生态, 各市人民政府 share it) is left out together with the 数字生态 pillar"},
]

M = []
def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

mnf("basis-mismatch", one("鹿政办发〔2024〕12号"), "the notice's own 文号, not a cited basis document", "鹿政办发〔2024〕12号")
mnf("basis-mismatch", 4, "the plan's own title in the 印发 notice", "《鹿寨县加强数字政府建设实施方案》")
mnf("basis-mismatch", one("国发〔2022〕14号"), "correct 文号 for 《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号")
mnf("basis-mismatch", one("《数字中国建设整体布局规划》"), "genuine national document (中共中央、国务院, 2023), cited by title alone as usual", "《数字中国建设整体布局规划》")
mnf("basis-mismatch", one("《柳州市人民政府关于加强数字政府建设的实施方案》"), "the city's plan cited by title alone (a city plan may have no 文号); title uses 加强 and 实施方案; no parent plan is supplied", "《柳州市人民政府关于加强数字政府建设的实施方案》")
mnf("basis-mismatch", one("（2019—2021年）"), "retrospective mention of the county's earlier plan in 发展现状, not a basis citation", "《鹿寨县数字政府建设实施方案（2019—2021年）》")
mnf("basis-mismatch", one("《中华人民共和国数据安全法》"), "laws named in a task sentence, not basis documents", "《中华人民共和国数据安全法》")
mnf("deadline-invalid", one("截至2023年底"), "past date in the 发展现状 background", "2023年底")
mnf("deadline-invalid", one("2023年12月视察广西"), "past date (the 2023年12月 inspection) in 指导思想", "2023年12月")
mnf("deadline-invalid", one("2024年5月17日"), "the notice's own issue date", "2024年5月17日")
mnf("deadline-invalid", one("（2019—2021年）"), "years in the title of an old plan mentioned in the background", "2019—2021年")
mnf("deadline-later-than-baseline", one("2024年底前，县数字政府建设统筹协调机制"), "local intermediate goal, earlier than anything in the regional 主要目标 (到2025年)", "2024年底前")
mnf("deadline-later-than-baseline", one("到2025年，与政府治理能力现代化相适应的全县数字政府体系框架基本形成"), "same year as the regional 主要目标 到2025年…数字政府体系框架基本形成", "到2025年")
mnf("deadline-later-than-baseline", one("到2035年"), "same year as the regional 到2035年 goal (…数字政府基本建成)", "到2035年")
mnf("deadline-later-than-baseline", one("推进一体化在线监管"), "regional task 3 (以一体化在线监管提升监管协同化水平) 完成时限 2025年底; equal", "2025年底")
mnf("deadline-later-than-baseline", one("推广“智桂通”应用"), "regional task 9 (持续完善“智桂通”移动开放生态体系) 完成时限 2025年底; 2024年底 is earlier", "2024年底")
mnf("deadline-later-than-baseline", one("2025年6月底前"), "regional task 22 (优化政策信息数字化发布) 完成时限 2025年底; 2025年6月底前 is earlier", "2025年6月底前")
mnf("deadline-later-than-baseline", one("2024年12月底前"), "regional task 33 (创新数据管理机制) is 持续开展; a dated local milestone inside the plan period is not later", "2024年12月底前")
mnf("deadline-later-than-baseline", one("每季度末前5个工作日内"), "the office's own reporting dates (quarterly, 每年12月10日前), not task deadlines", "每年12月10日前")
mnf("deadline-later-than-baseline", one("总结评估阶段（2025年11月—12月）"), "implementation phases of the plan itself, ending 2025年12月, within the regional horizon", "2025年11月—12月")
mnf("deadline-invalid", one("110、119、120、122"), "hotline numbers, not dates", "110、119、120、122")
mnf("unknown-unit", one("（责任单位：县发展改革局、统计局、财政局"), "prefix 县 distributes: 县统计局, 县财政局, 县大数据发展局; 县发展改革局 is the official short name of 县发展和改革局", "统计局")
mnf("unknown-unit", one("（责任单位：县发展改革局、统计局、财政局"), "collective subject", "各乡镇人民政府")
mnf("unknown-unit", one("（责任单位：县市场监管局、发展改革局、大数据发展局，县直有关部门"), "collective subject", "县直有关部门")
mnf("unknown-unit", one("建立健全县数字政府安全工作协调机制"), "collective subject", "县直各部门（单位）")
mnf("unknown-unit", one("推进基层数字化治理"), "official short name listed in units.txt (县住房和城乡建设局), reached by prefix distribution from 县信访局", "住房城乡建设局")
mnf("unknown-unit", one("推进基层数字化治理"), "court and procuratorate listed in units.txt", "县人民法院")
mnf("unknown-unit", one("深化政务服务“一网通办”"), "short name of 县政务服务监督管理办公室 in units.txt", "县政务服务监管办")
mnf("unknown-unit", one("拓展公平普惠的民生服务"), "prefix 县 + 残联 = 县残联, short name of 县残疾人联合会", "残联")
mnf("unknown-unit", one("推进智慧应急建设"), "vertical/national-system units stationed in the county, listed in units.txt", "县消防救援大队")
mnf("unknown-unit", one("提升生态环境协同治理能力"), "the city bureau's county branch, listed in units.txt; not a city unit named as lead by mistake", "柳州市鹿寨生态环境局")
mnf("unknown-unit", one("（责任单位：县大数据发展局、公安局、财政局、自然资源局、市场监管局，鹿寨县税务局"), "tax bureau outside the county government proper, listed in units.txt", "鹿寨县税务局")
mnf("unknown-unit", one("（责任单位：县工业和信息化局、科技局"), "name containing 和 is one unit (县工业和信息化局), not split; 科技局 → 县科技局", "县工业和信息化局")
mnf("unknown-unit", one("推进智慧旅游建设"), "one unit containing 和, not split; listed in units.txt", "县文化广电体育和旅游局")
mnf("unknown-unit", one("推进智慧旅游建设"), "a single township government, listed in units.txt", "中渡镇人民政府")
mnf("unknown-unit", one("（责任单位：县工业和信息化局、商务局、发展改革局，鹿寨经济开发区管委会"), "development-zone committee listed in units.txt", "鹿寨经济开发区管委会")
mnf("unknown-unit", one("提升辅助决策能力"), "县政府办公室 is a short name of 鹿寨县人民政府办公室", "县政府办公室")
mnf("unknown-unit", one("各责任单位于每季度末前5个工作日内"), "the county's own leading-group office, listed in units.txt; body text, not a responsibility note", "县数字政府建设工作领导小组办公室")
mnf("unknown-unit", 3, "addressee line of the notice: collective subjects", "中直、区直、市直驻鹿各单位")
mnf("garbled-text", one("数字基础设施不断夯实"), "clean text with numbers and Latin (4G, 5G, 30余个)")
mnf("garbled-text", one("加快电子政务外网互联网协议第六版（IPv6）改造"), "clean text with IPv6")
def pil(name, why):
    M.append({"rule": "missing-pillar", "line": 0, "pillar": name, "why": why})
pil("经济调节", "二（一） lines %d-%d" % (one("强化经济运行监测分析"), one("推进财政预算管理数字化")))
pil("市场监管", "二（二）")
pil("社会管理", "二（三）")
pil("公共服务", "二（四）")
pil("生态环境保护", "二（五）, three paragraphs; a capability, distinct from the missing 数字生态")
pil("政务运行", "二（六）")
pil("政务公开", "二（七）")
pil("安全保障", "section 三, five items")
pil("制度规则", "section 四, five items")
pil("数据资源", "section 五, three items")
pil("平台支撑", "section 六, three items")
pil("数字经济", "七（一）")
pil("数字社会", "七（二）")
pil("组织领导", "八（一）")
pil("数字素养", "八（四）; 考核评估 in 八（六）, 推进机制 in 八（二）")

# covers: regional task numbers = order of the (責任單位…完成時限…) notes in guangxi-2022-shishi-yijian.txt, 1..43
C = [
    (1, "强化经济运行监测分析"), (1, "推进财政预算管理数字化"), (2, "推进智慧监管"), (3, "推进一体化在线监管"),
    (4, "推进基层数字化治理"), (5, "推进社会治安防控体系智能化"), (6, "推进智慧应急建设"),
    (7, "深化政务服务“一网通办”"), (7, "拓展公平普惠的民生服务"), (8, "优化12345热线服务"), (9, "推广“智桂通”应用"),
    (10, "推进智慧教育"), (11, "推进智慧人社"), (12, "推进智慧医疗"), (13, "推进智慧工地建设"), (15, "推进智慧养老"),
    (16, "提升生态环境协同治理能力"), (17, "提高自然资源利用效率"), (18, "推动绿色低碳转型"),
    (19, "提升辅助决策能力"), (20, "提升行政执行能力"), (21, "提升行政监督水平"), (22, "优化政策信息数字化发布"),
    (22, "发挥政务新媒体优势做好政策传播"),
    (23, "建立健全县数字政府安全工作协调机制"), (24, "数据分类分级保护"), (25, "建立健全数据安全监管责任体系"),
    (26, "接入电子政务外网安全态势感知平台"), (27, "强化安全可靠技术和产品应用"),
    (28, "依托全国行政许可管理等信息系统"), (29, "加强全县政务信息化项目统筹管理"), (30, "及时清理县级规范性文件"),
    (31, "贯彻执行国家、自治区数字政府建设标准规范"), (32, "积极争取自治区、柳州市试点示范项目"),
    (33, "编制县级政务数据资源目录"), (34, "依托自治区数据共享交换平台"), (35, "配合编制公共数据开放目录"),
    (36, "完成县直部门非涉密政务信息系统迁移上云"), (37, "推动电子政务外网向行政村（社区）延伸"),
    (38, "智能算法库、智能模型库"), (39, "整合县、乡、村三级融合视频会议系统"), (39, "推广应用统一身份认证、电子证照"),
    (41, "推动鹿寨经济开发区智慧园区建设"), (42, "推进县城智慧化建设"),
]
covers = [{"task": t, "line": one(s)} for t, s in C]

key = {
    "writer": "blind writer, round 965; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-08",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("鹿寨县 (柳州市) county plan, issued 2024-05-17 by the county government office, implementing 桂政发〔2022〕31号; no parent plan supplied. "
              "Task numbers are the 43 paragraphs of guangxi-2022-shishi-yijian.txt that carry a (責任單位…完成時限…) note, in document order; "
              "only tasks 3, 8, 9, 22 are due 2025年底, all others 持续开展 (task 23 names no 各市人民政府). "
              "Tasks 14 (智慧体育), 40 (开放生态支撑能力) and 43 are not taken up; only 43 is annotated, as the consequence of the missing 数字生态 pillar. "
              "Line 125 states that the first-listed unit of each note is the lead. "
              "Line 95's 20244年底前 is the only impossible date; its task (36) is 持续开展, so it is annotated as deadline-invalid only."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers), len(L))
for e in expect: print(e['rule'], e['line'], e.get('text', e.get('pillar', e.get('task'))))
