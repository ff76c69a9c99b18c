# helper: builds key.json and checks every line/text against draft.txt
import json
L = open('draft.txt', encoding='utf-8').read().splitlines()

def ln(snippet, nth=1):
    hits = [i for i, l in enumerate(L, 1) if snippet in l]
    assert len(hits) >= nth, snippet
    return hits[nth - 1]

expect = [
  {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
   "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the office's series (a real slip: 政发/政办发)"},
  {"rule": "garbled-text", "line": ln("鏀垮姟鏁版嵁"), "text": "鏀垮姟鏁版嵁瀹炴椂鍏变韩",
   "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 政务数据实时共享"},
  {"rule": "unknown-unit", "line": ln("牵头单位：自治区党委政法委"), "text": "自治区党委政法委",
   "why": "a regional body named as the lead (牵头单位) of a city task (互联网+基层治理); copied from regional task 83's 责任单位; the city lead would be 市委政法委"},
  {"rule": "deadline-later-than-baseline", "line": ln("2026年6月底前完成热线智能交互"), "text": "2026年6月底前",
   "why": "task 87 (12345 热线 一呼即应, 热线智能交互建设), 完成时限 2023年启动，2025年完成; the city body task puts completion in 2026"},
  {"rule": "deadline-invalid", "line": ln("2025年13月底前"), "text": "13月",
   "why": "impossible month (slip for 12月); task 92 (多卡合一/多码合一), 完成时限 2025年"},
  {"rule": "deadline-later-than-baseline", "line": ln("46.推进适老化"), "text": "2025年底前",
   "why": "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年; the city sets completion at end of 2025 with no 巩固 wording"},
]

def nf(rule, snippet, why, text=None, nth=1):
    d = {"rule": rule, "line": ln(snippet, nth)}
    if text: d["text"] = text
    d["why"] = why
    return d

