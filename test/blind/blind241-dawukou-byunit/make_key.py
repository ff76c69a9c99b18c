# Helper kept in the case folder: builds key.json, finding every line number in draft.txt by text.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def ln(s, nth=0):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert hits, s
    return hits[nth]
def one(s):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) == 1, (s, hits)
    return hits[0]

expect = [
 {"rule": "basis-mismatch", "line": one("宁政发〔2023〕14号"), "text": "宁政发〔2023〕14号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 14号 is a slip (the national 国发〔2022〕14号 cited just before)"},
 {"rule": "deadline-later-than-baseline", "line": one("到2026年，全区数字政府建设体系框架全面成型"), "text": "2026年",
  "why": "主要目标 goal: the region's 到2025年 goal is that the '34567' 体系框架全面成型, 工作体制逐步健全、管理机制趋于成熟…; the district puts the same goal in 2026"},
 {"rule": "garbled-text", "line": one("鎺ㄥ姩鏀垮姟"), "text": "鎺ㄥ姩鏀垮姟",
  "why": "UTF-8 read as GBK: the run decodes to 推动政务数据资源应归尽归"},
 {"rule": "deadline-later-than-baseline", "line": one("推进全区城域网升级改造"), "text": "2025年12月底",
  "why": "by-unit half, 区大数据中心 item 1: task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年 (also task 47, 2024年); the draft's own prose (lines 17, 29) says 2024年底"},
 {"rule": "unknown-unit", "line": one("（四）区经信局"), "text": "区经信局",
  "why": "by-unit heading naming a unit not in units.txt (the registry has 区工业和信息化局 = 区工信局; 区经信局 is an old/wrong name). It leads the tasks at lines 65-66"},
 {"rule": "deadline-invalid", "line": one("完成时限：2022年12月底前"), "text": "2022年12月底",
  "why": "by-unit half, 区市场监督管理局 item 3: a deadline before the plan's own year (issued 2024-03-18); task 88 (证照分离…一业一证) 完成时限 2024年 — a typo for 2024, not copied from the region"},
 {"rule": "unknown-unit", "line": one("区智慧城市办"), "text": "区智慧城市办",
  "why": "配合单位 not in units.txt (no such office in the district registry)"},
]

