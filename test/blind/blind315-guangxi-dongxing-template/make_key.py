# helper: builds key.json and checks every line/text against draft.txt
import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def line_of(s, nth=1):
    hits = [i+1 for i, l in enumerate(L) if s in l]
    assert hits, s
    return hits[nth-1]

expect = [
  {"rule": "basis-mismatch", "line": line_of("宁政发〔2023〕17号"), "text": "宁政发〔2023〕17号",
   "why": "template leftover: the 广西 实施意见 (2022-11-30) is 桂政发〔2022〕31号; 宁政发〔2023〕17号 is the 宁夏 实施意见, so the 文号 does not belong to the cited 广西 title"},
  {"rule": "deadline-invalid", "line": line_of("力争2020年底前"), "text": "2020年底",
   "why": "template leftover from the 宁夏 2020 工作要点 (力争2020年底前…监管事项清单梳理完成率达到100%); the plan is issued 2023-08-15, so a 2020 deadline lies before the document's own year. 广西 task 3 (一体化在线监管) is due 2025年底, so it is not late"},
  {"rule": "deadline-later-than-baseline", "line": line_of("完成时限：2026年底"), "text": "2026年底",
   "why": "12345热线 task = 广西 task 8 (持續優化12345政務服務便民熱線平臺…), 完成時限 2025年底; the draft gives 2026年底"},
  {"rule": "unknown-unit", "line": line_of("市大数据管理服务局"), "text": "市大数据管理服务局",
   "why": "template leftover: 吴忠's body name; 东兴's unit is 东兴市大数据发展局 (市大数据发展局). Not in units.txt nor a 广西 regional unit; named as the sole lead"},
  {"rule": "unknown-unit", "line": line_of("宁夏通信管理局"), "text": "宁夏通信管理局",
   "why": "template leftover: a 宁夏 body in a 广西 county plan (广西's is 自治区/广西通信管理局); not in units.txt nor in the 广西 baseline"},
  {"rule": "garbled-text", "line": line_of("鏀垮姟鏁版嵁璧勬簮"), "text": "鏀垮姟鏁版嵁璧勬簮",
   "why": "UTF-8 bytes of 政务数据资源 read as GBK (mojibake)"},
]

M = []
def mn(rule, anchor, why, text=None, nth=1):
    e = {"rule": rule, "line": line_of(anchor, nth)}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

