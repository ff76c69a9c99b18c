#!/usr/bin/env python3
# Builds key.json from the entries below and checks every line/text against draft.txt (1-based).
import json, sys
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def ln(snippet, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if snippet in l]
    if len(hits) < nth: sys.exit('not found: ' + snippet)
    return hits[nth - 1]

def E(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor), "text": text, "why": why}
    d.update(kw)
    assert text in L[d["line"] - 1], (text, d["line"])
    return d

expect = [
  E("basis-mismatch", "《广西壮族自治区人民政府关于加强数字政府建设的实施意见》", "桂政发〔2022〕13号",
    "the 广西 实施意见 (关于加强数字政府建设的实施意见, 2022-11-30) is 桂政发〔2022〕31号; 13号 is a transposed 文号 that does not belong to this title"),
  E("deadline-later-than-baseline", "到2026年，与政府治理能力现代化", "2026年",
    "主要目标: the region sets 到2025年 for the same goal (政府数字化履职能力、安全保障、制度规则、数据资源、平台支撑等数字政府体系框架基本形成；一体化政务服务和一体化在线监管模式广泛普及；'智桂通'…初步形成); the county puts it at 2026"),
  E("deadline-later-than-baseline", "持续优化12345热线功能", "2026年底",
    "task 8 (12345政务服务便民热线 智能化客服、与110/119/120/122 联动、社情民意分析; seed line 63) 完成时限 2025年底; the county note says 2026年底"),
  E("deadline-invalid", "编制县级政务数据资源目录，实现数据资源清单化管理", "2023年12月底前",
    "a forward task in the 2024 重点工作任务清单 of a plan issued 2024-03-28 is dated before the year of issue (stale row from an older list); region task 34 is 持续开展"),
  E("unknown-unit", "梳理发布首批事项清单", "县政务服务监督管理办公室",
    "not in units.txt (a superseded office name; the county registry has 县行政审批局 and 县大数据发展局); it is also the first-listed, i.e. lead, unit of the row"),
  E("garbled-text", "（三）鍔犲己", "鍔犲己鏁版嵁",
    "heading '（三）加强数据安全保护。' with UTF-8 bytes read as GBK (re-encode as GBK, decode as UTF-8 to recover)"),
]

def N(rule, anchor, why, text=None):
    d = {"rule": rule, "line": ln(anchor), "why": why}
    if text is not None:
        assert text in L[d["line"] - 1], (text, d["line"])
        d["text"] = text
    return d

