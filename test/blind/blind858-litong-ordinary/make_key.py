# Builds key.json for blind858-litong-ordinary and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]
def row(i):  # task-table row i (1-based) -> draft line
    return 94 + i

expect = [
    {"rule": "basis-mismatch", "line": 9, "text": "宁政发〔2022〕17号",
     "why": "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong (slip from 国发〔2022〕14号 just before it)"},
    {"rule": "unknown-unit", "line": 50, "text": "区大数据局",
     "why": "利通区 has no 区大数据局; the registry (units.txt) lists 区大数据服务中心 = 区大数据中心 (the drafter copied the city's 市大数据局 pattern); the table row for the same task (line 110) names 区大数据服务中心"},
    {"rule": "deadline-invalid", "line": 69, "text": "6月31日",
     "why": "2024年6月31日 does not exist (June has 30 days); task 86 (我的宁夏 应上尽上) is due 2024年; the table row (line 124) says 2024年6月底前"},
    {"rule": "deadline-later-than-baseline", "line": row(19), "text": "2025年底",
     "why": "task 48 (城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责) 完成时限 2024年; the table row says 2025年底前 (the body, line 53, says 2024年底前)"},
    {"rule": "garbled-text", "line": 91, "text": "鎬荤粨鎺ㄥ箍",
     "why": "UTF-8 read as GBK: 鎬荤粨鎺ㄥ箍鍏稿瀷缁忛獙 = 总结推广典型经验"},
    {"rule": "task-uncovered", "line": 0, "task": 93,
     "why": "deliberately left out: 适老化与信息无障碍建设 (自治区各部门（单位）及各市、县（区）按照职能分别负责, 2024年); nothing in the draft takes it up"},
]

def d(line, text, why, rule="deadline-later-than-baseline"):
    return {"rule": rule, "line": line, "text": text, "why": why}