mn("basis-mismatch", "国发〔2022〕14号", "correct national basis: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
mn("basis-mismatch", "国发〔2016〕55号", "retrospective background mention of an older national document with its own correct title (加快推进 is right for that document) and 文号; not a basis citation", "国发〔2016〕55号")
mn("basis-mismatch", "2022年11月，自治区人民政府印发", "retrospective mention of the 广西 实施意见 by month, no 文号; correct date (2022-11-30)")
mn("basis-mismatch", "东政发〔2023〕9号", "the plan's own 文号 on the 印发 notice, not a cited basis document", "东政发〔2023〕9号")
mn("basis-mismatch", "《东兴市加强数字政府建设实施方案》", "the plan's own title in the transmittal notice")
mn("deadline-invalid", "2022年全市政务服务事项网上可办率", "past year in the 发展现状 background, not a deadline", "2022年")
mn("deadline-invalid", "2023年8月15日", "the document's own issue date", "2023年8月15日")
mn("deadline-invalid", "到2023年底，全市数字政府建设工作机制", "near-term goal in the issue year itself (2023), not before it; no 广西 goal to compare", "2023年底")
mn("deadline-later-than-baseline", "到2025年，与政府治理能力现代化相适应", "主要目标 equal to 广西's 到2025年…數字政府體系框架基本形成", "2025年")
mn("deadline-later-than-baseline", "到2035年", "equal to 广西's 到2035年…基本建成", "2035年")
mn("deadline-later-than-baseline", "完成时限：2025年底）", "广西 task 3 (以一體化在線監管提升監管協同化水平) 完成時限 2025年底; equal", "2025年底", nth=1)
mn("deadline-later-than-baseline", "2024年底前实现本级高频政务服务事项", "广西 task 9 (智桂通) 完成時限 2025年底; 2024年底前 is earlier and the note 2025年底 is equal", "2024年底")
mn("deadline-later-than-baseline", "2025年6月底前建成", "广西 task 22 (優化政策信息數字化發布) 完成時限 2025年底; 2025年6月底前 is earlier and the note 2025年底 equal", "2025年6月底")
mn("deadline-later-than-baseline", "2024年底前完成现有非涉密政务信息系统", "广西 task 36 (政務云) 完成時限 持續開展; a dated milestone inside an ongoing task is not later", "2024年底")
mn("deadline-invalid", "2023年底前完成全市政务数据资源普查", "milestone in the plan's own year (2023), valid; 广西 task 33 持續開展", "2023年底")
mn("deadline-later-than-baseline", "市发展改革局、统计局、大数据发展局，市商务和口岸管理局", "持续开展 equal to 广西 task 1 完成時限 持續開展 (same for every 持续开展 note)", "持续开展")
mn("deadline-invalid", "每年6月20日、12月20日前", "the office's own recurring reporting dates, not task deadlines", "6月20日")
mn("unknown-unit", "各镇人民政府。完成时限：持续开展", "collective subject (各镇人民政府); 东兴 has three towns", "各镇人民政府")
mn("unknown-unit", "各村（社区）。完成时限", "collective subject", "各村（社区）")
mn("unknown-unit", "市直各部门（单位）", "collective subject", "市直各部门（单位）")
mn("unknown-unit", "市大数据发展局等，市直有关部门，各镇人民政府", "collective subject 市直有关部门", "市直有关部门")
mn("unknown-unit", "市发展改革局、统计局、大数据发展局", "prefix 市 distributes: 市统计局 = 东兴市统计局 in units.txt", "统计局")
mn("unknown-unit", "市应急管理局、自然资源局、水利局、气象局", "prefix distributes: 市气象局 = 东兴市气象局 in units.txt", "气象局")
mn("unknown-unit", "东兴生态环境局，市林业局", "official short name of 防城港市东兴生态环境局 (vertically managed local bureau), listed in units.txt", "东兴生态环境局")
mn("unknown-unit", "东兴市消防救援大队等，各镇人民政府。完成时限：持续开展", "local fire-rescue brigade, in units.txt", "东兴市消防救援大队")
mn("unknown-unit", "东兴市税务局", "short name of 国家税务总局东兴市税务局, in units.txt", "东兴市税务局")
mn("unknown-unit", "市人民法院，市人民检察院", "local court and procuratorate, in units.txt", "市人民法院")
mn("unknown-unit", "残联等", "prefix distributes: 市残联 = 东兴市残疾人联合会", "残联")
mn("unknown-unit", "市委网信办、市委保密办", "official short names in units.txt", "市委保密办")
mn("unknown-unit", "主动对接自治区大数据发展局、防城港市大数据发展局", "广西 regional body and 防城港市 body above the city, named in running text as bodies to liaise with, not as responsible units of a local task", "防城港市大数据发展局")
mn("unknown-unit", "在数字广西建设领导小组", "广西's own leading group (from the 实施意见) mentioned in text, not a responsible unit", "数字广西建设领导小组")
mn("unknown-unit", "(责任单位:市人民政府办公室,市司法局", "half-width brackets and commas (广西 style); units are all local and known", "市人民政府办公室")
mn("unknown-unit", "责任单位：市委网信办，市公安局、大数据发展局等。完成时限：持续开展", "no 各镇 here, mirroring 广西 task 23 which has no 各市人民政府; units all known", "市委网信办")
mn("basis-mismatch", "全区一体化政务服务和一体化在线监管模式", "全区 used correctly: in a 广西 plan 全区 means 广西 (also an 自治区); 广西's own goal wording", "全区")
mn("unknown-unit", "依托全区政府网站集约化平台，完善我市", "全区政府网站集约化平台 is 广西's own platform (task 22); not a unit", "全区政府网站集约化平台")
mn("garbled-text", "智桂通", "广西's own platform names (智桂通, 桂战疫平台, 桂在行, 天地图·广西) are not mojibake", "智桂通")
mn("garbled-text", "“桂在行”智慧督查系统", "广西 platform name, not damaged text", "桂在行")

covers_map = {1:"市发展改革局、统计局、大数据发展局，市商务", 2:"充分运用数字技术支撑构建新型监管机制", 3:"以一体化在线监管提升监管协同化水平",
 4:"推进数字化网格治理能力建设", 5:"推进社会治安防控体系智能化", 6:"推进智慧应急建设", 7:"打造泛在可及的服务体系",
 8:"持续优化12345政务服务便民热线", 9:"持续完善“智桂通”移动开放生态体系", 10:"推动智慧教育服务能力提升",
 11:"推动智慧人社服务能力提升", 12:"推动智慧医疗服务能力提升", 13:"推动智慧工地监管能力提升", 14:"推动智慧体育服务能力提升",
 15:"推动智慧康养服务能力提升", 16:"提升生态环保协同治理能力", 17:"提高自然资源利用效率", 18:"推动绿色低碳转型",
 19:"提升辅助决策能力", 20:"提升行政执行能力", 21:"提升行政监督水平", 22:"优化政策信息数字化发布",
 23:"建立健全我市数字政府安全工作协调机制", 24:"建立健全数据分类分级保护", 25:"建立健全数据安全监管责任体系",
 26:"依托自治区数字政府一体安全平台", 27:"强化安全可靠技术和产品应用", 28:"依托全国行政许可管理等信息系统",
 29:"落实“四改四转”", 30:"全面建设数字法治政府", 31:"严格执行国家和自治区数字政府标准规范", 32:"围绕边境贸易、跨境合作",
 33:"强化各部门数据管理职责", 34:"依托自治区数据共享交换平台", 35:"按照公共数据开放目录", 36:"充分利用自治区统一政务云资源",
 37:"推动电子政务外网向镇", 38:"强化数据智能支撑能力", 39:"推进数字化共性应用集约建设", 40:"强化开放生态支撑能力",
 41:"积极融入中国—东盟信息港建设", 42:"推进智慧城市建设，加快推进城市运行", 43:"积极参与全区统一开放的数据要素市场建设"}
covers = [{"task": k, "line": line_of(v)} for k, v in sorted(covers_map.items())]

key = {
 "writer": "blind writer, round 315; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("东兴市 (county-level city under 防城港市) plan of 2023-08-15 implementing 桂政发〔2022〕31号, drafted from a 宁夏 (吴忠) plan as template. "
   "Framework follows 广西: 七个能力 / 安全保障 / 制度规则 / 数据资源 / 平台支撑 / 数字经济·社会·生态 / 党的领导. "
   "Task numbers: the 43 inline (責任單位…完成時限…) notes of the 广西 seed, numbered 1–43 in order of appearance; "
   "2025年底 tasks are 3, 8, 9, 22, all others 持續開展; task 23 names no 各市人民政府. "
   "Template leftovers planted: 宁政发〔2023〕17号 (line 9), 力争2020年底前 from the 宁夏 2020 工作要点 (line 26), 市大数据管理服务局 (吴忠 name, line 46), 宁夏通信管理局 (line 55). "
   "No parent plan: the 防城港 city plan is not supplied. 防城港市 bodies are in units.txt under a comment as bodies above the city.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
for e in expect: print(e['rule'], e['line'], e['text'], '|', L[e['line']-1].count(e['text']))
for e in M: print(e['rule'], e['line'], e.get('text'), '|', (e.get('text') or '') in L[e['line']-1])
