# helper: builds key.json and checks every line/text against draft.txt
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def find(text, nth=0, after=0):
    hits = [i+1 for i, l in enumerate(L) if text in l and i+1 > after]
    assert hits, text
    return hits[nth]

def chk(line, text):
    assert text in L[line-1], (line, text)
    return line

expect = [
 {"rule": "deadline-later-than-baseline", "line": chk(19, "到2026年"), "text": "2026年",
  "why": "主要目标: 体系框架基本形成 / 一体化政务服务和一体化在线监管模式广泛普及 by 2026; the 广西 实施意见 主要目标 sets 到2025年 for the same goals"},
 {"rule": "deadline-later-than-baseline", "line": chk(91, "2026年底前"), "text": "2026年底前",
  "why": "rubric row for the 12345 hotline (归并, 110/119/120/122 联动) = 广西 task 8 (12345熱線), 完成時限 2025年底; the plan itself says 2025年底前 (line 34)"},
 {"rule": "deadline-invalid", "line": chk(96, "20204年"), "text": "20204年",
  "why": "impossible year (typo for 2024年6月底前, cf. line 69); task 37 is 持续开展"},
 {"rule": "basis-mismatch", "line": chk(80, "桂政发〔2023〕31号"), "text": "桂政发〔2023〕31号",
  "why": "the 广西 实施意见 is 桂政发〔2022〕31号 (dated 2022-11-30), correctly cited on line 9"},
 {"rule": "unknown-unit", "line": chk(38, "自治区卫生健康委，市医保局"), "text": "自治区卫生健康委",
  "why": "regional body named first (= lead, per the note on line 21) of a local task (智慧医疗, 广西 task 12); should be 市卫生健康委"},
 {"rule": "unknown-unit", "line": chk(90, "市政务服务数据管理局"), "text": "市政务服务数据管理局",
  "why": "no such body in 梧州 (a Guangdong-style name); not in units.txt"},
 {"rule": "garbled-text", "line": chk(70, "鎺ㄥ姩鐢靛瓙璇佺収"), "text": "鎺ㄥ姩鐢靛瓙璇佺収",
  "why": "UTF-8 read as GBK mojibake of 推动电子证照"},
 {"rule": "task-uncovered", "line": 0, "task": 14,
  "why": "广西 task 14 (推動智慧體育服務能力提升, 各市人民政府, 持續開展) deliberately left out; nothing on 体育/体医融合 in the plan"},
]

M = []
def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line-1], (line, text); e["text"] = text
    e["why"] = why
    M.append(e)