mnf = [
    # basis documents
    {"rule": "basis-mismatch", "line": 2, "text": "利政办发〔2024〕9号", "why": "the document's own 文号, not a citation"},
    {"rule": "basis-mismatch", "line": 9, "text": "国发〔2022〕14号", "why": "correct 文号 of 《国务院关于加强数字政府建设的指导意见》"},
    {"rule": "basis-mismatch", "line": 9, "text": "宁政办发〔2023〕11号", "why": "《数字宁夏“1244+N”行动计划实施方案》 cited exactly as the 吴忠 plan cites it"},
    {"rule": "basis-mismatch", "line": 9, "text": "关于加强数字政府建设的实施方案", "why": "the 吴忠 city plan cited by its correct title alone (it has no 文号 in the seed)"},
    {"rule": "basis-mismatch", "line": 10, "text": "宁政办发〔2020〕14号", "why": "retrospective mention of the 2020 工作要点 (correct title and 文号) in the background, not a basis document"},
    # past dates in the background / issue date / reporting dates
    d(6, "2024年3月15日", "the issue date of the notice, not a deadline", "deadline-invalid"),
    d(10, "2023年", "past dates in the background (2020年, 2023年, 2023年11月27日): achievements and the city plan's issue date, not deadlines", "deadline-invalid"),
    d(24, "2024年12月10日", "the office's own reporting dates (每季度末月25日前, 2024年12月10日前年度总结), not task deadlines"),
    # goals
    d(15, "2024年", "annual goal for 2024; the goals it names (我的宁夏 应上尽上 task 86 2024年, 宁政通 task 105 2024年, 外网升级 task 47 2024年, 填表报数 task 106 2025年) are all due 2024 or later in the region"),
    d(16, "到2025年", "same year as the region's and the 吴忠 plan's 到2025年 “34567”/“1347” 体系框架全面成型 goal"),
    # body deadlines
    d(22, "2024年4月底前", "task 64 (各地成立相应组织机构) 完成时限 2025年; earlier"),
    d(27, "2024年取得明显成效", "task 2 (产业云) 完成时限 2023年启动，2024年取得明显成效; equal"),
    d(28, "2025年取得明显成效", "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效; equal, with an earlier 2024 interim milestone"),
    d(29, "2025年取得明显成效", "task 5 (数字经济治理) 完成时限 持续推进，2025年取得明显成效; equal"),
    d(31, "2025年取得明显成效", "task 6 (服务数字化) 完成时限 持续推进，2025年取得明显成效; equal"),
    d(32, "2025年取得明显成效", "task 8 (互联网+医疗健康) 完成时限 持续推进，2025年取得明显成效; equal"),
    d(33, "2025年", "task 9 (智慧城市, 一网统管; 各县配合) 完成时限 持续推进，2025年取得明显成效; equal"),
    d(34, "2025年取得明显成效", "task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效; equal"),
    d(35, "2025年取得明显成效", "task 11 (数字供销) 完成时限 2023年完成主要建设任务，2025年取得明显成效; the completing milestone is equal"),
    d(37, "2025年", "task 12 (数据要素市场; 各市、县（区）配合) 完成时限 2025年; equal"),
    d(41, "2023年完成，长期坚持", "tasks 14 and 15 完成时限 2023年; a copied regional deadline lying before the plan's year, plus 长期坚持 — equal, not later and not invalid"),
    d(41, "2023年完成，长期坚持", "copied regional deadline (tasks 14/15, 2023年) that lies before the plan's year", "deadline-invalid"),
    d(42, "2023年形成机制，长期坚持", "task 18 完成时限 2023年形成机制，长期坚持; copied exactly, equal"),
    d(42, "2023年形成机制，长期坚持", "copied regional deadline of task 18 that lies before the plan's year", "deadline-invalid"),
    d(43, "2024年底前", "task 46 (云资源统一调度, 系统有序迁移) 完成时限 2024年 (also tasks 19/43: 2024年建成); equal"),
    d(45, "2024年底前", "task 21 (行政权力事项网上运行) 完成时限 2024年; equal"),
    d(47, "2024年启动，2025年取得明显成效", "task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (a plan written in 2024 starts its own pilots in 2024)"),
    d(49, "2024年底前", "task 42 (公共数据与政务数据融合应用) 完成时限 2024年 (tasks 33/34 基础库、主题库 also 2024年); equal"),
    d(50, "2024年9月底前", "task 41 (公共数据开放目录, 分类分级开放) 完成时限 2024年; earlier"),
    d(51, "2024年底前", "tasks 40 and 54 (电子公文, 电子文件归档) 完成时限 2024年; equal"),
    d(53, "2024年底前", "tasks 47 and 48 (外网升级改造; 5级全覆盖) 完成时限 2024年; equal (the table row, line 113, is the late one)"),
    d(54, "2024年底前", "task 55 (财政电子票据) 2024年 equal; task 56 (非税收入收缴电子化) 2025年 earlier; 52/53 (电子证照, 电子印章) 2025年/2024年"),
    d(55, "2025年", "task 49 (视频共享平台, 视频一张网) 完成时限 2025年; equal"),
    d(58, "2025年", "task 66 (宁夏经济运行大数据平台; 各市、县（区）配合) 完成时限 2025年; equal"),
    d(60, "2024年底前", "task 71 (数字化追溯监管) 完成时限 2024年; equal"),
    d(61, "2024年", "tasks 73 and 74 (消费维权一件事; 屏、端、仪) 完成时限 2024年; equal"),
    d(63, "2024年10月底前", "task 77 (矛盾纠纷多元化解) 完成时限 2024年; earlier"),
    d(64, "2024年底前", "task 79 (雪亮工程) 完成时限 2024年; equal"),
    d(65, "2024年", "task 80 (智慧应急) 完成时限 2024年; equal"),
    d(66, "2025年", "task 83 (互联网+基层治理) 完成时限 2025年; equal"),
    d(68, "2024年底前", "task 84 (一体化政务服务, 网上办掌上办就近办一次办) 完成时限 2024年; equal"),
    d(70, "2025年", "task 87 (12345 一呼即应) 完成时限 2023年启动，2025年完成; equal"),
    d(71, "2024年", "tasks 88 and 89 (一业一证; 惠企政策直达直享) 完成时限 2024年; equal"),
    d(72, "2024年底前", "task 90 (公共场馆数字化, 接入我的宁夏) 完成时限 2024年; equal"),
    d(74, "2025年", "task 95 (大气、水、土壤等数据资源综合开发利用) 完成时限 2025年; equal"),
    d(75, "2025年", "task 96 (互联网+城乡供水) 完成时限 2025年; equal"),
    d(76, "2024年", "task 97 (自然资源一张图) 完成时限 2024年; equal"),
    d(78, "2024年6月底前", "tasks 104 and 105 (协同办公平台; 宁政通) 完成时限 2024年; earlier"),
    d(79, "2025年", "task 106 (填表报数系统, 基层减负) 完成时限 2025年; equal"),
    d(80, "2024年底前", "task 107 (视频会议系统整合) 完成时限 2025年; earlier"),
    d(81, "2024年", "task 111 (机关事务管理信息系统整合) 完成时限 2025年; earlier"),
    d(83, "2024年", "task 112 (政务公开信息化平台) 完成时限 2024年; equal"),
    d(84, "2024年", "task 114 (政务新媒体矩阵) 完成时限 2024年; equal"),
    d(85, "2024年", "task 115 (政民互动) 完成时限 2024年; equal"),
    d(87, "2023年完成并长期坚持", "task 116 (一把手工程, 年度工作要点) 完成时限 2023年完成并长期坚持; copied exactly, equal"),
    d(87, "2023年完成并长期坚持", "copied regional deadline of task 116 that lies before the plan's year", "deadline-invalid"),
    # table deadlines
    d(row(1), "2024年4月底前", "task 64 完成时限 2025年; earlier"),
    d(row(10), "2023年完成，长期坚持", "tasks 14/15 完成时限 2023年; copied, equal"),
    d(row(14), "2024年启动，2025年取得明显成效", "task 28 完成时限 2023年启动，2025年取得明显成效; completing milestone equal"),
    d(row(18), "2024年底前", "task 47 (外网升级改造, 出口带宽) 完成时限 2024年; equal"),
    d(row(30), "2024年6月底前", "task 86 (我的宁夏 应上尽上) 完成时限 2024年; earlier (the body line 69 has the impossible 6月31日)"),
    d(row(37), "2024年6月底前", "task 105 (宁政通) 完成时限 2024年; earlier"),
    d(row(39), "2024年底前", "task 107 完成时限 2025年; earlier"),
    d(row(44), "2023年完成并长期坚持", "task 116 完成时限 2023年完成并长期坚持; copied, equal"),
    d(row(45), "长期坚持", "task 121 (年度工作要点和考核指标体系) 完成时限 长期坚持; equal"),
    # units
    {"rule": "unknown-unit", "line": 3, "text": "各乡镇人民政府、街道办事处", "why": "addressee line: collective subject (各 governs both), not a responsibility note"},
    {"rule": "unknown-unit", "line": 22, "text": "区政府办", "why": "official short name of 区人民政府办公室 in units.txt"},
    {"rule": "unknown-unit", "line": 22, "text": "各乡镇（街道）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": 24, "text": "市大数据管理服务局", "why": "the city bureau the office reports to (not a responsible unit); listed in units.txt as 吴忠市大数据管理服务局 = 市大数据管理服务局"},
    {"rule": "unknown-unit", "line": 27, "text": "区工信商务局", "why": "short name of 区工业信息化和商务局 in units.txt"},
    {"rule": "unknown-unit", "line": 27, "text": "区发改局", "why": "short name of 区发展和改革局 in units.txt"},
    {"rule": "unknown-unit", "line": 28, "text": "金积工业园区管委会", "why": "short name of 金积工业园区管理委员会 in units.txt"},
    {"rule": "unknown-unit", "line": 28, "text": "利通生态环境分局", "why": "short name of 吴忠市生态环境局利通分局 in units.txt"},
    {"rule": "unknown-unit", "line": 29, "text": "区公安分局", "why": "short name of 吴忠市公安局利通区分局 in units.txt"},
    {"rule": "unknown-unit", "line": 34, "text": "各乡镇人民政府", "why": "collective subject"},
    {"rule": "unknown-unit", "line": 38, "text": "吴忠市公安局利通区分局", "why": "a name the local registry lists whole; never split into 吴忠市公安局 + 利通区分局"},
    {"rule": "unknown-unit", "line": 45, "text": "区直有关部门", "why": "collective subject (like 市直有关部门)"},
    {"rule": "unknown-unit", "line": 46, "text": "财政局", "why": "prefix 区 distributes over 区发改局、财政局、大数据服务中心 → 区财政局, 区大数据服务中心, both in units.txt"},
    {"rule": "unknown-unit", "line": 47, "text": "金积镇人民政府", "why": "a town government listed in units.txt (with 胜利街道办事处)"},
    {"rule": "unknown-unit", "line": 64, "text": "各村（社区）", "why": "collective subject"},
    {"rule": "unknown-unit", "line": 65, "text": "区自然资源分局", "why": "short name of 吴忠市自然资源局利通分局 in units.txt"},
    {"rule": "unknown-unit", "line": 72, "text": "区文旅体广局", "why": "short name of 区文化旅游体育广电局 in units.txt"},
    {"rule": "unknown-unit", "line": 89, "text": "宣传部", "why": "prefix 区委 distributes over 区委组织部、宣传部 → 区委宣传部, in units.txt"},
    {"rule": "unknown-unit", "line": row(14), "text": "胜利街道办事处", "why": "a street office listed in units.txt"},
    # framework
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "taken up as 完善“一套体系” (lines 21-24: 领导小组, 办公室, 分管领导和专员, 一联系两清单), following the 吴忠 “1347” restructuring"},
    {"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "line 23 厘清层级职责 按照自治区“六级贯通”层级架构"},
    {"rule": "missing-pillar", "line": 0, "pillar": "党的领导", "why": "the last section is headed 保障措施 but lines 87-90 carry 党的全面领导/组织领导 (一把手工程), 资金保障 (财政投入), 数字素养, 考核评价"},
    {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "line 88 加强资金保障 (纳入年度预算, 统筹现有资金渠道)"},
]