mnf = [
  # next-period intentions (round brief)
  nf("deadline-later-than-baseline", "力争2026年上半年印发实施", "closing part 七 (谋划“十五五”时期), marked as next-period and outside this year's tasks: the city's own 十五五 plan, not a task of the regional list", "2026年上半年"),
  nf("deadline-later-than-baseline", "力争到2027年形成10个以上", "next-period intention (“十五五”时期): 人工智能大模型政务应用, not a task of the regional list", "2027年"),
  nf("deadline-later-than-baseline", "力争2028年投入运行", "next-period intention (下一阶段): 低空飞行服务和数字化监管平台, not a task of the regional list", "2028年"),
  nf("deadline-later-than-baseline", "以下事项不列入本年度考核任务", "the closing part's lead-in: marks what follows as next-period research, no deadline"),
  # equal deadlines
  nf("deadline-later-than-baseline", "2025年底前实现基层干部填表报数", "task 106 (填表报数 压减50%), 完成时限 2025年: 2025年底前 equals the region", "2025年底前"),
  nf("deadline-later-than-baseline", "“西部数谷”核心区建设，2025年取得明显成效", "task 1, 完成时限 持续推进，2025年取得明显成效: equal", "2025年"),
  nf("deadline-later-than-baseline", "2025年底前在中卫工业园区培育数据标注", "task 12 (数据要素市场), 完成时限 2025年: equal", "2025年底前"),
  nf("deadline-later-than-baseline", "2025年底前完成全市公安、城管、交通、应急等部门视频资源", "task 49 (视频共享平台/视频一张网), 完成时限 2025年: equal", "2025年底前"),
  nf("deadline-later-than-baseline", "2025年底前实现我市签发的各类证照全部电子化", "task 52 (各类证照全部实现电子化，与实体证照同步制发), 完成时限 2025年: equal; not task 85 (2023), whose 免证办/全面普及 is taken up without a date on the 40.打造泛在可及 line", "2025年底前"),
  nf("deadline-later-than-baseline", "2025年底前形成“重点企业画像”", "task 66 (经济运行大数据平台, 重点企业画像、产业链图谱), 完成时限 2025年: equal", "2025年底前"),
  nf("deadline-later-than-baseline", "2025年底前建成市级视频指挥调度体系", "task 81 (统一的视频指挥调度体系), 完成时限 2025年: equal", "2025年底前"),
  nf("deadline-later-than-baseline", "2025年底前实现全市网格事件", "task 83 (互联网+基层治理), 完成时限 2025年: equal (the line's error is the unit, not the date)", "2025年底前"),
  nf("deadline-later-than-baseline", "天地一体化", "task 95 (天地一体化空间信息数据资源库), 完成时限 2025年: equal", "2025年底前"),
  nf("deadline-later-than-baseline", "2025年底前基本建成全市水联网", "task 96 (数字孪生流域、全域水联网基本建成), 完成时限 2025年: equal", "2025年底前"),
  nf("deadline-later-than-baseline", "主要目标：到2025年底", "主要目标 goal 34567 体系框架全面成型 到2025年底 equals the region's 到2025年 goal", "2025年底"),
  # earlier deadlines
  nf("deadline-later-than-baseline", "2025年10月底前完成中卫工业园区", "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: earlier", "2025年10月底前"),
  nf("deadline-later-than-baseline", "2025年9月底前完成市级城市运行管理服务平台", "task 9 (智慧城市, 一网统管), 完成时限 持续推进，2025年取得明显成效: earlier", "2025年9月底前"),
  nf("deadline-later-than-baseline", "2025年6月底前实现市级审批部门", "task 22 (审管协同), 完成时限 2025年: earlier", "2025年6月底前"),
  nf("deadline-later-than-baseline", "2025年6月底前完成市级数据共享交换平台", "task 29 (自治区统一政务数据平台), 完成时限 2023年启动，2025年完成: earlier", "2025年6月底前"),
  nf("deadline-later-than-baseline", "2025年11月底前实现全市教育收费", "task 56 (非税收入收缴电子化全覆盖), 完成时限 2025年: earlier", "2025年11月底前"),
  nf("deadline-later-than-baseline", "2025年6月底前指导各县（区）完成", "task 64 (各地参照自治区做法成立相应组织机构), 完成时限 2025年: earlier; the line's 调整充实领导小组 is the city's own, not task 60 (自治区政府办公厅负责, 2023)", "2025年6月底前"),
  nf("deadline-later-than-baseline", "2025年9月底前完成市本级非涉密视频会议", "tasks 107 (视频会议平台) and 111 (机关事务统一门户), 完成时限 2025年: earlier", "2025年9月底前"),
  # 2024 task written as 巩固提升 in 2025 (round brief)
  nf("deadline-later-than-baseline", "2025年持续巩固提升网络覆盖质量", "task 48 (城域网升级, 区市县乡村5级全覆盖), 完成时限 2024年: the coverage was reached in 2024 (stated on the line); 2025 only consolidates, no later completion", "2025年"),
  # background / own dates
  nf("deadline-invalid", "于2024年9月实现", "past date in the 2024 review (background), not a deadline", "2024年9月"),
  nf("deadline-invalid", "2024年12月27日", "the notice's own issue date", "2024年12月27日"),
  nf("deadline-later-than-baseline", "2025年是“十四五”规划收官之年", "preamble: the plan year and the span of the regional task list (2023年—2025年), not deadlines"),
  nf("deadline-later-than-baseline", "各牵头单位于2025年6月20日", "the office's own reporting dates (incl. 2026年1月10日 for the annual summary), not task deadlines", "2026年1月10日"),
  # basis near misses
  nf("basis-mismatch", "国发〔2022〕14号", "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号"),
  nf("basis-mismatch", "宁政办发〔2020〕14号", "retrospective mention of the 2020 要点 with its correct title and 文号, not cited as basis", "宁政办发〔2020〕14号"),
  nf("basis-mismatch", "《中卫市“十五五”数字政府建设规划》", "a future plan the city will draft, not a basis document", "中卫市“十五五”数字政府建设规划"),
  # regional bodies as leads of regional work (round brief)
  nf("unknown-unit", "自治区政府办公厅牵头建设的全区统一政务数据平台", "regional body named as lead of the region's own work (the 全区 platform); the city task's lead is 市数据局", "自治区政府办公厅"),
  nf("unknown-unit", "自治区机管局牵头建设的全区视频会议平台", "regional body named as lead of the region's own platform; city lead 市机关事务管理局", "自治区机管局"),
  nf("unknown-unit", "配合自治区发展改革委推进数据要素市场培育", "the city cooperates with the regional body; city lead 市发展改革委", "自治区发展改革委"),
  # aliases
  nf("unknown-unit", "牵头单位：市工信局", "official short name of 市工业和信息化局 in units.txt", "市工信局"),
  nf("unknown-unit", "市人社局", "short name of 市人力资源社会保障局 in units.txt", "市人社局"),
  nf("unknown-unit", "牵头单位：市卫健委", "short name of 市卫生健康委 in units.txt", "市卫健委"),
  nf("unknown-unit", "牵头单位：市审批局", "short name of 市审批服务管理局 in units.txt", "市审批局"),
  nf("unknown-unit", "牵头单位：市应急局", "short name of 市应急管理局 in units.txt", "市应急局"),
  nf("unknown-unit", "责任单位：市发改委", "colloquial alias of 市发展改革委 in units.txt", "市发改委"),
  nf("unknown-unit", "责任单位：市文旅局", "short name of 市文化旅游广电局 in units.txt", "市文旅局"),
  # collectives
  nf("unknown-unit", "承担监管职责的市直有关部门", "collective subject", "承担监管职责的市直有关部门"),
  nf("unknown-unit", "责任单位：市数据局，各县（区）人民政府，各乡镇（街道）", "collectives 各县（区）人民政府, 各乡镇（街道）", "各乡镇（街道）"),
  nf("unknown-unit", "责任单位：市委网信办，市直有关部门，各县（区）人民政府", "collectives 市直有关部门, 各县（区）人民政府", "市直有关部门"),
  # units outside government proper, in units.txt
  nf("unknown-unit", "中卫市税务局", "vertically managed body listed in units.txt", "中卫市税务局"),
  nf("unknown-unit", "中卫市气象局", "listed in units.txt", "中卫市气象局"),
  nf("unknown-unit", "中卫市消防救援支队", "listed in units.txt", "中卫市消防救援支队"),
  nf("unknown-unit", "中卫工业园区管委会、市数据局", "listed in units.txt", "中卫工业园区管委会"),
]

