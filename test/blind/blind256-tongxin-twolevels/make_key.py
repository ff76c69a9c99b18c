# Builds key.json; every line number is found from a unique substring of draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(sub, must=None):
    hits = [i + 1 for i, s in enumerate(L) if sub in s]
    assert len(hits) == 1, (sub, hits)
    if must:
        assert must in L[hits[0] - 1], (must, hits[0])
    return hits[0]

def e(rule, sub, text=None, why='', **kw):
    d = {"rule": rule, "line": ln(sub, text)}
    if text: d["text"] = text
    d.update(kw); d["why"] = why
    return d

DL = "deadline-later-than-baseline"; DI = "deadline-invalid"; UU = "unknown-unit"; BM = "basis-mismatch"

expect = [
  e(DL, "提升网络平台支撑能力。", "2025年6月底",
    "task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年 (task 47, 外网升级/出口带宽, also 2024年). The county's own date 县本级2024年6月底前 is fine, but the second-level date 各乡镇2025年6月底前 (乡、村两级全覆盖, which completes the task) is later than the region's 2024."),
  e(DL, "全面推广“宁政通”移动办公。", "2025年底",
    "task 105 (“宁政通”…形成覆盖区市县乡村五级党政机关…一体化办公体系) 完成时限 2024年. The pilot date 2024年9月底前 is within, but the full roll-out to 乡镇和村（社区）, which completes the task, is 2025年底前, later than 2024."),
  e(DL, "发挥政务新媒体传播优势。", "2025年6月底",
    "task 114 (构建政务新媒体矩阵体系…开发多样化政策解读产品) 完成时限 2024年; the plan gives 2025年6月底前."),
  e(DI, "推进业务专网整合。", "6月31日",
    "2024年6月31日 does not exist (June has 30 days). The year itself is fine: task 50 (非涉密业务专网向电子政务外网整合迁移) 完成时限 2024年."),
  e(UU, "提升安全防护能力。", "县电子政务办",
    "no such county unit in units.txt (the county's e-government work sits with 县大数据服务中心 / 县委网信办); not a collective, not an alias."),
  e(BM, "为贯彻落实党的二十大精神", "关于加快推进数字政府建设的实施方案",
    "the parent city plan is 吴忠市人民政府《关于加强数字政府建设的实施方案》 (2023-11-27); 加快推进 for 加强 is a wrong title. The other two citations on this line (国发〔2022〕14号, 宁政发〔2023〕17号) are correct."),
]

M = []
def m(rule, sub, text=None, why='', **kw):
    M.append(e(rule, sub, text, why, **kw))