covers = [
    (2, 27), (3, 28), (5, 29), (6, 31), (8, 32), (9, 33), (10, 34), (11, 35), (12, 37),
    (14, 41), (15, 41), (18, 42), (46, 43), (21, 45), (28, 47), (42, 49), (41, 50),
    (40, 51), (54, 51), (47, 53), (48, 53), (55, 54), (56, 54), (49, 55), (66, 58),
    (71, 60), (73, 61), (74, 61), (77, 63), (79, 64), (80, 65), (83, 66), (84, 68),
    (86, 69), (87, 70), (88, 71), (89, 71), (90, 72), (95, 74), (96, 75), (97, 76),
    (104, 78), (105, 78), (106, 79), (107, 80), (111, 81), (112, 83), (114, 84), (115, 85),
    (64, 22), (116, 87), (25, 88), (121, 90),
]

# checks
for e in expect + mnf:
    if e["line"]:
        t = e.get("text")
        assert 1 <= e["line"] <= len(L), e
        if t:
            assert t in L[e["line"] - 1], (e["line"], t, L[e["line"] - 1][:60])
for t, ln in covers:
    assert 1 <= ln <= len(L)
assert len(L) == 139, len(L)

key = {
    "writer": "blind writer, round 858; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": [{"task": t, "line": ln} for t, ln in covers],
    "notes": ("利通区 2024 annual 实施方案 issued by the district government office (利政办发〔2024〕9号, 2024-03-15), "
              "following the 吴忠 “1347” framework; 44 numbered measures with inline (责任单位…；完成时限…) notes and a 45-row task table "
              "(lines 95-139, rows at line 94+n; the note on line 93 says the first-listed unit leads). "
              "Six planted slips, one per rule: wrong year in the regional 文号, 区大数据局 for 区大数据服务中心, 2024年6月31日, "
              "table row for task 48 at 2025年底前 while the body says 2024年底前, one mojibake run in 宣传引导, task 93 left out. "
              "Tasks due 2023 that the district had already done are mostly not restated; where they are (14/15, 18, 116) the regional "
              "form is copied. Body text (not notes) names 区人民医院, 区图书馆、文化馆 and 宁夏干部教育培训网络学院 as places, not responsible units."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print("expect", len(expect), "mustNotFlag", len(mnf), "covers", len(covers))