mustNotFlag = [
  N("basis-mismatch", "国务院关于加强数字政府建设的指导意见", "national 指导意见 cited with its correct 文号 国发〔2022〕14号", "国发〔2022〕14号"),
  N("basis-mismatch", "数字广西建设三年行动计划", "retrospective mention of an old regional plan in the 发展现状 background, not a basis document", "数字广西建设三年行动计划（2018—2020年）"),
  N("deadline-invalid", "数字广西建设三年行动计划", "period of an old plan, background", "2018—2020年"),
  N("deadline-invalid", "数字广西建设三年行动计划", "work told as done (专网整合迁移 completed by end of 2023), background of a 2024 plan; region task 37 is 持续开展", "2023年底前"),
  N("deadline-invalid", "数字广西建设三年行动计划", "past achievements (2022年建成共享节点, 2023年完成热线归并/政务云迁移) told as done", "2022年"),
  N("deadline-invalid", "2024年3月28日", "the notice's own signing date", "2024年3月28日"),
  N("deadline-invalid", "视察广西“4·27”", "name of the 4·27 speech, not a date", "4·27"),
  N("deadline-later-than-baseline", "到2024年底，全县依申请", "county's own goal (网上可办率 99%) in the year of issue; the region has no such dated goal", "2024年底"),
  N("deadline-later-than-baseline", "到2035年，整体协同", "equal to the region's 2035 goal (数字政府基本建成)", "2035年"),
  N("deadline-later-than-baseline", "2025年6月底前建成县碳酸钙产业大数据监测平台", "county's own platform under task 1 (seed line 43), whose 完成时限 is 持续开展 (no year); not later", "2025年6月底前"),
  N("deadline-later-than-baseline", "大力推行“互联网+监管”", "task 3 (seed line 49) 完成时限 2025年底: equal; the 2024年9月底前 milestone is earlier", "2025年底"),
  N("deadline-later-than-baseline", "推进社会治安防控体系智能化", "county's own milestone (行政村视频监控全覆盖) under task 5 (seed line 55), 持续开展; the region gives no year", "2025年底"),
  N("deadline-later-than-baseline", "全面推广应用“智桂通”", "task 9 (seed line 65) 完成时限 2025年底: equal; 2024年底前 200 项 is earlier", "2025年底"),
  N("deadline-later-than-baseline", "依托全区政府网站集约化平台，优化县政府门户网站", "task 22 (seed line 97) 完成时限 2025年底: equal; 政策文件库 2024年底前 is earlier", "2025年底"),
  N("deadline-later-than-baseline", "在中渡镇开展数字乡村治理试点", "county's own pilot under task 32 (seed line 141), 持续开展", "2025年底"),
  N("deadline-later-than-baseline", "2025年6月底前建成县城市运行管理服务平台", "county's own platform under task 42 (seed line 183), 持续开展", "2025年6月底前"),
  N("deadline-later-than-baseline", "启动县城市运行管理服务平台建设", "same county platform in the 2024 list; task 42 持续开展", "2025年6月底前建成"),
  N("deadline-later-than-baseline", "完成12345热线智能客服系统县级部署应用", "2024 step of task 8 (2025年底): earlier, so not late (the late one is the body note)", "2024年12月底前"),
  N("deadline-invalid", "各牵头单位于2024年4月底前", "the office's own reporting dates (措施制定, 每年6月25日、12月10日前报送)", "12月10日"),
  N("deadline-invalid", "持续优化12345热线功能", "telephone numbers 12345/110/119/120/122, not dates", "110、119、120、122"),
  N("deadline-invalid", "启动县城市运行管理服务平台建设", "milestone form '2024年启动，2025年6月底前建成' in the issue year", "2024年启动"),
  N("unknown-unit", "县发展和改革局、统计局、工业和信息化局", "prefix 县 distributes: 县统计局, 县工业和信息化局, 县大数据发展局 are in units.txt", "统计局"),
  N("unknown-unit", "县市场监管局、发改局", "县发改局 (prefix distributes) is a listed short name of 县发展和改革局; 县市场监管局 is a short name of 县市场监督管理局", "发改局"),
  N("unknown-unit", "打造泛在可及的服务体系", "县残联 is a listed short name of 县残疾人联合会", "残联"),
  N("unknown-unit", "推进数字化网格治理能力建设", "县人民法院、县人民检察院 are in units.txt (outside the government proper)", "县人民检察院"),
  N("unknown-unit", "提升生态环保协同治理能力", "柳州市鹿寨生态环境局 (vertically managed) is in units.txt", "柳州市鹿寨生态环境局"),
  N("unknown-unit", "推动绿色低碳转型", "after 县林业局 the prefix 县 gives 县工业和信息化局, listed", "工业和信息化局"),
  N("unknown-unit", "全面推广应用“智桂通”", "collective subject (like 市直有关部门)", "县直有关部门"),
  N("unknown-unit", "强化县直各部门数据管理职责", "collective subject", "县直各部门（单位）"),
  N("unknown-unit", "推动电子政务外网向村（社区）延伸", "collective subject", "各乡镇人民政府"),
  N("unknown-unit", "推广应用自治区统一身份认证", "国家税务总局鹿寨县税务局 and 县档案馆 (prefix distributes) are in units.txt", "国家税务总局鹿寨县税务局"),
  N("unknown-unit", "在中渡镇开展数字乡村治理试点", "中渡镇人民政府 is in units.txt", "中渡镇人民政府"),
  N("unknown-unit", "举办领导干部数字政府建设专题培训班", "县委组织部、县委党校 are in units.txt", "县委党校"),
  N("unknown-unit", "建立健全县数字政府安全工作协调机制", "县委网信办 is in units.txt; the 自治区 平台/系统 named in the same paragraph are systems, not responsible units", "县委网信办"),
  N("garbled-text", "视察广西“4·27”", "middle dot in the speech name is normal text", "·"),
  N("missing-pillar", "（五）强化动态感知和立体防控，提升生态环境保护能力。", "生态环境保护 capability present (lines 41-44)"),
  N("missing-pillar", "（三）营造良好数字生态。", "数字生态 present (lines 88-89)"),
  N("missing-pillar", "八、加强党对数字政府建设工作的领导", "党的领导: 组织领导、推进机制、数字素养、考核评估 all present (lines 90-98)"),
]