# basis
m(BM, "同政发〔2024〕9号", "同政发〔2024〕9号", "the plan's own 文号 in its issuing notice, not a cited basis document")
m(BM, "近年来，我县认真落实", "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the 工作基础 background, with its correct title and 文号; not cited as the basis of this plan")
m(BM, "近年来，我县认真落实", "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited with the same title and 文号 by the 吴忠 plan itself")
# past dates / issue
m(DI, "已经2024年4月12日县人民政府", "2024年4月12日", "date of the county executive meeting that approved the plan, a week before issue; not a deadline")
m(DI, "近年来，我县认真落实", "2022年底", "background achievements (2022年底, 2023年6月) in the 工作基础 paragraph, not deadlines")
# goals
m(DL, "到2024年底，县本级非涉密", "到2024年底", "the county's own intermediate goal; its items (信创云 migration = task 43 2024年; 宁政通 in 县直部门 = task 105 2024年; 填表报数 pilot = task 106 2025年) are all within the region's dates; the region's 2023年底 goals are different things (政策体系, 五个一, 家底, 标志性应用场景)")
m(DL, "到2025年，全县数字政府建设“1347”", "到2025年", "same year as the region's goal (到2025年 “34567”体系框架全面成型) and the 吴忠 plan's (到2025年 “1347”体系框架全面成型)")
m(DL, "到2035年，与政府治理能力", "到2035年", "same as the region's and 吴忠's 2035 goal")
# two levels, within
m(DL, "（一）健全组织机构。", "2024年9月底", "task 64 (各地各部门参照自治区做法，成立相应的组织机构) 完成时限 2025年; both levels (县级2024年6月底前, 各乡镇2024年9月底前) earlier. Task 60 (充实自治区领导小组, 2023年) is the 自治区 政府办公厅's own task, not this one")
m(DL, "规范电子公文和电子档案管理。", "2024年底", "tasks 40 and 54 完成时限 2024年; both levels within (县直部门2024年9月底前, 各乡镇2024年底前)")
m(DL, "推广“我的宁夏”政务APP。", "2024年10月底", "task 86 完成时限 2024年; both levels within (县直各部门2024年6月底前, 各乡镇2024年10月底前)")
m(DL, "拓展公平普惠的民生服务。", "2024年底", "tasks 90 and 93 完成时限 2024年; both levels within (县直部门2024年9月底前, 各乡镇2024年底前)")
m(DL, "提升政府信息公开水平。", "2024年底", "task 112 完成时限 2024年; both levels within (县直部门2024年6月底前, 各乡镇2024年底前)")
m(DL, "提高基层社会治理能力。", "2025年底", "task 83 (互联网+基层治理, 新型基层管理服务平台) 完成时限 2025年; 县级2024年底前, 各乡镇2025年6月底前, 村（社区）2025年底前 are all within")
# pilot then roll-out, equal
m(DL, "推进数字乡村建设。", "2025年底", "task 10 完成时限 持续推进，2025年取得明显成效; pilot 2024年底前, full roll-out 2025年底前 = the region's 2025")
m(DL, "推动基层减负。", "2025年底", "task 106 (依托“宁政通”APP…填表报数系统…压减50%以上) 完成时限 2025年; pilot 2024年10月底前, full roll-out 2025年底前 = region. It mentions 宁政通 but is task 106, not task 105")
m(DL, "提升社会治安防控能力。", "2024年底", "task 79 (雪亮工程) 完成时限 2024年; pilot 2024年6月底前 and coverage 2024年底前 both within")
m(DL, "优化12345热线服务。", "2025年底", "task 87 完成时限 2023年启动，2025年完成; 2024年底前 docking and 2025年底前 接诉即办 = region")
# two tasks on one line, each date equal to its own task
m(DL, "推进财政电子化管理。", "2025年底", "two tasks with their own dates: 电子票据一站式查验 2024年底前 = task 55 (2024年); 非税收入收缴电子化全覆盖 2025年底前 = task 56 (2025年). 电子缴款书 is part of task 56 (2025年)")
m(DL, "提高自然资源利用效率。", "2025年底", "dates split by item: 互联网+城乡供水 2025年底前 = task 96 (2025年); 自然资源一张图 and 智慧林草 2024年底前 = tasks 97, 98 (2024年)")
# single equal dates
m(DL, "加快智慧园区建设。", "2025年", "task 3 完成时限 持续推进，2025年取得明显成效; identical")
m(DL, "深化数字普惠应用。", "2025年", "tasks 6 and 8 (持续推进，2025年取得明显成效) and task 7 (2023年形成试点经验，2025年取得明显成效); the plan says 持续推进，2025年取得明显成效")
m(DL, "推进县城智慧化建设。", "2025年底", "task 9 完成时限 持续推进，2025年取得明显成效; 2025年底前 is the same year")
m(DL, "加快“数字供销”建设。", "2025年", "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; the plan's 2025年取得明显成效 is the completing milestone")
m(DL, "积极融入全区数据要素市场建设", "2025年底", "task 12 (培育数据要素市场…数据确权) 完成时限 2025年; equal")
m(DL, "开展试点示范。", "2025年", "task 28 完成时限 2023年启动，2025年取得明显成效; equal")
m(DL, "强化政务云平台支撑能力。", "2024年底", "tasks 43 (2024年建成，持续推进) and 46 (2024年); equal")
m(DL, "积极对接使用“三维一体”", "2025年底", "task 66 (三维一体 经济运行大数据平台) 完成时限 2025年; equal")
m(DL, "推广电子证照应用。", "2025年底", "task 52 (电子证照共享应用服务体系) 完成时限 2025年; equal")
m(DL, "统筹融合视频资源。", "2025年底", "task 49 (视频共享平台, 视频一张网) 完成时限 2025年; equal")
m(DL, "整合视频会议资源。", "2025年底", "task 107 完成时限 2025年; equal")
m(DL, "增强行政监督质效。", "2024年", "task 108 完成时限 长期推进，2024年取得明显成效; identical")
m(DL, "改进机关事务管理。", "2025年底", "task 111 完成时限 2025年; equal")
m(DL, "提升安全防护能力。", "长期坚持", "task 18 完成时限 2023年形成机制，长期坚持; the county gives only the ongoing part (长期坚持), no later milestone. Same line carries the planted unknown unit")
m(DL, "（一）加强组织领导。", "长期坚持", "task 116 完成时限 2023年完成并长期坚持; the county's 长期坚持 sets no later milestone")
# own reporting
m(DL, "（三）完善工作机制。", "25日前", "the county's own quarterly progress reporting (每季度末月25日前), not a task deadline")
m(DL, "（五）强化督促落实。", "12月10日", "the county's own reporting and supervision dates (每年12月10日前, 12月20日前, 2024年12月底前 专项督查), not task deadlines")
m(DL, "推动产业数字化转型。", "2025年", "持续推进，2025年取得明显成效: the regional tasks for 产业数字化 / 数字乡村 (1, 3, 10) have the same 完成时限; this is not task 2 (产业云, 2024年), which the plan does not take up")
m(DL, "完善数字经济治理。", "持续推进", "task 5 完成时限 持续推进，2025年取得明显成效; 持续推进 alone sets no later milestone")
m(DL, "推动行政权力网上运行。", "2024年底", "task 21 完成时限 2024年; equal")
m(DL, "加强信用信息共享。", "2024年底", "task 57 完成时限 2024年; equal")
m(DL, "推动监管精准化。", "2024年底", "task 70 完成时限 2024年; equal")
m(DL, "加强数字化追溯监管。", "2024年底", "task 71 完成时限 2024年; equal")
m(DL, "提升社会矛盾化解能力。", "2024年底", "task 77 完成时限 2024年; equal")
m(DL, "打造泛在可及的服务体系。", "2024年底", "task 84 完成时限 2024年; equal")
m(DL, "提供优质便利的涉企服务。", "2024年底", "tasks 88 and 89 完成时限 2024年; equal")
m(DL, "提升生态环保协同治理能力。", "2025年底", "task 95 (大气、水、土壤…数据资源综合开发利用, 数据共享、业务协同) 完成时限 2025年; equal")
m(DL, "提升行政执行能力。", "2024年底", "task 104 完成时限 2024年; equal")
m(DL, "建设县级政策文件库。", "2024年底", "task 113 完成时限 2024年; equal")
m(DL, "畅通政民互动渠道。", "2024年底", "task 115 完成时限 2024年; equal")
m(DL, "（四）强化考核评价。", "长期坚持", "task 121 完成时限 长期坚持 (identical); tasks 122-124 2023年完成/形成机制，长期坚持 — the county sets no later milestone")
# units
m(UU, "（一）健全组织机构。", "县大数据中心", "alias of 县大数据服务中心 in units.txt; 县政府办 likewise an alias; 各乡镇人民政府 is a collective")
m(UU, "加快智慧园区建设。", "同心工业园区管委会", "alias of 同心工业园区管理委员会 in units.txt")
m(UU, "推进数字乡村建设。", "各村（社区）", "collective subject")
m(UU, "强化政务云平台支撑能力。", "县直各部门（单位）", "collective subject")
m(UU, "推进数据汇聚共享。", "县生态环境分局", "alias of 吴忠市生态环境局同心分局 in units.txt")
m(UU, "促进数据有序开发利用。", "县直有关部门", "collective subject")
m(UU, "推进财政电子化管理。", "国家税务总局同心县税务局", "vertically managed tax bureau, listed in units.txt")
m(UU, "积极对接使用“三维一体”", "县工信商务局", "alias of 县工业信息化和商务局; 县发改局 alias of 县发展和改革局")
m(UU, "实现监管智能化。", "承担监管职责的县直有关部门", "collective subject (county form of 承担监管职责的自治区有关部门)")
m(UU, "提升社会治安防控能力。", "豫海镇人民政府", "a named township government, listed in units.txt")
m(UU, "提升公共安全保障能力。", "同心县消防救援大队", "listed in units.txt, as is 同心县气象局")
m(UU, "（三）提升数字素养。", "宣传部", "县委组织部、宣传部: the prefix 县委 distributes, giving 县委宣传部; 县委党校 is in units.txt")
m(UU, "（四）强化考核评价。", "县政府督查室", "alias of 县人民政府督查室")
# pillars
M.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "folded, as in the 吴忠 plan, into 一套体系: （一）健全组织机构 (county leading body, 县大数据服务中心 as working body, township bodies)"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "六级贯通", "why": "（二）厘清层级职责 explicitly follows the 六级贯通 层级架构 for 县/乡镇/村"})

