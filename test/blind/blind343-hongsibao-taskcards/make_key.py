# Builds key.json and checks every line/text against draft.txt (1-based).
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]
G = '完善业务应用系统电子文件归档功能'.encode('utf-8').decode('gbk')

expect = [
 {"rule": "basis-mismatch", "line": 9, "text": "宁政发〔2022〕17号",
  "why": "the region's 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a slip (the 国发〔2022〕14号 just before it)"},
 {"rule": "deadline-later-than-baseline", "line": 18, "text": "2026年底",
  "why": "主要目标: 基础设施集约完备、数据治理初见成效、安全保障体系持续完善、政府数字化履职能力明显提升 are the region's 到2025年 goals (宁政发〔2023〕17号 主要目标) and fall under the 吴忠 plan's 到2025年 goal (履职能力全面增强); the draft moves them to 2026年底"},
 {"rule": "deadline-invalid", "line": 101, "text": "2024年6月31日",
  "why": "June has 30 days: 6月31日 does not exist (the year 2024 itself equals task 46, 完成时限 2024年)"},
 {"rule": "deadline-later-than-baseline", "line": 107, "text": "2025年6月底前",
  "why": "card 12 (城域网升级改造, 电子政务外网乡镇、行政村全覆盖, 按需向企事业单位拓展) is task 48, 完成时限 2024年 (the same card also touches task 47, 2024年); the draft's own 主要目标 (line 17) even says 到2024年底"},
 {"rule": "unknown-unit", "line": 111, "text": "自治区财政厅",
  "why": "a regional body named as the lead (牵头单位) of a district task; copied from task 56's 责任单位 (自治区财政厅牵头负责); the district lead would be 区财政局"},
 {"rule": "unknown-unit", "line": 140, "text": "区大数据管理服务局",
  "why": "no such district unit in units.txt (the district's data body is 区大数据服务中心); the name is copied from the city's 市大数据管理服务局"},
 {"rule": "garbled-text", "line": 91, "text": G[:6],
  "why": "UTF-8 bytes of 完善业务应用系统电子文件归档功能 read as GBK (mojibake run " + G + ")"},
]

def d(line, text, why, rule="deadline-later-than-baseline"):
    return {"rule": rule, "line": line, "text": text, "why": why}
def u(line, text, why):
    return {"rule": "unknown-unit", "line": line, "text": text, "why": why}
def b(line, text, why):
    return {"rule": "basis-mismatch", "line": line, "text": text, "why": why}

