# helper: writes key.json; every line number is looked up in draft.txt and checked
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')

def ln(anchor, text=None):
    hits = [i for i, l in enumerate(L, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in L[hits[0]-1], (anchor, text)
    return hits[0]

def e(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": ln(anchor, text)}
    if text is not None: d["text"] = text
    d.update(kw); d["why"] = why
    return d

expect = [
 e("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕41号",
   "《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号 (as the regional 实施意见 cites it); 41号 is a transposed 文号"),
 e("deadline-later-than-baseline", "深化“互联网+城乡供水”示范区建设", "2026年底前",
   "sentence takes up task 96 (“互联网+城乡供水”省域示范区、数字治水全国样板), 完成时限 2025年; the district puts it at 2026年底"),
 e("deadline-later-than-baseline", "9.开展城域网升级改造", "2025年",
   "task-list row 9 is task 48 (城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年"),
 e("deadline-invalid", "36.推广“宁政通”", "2024年21月",
   "no 21st month (transposed 12); row is task 105 (宁政通), 完成时限 2024年, so it is not a late deadline"),
 e("unknown-unit", "4.编制区级公共数据开放目录", "自治区政府办公厅",
   "a regional body named as 牵头 of a district task (cell copied from task 41's 责任单位); the district lead would be 区大数据服务中心 or 区政府办公室"),
 e("unknown-unit", "5.推进供水、供电、供气", "区大数据局",
   "not in units.txt: the district body is 区大数据服务中心; 市大数据局 is the city bureau"),
 {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
  "why": "the draft has no 数字生态 content at all: no 数据要素市场, 数据交易, 数据确权, 市场准入/公平竞争 rules for data, 网络生态; 指导思想 drops “打造良好数字生态”; 三个驱动 only appear as 产业赋能类 (数字经济) and 智慧城乡类 (数字社会)"},
]

M = []
def m(rule, anchor, text, why, **kw):
    M.append(e(rule, anchor, text, why, **kw))

# basis
m("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政发〔2023〕17号", "correct title and 文号 of the regional 实施意见 (the baseline)")
m("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly so by the 吴忠 plan; a real companion document, not a wrong basis")
m("basis-mismatch", "自2020年按照", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the 发展基础 background, with its correct title and 文号; not cited as a basis")
m("basis-mismatch", "利政发〔2024〕9号", "利政发〔2024〕9号", "the district's own 发文字号 on its notice, not a cited document")
# dates that are not deadlines / not late
m("deadline-invalid", "2024年4月12日", "2024年4月12日", "the document's own issue date")
m("deadline-invalid", "自2020年按照", "2023年底", "past date in the background (截至2023年底 …已…), not a deadline")
m("deadline-invalid", "自2020年按照", "2020年", "retrospective year in the background and in the old document's title")
m("deadline-later-than-baseline", "到2024年底，“两大平台”", "2024年底", "2024 goals: 信创云迁移 (task 43, 2024年建成), “我的宁夏”应上尽上 (task 86, 2024年), 数据资源中心 (task 29, 2025年完成) — equal or earlier")
m("deadline-later-than-baseline", "到2025年，全区“1+2+3+N”", "2025年", "equal to the region's 主要目标 到2025年 “34567”体系框架全面成型; 全区 here is the district (利通区)")
m("deadline-later-than-baseline", "到2035年，与政府治理能力", "2035年", "equal to the region's 到2035年 goal")
m("deadline-invalid", "到2025年，全区“1+2+3+N”", "1+2+3+N", "the district's framework slogan, not a date or a number of tasks")
m("deadline-invalid", "构建“1+2+3+N”数字政府工作体系", "1+2+3+N", "framework slogan (一个中心、两大平台、三项机制、N类应用), not a date")
m("deadline-invalid", "构建“1+2+3+N”数字政府工作体系", "两大平台", "slogan count (two platforms), not a date or count of tasks")
m("deadline-invalid", "构建“1+2+3+N”数字政府工作体系", "三项机制", "slogan count (three mechanisms), not a date or count of tasks")
m("deadline-invalid", "根据《国务院关于加强数字政府建设的指导意见》", "1244+N", "name of the 数字宁夏 action plan, not a date")
m("deadline-invalid", "（一）政务云网基础平台", "5级", "区市县乡村5级 = five administrative levels, not a date")
m("deadline-invalid", "（六）政务服务类应用", "12345", "hotline number, not a date")
m("deadline-invalid", "37.推广全区统一的填表报数系统", "50%", "a reduction target, not a date")
m("deadline-invalid", "（三）制度规范机制", "每年选择1至2个", "a yearly count of pilots, not a date")
m("deadline-later-than-baseline", "（四）强化考核评价", "12月10日前", "the office's own reporting dates (每季度末月25日前、每年12月10日前), not task deadlines")
m("deadline-invalid", "2.编制区级政务数据资源目录", "2023年", "task 30 (政务数据“一本账”), 完成时限 2023年: copied regional deadline that lies before the plan's year; equal, not late")
m("deadline-invalid", "16.建立健全数字政府安全技术保障体系", "2023年形成机制，长期坚持", "task 18, 完成时限 2023年形成机制，长期坚持: copied verbatim; before the plan's year but equal")
m("deadline-later-than-baseline", "1.依托自治区统一的政务数据平台", "2025年", "task 29, 完成时限 2023年启动，2025年完成: completion equal")
m("deadline-later-than-baseline", "6.建设领导决策“驾驶舱”", "2024年10月底前", "task 103, 完成时限 2024年: earlier")
m("deadline-later-than-baseline", "7.推进区直部门政务信息系统", "2024年", "task 43, 完成时限 2024年建成，持续推进: equal")
m("deadline-later-than-baseline", "12.推动各类证照电子化", "2025年6月底前", "task 52, 完成时限 2025年: earlier")
m("deadline-later-than-baseline", "15.成立区数字政府建设领导小组", "2024年6月底前", "task 64, 完成时限 2025年: earlier")
m("deadline-later-than-baseline", "19.每年选择1至2个", "2024年启动，2025年取得明显成效", "task 28, 完成时限 2023年启动，2025年取得明显成效: the completing milestone 2025 is equal; only the start is later")
m("deadline-later-than-baseline", "20.推进金积工业园区", "持续推进，2025年取得明显成效", "task 3, 完成时限 持续推进，2025年取得明显成效: equal")
m("deadline-later-than-baseline", "21.引导奶产业", "2024年", "task 2, 完成时限 2023年启动，2024年取得明显成效: completion equal")
m("deadline-later-than-baseline", "24.配合推进全国“数字供销”", "2025年", "task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效: completion equal")
m("deadline-later-than-baseline", "31.落实12345政务服务便民热线", "2025年", "task 87, 完成时限 2023年启动，2025年完成: equal")
m("deadline-later-than-baseline", "43.制定年度数字政府工作要点", "长期坚持", "task 121, 完成时限 长期坚持: equal")
m("deadline-later-than-baseline", "11.整合公安、交通、应急、城管等视频资源", "2025年", "task 49, 完成时限 2025年: equal")
# units
m("unknown-unit", "1.依托自治区统一的政务数据平台", "区直各部门（单位）", "collective subject")
m("unknown-unit", "9.开展城域网升级改造", "各乡镇（街道）", "collective subject")
m("unknown-unit", "28.实施“互联网+基层治理”行动", "各村（社区）", "collective subject")
m("unknown-unit", "10.推动非涉密业务专网", "区直有关部门（单位）", "collective subject")
m("unknown-unit", "23.推进数字乡村建设", "各乡镇人民政府", "collective subject")
m("unknown-unit", "22.推进城市运行“一网统管”", "各街道办事处", "collective subject")
m("unknown-unit", "17.推动各类行政权力事项", "区审批局", "short name of 区审批服务管理局 in units.txt")
m("unknown-unit", "14.建设信用中国（宁夏）利通站点", "区市场监管局", "short name of 区市场监督管理局 in units.txt")
m("unknown-unit", "34.应用“智慧林草”云平台", "区林草局", "short name of 区林业和草原局 in units.txt")
m("unknown-unit", "24.配合推进全国“数字供销”", "区供销社", "short name of 区供销合作社联合社 in units.txt")
m("unknown-unit", "25.对接使用宁夏经济运行大数据平台", "统计局", "prefix 区 distributes: 区发展和改革局、工业和信息化局、统计局 = 区工业和信息化局, 区统计局")
m("unknown-unit", "26.对食品药品、特种设备", "卫生健康局", "prefix 区 distributes: 区农业农村局, 区卫生健康局")
m("unknown-unit", "11.整合公安、交通、应急、城管等视频资源", "吴忠市公安局利通区分局", "listed in units.txt (city bureau's district branch)")
m("unknown-unit", "33.应用宁夏自然资源三维立体", "吴忠市自然资源局利通分局", "listed in units.txt")
m("unknown-unit", "20.推进金积工业园区", "金积工业园区管委会", "short name of 金积工业园区管理委员会 in units.txt")
m("unknown-unit", "16.建立健全数字政府安全技术保障体系", "区委网信办", "listed in units.txt")
m("unknown-unit", "坚持“区级不建云、不建底座”原则", "自治区、吴忠市", "higher levels named as providers of shared resources, not as responsible units of a task")
# framework parts present under the district's words
P = [
 ("数据资源", "二、建强“一个中心”", "folded into 一个中心 (区数据资源中心): 数据目录、归集、共享、开放, lines 21-24"),
 ("平台支撑", "三、做优“两大平台”", "folded into 两大平台: 政务云网基础平台 + 共性应用支撑平台, lines 26-29"),
 ("安全保障", "（二）安全防护机制", "named 安全防护机制 inside 三项机制"),
 ("制度规则", "（三）制度规范机制", "named 制度规范机制 inside 三项机制 (会商机制、审管协同、标准规范、试点示范)"),
 ("五个一", "（一）统筹推进机制", "统筹推进机制 mirrors 五个一 (领导小组、区政府办公室、区大数据服务中心、运营企业、专家团队)"),
 ("六级贯通", "（一）统筹推进机制", "same paragraph takes up 六级贯通 层级架构 (区、乡镇（街道）、村（社区）)"),
 ("数字经济", "（一）产业赋能类应用", "named 产业赋能类应用 (智慧园区、产业云) inside N类应用"),
 ("数字社会", "（二）智慧城乡类应用", "named 智慧城乡类应用 (服务数字化、一网统管、数字乡村、数字供销)"),
 ("经济调节", "（三）经济运行类应用", "named 经济运行类应用"),
 ("市场监管", "（四）市场监管类应用", "市场监管类应用"),
 ("社会管理", "（五）基层治理类应用", "named 基层治理类应用 (矛盾纠纷、雪亮工程、智慧应急、基层治理)"),
 ("公共服务", "（六）政务服务类应用", "named 政务服务类应用"),
 ("生态环境保护", "（七）生态环保类应用", "named 生态环保类应用"),
 ("政务运行", "（八）机关运行类应用", "named 机关运行类应用 (协同办公、宁政通、视频会议、机关事务)"),
 ("政务公开", "（九）政务公开类应用", "政务公开类应用"),
 ("党的领导", "六、保障措施", "保障措施: 组织领导 (党的全面领导)、资金投入、数字素养、考核评价"),
]
for pillar, anchor, why in P:
    M.append({"rule": "missing-pillar", "line": ln(anchor), "pillar": pillar, "why": "present: " + why})

C = [
 (29,"1.依托自治区统一的政务数据平台"),(30,"2.编制区级政务数据资源目录"),(31,"（一）摸清数据底数"),(32,"（一）摸清数据底数"),
 (33,"3.对接全区统一的人口"),(34,"3.对接全区统一的人口"),(36,"（二）推进数据共享"),(41,"4.编制区级公共数据开放目录"),
 (42,"5.推进供水、供电、供气"),(103,"6.建设领导决策“驾驶舱”"),(43,"7.推进区直部门政务信息系统"),(47,"8.开展电子政务外网升级改造"),
 (48,"9.开展城域网升级改造"),(50,"10.推动非涉密业务专网"),(49,"11.整合公安、交通、应急、城管等视频资源"),(51,"（二）共性应用支撑平台"),
 (52,"12.推动各类证照电子化"),(54,"13.完善业务系统电子文件归档"),(57,"14.建设信用中国（宁夏）利通站点"),(58,"（二）共性应用支撑平台"),
 (64,"15.成立区数字政府建设领导小组"),(14,"（二）安全防护机制"),(15,"（二）安全防护机制"),(17,"（二）安全防护机制"),
 (18,"16.建立健全数字政府安全技术保障体系"),(21,"17.推动各类行政权力事项"),(22,"18.依托一体化政务服务平台"),(24,"（三）制度规范机制"),
 (28,"19.每年选择1至2个"),(3,"20.推进金积工业园区"),(2,"21.引导奶产业"),(6,"（二）智慧城乡类应用"),(9,"22.推进城市运行“一网统管”"),
 (10,"23.推进数字乡村建设"),(11,"24.配合推进全国“数字供销”"),(66,"25.对接使用宁夏经济运行大数据平台"),(65,"（三）经济运行类应用"),
 (68,"（四）市场监管类应用"),(70,"（四）市场监管类应用"),(72,"（四）市场监管类应用"),(74,"（四）市场监管类应用"),(71,"26.对食品药品、特种设备"),
 (77,"27.完善矛盾纠纷多元化解"),(79,"（五）基层治理类应用"),(80,"（五）基层治理类应用"),(83,"28.实施“互联网+基层治理”行动"),
 (84,"29.推动政务服务“网上办"),(85,"（六）政务服务类应用"),(86,"30.做强“我的宁夏”"),(87,"31.落实12345政务服务便民热线"),
 (93,"32.完成各级政务服务场所"),(94,"（七）生态环保类应用"),(96,"（七）生态环保类应用"),(97,"33.应用宁夏自然资源三维立体"),
 (98,"34.应用“智慧林草”云平台"),(104,"35.推广使用全区统一的协同办公平台"),(105,"36.推广“宁政通”"),(106,"37.推广全区统一的填表报数系统"),
 (107,"38.整合非涉密视频会议系统资源"),(111,"39.推进公共房产"),(112,"40.完善政务公开信息化平台"),(114,"41.构建区级政务新媒体矩阵"),
 (115,"42.以12345政务服务便民热线为枢纽"),(116,"（一）加强组织领导"),(25,"（二）加大资金投入"),(121,"43.制定年度数字政府工作要点"),
 (122,"（四）强化考核评价"),(124,"（四）强化考核评价"),
]
covers = [{"task": t, "line": ln(a)} for t, a in C]

key = {
 "writer": "blind writer, round 436; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("利通区 (吴忠市) 2024 plan built on 宁政发〔2023〕17号 only (no parent plan). Its framework is the slogan “1+2+3+N” "
           "(一个中心、两大平台、三项机制、N类应用); chapters 二–五 are titled by the slogan parts, and the region's 34567 parts are taken up "
           "inside them under district names (see the missing-pillar entries in mustNotFlag). 数字生态 is left out on purpose; as a consequence "
           "tasks 12 and 13 (数据要素市场, 数据交易规则; led by 自治区发展改革委, counties at most 配合) are not taken up — not listed in expect, "
           "a task-uncovered report for them is fair. Two task-list rows (2, 16) copy 2023 regional deadlines into a 2024 plan; they are equal, "
           "not late. helper scripts: make_table.py (builds draft.txt from body.txt), make_key.py (builds this key with checked line numbers)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers), len(set(c['task'] for c in covers)))