def nm(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why
    return d

mnf = [
 nm("basis-mismatch", one("石大政办发〔2024〕12号"), "the notice's own 文号, not a basis document", "石大政办发〔2024〕12号"),
 nm("basis-mismatch", one("国发〔2022〕14号"), "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号"),
 nm("basis-mismatch", one("宁政办发〔2020〕14号"), "retrospective mention in 发展基础 of the 2020 工作要点 with its correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号"),
 nm("deadline-invalid", one("2022年，区级政务服务事项"), "past dates in the background paragraph (2020, 2022, 2023), not deadlines", "2022年"),
 nm("deadline-invalid", one("2024年第5次常务会议"), "the meeting that adopted the plan, not a deadline", "2024年"),
 nm("deadline-later-than-baseline", one("到2024年底，区直部门政务信息系统"), "goals due 2024: tasks 43 (2024年建成，持续推进), 48 (2024年), 104/105 (2024年) — equal; no 2023 regional goal restated", "2024年底"),
 nm("deadline-later-than-baseline", one("到2035年"), "same year as the region's 2035 goal", "2035年"),
 nm("deadline-later-than-baseline", one("2024年底前实现区、镇（街道）、村（社区）全覆盖"), "task 48 完成时限 2024年: equal", "2024年底前"),
 nm("deadline-later-than-baseline", one("2025年6月底前完成全区公共视频资源整合接入"), "task 49 完成时限 2025年: earlier", "2025年6月底前"),
 nm("deadline-later-than-baseline", one("组织区直部门政务信息系统向政务信创云迁移"), "tasks 46 (2024年) and 43 (2024年建成，持续推进): 2024年12月底 is equal", "2024年12月底前"),
 nm("deadline-later-than-baseline", one("接入“视频一张网”"), "task 49 完成时限 2025年: 2025年6月底 is earlier", "2025年6月底前"),
 nm("deadline-later-than-baseline", one("做好区级信创存算资源需求申报"), "task 19 完成时限 2023年启动，2024年建成: the completing milestone 2024 is equal", "2024年"),
 nm("deadline-later-than-baseline", one("填表报数工作量明显压减"), "task 106 完成时限 2025年: 2025年12月底 is equal", "2025年12月底前"),
 nm("deadline-later-than-baseline", one("完成时限：2024年取得明显成效"), "task 2 完成时限 2023年启动，2024年取得明显成效: equal (under the wrongly named heading, the date itself is fine)", "2024年"),
 nm("deadline-later-than-baseline", one("完成时限：持续推进，2025年取得明显成效"), "task 3 完成时限 持续推进，2025年取得明显成效: equal", "2025年"),
 nm("deadline-later-than-baseline", one("推动全区中小学数字校园建设全覆盖"), "task 7 完成时限 2023年形成试点经验，2025年取得明显成效: completing milestone 2025 equal", "2025年"),
 nm("deadline-later-than-baseline", one("完成本部门政务新媒体规范整合"), "task 114 完成时限 2024年: 2024年10月底 is earlier", "2024年10月底前"),
 nm("deadline-later-than-baseline", one("对重点任务实行线上督办"), "task 109 完成时限 2024年: equal", "2024年"),
 nm("deadline-later-than-baseline", one("落实本部门网络安全和数据安全主体责任"), "tasks 14 (2023年) / 18 (2023年形成机制，长期坚持): an ongoing duty with no later milestone; the mechanism already exists", "长期坚持"),
 nm("deadline-later-than-baseline", one("于2024年4月15日前将分管领导和联络员名单报区大数据中心"), "the district's own reporting date (contact list), not a task deadline", "2024年4月15日前"),
 nm("deadline-later-than-baseline", one("每季度末月25日前"), "the office's own reporting and self-evaluation dates (quarterly report, 12月15日 annual summary, 2025年11月底 evaluation of this plan), not task deadlines", "2025年11月底前"),
 nm("unknown-unit", one("区卫健局、人社局、区市场监管局"), "prefix 区 distributes over the list: 人社局 = 区人社局 (alias of 区人力资源社会保障局)", "人社局"),
 nm("unknown-unit", one("配合单位：区工信局、区统计局、区商务局"), "区工信局 is the registered short name of 区工业和信息化局", "区工信局"),
 nm("unknown-unit", one("配合单位：区发改局、区财政局"), "区发改局 is the registered short name of 区发展改革局 (which is also the heading at line 59)", "区发改局"),
 nm("unknown-unit", one("（一）区大数据中心"), "heading unit, registered; it also appears as 配合单位 inside other units' tasks (e.g. lines 53, 60, 69) and in prose", "区大数据中心"),
 nm("unknown-unit", one("区委政法委、大武口公安分局、区应急局"), "区委政法委 is both a heading (line 74) and a 配合单位 here; 大武口公安分局 and 区应急局 are registered short names", "区委政法委"),
 nm("unknown-unit", one("区统计局、区大数据中心"), "heading unit 区大数据中心 as 配合单位 under 区政府办公室", "区大数据中心"),
 nm("unknown-unit", one("（二）区政府办公室"), "registered short name of 区人民政府办公室", "区政府办公室"),
 nm("unknown-unit", one("（十七）星海镇人民政府、各街道办事处"), "heading naming the town (registered) and the collective 各街道办事处", "各街道办事处"),
 nm("unknown-unit", one("（十八）区直各部门（单位）"), "collective heading", "区直各部门（单位）"),
 nm("unknown-unit", one("配合单位：区直有关部门"), "collective subject", "区直有关部门"),
 nm("unknown-unit", one("区民政局，星海镇人民政府、各街道办事处"), "collective 各街道办事处 after a registered town; the 区 prefix does not distribute into a 各… subject", "各街道办事处"),
 nm("unknown-unit", one("指导各村（社区）明确专人负责"), "collective subject", "各村（社区）"),
 nm("unknown-unit", one("（十四）石嘴山市自然资源局大武口分局"), "石嘴山市 body stationed in the district, listed in units.txt", "石嘴山市自然资源局大武口分局"),
 nm("unknown-unit", one("区消防救援大队"), "registered short name of 石嘴山市大武口区消防救援大队; 区自然资源分局 likewise", "区消防救援大队"),
 nm("unknown-unit", one("配合单位：石嘴山市大数据服务中心"), "石嘴山市 body in units.txt", "石嘴山市大数据服务中心"),
 nm("unknown-unit", one("配合单位：区生态环境分局、区工信局"), "short name of 石嘴山市生态环境局大武口分局 in units.txt", "区生态环境分局"),
 nm("unknown-unit", one("配合单位：区民政局、区残联"), "区残联 is the registered short name of 区残疾人联合会", "区残联"),
 nm("unknown-unit", one("配合单位：区住建局、区智慧城市办"), "区住建局 is registered (only 区智慧城市办 on this line is unknown)", "区住建局"),
 nm("unknown-unit", one("接入石嘴山市城市运行管理服务平台"), "a city platform, not a responsible unit", "石嘴山市城市运行管理服务平台"),
 nm("missing-pillar", one("8．健全组织机构"), "五个一/六级贯通 work system taken up at lines 31-32 (领导小组, 办公室设在区大数据中心, 镇街参照成立; 六级贯通层级职责)"),
 nm("missing-pillar", one("（二）强化资金保障"), "党的领导 items all present in 四、保障措施: 组织领导 112, 财政投入 113, 数字素养 114, 考核评价 115"),
]

covers = [
 (2, one("完成时限：2024年取得明显成效")), (3, one("加快智慧园区建设")),
 (5, one("1．驱动数字经济发展")), (7, one("推动全区中小学数字校园建设全覆盖")),
 (8, one("推广预约诊疗、检查检验结果互认和电子健康卡")), (9, one("配合单位：区住建局、区智慧城市办")),
 (10, one("以星海镇为重点构建农业农村大数据应用")), (12, one("积极参与数据要素市场培育，支持本区企业")),
 (14, one("4．强化安全保障")), (15, one("4．强化安全保障")), (18, one("落实本部门网络安全和数据安全主体责任")),
 (19, one("做好区级信创存算资源需求申报")), (23, one("关键应用“一本账”，统一纳入")),
 (24, one("5．完善制度规则")), (25, one("（二）强化资金保障")), (28, one("5．完善制度规则")),
 (30, one("6．汇聚数据资源")), (32, one("6．汇聚数据资源")), (34, one("推动数据按需回流")),
 (41, one("编制本区公共数据开放目录")), (42, one("6．汇聚数据资源")),
 (46, one("组织区直部门政务信息系统向政务信创云迁移")), (48, one("推进全区城域网升级改造")),
 (49, one("接入“视频一张网”")), (50, one("有序推进非涉密业务专网向电子政务外网整合迁移。完成时限")),
 (52, one("拓展个人电子证照在就医上学")), (55, one("推广应用宁夏统一公共支付平台")),
 (56, one("推进非税收入收缴电子化")), (57, one("推动社会信用信息跨部门归集共享")),
 (64, one("8．健全组织机构")), (66, one("积极对接使用宁夏经济运行大数据平台，强化区内")),
 (68, one("11．市场监管能力")), (70, one("落实“双随机、一公开”监管，推进企业信用风险")),
 (71, one("对食品药品、特种设备、农副产品等重点领域实行")), (72, one("11．市场监管能力")),
 (77, one("完善矛盾纠纷多元化解线上受理渠道")), (79, one("持续推进“雪亮工程”，推动视频监控")),
 (80, one("推进“智慧应急”建设，迭代升级")), (83, one("实施“互联网+基层治理”行动，依托")),
 (84, one("全面融合，实现“网上办、掌上办、就近办、一次办”。完成时限")), (85, one("13．公共服务能力")),
 (86, one("持续做强“我的宁夏”政务APP大武口专区，推动各部门")), (88, one("深化“证照分离”改革")),
 (89, one("完善企业专属网页和惠企政策专栏，推动惠企")), (90, one("推进区体育馆、图书馆等公共场馆")),
 (93, one("完成区政务服务中心及各便民服务中心适老化")), (94, one("对接生态环境数据资源中心")),
 (96, one("推进农村供水工程数字化管理")), (97, one("依托宁夏自然资源三维立体")),
 (101, one("做好重点用能单位数据采集报送")), (103, one("拓展本行业辅助决策应用场景")),
 (104, one("推广应用全区统一的协同办公平台，实现")), (105, one("全面推广“宁政通”移动办公，区直部门")),
 (106, one("填表报数工作量明显压减")), (107, one("统筹整合非涉密视频会议系统资源")),
 (109, one("对重点任务实行线上督办")), (110, one("加强预算管理一体化系统")),
 (112, one("完善政府网站、政务公开专栏")), (114, one("构建区级政务新媒体矩阵体系")),
 (115, one("完善政府信息知识库")), (116, one("（一）加强组织领导")),
 (118, one("（三）提升数字素养")), (120, one("在数字化治理等领域培养一批青年骨干人才")),
 (122, one("将数字政府建设纳入区效能目标管理考核")), (123, one("将数字政府建设纳入区效能目标管理考核")),
]

key = {
 "writer": "blind writer, round 241; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": [{"task": t, "line": l} for t, l in covers],
 "notes": ("石嘴山市大武口区 数字政府建设实施方案, issued 2024-03-18 by 区人民政府办公室 (石大政办发〔2024〕12号), implementing 宁政发〔2023〕17号; "
           "no parent plan. Lines 1-40: notice, 总体要求 and tasks by pillar in prose. Lines 41-110: 重点任务分工 arranged by lead unit — each "
           "（一）… heading is the 牵头单位 of the numbered items under it; 配合单位 follow each item. Headings 17 and 18 are collectives. "
           "Lines 111-116: 保障措施 (党的领导 items) with the district's own reporting dates. The prose (lines 17, 29) gives 2024年底 for "
           "外网 full coverage while the by-unit row (line 44) gives 2025年12月底前: the row is the planted late deadline. Line 64's heading "
           "区经信局 is the only place that name occurs; the registry spells the unit 区工业和信息化局 / 区工信局 (used at lines 61-63, 70)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(key["covers"]))
for e in expect: print(e["rule"], e["line"], e["text"])
