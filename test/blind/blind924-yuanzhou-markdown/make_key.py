# Builds key.json and checks every line/text against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def chk(line, text):
    if line == 0:
        return
    assert text in L[line - 1], (line, text, L[line - 1][:60])

expect = [
    {"rule": "basis-mismatch", "line": 16, "text": "宁政发〔2023〕71号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette 2023年第10期); 71号 is a transposed 文号"},
    {"rule": "unknown-unit", "line": 79, "text": "区大数据管理服务局",
     "why": "not in units.txt; 原州区's body is 区大数据服务中心 (the name looks copied from a city-level 市大数据管理服务局)"},
    {"rule": "deadline-invalid", "line": 83, "text": "2024年6月31日",
     "why": "impossible date: June has 30 days. Item 17 is regional tasks 43 (完成时限 2024 年建成，持续推进) and 46 (2024年); the year itself is not late"},
    {"rule": "deadline-later-than-baseline", "line": 112, "text": "2025年底",
     "why": "item 26 (digital traceability of 食品药品、特种设备、农副产品) is regional task 71, 完成时限 2024年; the note says 2025年底前"},
    {"rule": "garbled-text", "line": 143, "text": "鏈哄叧浜嬪姟",
     "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 机关事务线上办理"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "section 五 has only six 能力; no 政务公开 content at all (no 信息公开 platform, 政策文件库, 政务新媒体 or 政民互动), and the list on line 102 drops 政务公开"},
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "政务公开 left out; task 112 is 各市、县（区）分别负责, 2024年"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "政务公开 left out; task 114 (政务新媒体矩阵) is 各市、县（区）分别负责, 2024年"},
]