mustNotFlag = [
 b(1, "吴忠市红寺堡区数字政府建设实施方案", "the draft's own title in the 印发 notice, not a basis citation"),
 b(2, "红政办发〔2024〕23号", "the draft's own 文号, not a cited basis document"),
 b(9, "国发〔2022〕14号", "correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）"),
 b(9, "宁政办发〔2023〕11号", "correct: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, cited the same way in the 吴忠 plan"),
 b(9, "关于加强数字政府建设的实施方案", "correct: the 吴忠 plan cited by title alone (吴忠市人民政府《关于加强数字政府建设的实施方案》); a city plan may have no 文号"),
 b(11, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background (自…印发以来), not cited as a basis; title and 文号 match"),
 b(89, "红寺堡区公共数据开放目录（2025年版）", "the name of an expected product in 预期成果, not a cited document"),
 d(6, "2024年4月12日", "the notice's issue date, not a deadline", rule="deadline-invalid"),
 d(11, "2023年底", "past date in the background (截至2023年底 / 2023年), describing what was done", rule="deadline-invalid"),
 d(17, "2024年底", "2024年底 goals equal the region: 外网乡村全覆盖 = task 48 (2024年), 系统迁移信创云 = task 46 (2024年) / task 43 (2024年建成，持续推进), 我的宁夏 = task 86 (2024年), 宁政通 = task 105 (2024年)"),
 d(18, "2025年", "“1347”体系框架全面成型、工作体制逐步健全、管理机制趋于成熟: equal to the region's 到2025年 goal and the 吴忠 plan's 到2025年 goal"),
 d(19, "2035年", "equal to the region's and the 吴忠 plan's 到2035年 goal"),
 d(32, "2024年6月底前", "earlier than task 64 (各地各部门参照自治区做法成立相应的组织机构), 完成时限 2025年"),
 d(40, "2024年底前取得明显成效", "equal to task 2 (产业云), 完成时限 2023年启动，2024年取得明显成效"),
 d(46, "持续推进，2025年取得明显成效", "equal to task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效"),
 d(53, "持续推进，2025年取得明显成效", "equal to task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效"),
 d(59, "2025年", "equal to task 8 (互联网+医疗健康), 完成时限 持续推进，2025年取得明显成效"),
 d(66, "2025年", "equal to task 12 (数据要素市场主体、数据交易平台), 完成时限 2025年"),
 d(75, "2024年12月底前", "equal to task 21 (行政权力事项网上运行), 完成时限 2024年"),
 d(81, "2023年启动", "copied regional milestone of task 28 (2023年启动，2025年取得明显成效); lies before the plan's year but is not an impossible or late date; completion 2025 equals the region", rule="deadline-invalid"),
 d(81, "2025年取得明显成效", "equal to task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效"),
 d(88, "2024年12月底前", "equal to task 41 (公共数据开放目录、开放平台), 完成时限 2024年"),
 d(89, "2025年版", "a year inside the name of an expected product (预期成果), not a deadline; the card's 完成时限 (line 88) is 2024"),
 d(94, "2024年", "equal to task 40 (电子公文) and task 54 (电子文件归档、档案信创), both 完成时限 2024年"),
 d(113, "2025年", "equal to task 56 (非税收入收缴电子化), 完成时限 2025年"),
 d(121, "2024年底前", "earlier than task 66 (经济运行大数据平台、经济监测预警), 完成时限 2025年; equal to task 65 (2024年) if read against it"),
 d(128, "2024年12月底前", "equal to task 71 (重点领域数字化追溯监管), 完成时限 2024年"),
 d(135, "2025年", "equal to task 83 (互联网+基层治理), 完成时限 2025年"),
 d(141, "2024年底前", "equal to task 80 (智慧应急), 完成时限 2024年"),
 d(148, "2024年", "equal to task 86 (我的宁夏 应上尽上), 完成时限 2024年"),
 d(154, "2024年底前", "equal to task 93 (适老化与信息无障碍), 完成时限 2024年"),
 d(161, "2025年", "equal to task 96 (互联网+城乡供水), 完成时限 2025年"),
 d(168, "2024年12月底前", "equal to task 105 (宁政通), 完成时限 2024年"),
 d(174, "2025年", "equal to task 106 (填表报数系统), 完成时限 2025年"),
 d(175, "50%以上", "a figure in 预期成果 (the region's own task 106 target), not a date"),
 d(181, "2024年", "equal to task 114 (政务新媒体矩阵), 完成时限 2024年"),
 d(188, "每年6月底、12月底前", "the office's own reporting dates, not task deadlines", rule="deadline-invalid"),
 u(31, "各乡镇人民政府", "collective subject"),
 u(44, "弘德工业园区管委会", "short name of 区弘德工业园区管理委员会 in units.txt"),
 u(45, "吴忠市生态环境局红寺堡分局", "listed in units.txt as one name (派驻机构); must not be split"),
 u(52, "各乡镇", "collective subject in 配合单位"),
 u(74, "区直各部门", "collective subject"),
 u(126, "区市场监管局", "official short name of 区市场监督管理局 in units.txt"),
 u(134, "各村（社区）", "collective subject"),
 u(147, "无", "配合单位 written as 无 (the draft says at line 23 what that means); not a unit"),
 u(152, "区政府办", "short name of 区人民政府办公室 in units.txt"),
 u(160, "配合单位：", "empty 配合单位 field, allowed by line 23; nothing to check"),
 {"rule": "missing-pillar", "line": 0, "pillar": "六级贯通",
  "why": "五个一/六级贯通 folded into 一套体系 (lines 24-33: 健全组织机构, 厘清层级职责 naming 六级贯通, 完善工作机制), as in the 吴忠 plan"},
 {"rule": "missing-pillar", "line": 0, "pillar": "财政投入",
  "why": "covered by （二）加强资金保障 at line 185 (年度预算, 现有资金渠道, 运维资金挂钩)"},
 {"rule": "missing-pillar", "line": 0, "pillar": "组织领导",
  "why": "section 四 is headed 保障措施 but line 184 is 加强组织领导 with 党的全面领导 and 一把手工程; 数字素养 line 186 and 考核评价 line 187 are there too"},
]

covers = [
 (64, 29), (2, 37), (3, 43), (6, 48), (7, 48), (8, 56), (10, 50), (11, 48), (12, 63),
 (14, 69), (18, 69), (21, 72), (28, 78), (32, 83), (36, 83), (41, 85), (40, 91), (54, 91),
 (46, 98), (48, 104), (56, 110), (66, 118), (68, 123), (71, 125), (79, 130), (83, 132),
 (80, 138), (86, 145), (93, 151), (96, 158), (105, 165), (106, 171), (107, 163),
 (112, 176), (114, 178), (116, 184), (118, 186), (123, 187),
]
cover_words = {64:'成立相应组织机构',2:'产业云',3:'一体化提升园区公共服务',6:'扩大优质公共资源服务覆盖面',7:'宁夏智慧教育平台',
 8:'健康医疗数据互联互通',10:'补齐乡村信息基础设施短板',11:'数字供销',12:'数据要素市场主体',14:'主体责任、监督责任',18:'动态监控、主动防御、协同响应',
 21:'行政权力事项网上运行',28:'试点',32:'数据管理职责和人员',36:'供需对接机制',41:'公共数据开放目录',40:'电子公文全流程标准化管理',
 54:'档案业务信创应用系统',46:'有序迁移',48:'城域网升级改造',56:'非税收入收缴电子化',66:'经济监测预警',68:'照单监管',71:'全链条数字化追溯监管',
 79:'雪亮工程',83:'统一采集和高效管理',80:'闭环管控',86:'应上尽上',93:'适老化与信息无障碍',96:'互联网+城乡供水',105:'宁政通',106:'填表报数系统',
 107:'视频会议系统',112:'以网上发布为主',114:'政务新媒体矩阵体系',116:'一把手',118:'数字化能力培训',123:'综合考核评价的重要参考'}
if 64 in cover_words: cover_words[64]='健全工作体制机制'

errs = 0
for e in expect + mustNotFlag:
    if e['line'] == 0: continue
    t = e.get('text')
    if t and t not in lines[e['line'] - 1]:
        print('MISMATCH', e); errs += 1
for t, l in covers:
    if cover_words[t] not in lines[l - 1]:
        print('COVER MISMATCH', t, l, cover_words[t]); errs += 1
assert errs == 0
print('lines', len(lines), 'expect', len(expect), 'mustNotFlag', len(mustNotFlag), 'covers', len(covers))

key = {
 "writer": "blind writer, round 343; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mustNotFlag,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("County (红寺堡区) plan of 2024 whose key tasks are task cards: one line per field "
           "(任务名称／主要内容／牵头单位／配合单位／完成时限／预期成果), 23 cards. Line 23 states that the first 牵头单位 leads and that "
           "配合单位 无 or empty means the lead works alone. units.txt is the district registry; city units are not used. "
           "Tasks due 2023 in the regional list (14, 18, 32, 36, 116, 118 …) are taken up only in undated prose, so no card "
           "carries a 2024 date against a 2023 task. Line 81 copies task 28's '2023年启动' verbatim (a near miss, see mustNotFlag). "
           "The 2024年6月31日 at line 101 is an impossible day; its year equals task 46. No task-uncovered is planted.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
