# Builds key.json for blind904; every line number is found by searching draft.txt (1-based).
import json, re
D = open('draft.txt', encoding='utf-8').read().split('\n')
if D and D[-1] == '': D = D[:-1]

def L(needle, nth=1):
    hits = [i for i, l in enumerate(D, 1) if needle in l]
    assert len(hits) >= nth, (needle, hits)
    return hits[nth - 1]

def once(needle):
    hits = [i for i, l in enumerate(D, 1) if needle in l]
    assert len(hits) == 1, (needle, hits)
    return hits[0]

TN = "Guangxi task numbers are the order of the inline (责任单位…完成时限…) notes in guangxi-2022-shishi-yijian.txt, 1–43"

expect = [
  {"rule": "basis-mismatch", "line": once("桂政办发〔2022〕31号"), "text": "桂政办发〔2022〕31号",
   "why": "the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; 桂政办发 is the office's series, so the 文号 does not belong to the title"},
  {"rule": "deadline-later-than-baseline", "line": once("2026年底前完成全市各类政务服务热线归并"), "text": "2026年底",
   "why": "12345 hotline merger and linkage with 110/119/120/122 = regional task 8 (持续优化12345政务服务便民热线平台…), 完成时限 2025年底; the city sets 2026年底"},
  {"rule": "unknown-unit", "line": once("市工信委"), "text": "市工信委",
   "why": "obsolete name (工业和信息化委员会, before the 2019 reform); the registry has 市工业和信息化局 = 市工信局, used correctly elsewhere (e.g. lines with 市工业和信息化局)"},
  {"rule": "unknown-unit", "line": once("由自治区大数据发展局牵头"), "text": "自治区大数据发展局",
   "why": "a regional body named as the lead (牵头) of a local measure (task 38, 智能算法库/模型库) — copied from the regional note without localising to 市大数据发展局"},
  {"rule": "garbled-text", "line": once("鎺ㄨ繘鍏ㄥ競鏀垮姟鏁版嵁"), "text": "鎺ㄨ繘鍏ㄥ競鏀垮姟鏁版嵁",
   "why": "UTF-8 bytes of 推进全市政务数据 read as GBK (no ? marker); re-encoding as GBK and decoding as UTF-8 recovers it"},
  {"rule": "deadline-invalid", "line": once("2022年底前完成市直部门非涉密业务系统迁移上云"), "text": "2022年底",
   "why": "a forward deadline (完成…迁移上云, 新建系统…一律部署) dated before the year the plan is issued (2023-10-16); task 36 (政务云) is 持续开展, so it is not a copied regional date either"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# citations / documents
m("basis-mismatch", once("国发〔2016〕55号"), "retrospective mention in the background (自…印发以来), not a basis citation; title and 文号 are correct", "国发〔2016〕55号")
m("basis-mismatch", once("国办发〔2020〕53号"), "a national document named as the requirement for the hotline measure, not the plan's basis; 《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》 is 国办发〔2020〕53号", "国办发〔2020〕53号")
m("basis-mismatch", once("来政发〔2023〕27号"), "the draft's own 文号 in the notice header, not a cited document", "来政发〔2023〕27号")
# past / own dates
m("deadline-invalid", once("2022年，全市依申请政务服务事项"), "past date in the 发展现状 background (achievements of 2022), not a deadline", "2022年")
m("deadline-invalid", once("2023年10月16日"), "the document's issue date", "2023年10月16日")
m("deadline-invalid", once("2023年12月底前制定本地具体工作措施"), "deadline in the year of issue (after 2023-10-16); valid; the office's own follow-up step, not a regional task", "2023年12月底")
m("deadline-later-than-baseline", once("每年6月25日、12月25日前"), "the office's own recurring reporting dates, not task deadlines", "6月25日")
# goals
m("deadline-later-than-baseline", once("到2024年底，全市数字政府建设统筹协调机制"), "an intermediate goal earlier than the regional 主要目标 (到2025年); the region sets no 2024 goal", "2024年底")
m("deadline-later-than-baseline", once("到2025年，与政府治理能力现代化相适应"), "equal to the regional goal 到2025年…数字政府体系框架基本形成", "2025年")
m("deadline-later-than-baseline", once("到2035年，我市数字政府体系框架"), "equal to the regional goal 到2035年…基本建成", "2035年")
# task deadlines equal / earlier / dated milestones on ongoing tasks
m("deadline-later-than-baseline", once("2024年底前完成市、县两级监管事项认领"), "task 3 (一体化在线监管/互联网+监管) 完成时限 2025年底: the city's 2024年底 is earlier and its 2025年底 equal", "2025年底")
m("deadline-later-than-baseline", once("2025年底前实现高频政务服务事项“掌上办”全覆盖"), "task 9 (智桂通) 完成时限 2025年底: equal", "2025年底")
m("deadline-later-than-baseline", once("2024年6月底前建成全市统一的政策文件库"), "task 22 (政务公开/政策文件库) 完成时限 2025年底: earlier", "2024年6月底")
m("deadline-later-than-baseline", once("按职责分工负责，2025年底前完成。"), "task 22 (政策智能推送、政民互动) 完成时限 2025年底: equal", "2025年底")
m("deadline-later-than-baseline", once("2024年底前建成全市经济治理基础数据库"), "task 1 (经济调节, 经济治理数据“一张图”) 完成时限 持续开展: a dated local milestone on an ongoing task is not later", "2025年底")
m("deadline-later-than-baseline", once("至少建成2个智慧社区示范点"), "task 4 (基层治理, 智慧社区) 完成时限 持续开展: dated local milestone, not later", "2025年底")
m("deadline-later-than-baseline", once("行政村公共视频监控全覆盖"), "task 5 (社会治安防控, 雪亮工程) 完成时限 持续开展: dated local milestone, not later", "2025年底")
m("deadline-later-than-baseline", once("2025年底前建成城市数字政府大脑基础平台"), "task 19 (辅助决策/数字政府大脑) 完成时限 持续开展: dated local milestone, not later", "2025年底")
m("deadline-later-than-baseline", once("2025年底前完成市级网络安全态势感知平台升级"), "task 26 (安全保障能力) 完成时限 持续开展: dated local milestone, not later", "2025年底")
m("deadline-later-than-baseline", once("2024年6月底前出台我市政务信息化项目建设管理办法"), "task 29 (管理机制) 完成时限 持续开展: dated local milestone, not later", "2024年6月底")
m("deadline-later-than-baseline", once("2024年底前完成市级政务数据目录编制"), "task 34 (数据共享/政务数据目录) 完成时限 持续开展: dated local milestone, not later", "2024年底")
m("deadline-later-than-baseline", once("2024年底前实现电子政务外网市、县、乡三级全覆盖"), "task 37 (网络平台/电子政务外网) 完成时限 持续开展: dated local milestone, not later", "2024年底")
# units: collectives, short names, prefix distribution, registry names
m("unknown-unit", once("市统计局、财政局、大数据发展局等"), "the 市 prefix distributes: 市统计局, 市财政局, 市大数据发展局, all in units.txt", "财政局")
m("unknown-unit", once("市发改委、市大数据局"), "市发改委 and 市大数据局 are short names listed in units.txt for 市发展改革委 and 市大数据发展局", "市发改委")
m("unknown-unit", once("各乡镇（街道）、各村（社区）协助实施"), "collective subjects", "各乡镇（街道）")
m("unknown-unit", once("市气象局、市消防救援支队等配合"), "short names of 来宾市气象局 and 来宾市消防救援支队, listed in units.txt", "市消防救援支队")
m("unknown-unit", once("来宾市税务局等配合"), "vertical agency listed in units.txt (来宾市税务局 = 国家税务总局来宾市税务局)", "来宾市税务局")
m("unknown-unit", once("金秀瑶族自治县人民政府、象州县人民政府配合"), "county governments listed in units.txt", "金秀瑶族自治县人民政府")
m("unknown-unit", once("来宾高新区管委会负责"), "listed in units.txt; 各县（市、区）人民政府 before it is a collective", "来宾高新区管委会")
m("unknown-unit", L("市直有关部门配合"), "collective subject", "市直有关部门")
m("unknown-unit", L("市直各部门配合"), "collective subject", "市直各部门")
m("unknown-unit", once("各县（市、区）人民政府，市人民政府各组成部门、各直属机构"), "addressees of the notice, collective subjects", "各县（市、区）人民政府")
# bodies named in sentences that are not responsible units (the round's ask)
m("unknown-unit", once("与市中级人民法院、市人民检察院相关系统互联互通"), "the court and procuratorate are the systems to be interconnected, not responsible units; the units are named in the 由…牵头…配合 sentence", "市中级人民法院")
m("unknown-unit", once("市委、市人大常委会、市政协、市中级人民法院、市人民检察院等信息系统"), "objects of interconnection (their information systems), not responsible units; the task's units are 市大数据发展局 and 市直有关部门", "市人大常委会")
m("unknown-unit", once("在自治区大数据发展局指导下"), "a regional body named as giving guidance, not as lead; the lead is 市大数据发展局", "自治区大数据发展局")
m("unknown-unit", once("按照自治区党委网信办统一部署"), "a regional body named as the source of the deployment, not the lead; the lead is 市委网信办", "自治区党委网信办")
m("unknown-unit", once("中国—东盟信息港股份有限公司等企业合作"), "an enterprise named as a cooperation partner in the measure's content, not a responsible unit", "中国—东盟信息港股份有限公司")
m("unknown-unit", once("充分发挥市数字来宾建设领导小组作用"), "the city's leading group and its office (设在市大数据发展局) are coordinating bodies named in the support section, not a task's responsible unit", "市数字来宾建设领导小组")
m("unknown-unit", once("重大舆情及时向市委、市人民政府报告"), "市委、市人民政府 are the reporting addressees, not responsible units", "市人民政府")
m("unknown-unit", once("汇总后报市数字来宾建设领导小组"), "reporting addressees (领导小组, 市委、市人民政府), not responsible units", "市数字来宾建设领导小组")
m("unknown-unit", [i for i, l in enumerate(D, 1) if l == "来宾市人民政府"][0], "the issuing government's signature", "来宾市人民政府")
# text that is not mojibake
m("garbled-text", once("IPv6改造"), "Latin letters and digits (IPv6), not damaged text", "IPv6")
m("garbled-text", once("“4·27”"), "the 4·27 speech name with a middle dot, not damaged text", "4·27")


first = {}
tasks = {
 1: "1.加强经济运行监测分析。", 2: "1.构建新型监管机制。", 3: "2.以一体化在线监管提升监管协同化水平。",
 4: "1.推进数字化网格治理。", 5: "3.推进社会治安防控体系智能化。", 6: "4.推进智慧应急建设。",
 7: "1.打造泛在可及的服务体系。", 8: "4.优化12345政务服务便民热线。", 9: "5.持续完善“智桂通”来宾专区。",
 10: "6.推动智慧教育服务能力提升。", 11: "7.推动智慧人社服务能力提升。", 12: "8.推动智慧医疗服务能力提升。",
 13: "9.推动智慧工地监管能力提升。", 14: "10.推动智慧体育服务能力提升。", 15: "11.推动智慧康养服务能力提升。",
 16: "1.提升生态环保协同治理能力。", 17: "2.提高自然资源利用效率。", 18: "3.推动绿色低碳转型。",
 19: "1.提升辅助决策能力。", 20: "2.提升行政执行能力。", 21: "3.提升行政监督水平。",
 22: "1.优化政策信息数字化发布。", 23: "1.健全安全工作协调机制。", 24: "1.加强数据全生命周期安全管理。",
 25: "1.健全数据安全监管责任体系。", 26: "1.提升安全监测预警能力。", 27: "1.强化安全可靠技术应用。",
 28: "1.推动政府履职更加协同高效。", 29: "1.完善项目建设管理机制。", 30: "1.落实数字政府法规制度。",
 31: "1.推进标准规范建设。", 32: "1.推进应用创新试点。", 33: "1.明确数据管理职责。",
 34: "2.推进系统互联互通和数据双向共享。", 35: "1.有序开放公共数据。", 36: "1.推进政务云集约建设。",
 37: "1.推进电子政务外网升级。", 38: "1.强化数据智能支撑能力。", 39: "2.推进身份认证、电子证照和电子印章应用。",
 40: "4.强化开放生态支撑能力。", 41: "1.推动产业数字化转型。", 42: "1.推进智慧城市建设。",
 43: "1.培育数据要素市场。",
}
covers = [{"task": t, "line": once(s)} for t, s in sorted(tasks.items())]
key = {
  "writer": "blind writer, round 904; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": ("来宾市 2023 实施方案 (来政发〔2023〕27号, 2023-10-16) following 桂政发〔2022〕31号 section by section; responsible units and dates "
            "are named inside each measure's sentence (由…牵头，…配合，…前完成/持续推进), with no notes or task table. " + TN + ". "
            "Only tasks 3, 8, 9, 22 carry a dated regional deadline (2025年底); all others are 持续开展, and the plan's dated milestones on them are not later. "
            "Task 23 (安全管理责任) names no 各市人民政府 but the city takes it up anyway. No task is deliberately left out; no pillar is missing.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers), len(D))
for e in expect: print(e['line'], e['rule'], e['text'], '|', D[e['line']-1][:40])