# basis
mnf("basis-mismatch", 9, "correct national citation", "国发〔2022〕14号")
mnf("basis-mismatch", 9, "correct citation of the 广西 实施意见", "桂政发〔2022〕31号")
mnf("basis-mismatch", 2, "the notice's own 文号, not a basis document", "梧政办发〔2023〕25号")
mnf("basis-mismatch", 12, "retrospective mention of the city's earlier three-year plan in the background, not cited as basis", "梧州市数字政府建设三年行动计划（2019—2021年）")
mnf("basis-mismatch", 4, "the plan's own title in the covering notice", "《梧州市数字政府建设实施方案》")
mnf("basis-mismatch", 80, "the plan's own attachment, referred to by title", "梧州市数字政府建设工作考核评分细则")
# deadlines: goals
mnf("deadline-later-than-baseline", 18, "near-term goal 到2024年底, earlier than the region's 到2025年", "2024年底")
mnf("deadline-later-than-baseline", 20, "到2035年 goal equal to the region's 到2035年 基本建成", "2035年")
mnf("deadline-invalid", 12, "past dates in the background (截至2022年底, 2019—2021年), not deadlines", "2022年底")
mnf("deadline-invalid", 6, "the plan's own issue date", "2023年8月15日")
# deadlines: plan tasks
mnf("deadline-later-than-baseline", 27, "task 3 (一体化在线监管) 完成時限 2025年底; plan 2024年底 is earlier", "2024年底")
mnf("deadline-later-than-baseline", 34, "task 8 (12345熱線) 完成時限 2025年底; plan 2025年底 is equal", "2025年底")
mnf("deadline-later-than-baseline", 35, "task 9 (智桂通) 完成時限 2025年底; plan 2024年6月底前 milestone and 2025年底 note are not later", "2024年6月底前")
mnf("deadline-later-than-baseline", 50, "task 22 (政务公开) 完成時限 2025年底; plan 2024年底 is earlier", "2024年底")
mnf("deadline-later-than-baseline", 24, "task 1 完成時限 持續開展; a dated local milestone (2024年底前) cannot be later", "2024年底前")
mnf("deadline-later-than-baseline", 33, "task 7 完成時限 持續開展; local milestone 2023年底前", "2023年底前")
mnf("deadline-later-than-baseline", 65, "task 34 完成時限 持續開展; local milestone 2023年12月底前", "2023年12月底前")
mnf("deadline-later-than-baseline", 69, "task 37 完成時限 持續開展; local milestone 2024年6月底前", "2024年6月底前")
mnf("deadline-later-than-baseline", 74, "task 42 完成時限 持續開展; local milestone 2024年底前", "2024年底前")
# deadlines: rubric rows equal to the plan
mnf("deadline-later-than-baseline", 88, "rubric's 互联网+监管 date equals the plan's (line 27); task 3 is due 2025年底", "2024年底前")
mnf("deadline-later-than-baseline", 92, "rubric's 智桂通 date (2024年6月底前未…上线的不得分) equals the plan's (line 35); task 9 is due 2025年底", "2024年6月底前")
mnf("deadline-later-than-baseline", 93, "rubric's 政策文件库 date equals the plan's (line 50); task 22 is due 2025年底", "2024年底前")
mnf("deadline-later-than-baseline", 90, "rubric's 跨省通办 date equals the plan's (line 33); task 7 持續開展", "2023年12月底前")
mnf("deadline-later-than-baseline", 95, "rubric's 数据目录 date equals the plan's (line 65); task 34 持續開展", "2023年12月底前")
mnf("deadline-later-than-baseline", 87, "rubric's 专题库 date equals the plan's (line 24); task 1 持續開展", "2024年底前")
mnf("deadline-later-than-baseline", 98, "rubric's 一网统管 date equals the plan's (line 74); task 42 持續開展", "2024年底前")
# reporting dates, points, percentages, numbers
mnf("deadline-invalid", 81, "the office's own reporting dates (每季度末前, 每年12月10日前)", "每年12月10日前")
mnf("deadline-invalid", 86, "rubric reporting dates equal to line 81, with point deductions (扣1分)", "每季度末前")
mnf("deadline-invalid", 101, "assessment year 1月1日至12月31日, not a deadline", "1月1日至12月31日")
mnf("deadline-invalid", 102, "score bands (80—89分, 60—79分) are points, not years", "80—89分")
mnf("deadline-invalid", 88, "percentages and points (100%, 0.5分, 扣2分)", "100%")
mnf("deadline-invalid", 91, "hotline numbers 12345/110/119/120/122 and 98%, not dates", "110、119、120、122")
mnf("deadline-invalid", 46, "“1+6+N” framework numbers", "1+6+N")
mnf("deadline-invalid", 14, "“4·27” is the name of a speech, not a deadline", "4·27")
# units
mnf("unknown-unit", 24, "prefix 市 distributes: 市统计局, 市财政局, 市大数据发展局", "市发展改革委、统计局、财政局、大数据发展局")
mnf("unknown-unit", 24, "collective subject", "各县（市、区）人民政府")
mnf("unknown-unit", 65, "collective subject", "市直有关部门")
mnf("unknown-unit", 74, "collective subject", "各乡镇（街道）")
mnf("unknown-unit", 29, "official short names listed in units.txt (市中级法院, 市检察院)", "市中级法院")
mnf("unknown-unit", 31, "梧州市气象局 and 市消防救援支队 are in units.txt", "梧州市气象局")
mnf("unknown-unit", 52, "市委网信办、市委国安办 written out in full, both in units.txt", "市委国安办")
mnf("unknown-unit", 69, "telecom operators outside the government, in units.txt", "中国移动梧州分公司")
mnf("unknown-unit", 70, "short name of 国家税务总局梧州市税务局, in units.txt", "梧州市税务局")
mnf("unknown-unit", 35, "regional body mentioned as the counterpart to liaise with, not a responsible unit", "自治区大数据发展局")
mnf("unknown-unit", 81, "report goes up to the regional bureau; not a responsible unit", "自治区大数据发展局")
mnf("unknown-unit", 78, "regional leading group above the city, named as guiding body, not as a responsible unit", "数字广西建设领导小组")
mnf("unknown-unit", 78, "the city's own leading group, in units.txt", "市数字政府建设领导小组")
mnf("unknown-unit", 103, "office of the city leading group, in units.txt", "市数字政府建设领导小组办公室")
mnf("unknown-unit", 79, "市委党校（市行政学院）: name with its alias, in units.txt", "市委党校（市行政学院）")
mnf("unknown-unit", 33, "platform name, not a unit", "广西数字政务一体化平台")
mnf("unknown-unit", 52, "task 23 has no 各市 in the region; the city takes it up with its own units", "市公安局、大数据发展局等。")
# pillars
mnf("missing-pillar", 0, "section 八 is headed 保障措施 but covers 组织领导, 推进机制, 数字素养, 考核评估 (the region's 加强党的领导 items), lines 77-80")
mnf("missing-pillar", 0, "三个驱动 (数字经济, 数字社会, 数字生态) all present, lines 73-75")