covers = []
def c(task, sub):
    covers.append({"task": task, "line": ln(sub)})
for t, s in [(64, "（一）健全组织机构。"), (3, "加快智慧园区建设。"), (5, "完善数字经济治理。"),
             (6, "深化数字普惠应用。"), (8, "深化数字普惠应用。"), (9, "推进县城智慧化建设。"),
             (10, "推进数字乡村建设。"), (11, "加快“数字供销”建设。"), (12, "积极融入全区数据要素市场建设"),
             (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (17, "落实安全制度要求。"),
             (18, "提升安全防护能力。"), (21, "推动行政权力网上运行。"), (24, "创新项目管理机制。"),
             (28, "开展试点示范。"), (30, "完善数据管理机制。"), (34, "推进数据汇聚共享。"),
             (40, "规范电子公文和电子档案管理。"), (54, "规范电子公文和电子档案管理。"),
             (41, "促进数据有序开发利用。"), (42, "促进数据有序开发利用。"), (43, "强化政务云平台支撑能力。"),
             (47, "提升网络平台支撑能力。"), (48, "提升网络平台支撑能力。"), (50, "推进业务专网整合。"),
             (49, "统筹融合视频资源。"), (52, "推广电子证照应用。"), (55, "推进财政电子化管理。"),
             (56, "推进财政电子化管理。"), (57, "加强信用信息共享。"), (66, "积极对接使用“三维一体”"),
             (70, "推动监管精准化。"), (71, "加强数字化追溯监管。"), (74, "实现监管智能化。"),
             (77, "提升社会矛盾化解能力。"), (79, "提升社会治安防控能力。"), (80, "提升公共安全保障能力。"),
             (83, "提高基层社会治理能力。"), (84, "打造泛在可及的服务体系。"), (86, "推广“我的宁夏”政务APP。"),
             (87, "优化12345热线服务。"), (88, "提供优质便利的涉企服务。"), (89, "提供优质便利的涉企服务。"),
             (90, "拓展公平普惠的民生服务。"), (93, "拓展公平普惠的民生服务。"), (95, "提升生态环保协同治理能力。"),
             (96, "提高自然资源利用效率。"), (97, "提高自然资源利用效率。"), (98, "提高自然资源利用效率。"),
             (102, "推动绿色低碳转型。"), (104, "提升行政执行能力。"), (105, "全面推广“宁政通”移动办公。"),
             (106, "推动基层减负。"), (107, "整合视频会议资源。"), (108, "增强行政监督质效。"),
             (109, "增强行政监督质效。"), (111, "改进机关事务管理。"), (112, "提升政府信息公开水平。"),
             (113, "建设县级政策文件库。"), (114, "发挥政务新媒体传播优势。"), (115, "畅通政民互动渠道。"),
             (116, "（一）加强组织领导。"), (25, "（二）加大财政投入。"), (118, "（三）提升数字素养。"),
             (121, "（四）强化考核评价。"), (122, "（四）强化考核评价。"), (123, "（四）强化考核评价。"),
             (124, "（四）强化考核评价。")]:
    c(t, s)

key = {
  "writer": "blind writer, round 256; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "also": [],
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": ("同心县人民政府 实施方案 issued 2024-04-19 (同政发〔2024〕9号), implementing 宁政发〔2023〕17号 and the 吴忠 plan; framework 1347 like 吴忠. "
            "Many inline notes carry two dates, one for the county level (县级/县直部门/县本级) and one for the townships (各乡镇), or a pilot date and a full roll-out date; "
            "a deadline is late only if the milestone that completes the task (normally the township / roll-out date) is later than the regional 完成时限. "
            "Planted: two late second dates hidden behind an earlier first one (城域网 task 48, 宁政通 task 105), one plain late date (task 114), "
            "one impossible date (6月31日), one unknown unit (县电子政务办), one wrong parent title (加快推进 for 加强). "
            "No task-uncovered is planted; tasks not taken up (e.g. 2, 36, 65, 85, 92, 94, 100, 101) are incidental. "
            "No garbled text; no regional body is named as responsible for a county task."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers), len(L))