M = []
def nm(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e.update(kw)
    e["why"] = why
    M.append(e)

# basis
nm("basis-mismatch", 3, "the draft's own 文号, not a cited basis document", "原政办发〔2024〕9号")
nm("basis-mismatch", 20, "retrospective mention of the 2020 工作要点 in the background (工作基础), not cited as a basis; 文号 and title match", "宁政办发〔2020〕14号")
# dates that are not deadlines / background
nm("deadline-invalid", 10, "the document's own issue date", "2024年3月18日")
nm("deadline-invalid", 20, "past date in the background (截至2023年底 …), not a deadline", "2023年底")
nm("deadline-invalid", 162, "the office's own reporting dates, not task deadlines; valid dates in the plan year", "2024年12月20日")
nm("deadline-later-than-baseline", 162, "reporting date, not a task deadline", "2024年12月20日")
# goals
nm("deadline-later-than-baseline", 25, "2024 goals: 三级外网全覆盖 = task 48 (2024年), 上云迁移 = tasks 43 (2024 年建成，持续推进)/46 (2024年), 掌上办 = task 86 (2024年), 填表报数 = task 106 (2025年, earlier)", "2024年底")
nm("deadline-later-than-baseline", 26, "主要目标 到2025年 体系框架全面成型 equals the regional goal 到2025年 “34567”体系框架全面成型", "2025年")
nm("deadline-later-than-baseline", 27, "到2035年 equals the regional 2035 goal", "2035年")
# equal / earlier deadlines
nm("deadline-later-than-baseline", 37, "task 3 智慧园区, 完成时限 持续推进，2025 年取得明显成效: equal", "2025年")
nm("deadline-later-than-baseline", 39, "task 5, 持续推进，2025 年取得明显成效: copied, equal", "2025年")
nm("deadline-later-than-baseline", 43, "task 6, 持续推进，2025 年取得明显成效: equal", "2025年")
nm("deadline-later-than-baseline", 45, "task 9 智慧城市, 持续推进，2025年取得明显成效: 2025年底前 is the same year", "2025年底")
nm("deadline-later-than-baseline", 47, "task 10 数字乡村, 持续推进，2025年取得明显成效: same year", "2025年底")
nm("deadline-later-than-baseline", 49, "task 11 数字供销, 2023年完成主要建设任务，2025年取得明显成效: the completing milestone 2025 is kept; the past 2023 milestone is dropped", "2025年")
nm("deadline-later-than-baseline", 53, "task 12 数据要素市场, 2025年: equal", "2025年")
nm("deadline-later-than-baseline", 61, "task 18, 2023年形成机制，长期坚持: copied verbatim from the region, equal", "2023年")
nm("deadline-invalid", 61, "a copied regional deadline (task 18) whose first milestone lies before the plan's year; not an impossible date", "2023年")
nm("deadline-later-than-baseline", 65, "task 21 行政权力事项网上运行, 2024年: 2024年底前 equal (task 22 审管协同 is 2025年)", "2024年底")
nm("deadline-later-than-baseline", 75, "tasks 33/34 基础库、主题库, 2024年: 2024年11月底前 is earlier", "2024年11月")
nm("deadline-later-than-baseline", 77, "task 40 电子公文, 2024年; task 54 电子文件归档, 2024年: equal", "2024年")
nm("deadline-later-than-baseline", 79, "tasks 41/42 公共数据开放, 2024年: 2024年12月底前 equal", "2024年12月")
nm("deadline-later-than-baseline", 85, "tasks 47/48/50 电子政务外网, 2024年: 2024年10月底前 earlier", "2024年10月")
nm("deadline-later-than-baseline", 87, "task 49 视频一张网, 2025年: equal", "2025年")
nm("deadline-later-than-baseline", 89, "tasks 52 电子证照 (2025年), 53 电子印章 (2024年), 56 非税收入 (2025年): 2024年底前 is equal or earlier", "2024年底")
nm("deadline-later-than-baseline", 94, "task 64 各市、县（区）成立相应组织机构, 2025年: 2024年6月底前 earlier", "2024年6月")
nm("deadline-invalid", 94, "2024年6月底 is a valid date (contrast line 83)", "2024年6月")
nm("deadline-later-than-baseline", 106, "task 66 经济运行大数据平台, 2025年: equal", "2025年")
nm("deadline-later-than-baseline", 110, "task 70 信用风险分类管理, 2024年: equal", "2024年")
nm("deadline-later-than-baseline", 114, "task 74 新型监管手段, 2024年: equal", "2024年")
nm("deadline-later-than-baseline", 118, "task 77 矛盾纠纷多元化解, 2024年: equal", "2024年底")
nm("deadline-later-than-baseline", 120, "tasks 79 雪亮工程 and 80 智慧应急, 2024年: 2024年12月底前 equal", "2024年12月")
nm("deadline-later-than-baseline", 122, "task 83 互联网+基层治理, 2025年: equal", "2025年")
nm("deadline-later-than-baseline", 126, "tasks 84/86, 2024年: 2024年9月30日前 earlier", "2024年9月30日")
nm("deadline-invalid", 126, "2024年9月30日 is a valid date", "2024年9月30日")
nm("deadline-later-than-baseline", 128, "task 87 12345热线, 2023年启动，2025年完成: completing milestone equal", "2025年")
nm("deadline-later-than-baseline", 130, "tasks 88/89, 2024年: equal", "2024年")
nm("deadline-later-than-baseline", 132, "task 93 适老化, 2024年: equal", "2024年底")
nm("deadline-later-than-baseline", 136, "task 95 生态环境数据资源综合开发利用, 2025年: equal", "2025年")
nm("deadline-later-than-baseline", 138, "task 96 互联网+城乡供水, 2025年: equal", "2025年")
nm("deadline-later-than-baseline", 140, "task 98 智慧林草, 2024年: equal", "2024年")
nm("deadline-later-than-baseline", 144, "tasks 104 协同办公/105 宁政通, 2024年: equal", "2024年")
nm("deadline-later-than-baseline", 146, "tasks 106 填表报数/107 视频会议, 2025年: 2024年底前 earlier", "2024年底")
nm("deadline-later-than-baseline", 148, "task 111 机关事务, 2025年: equal", "2025年")
nm("deadline-later-than-baseline", 159, "task 121 考核指标体系, 长期坚持: equal", "长期坚持")
# units
nm("unknown-unit", 37, "区发改局 is the listed short name of 区发展和改革局", "区发改局")
nm("unknown-unit", 39, "原州公安分局 is the listed short name of 固原市公安局原州区分局", "原州公安分局")
nm("unknown-unit", 43, "区人社局 is the listed short name of 区人力资源和社会保障局", "区人社局")
nm("unknown-unit", 45, "区住建局 is the listed short name of 区住房和城乡建设局", "区住建局")
nm("unknown-unit", 47, "collective subject", "各乡镇人民政府")
nm("unknown-unit", 59, "collective subjects", "各乡镇（街道）")
nm("unknown-unit", 67, "prefix 区 distributes: 区财政局、区审计局, both listed", "审计局")
nm("unknown-unit", 69, "区数字政府办 is the listed short name of 区推进数字政府建设领导小组办公室; 区直有关部门 is collective", "区数字政府办")
nm("unknown-unit", 85, "各乡镇人民政府、街道办事处: 各 governs both; collective", "街道办事处")
nm("unknown-unit", 89, "listed in units.txt (long official name of the district tax bureau)", "国家税务总局固原市原州区税务局")
nm("unknown-unit", 96, "collective subject", "各村（社区）")
nm("unknown-unit", 110, "collective subject (承担监管职责的…有关部门)", "承担监管职责的区直有关部门")
nm("unknown-unit", 120, "listed in units.txt", "原州区消防救援大队")
nm("unknown-unit", 122, "collective subject", "各街道办事处")
nm("unknown-unit", 128, "区政府办 is the listed short name of 区人民政府办公室", "区政府办")
nm("unknown-unit", 132, "区残联 is the listed short name of 区残疾人联合会", "区残联")
nm("unknown-unit", 136, "区生态环境分局 and 区自然资源分局 are listed short names of the 固原市…原州分局 bodies", "区生态环境分局")
nm("unknown-unit", 140, "区林草局 is the listed short name of 区林业和草原局", "区林草局")
nm("unknown-unit", 157, "listed in units.txt", "区委党校")
# garbled look-alikes
nm("garbled-text", 46, "rare but correct place name 黄铎堡镇", "黄铎堡镇")
nm("garbled-text", 84, "IPv6 is ordinary Latin text", "IPv6")
# pillars
nm("missing-pillar", 52, "数字生态 is taken up in item 7 (数据要素市场, 网络生态)", pillar="数字生态")
nm("missing-pillar", 93, "五个一/六级贯通 work system is taken up in section 四 (组织机构, 层级职责, 工作机制) under a different heading", pillar="五个一")
nm("missing-pillar", 150, "党的领导 is section 六 (组织领导, 资金保障, 数字素养, 考核评价)", pillar="党的领导")

for e in expect + M:
    if "text" in e:
        chk(e["line"], e["text"])

covers_raw = [(3,36),(5,38),(6,42),(7,42),(9,44),(10,46),(11,48),(12,52),(14,58),(15,58),(18,60),
 (21,64),(22,64),(24,66),(28,68),(30,72),(32,72),(33,74),(34,74),(40,76),(54,76),(41,78),(42,78),
 (43,82),(46,82),(47,84),(48,84),(50,84),(49,86),(52,88),(53,88),(56,88),(64,93),(66,105),(70,109),
 (71,111),(74,113),(77,117),(79,119),(80,119),(83,121),(84,125),(86,125),(87,127),(88,129),(89,129),
 (93,131),(95,135),(96,137),(98,139),(104,143),(105,143),(106,145),(107,145),(111,147),(116,152),
 (25,154),(118,156),(121,158),(123,158)]
kw = {3:'智慧园区',5:'以网管网',6:'养老托育',7:'智慧教育',9:'一网统管',10:'数字乡村',11:'数字供销',12:'数据要素',
 14:'主体责任',15:'重大事件处置',18:'协同响应',21:'网上运行',22:'审管协同',24:'会商机制',28:'试点',30:'一本账',32:'数据管理机构',
 33:'人口、法人',34:'主题数据库',40:'电子公文',54:'归档',41:'公共数据开放',42:'供水、供电、供气',43:'一朵云',46:'迁移',47:'城域网',
 48:'村（社区）',50:'专网',49:'视频一张网',52:'电子证照',53:'电子印章',56:'非税',64:'相应组织机构',66:'经济运行大数据平台',
 70:'信用风险分类',71:'追溯监管',74:'远程监管',77:'矛盾纠纷',79:'雪亮工程',80:'智慧应急',83:'互联网+基层治理',84:'线上线下',
 86:'我的宁夏',87:'12345',88:'证照分离',89:'惠企政策',93:'适老化',95:'大气、水、土壤',96:'城乡供水',98:'智慧林草',104:'协同办公',
 105:'宁政通',106:'填表报数',107:'视频会议',111:'办公用房',116:'一把手工程',25:'运维资金',118:'党校',121:'考核指标体系',123:'综合考核评价'}
covers = []
for t, l in covers_raw:
    chk(l, kw[t])
    covers.append({"task": t, "line": l})

key = {
  "writer": "blind writer, round 924; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": ("原州区 (固原市) 2024 实施方案 in Markdown: # / ## headings, numbered tasks with **bold** titles, "
            "indented '> 责任单位：…；完成时限：…' notes. No parent plan is given. Notes without 完成时限 belong to tasks whose regional "
            "deadline is 2023 (14, 15, 24, 28, 30, 32, 116, 118, 25) and deliberately carry no date. Line 16 also cites "
            "国发〔2022〕14号 (correct) and 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）, the same citation the 吴忠 plan "
            "makes; neither is a mistake, but they share line 16 with the planted 71号, so they are not listed in mustNotFlag. "
            "The 政务公开 omission also leaves tasks 113 and 115 (自治区 lead, 各市、县（区）配合) uncovered; only 112 and 114 are listed. "
            "Line 127 (12345 热线) is task 87 (公共服务), not 政务公开. The heading on line 100 and line 29 still say 七个能力.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