covers_spec = {
 1:"1.助力算力枢纽", 3:"2.推进智慧园区", 2:"3.深化产业云", 5:"4.完善数字经济治理", 6:"5.推进公共服务数字化",
 8:"6.深化“互联网+医疗健康”", 9:"7.加快智慧城市", 10:"8.推进数字乡村", 11:"8.推进数字乡村", 12:"9.培育数据要素",
 14:"11.压实安全管理", 15:"11.压实安全管理", 18:"12.提升安全防护", 17:"13.落实数据安全", 22:"14.强化审管协同",
 24:"15.规范政务信息化", 28:"16.开展试点示范", 29:"17.推进政务数据平台", 30:"18.巩固政务数据", 32:"18.巩固政务数据",
 36:"18.巩固政务数据", 37:"19.建设政务数据仓库", 39:"19.建设政务数据仓库", 41:"20.推进公共数据", 42:"20.推进公共数据",
 43:"21.巩固政务云", 45:"21.巩固政务云", 48:"22.提升电子政务外网", 50:"23.推进业务专网", 49:"24.融合视频资源",
 52:"25.深化电子证照", 54:"26.完善电子档案", 57:"26.完善电子档案", 56:"27.推进非税", 64:"28.健全组织机构",
 66:"30.加强经济运行监测", 67:"31.推动经济政策协同", 68:"32.推行“照单监管”", 70:"32.推行“照单监管”",
 71:"33.加强重点领域追溯", 72:"33.加强重点领域追溯", 74:"34.提升监管智能化", 75:"34.提升监管智能化",
 77:"35.提升矛盾纠纷", 79:"36.深化社会治安", 80:"37.加快“智慧应急”", 81:"38.整合指挥调度", 83:"39.深化“互联网+基层治理”",
 84:"40.打造泛在可及", 85:"40.打造泛在可及", 86:"41.做优“我的宁夏”", 87:"42.提升12345", 88:"43.优化涉企服务",
 89:"43.优化涉企服务", 90:"44.推进公共场馆", 92:"45.探索“多码合一”", 93:"46.推进适老化", 95:"47.加强生态环境",
 96:"48.深化数字治水", 97:"49.提升自然资源", 98:"49.提升自然资源", 100:"50.推动绿色低碳", 101:"50.推动绿色低碳",
 102:"50.推动绿色低碳", 103:"51.提升辅助决策", 104:"52.推广协同办公", 105:"52.推广协同办公", 106:"53.推进基层减负",
 107:"54.整合视频会议", 111:"54.整合视频会议", 108:"55.强化行政监督", 109:"55.强化行政监督", 112:"56.完善政务公开",
 113:"56.完善政务公开", 114:"57.发挥政务新媒体", 115:"58.畅通政民互动", 116:"（一）加强组织领导。", 25:"（二）加大资金保障。",
 117:"（三）提升数字素养。", 118:"（三）提升数字素养。", 122:"（四）强化考核评价。", 123:"（四）强化考核评价。", 124:"（四）强化考核评价。",
}
covers = [{"task": t, "line": ln(s)} for t, s in sorted(covers_spec.items())]

# sanity: texts present on their lines
for e in expect + mnf:
    if "text" in e:
        assert e["text"] in L[e["line"] - 1], e
# lines unique for expect
key = {
  "writer": "blind writer, round 345; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2025,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("中卫市2025年数字政府建设工作要点, issued by the city government office on 2024-12-27 for the year 2025 (planYear = the year the 要点 covers; "
            "the notice itself is dated 2024). A city answers to the region directly: no parent. Tasks the region set for 2023/2024 are written without dates "
            "(持续/巩固) except the planted 46. (task 93) and the near miss on 22. (task 48, 巩固提升 after 2024 completion). Part 七 names next-period (十五五) intentions "
            "dated 2026-2028, explicitly outside this year's tasks and not tasks of the regional list. No task-uncovered is planted; tasks left out (e.g. 4, 7, 13, 16, 19-21, 23, 26-27, 31, "
            "33-35, 38, 40, 44, 46-47, 51, 53, 55, 58-63, 69, 73, 76, 78, 82, 91, 94, 99, 110, 119-121) are mostly regional-only or taken up only in passing."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
for e in expect: print(e["rule"], e["line"], e.get("text"))