covers = []
for t, ln, txt in [
 (1,24,"经济治理数据"),(2,26,"双随机、一公开"),(3,27,"互联网+监管"),(4,29,"枫桥经验"),(5,30,"雪亮工程"),
 (6,31,"智慧应急"),(7,33,"跨省通办"),(8,34,"12345"),(9,35,"智桂通"),(10,36,"智慧教育"),(11,37,"社会保障卡"),
 (12,38,"智慧医疗"),(13,39,"智慧工地"),(15,40,"智慧康养"),(16,42,"生态云"),(17,43,"自然资源"),(18,44,"碳汇"),
 (19,46,"数字政府大脑"),(20,47,"协同办公"),(21,48,"桂在行"),(22,50,"政策文件库"),(23,52,"安全管理责任"),
 (24,53,"分类分级保护"),(25,54,"数据安全监管"),(26,55,"安全技术保障体系"),(27,56,"自主可控"),(28,58,"行政许可"),
 (29,59,"四改四转"),(30,60,"法规制度"),(31,61,"标准规范"),(32,62,"试点示范"),(33,64,"数据管理机制"),
 (34,65,"一数一源一标准"),(35,66,"公共数据开放"),(36,68,"政务云"),(37,69,"IPv6"),(38,70,"智能算法库"),
 (39,70,"统一身份认证"),(40,71,"开放生态支撑"),(41,73,"中国—东盟信息港"),(42,74,"数字乡村"),(43,75,"数据要素")]:
    chk(ln, txt); covers.append({"task": t, "line": ln})

key = {
 "writer": "blind writer, round 312; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("The 广西 实施意见 has no numbered task list; task numbers here count its inline "
   "(責任單位:…。完成時限:…) notes 1-43 in document order (3, 8, 9 and 22 are due 2025年底, all others 持續開展; "
   "23 is the only one without 各市人民政府). Line 21 states that the first-listed unit leads. "
   "Line 96's 20204年 is annotated only as deadline-invalid; it is the same slip as the plan's 2024年6月底前 (line 69). "
   "Line 103 claims the rubric's dates equal the plan's; lines 91 and 96 are the exceptions planted. "
   "Lines 85-100 are a tab-separated table (考核内容 | 分值 | 评分标准 | 责任单位); 分值 sum to 100 plus 5 bonus.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers), len(L))