cov = [
 (1,"加快推动全县各类经济数据分类分级整合"),(2,"加强监管事项清单数字化管理"),(3,"大力推行“互联网+监管”"),
 (4,"推进数字化网格治理能力建设"),(5,"推进社会治安防控体系智能化"),(6,"推进智慧应急建设"),
 (7,"打造泛在可及的服务体系"),(8,"持续优化12345热线功能"),(9,"全面推广应用“智桂通”"),
 (10,"推动智慧教育服务能力提升"),(11,"推动智慧人社服务能力提升"),(12,"推动智慧医疗服务能力提升"),
 (15,"推动智慧康养服务能力提升"),(16,"提升生态环保协同治理能力"),(17,"提高自然资源利用效率"),
 (18,"推动绿色低碳转型"),(19,"提升辅助决策能力"),(20,"提升行政执行能力"),(21,"提升行政监督水平"),
 (22,"依托全区政府网站集约化平台"),(23,"建立健全县数字政府安全工作协调机制"),(24,"落实数据分类分级保护"),
 (25,"建立健全数据安全监管责任体系"),(26,"依托自治区数字政府一体安全平台"),(27,"切实提高自主可控水平"),
 (28,"依托全国行政许可管理等信息系统"),(29,"落实“四改四转”"),(30,"认真贯彻数字化领域法律法规"),
 (31,"严格执行数字政府建设相关标准规范"),(32,"在中渡镇开展数字乡村治理试点"),(33,"强化县直各部门数据管理职责"),
 (34,"落实“一数一源一标准”"),(35,"依托广西公共数据开放平台"),(36,"在县本级政务信息系统已全部迁移上云"),
 (37,"推动电子政务外网向村（社区）延伸"),(39,"推广应用自治区统一身份认证"),(41,"主动融入中国—东盟信息港建设"),
 (42,"推进智慧城市建设"),(43,"落实数据要素市场规则"),
]
covers = [{"task": t, "line": ln(a)} for t, a in cov]

key = {
 "writer": "blind writer, round 470; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mustNotFlag,
 "covers": covers,
 "notes": ("Task numbers: the 桂政发〔2022〕31号 seed has no numbered list, so tasks are its 43 inline "
   "'(責任單位:…。完成時限:…)' notes numbered in document order (1 = seed line 43 经济调节 … 8 = line 63 12345熱線, "
   "9 = line 65 智桂通, 22 = line 97 政务公开, 3 = line 49 互联网+监管; 23 = line 103 安全管理责任 has no 各市人民政府; "
   "43 = line 187 数字生态). Only tasks 3, 8, 9, 22 carry a year (2025年底); all others are 持续开展. "
   "The seed has no 2023 deadline, so the brief's near miss 'work the region dates 2023 told as done' is rendered as "
   "work of 持续开展 tasks told as done in 2022/2023 (line 12, line 78). Tasks 13 (智慧工地), 14 (智慧体育), 38 (智能算法库) "
   "and 40 (开放生态支撑平台) are not taken up; they were not planted as omissions and are not in expect. "
   "Table lines 102-116 are tab-separated; the table's first-listed unit leads (line 101). No parent plan: the county cites only "
   "国发〔2022〕14号 and the 广西 实施意见."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(mustNotFlag), len(covers))
for e in expect: print(e['rule'], e['line'], e['text'])
