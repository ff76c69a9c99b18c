# Builds key.json from draft.txt, finding every line number by its text. Run: /usr/bin/python3 make_key.py
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")


def ln(snippet, also=None):
    """1-based line holding snippet (and `also` if given); must be unique."""
    hits = [i + 1 for i, t in enumerate(LINES) if snippet in t and (also is None or also in t)]
    assert len(hits) == 1, (snippet, also, hits)
    return hits[0]


expect = [
    {"rule": "basis-mismatch", "line": ln("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (a 人民政府 document, not a 办公厅 宁政办发 one); title right, 文号 wrong"},
    {"rule": "deadline-later-than-baseline", "line": ln("互联网+城乡供水"), "text": "2026年6月底前",
     "why": "point 49 takes up task 96 (深化“互联网+城乡供水”省域示范区建设…打造数字治水全国样板), 完成时限 2025年; the county gives 2026年6月底前"},
    {"rule": "deadline-invalid", "line": ln("2025年9月31日前"), "text": "2025年9月31日",
     "why": "September has 30 days; impossible date (point 55, task 107 视频会议平台, 完成时限 2025年, so the year itself is not late)"},
    {"rule": "unknown-unit", "line": ln("县经信局"), "text": "县经信局",
     "why": "old pre-2019 name (县经济和信息化局) copied from an old template; not in units.txt, where the body is 县工业信息化和商务局 = 县工信商务局"},
    {"rule": "garbled-text", "line": ln("鎺ㄨ繘鏁板瓧涔℃潙"), "text": "鎺ㄨ繘鏁板瓧涔℃潙",
     "why": "UTF-8 bytes of 推进数字乡村 read as GBK (point 9)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "section 二 is headed “三个驱动” but has only （一）数字经济 and （二）数字社会; no 数据要素市场, 数据交易, 数据确权, 网络生态 content anywhere"},
    {"rule": "task-uncovered", "line": 0, "task": 12,
     "why": "数据要素市场/数据交易平台 (各市、县（区）配合, 2025年) left out with the whole 数字生态 pillar"},
]

M = []


def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text:
        e["text"] = text
    e["why"] = why
    M.append(e)


DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"

m(BM, 2, "the document's own 文号, not a basis citation", "西政办发〔2025〕19号")
m(BM, ln("国发〔2022〕14号"), "national 指导意见 cited with its correct title and 文号", "国发〔2022〕14号")
m(BM, ln("固原市人民政府《关于加强数字政府建设的实施方案》"),
  "the city's plan cited by title alone (city plans may have no 文号); 西吉 is under 固原市", "固原市人民政府《关于加强数字政府建设的实施方案》")
m(BM, ln("宁政办发〔2020〕14号"),
  "retrospective mention of the 2020 regional 工作要点 (title and 文号 correct) as the start of the county's work, not cited as a basis", "宁政办发〔2020〕14号")
m(DI, ln("重点任务清单（2023年—2025年）"), "span of the regional task list named in the preamble, not a deadline", "2023年—2025年")
m(DI, ln("自2020年按照"), "background: what was done in 2020, 2023 and 2024 (领导小组, 外网三级全覆盖), past facts not deadlines", "2024年")
m(DL, ln("主要目标：到2025年底"), "goal “34567”体系框架全面成型 到2025年底 equals the region's 主要目标 到2025年…全面成型", "到2025年底")
m(DL, ln("智慧园区"), "task 3, 完成时限 持续推进，2025年取得明显成效; 2025年12月底前 is equal", "2025年12月底前")
m(UU, ln("配合自治区市场监管厅、公安厅"),
  "regional bodies named as those the county cooperates with, in the body, not as leads; prefix 自治区 distributes to 公安厅", "自治区市场监管厅、公安厅")
m(DL, ln("配合自治区市场监管厅、公安厅"), "task 5, 完成时限 持续推进，2025年取得明显成效; 持续推进，2025年底取得明显成效 is equal", "2025年底")
m(DL, ln("马铃薯、西芹、肉牛等农特产品网络销售"),
  "county e-commerce point with no regional counterpart (not task 2 产业云); 2025年12月底前 within the plan year", "2025年12月底前")
m(DI, ln("国家智慧教育平台整省试点"), "recalls 2024 (中小学全部接入), a past fact inside a point, not its deadline", "2024年")
m(DL, ln("国家智慧教育平台整省试点"), "task 7, 完成时限 2023年形成试点经验，2025年取得明显成效; 2025年12月底前 is equal", "2025年12月底前")
m(DL, ln("国家智能社会治理实验基地"), "task 8, 完成时限 持续推进，2025年取得明显成效; 2025年11月底前 is earlier", "2025年11月底前")
m(DL, ln("配合固原市推进智慧城市建设"), "task 9, 完成时限 持续推进，2025年取得明显成效; equal", "2025年12月底前")
m(DI, ln("数字供销"), "recalls 2023 (主要建设任务 completed), matching task 11's own 2023 milestone; past fact, not the point's deadline", "2023年")
m(DL, ln("数字供销"), "task 11, 完成时限 2023年完成主要建设任务，2025年取得明显成效; 2025年12月底前 is equal", "2025年12月底前")
m(DL, ln("严格落实数字政府建设安全和保密工作"),
  "task 18, 完成时限 2023年形成机制，长期坚持 (also tasks 14/15, 2023); 长期坚持 has no completing milestone and is not later", "长期坚持")
m(DL, ln("严格执行政务信息化项目联合会商制度"),
  "task 24, 完成时限 2023年; in a 2025 要点 the county keeps applying the mechanism (长期坚持), no later completion date", "长期坚持")
m(DL, ln("“审管信”三位一体"), "task 22, 完成时限 2025年; 2025年12月底前 is equal", "2025年12月底前")
m(DL, ln("积极申报自治区数字政府建设试点"), "task 28, 完成时限 2023年启动，2025年取得明显成效; equal", "2025年12月底前")
m(UU, ln("县大数据服务中心、县直各部门（单位）"), "collective subject 县直各部门（单位）", "县直各部门（单位）")
m(DL, ln("县大数据服务中心、县直各部门（单位）"), "task 29, 完成时限 2023年启动，2025年完成; 2025年10月底前 is earlier", "2025年10月底前")
m(DI, ln("在2023年完成全县政务数据资源目录编制"), "recalls 2023 (目录编制 done, task 30's 2023 deadline met); past fact", "2023年")
m(DL, ln("在2023年完成全县政务数据资源目录编制"), "tasks 30/31, 完成时限 2023年; the point is upkeep, 长期坚持, no later milestone", "长期坚持")
m(DI, ln("在2024年完成电子政务外网县乡村三级全覆盖"), "recalls 2024 (外网三级全覆盖, 迁移上云: tasks 48/46 met on time); past fact", "2024年")
m(DL, ln("在2024年完成电子政务外网县乡村三级全覆盖"), "tasks 47/48, 完成时限 2024年; the point is upkeep (持续推进), no later milestone", "持续推进")
m(UU, ln("中国电信西吉分公司"), "non-government unit listed in units.txt", "中国电信西吉分公司")
m(DL, ln("视频一张网"), "task 49, 完成时限 2025年; equal", "2025年12月底前")
m(DL, ln("推进各类证照电子化"), "task 52, 完成时限 2025年; equal", "2025年12月底前")
m(DL, ln("非税收入收缴电子化"), "task 56, 完成时限 2025年; equal", "2025年12月底前")
m(DL, ln("政务平台评估定级分类"), "task 59, 完成时限 2025年; 2025年9月底前 is earlier (and a valid date)", "2025年9月底前")
m(DL, ln("参照自治区做法，健全县推进数字政府建设领导小组"),
  "task 64 (各市、县（区）负责), 完成时限 2025年; 2025年6月底前 is earlier. Not task 60 (充实自治区领导小组成员, the region's own, 2023年)", "2025年6月底前")
m(DL, ln("数字政府建设联络员制度"), "county mechanism under task 64 (2025年); 2025年6月底前 earlier; not task 32's 数据管理机构", "2025年6月底前")
m(DL, ln("宁夏经济运行大数据平台"), "task 66, 完成时限 2025年; equal", "2025年12月底前")
m(DL, ln("投资项目在线审批监管平台"), "no regional counterpart (not task 67 规划综合管理信息平台 nor task 65 经济治理基础数据库)", "2025年12月底前")
m(DL, ln("“双随机、一公开”监管机制"), "task 70, 完成时限 2024年; 长期坚持 sets no later completion", "长期坚持")
m(DL, ln("明厨亮灶"), "task 71, 完成时限 2024年; 持续推进 sets no later completion", "持续推进")
m(DI, ln("在2024年建成县级矛盾纠纷调处化解中心"), "recalls 2024 (center built); past fact", "2024年")
m(DL, ln("在2024年建成县级矛盾纠纷调处化解中心"), "task 77, 完成时限 2024年; 长期坚持 sets no later completion", "长期坚持")
m(UU, ln("“互联网+基层治理”行动"), "collective subject 各乡镇人民政府", "各乡镇人民政府")
m(DL, ln("“互联网+基层治理”行动"), "task 83, 完成时限 2025年; equal", "2025年12月底前")
m(DL, ln("建成县级视频指挥调度体系"), "task 81, 完成时限 2025年; 2025年11月底前 is earlier", "2025年11月底前")
m(DL, ln("“雪亮工程”向基层延伸"), "task 79, 完成时限 2024年; 持续推进 sets no later completion", "持续推进")
m(DI, ln("落实2025年度“高效办成一件事”"), "recalls 2023 (一件事一次办) and 2024 (首批13个事项); past facts", "2023年")
m(DL, ln("落实2025年度“高效办成一件事”"),
  "a new 2025 batch of the national “高效办成一件事” list; task 85's 一件事一次办 (2023年) is recalled as done in 2023, not put off", "2025年12月底前")
m(UU, ln("县审批局、县直有关部门"), "collective subject 县直有关部门", "县直有关部门")
m(DL, ln("“一呼即应”改革"), "task 87, 完成时限 2023年启动，2025年完成; equal", "2025年12月底前")
m(DL, ln("“多卡合一”"), "task 92, 完成时限 2025年; equal", "2025年12月底前")
m(DL, ln("15分钟政务服务圈"), "county service-network point; not task 84 (全区一体化政务服务体系, 自治区政府办公厅牵头)", "2025年10月底前")
m(UU, ln("葫芦河流域水质自动监测站"), "固原市生态环境局西吉分局 is the city bureau's county branch, listed in units.txt", "固原市生态环境局西吉分局")
m(DL, ln("葫芦河流域水质自动监测站"), "task 95, 完成时限 2025年; equal", "2025年12月底前")
m(DL, ln("火石寨国家地质公园、县域湿地公园"), "monitoring point under task 95 (2025年); not the regional 智慧林草云平台 (task 98)", "2025年12月底前")
m(DL, ln("“四权”交易"), "task 100, 完成时限 2025年; equal", "2025年12月底前")
m(DL, ln("碳排放智能监测"), "task 101, 完成时限 2025年; equal", "2025年12月底前")
m(DL, ln("水、气、土、废污染防治"), "task 102, 完成时限 2025年; equal; half-width brackets and colons", "2025年12月底前")
m(DL, ln("填表报数"), "task 106, 完成时限 2025年; 2025年11月底前 is earlier", "2025年11月底前")
m(DL, ln("机关事务管理统一工作门户"), "task 111, 完成时限 2025年; equal", "2025年12月底前")
m(DL, ln("公共资源交易全流程电子化"), "task 108, 完成时限 长期推进，2024年取得明显成效; 长期坚持 sets no later completion", "长期坚持")
m(DL, ln("全面使用“宁政通”开展移动办公"), "task 105, 完成时限 2024年; 长期坚持 sets no later completion", "长期坚持")
m(DL, ln("政务公开信息化平台"), "task 112, 完成时限 2024年; 长期坚持 sets no later completion", "长期坚持")
m(UU, ln("（牵头单位：各乡镇人民政府、县直各部门（单位）"), "collective subjects as leads of a point addressed to all units", "各乡镇人民政府")
m(DL, ln("“一把手工程”"), "task 116, 完成时限 2023年完成并长期坚持; 长期坚持 equal", "长期坚持")
m(DL, ln("县委党校干部教育培训"), "task 118, 完成时限 2023年完成并长期坚持; 长期坚持 equal", "长期坚持")
m(DL, ln("青年拔尖人才培养计划"), "task 120, 完成时限 2025年; equal", "2025年12月底前")
m(DL, ln("制定2025年度数字政府建设重点任务考核指标"),
  "tasks 121/122/123, 完成时限 长期坚持 / 2023年完成，长期坚持; 长期坚持 equal; 2025年度 names the year assessed", "长期坚持")
m(DL, ln("2025年4月10日前"), "the office's own reporting date, not a task deadline", "2025年4月10日")
m(DL, ln("2026年1月10日前"), "the office's own reporting date for the annual summary, after the plan year by nature; not a task deadline", "2026年1月10日")
m(DI, ln("2025年3月14日印发"), "print date in the 版记, same as the issue date", "2025年3月14日")
m(UU, ln("县发改局、县统计局、县经信局"), "县发改局 and 县统计局 are in units.txt (县发改局 a short name of 县发展和改革局); only 县经信局 is wrong", "县发改局")
m(UU, ln("抄送："), "抄送 recipients, all in units.txt", "县人大常委会办公室")

covers = [
    (3, "智慧园区"), (5, "配合自治区市场监管厅、公安厅"), (6, "推动数字技术与教育、健康"), (7, "国家智慧教育平台整省试点"),
    (8, "国家智能社会治理实验基地"), (9, "配合固原市推进智慧城市建设"), (10, "鎺ㄨ繘鏁板瓧涔℃潙"), (11, "数字供销"),
    (18, "严格落实数字政府建设安全和保密工作"), (17, "落实数据分类分级保护"), (24, "严格执行政务信息化项目联合会商制度"),
    (22, "“审管信”三位一体"), (28, "积极申报自治区数字政府建设试点"), (29, "县大数据服务中心、县直各部门（单位）"),
    (30, "在2023年完成全县政务数据资源目录编制"), (36, "供需对接机制"), (48, "在2024年完成电子政务外网县乡村三级全覆盖"),
    (49, "视频一张网"), (52, "推进各类证照电子化"), (56, "非税收入收缴电子化"), (59, "政务平台评估定级分类"),
    (64, "参照自治区做法，健全县推进数字政府建设领导小组"), (66, "宁夏经济运行大数据平台"), (70, "“双随机、一公开”监管机制"),
    (71, "明厨亮灶"), (73, "消费维权"), (77, "在2024年建成县级矛盾纠纷调处化解中心"), (83, "“互联网+基层治理”行动"),
    (81, "建成县级视频指挥调度体系"), (80, "“智慧应急”建设"), (79, "“雪亮工程”向基层延伸"), (87, "“一呼即应”改革"),
    (92, "“多卡合一”"), (95, "葫芦河流域水质自动监测站"), (96, "互联网+城乡供水"), (100, "“四权”交易"),
    (101, "碳排放智能监测"), (102, "水、气、土、废污染防治"), (106, "填表报数"), (107, "2025年9月31日前"),
    (111, "机关事务管理统一工作门户"), (108, "公共资源交易全流程电子化"), (105, "全面使用“宁政通”开展移动办公"),
    (112, "政务公开信息化平台"), (114, "政务新媒体矩阵"), (115, "政民互动渠道"), (116, "“一把手工程”"),
    (25, "将数字政府建设和运维经费纳入年度财政预算"), (118, "县委党校干部教育培训"), (120, "青年拔尖人才培养计划"),
    (122, "制定2025年度数字政府建设重点任务考核指标"), (124, "定期开展督促检查和经验交流"),
]

key = {
    "writer": "blind writer, round 909; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2025,
    "expect": expect,
    "mustNotFlag": M,
    "covers": [{"task": t, "line": ln(s)} for t, s in covers],
    "notes": (
        "西吉县 (固原市) 2025年数字政府建设工作要点, issued 2025-03-14 as 西政办发〔2025〕19号; 68 numbered points under the "
        "34567 parts, each ending in （牵头单位：…；完成时限：…）; the 通知 says the first-listed lead is the main lead. "
        "Because the plan year is 2025, points whose regional task was due 2023 or 2024 carry ongoing deadlines (长期坚持 / 持续推进) "
        "with no completing milestone; they are not later than the region. Retrospective dates (2020, 2023, 2024) recall what was done. "
        "Parent: none (固原市's plan is cited by title only and is not supplied). Units: units.txt, the county registry; "
        "collectives (各乡镇人民政府, 县直各部门（单位）, 县直有关部门) are not in it by design. "
        "Six planted slips: wrong 文号 for the regional 实施意见, a late deadline (task 96), an impossible date (9月31日), "
        "an old unit name (县经信局), a mojibake run, and a missing 数字生态 pillar (with task 12 left out as a consequence). "
        "draft.txt is produced by make_draft.py; key.json by make_key.py."
    ),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print("expect", len(expect), "mustNotFlag", len(M), "covers", len(key["covers"]))
