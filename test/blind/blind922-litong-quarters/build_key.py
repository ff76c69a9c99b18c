#!/usr/bin/python3
# Builds key.json from draft.txt: every line number is looked up from the final draft (1-based).
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines[-1] == '':
    lines = lines[:-1]


def line_of(snippet, must_contain=None):
    hits = [i + 1 for i, l in enumerate(lines) if snippet in l]
    assert len(hits) == 1, (snippet, hits)
    n = hits[0]
    if must_contain:
        assert must_contain in lines[n - 1], (must_contain, n)
    return n


def row(k, must_contain=None):
    """line of table row with 序号 k"""
    hits = [i + 1 for i, l in enumerate(lines) if '\t' in l and l.split('\t')[1] == str(k)]
    assert len(hits) == 1, (k, hits)
    n = hits[0]
    if must_contain:
        assert must_contain in lines[n - 1], (k, must_contain)
    return n


def q4(k):
    """the 四季度 cell of table row k"""
    return lines[row(k) - 1].split('\t')[6]


expect = [
    {"rule": "basis-mismatch", "line": line_of("宁政发〔2023〕71号"), "text": "宁政发〔2023〕71号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; the draft transposes the digits (71号)"},
    {"rule": "deadline-later-than-baseline", "line": line_of("到2026年底"), "text": "2026年底",
     "why": "主要目标: region 宁政发〔2023〕17号 says 到2025年 the “34567” framework is 全面成型; parent 吴忠 plan says 到2025年 the “1347” framework is 全面成型; the draft puts 全面成型 at 2026年底"},
    {"rule": "deadline-later-than-baseline", "line": row(48, "2026年6月底前"), "text": "2026年6月底",
     "why": "task 106 (统一填表报数系统, 基层填表报数工作量压减50%以上), 完成时限 2025年; the row's 四季度 cell moves the 压减50% milestone to 2026年6月底"},
    {"rule": "deadline-invalid", "line": row(25, "6月31日前"), "text": "6月31日",
     "why": "impossible date: June has 30 days (row for task 49, 视频共享平台, 完成时限 2025年; the date itself is not later, it does not exist)"},
    {"rule": "unknown-unit", "line": row(23, "区大数据局"), "text": "区大数据局",
     "why": "no such district unit in units.txt (the district body is 区政务数据服务中心 under 区政府办公室; 大数据局 exists only at city level as 市大数据管理服务局)"},
    {"rule": "garbled-text", "line": line_of("寤虹珛澶氭笭閬撴姇"), "text": "寤虹珛澶氭笭閬撴姇",
     "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 建立多渠道投入的资金保障机制"},
]

U = "unknown-unit"
D = "deadline-later-than-baseline"
I = "deadline-invalid"
B = "basis-mismatch"
P = "missing-pillar"

mnf = [
    # --- units ---
    {"rule": U, "line": row(1), "text": "各乡镇人民政府", "why": "collective subject"},
    {"rule": U, "line": row(1), "text": "各街道办事处", "why": "collective subject"},
    {"rule": U, "line": row(2), "text": "区直各部门（单位）", "why": "collective subject (区直各部门)"},
    {"rule": U, "line": row(18), "text": "区直有关部门（单位）", "why": "collective subject, like 市直有关部门"},
    {"rule": U, "line": row(36), "text": "各村（社区）", "why": "collective subject"},
    {"rule": U, "line": row(54), "text": "区直各部门（单位）", "why": "collective subject listed first (lead) for a task every unit carries out; not an unknown unit"},
    {"rule": U, "line": row(17), "text": "审计局", "why": "prefix distributes: 区财政局、审计局 = 区财政局, 区审计局 (in units.txt)"},
    {"rule": U, "line": row(56), "text": "宣传部", "why": "prefix distributes: 区委组织部、宣传部 = 区委组织部, 区委宣传部 (in units.txt)"},
    {"rule": U, "line": row(56), "text": "区委党校", "why": "short name of 中共吴忠市利通区委员会党校 in units.txt"},
    {"rule": U, "line": row(37), "text": "区审批局", "why": "short name of 区审批服务管理局 in units.txt"},
    {"rule": U, "line": row(35), "text": "区应急局", "why": "short name of 区应急管理局 in units.txt"},
    {"rule": U, "line": row(42), "text": "区人社局", "why": "short name of 区人力资源社会保障局 in units.txt"},
    {"rule": U, "line": row(42), "text": "区卫健局", "why": "short name of 区卫生健康局 in units.txt"},
    {"rule": U, "line": row(42), "text": "区文旅体广局", "why": "short name of 区文化旅游体育广电局 in units.txt"},
    {"rule": U, "line": row(55), "text": "区发改局", "why": "short name of 区发展改革局 in units.txt"},
    {"rule": U, "line": row(45), "text": "区自然资源局", "why": "short name of 吴忠市自然资源局利通分局 in units.txt"},
    {"rule": U, "line": row(43), "text": "吴忠市生态环境局利通分局", "why": "city bureau's district branch, listed in units.txt; must not be split at 市 or read as a city unit leading a district task"},
    {"rule": U, "line": row(4), "text": "金积工业园区管委会", "why": "registry name containing 区; never split"},
    {"rule": U, "line": row(33), "text": "区人民法院", "why": "unit outside the government proper, in units.txt (利通区人民法院)"},
    {"rule": U, "line": row(40), "text": "区残联", "why": "群团 unit, short name of 区残疾人联合会 in units.txt"},
    {"rule": U, "line": row(35), "text": "区消防救援大队", "why": "驻区 unit, short name in units.txt"},
    {"rule": U, "line": row(14), "text": "区公安分局", "why": "short name of 吴忠市公安局利通区分局 in units.txt"},
    {"rule": U, "line": line_of("领导小组办公室设在区政府办公室"), "text": "区推进数字政府建设领导小组",
     "why": "the district's leading group described in 保障措施, not a responsible unit of a task"},
    # --- basis documents ---
    {"rule": B, "line": line_of("国发〔2022〕14号"), "text": "国发〔2022〕14号", "why": "correct title and 文号 of the national 指导意见"},
    {"rule": B, "line": line_of("宁政办发〔2023〕11号"), "text": "宁政办发〔2023〕11号",
     "why": "《数字宁夏“1244+N”行动计划实施方案》 cited exactly as the parent 吴忠 plan cites it"},
    {"rule": B, "line": line_of("吴忠市人民政府《关于加强数字政府建设的实施方案》"), "text": "吴忠市人民政府《关于加强数字政府建设的实施方案》",
     "why": "the parent city plan cited by its correct title without 文号"},
    {"rule": B, "line": line_of("宁政办发〔2020〕14号"), "text": "宁政办发〔2020〕14号",
     "why": "retrospective mention of the superseded 2020 工作要点 in the 工作基础 background (自2020年…以来), not cited as a basis; title and 文号 match"},
    {"rule": B, "line": line_of("《利通区2024年数字政府建设实施计划》"), "text": "《利通区2024年数字政府建设实施计划》",
     "why": "the district's own previous annual plan mentioned in the 2024 review, not a basis document"},
    {"rule": B, "line": line_of("利政办发〔2025〕9号"), "text": "利政办发〔2025〕9号", "why": "the draft's own 文号 in the 通知 header"},
    # --- dates that are not late / not invalid ---
    {"rule": I, "line": line_of("2025年2月26日"), "text": "2025年2月26日", "why": "issue date of the 通知"},
    {"rule": I, "line": line_of("我区坚持以数字政府建设引领数字利通发展"), "text": "2024年", "why": "past date in the 工作基础 review of 2024 work"},
    {"rule": I, "line": line_of("截至2024年底"), "text": "2024年底", "why": "past date in the background (截至2024年底 statistics)"},
    {"rule": I, "line": line_of("宁政办发〔2020〕14号"), "text": "2020年", "why": "retrospective date (自2020年…以来)"},
    {"rule": D, "line": line_of("（二）工作目标。到2025年底"), "text": "2025年底",
     "why": "equal: region 主要目标 到2025年 (基础设施集约完备、数据治理初见成效、安全保障体系持续完善、政府数字化履职能力明显提升); parent 吴忠 到2025年 (特色应用品质进一步改善, 对接复用、互联互通)"},
    {"rule": D, "line": line_of("每季度末月25日前"), "text": "2025年12月10日",
     "why": "the office's own reporting dates (每季度末月25日前, 2025年12月10日前报送年度工作总结), not task deadlines; tasks 121/124 are 长期坚持"},
    {"rule": D, "line": row(1), "text": q4(1),
     "why": "task 64 (各地参照自治区成立组织机构, 形成上下协同工作格局), 完成时限 2025年; 四季度 of 2025 is equal"},
    {"rule": D, "line": row(7), "text": q4(7),
     "why": "task 7 (国家智慧教育平台), 2023年形成试点经验，2025年取得明显成效, and task 6, 持续推进，2025年取得明显成效; 2025 四季度 is equal"},
    {"rule": D, "line": row(11), "text": q4(11), "why": "task 10 (数字乡村), 持续推进，2025年取得明显成效; equal"},
    {"rule": D, "line": row(25), "text": q4(25), "why": "task 49 (视频共享平台), 完成时限 2025年; 四季度 of 2025 is equal (the row's error is the impossible 6月31日 only)"},
    {"rule": D, "line": row(27), "text": q4(27), "why": "task 56 (非税收入收缴电子化全覆盖), 完成时限 2025年; equal"},
    {"rule": D, "line": row(36), "text": q4(36), "why": "task 83 (互联网+基层治理, 新型基层管理服务平台), 完成时限 2025年; equal"},
    {"rule": D, "line": row(39), "text": q4(39), "why": "task 87 (12345 热线 接诉即办), 2023年启动，2025年完成; equal"},
    {"rule": D, "line": row(44), "text": "2025年底前", "why": "task 96 (互联网+城乡供水, 全域水联网), 完成时限 2025年; equal"},
    {"rule": D, "line": row(49), "text": q4(49), "why": "task 107 (全区统筹应用的视频会议平台), 完成时限 2025年; equal"},
    {"rule": D, "line": row(50), "text": "9月底前", "why": "task 111 (机关事务管理统一门户), 完成时限 2025年; 2025年9月底 is earlier"},
    {"rule": D, "line": row(42), "text": "6月底前", "why": "task 92 (多卡合一、多码合一), 完成时限 2025年; 2025年6月底 is earlier"},
    {"rule": I, "line": row(14), "text": "2023年", "why": "past background (2023年已建立责任清单) for task 14, 完成时限 2023年; not a deadline"},
    {"rule": I, "line": row(54), "text": "2023年完成并长期坚持",
     "why": "copied regional deadline of task 116 (2023年完成并长期坚持), before the plan year but quoted as the region's requirement"},
    {"rule": D, "line": row(54), "text": "2023年完成并长期坚持", "why": "task 116, 2023年完成并长期坚持; the copy is equal, and the 2025 quarter cells are steps of ongoing work"},
    # --- quarter cells describing steps of tasks whose regional deadline has passed ---
    {"rule": D, "line": row(2), "why": "quarter cells are steps (更新清单, 更新数据专员名单, 培训, 评估) of ongoing work on task 32, 完成时限 2023年; no completion deadline is set"},
    {"rule": D, "line": row(5), "why": "quarter cells are steps (摸排需求, 对接产业云, 培育场景, 总结推广) continuing task 2, 2023年启动，2024年取得明显成效; not deadlines"},
    {"rule": D, "line": row(15), "why": "steps of task 18, 2023年形成机制，长期坚持 (年度演练、值守、修订预案); ongoing"},
    {"rule": D, "line": row(18), "why": "steps (动态调整清单, 运行, 检查, 整改) of task 21, 完成时限 2024年; no completion in 2025"},
    {"rule": D, "line": row(20), "text": "完成2025年度政务数据资源目录更新",
     "why": "annual update of an existing catalogue; task 30 (一体化政务数据资源目录, 政务数据“一本账”) 完成时限 2023年; the 二季度 cell is a step of maintenance, not the task's deadline"},
    {"rule": D, "line": row(23), "why": "steps (梳理清单, 迁移剩余系统, 适配测试, 效益评估) of task 46, 完成时限 2024年"},
    {"rule": D, "line": row(24), "why": "steps (排查节点, IPv6改造, 按需延伸, 安全评估) of tasks 47 and 48, 完成时限 2024年; 三级全覆盖 already reported done in 2024 (line 11)"},
    {"rule": D, "line": row(33), "why": "steps of task 77, 完成时限 2024年 (常态化运行, 考核); no completion date"},
    {"rule": D, "line": row(37), "why": "steps of tasks 84 (2024年) and 85 (2023年): 梳理清单, 推进, 深化, 好差评分析"},
    {"rule": D, "line": row(40), "why": "steps of task 93 (适老化与信息无障碍), 完成时限 2024年: 回访, 优化, 设置窗口, 满意度评估"},
    {"rule": D, "line": row(47), "why": "steps of tasks 104 and 105 (协同办公平台, 宁政通), 完成时限 2024年"},
    {"rule": D, "line": row(52), "why": "steps of task 114 (政务新媒体矩阵), 完成时限 2024年: 清理规范, 联动机制, 解读, 年度考核"},
    {"rule": D, "line": row(31), "why": "steps of tasks 68 (监管事项目录, 2023年) and 72 (对接“互联网+监管”系统, 2023年): 动态调整, 推进, 归集, 质量核查; no completion date"},
    {"rule": D, "line": row(38), "text": "上线利通专区“长辈版”页面", "why": "an added feature of the existing 利通专区 (task 86, 2024年; task 93, 2024年); a 三季度 step, not the tasks' completion deadline"},
    {"rule": D, "line": row(1), "text": "调整充实区推进数字政府建设领导小组成员", "why": "annual adjustment of the district's own leading group; task 60 (2023年) concerns the 自治区 leading group and is the 自治区政府办公厅's alone"},
    {"rule": U, "line": line_of("各乡镇人民政府、街道办事处，区直各部门（单位）："), "text": "各乡镇人民政府、街道办事处", "why": "addressee line of the 通知; collective subjects"},
    # --- pillars that are present ---
    {"rule": P, "line": 0, "pillar": "数字生态", "why": "营造良好数字生态 paragraph (line %d) and row 13 (line %d)" % (line_of("营造良好数字生态。"), row(13))},
    {"rule": P, "line": 0, "pillar": "政务公开", "why": "提升政务公开能力 (line %d) and rows 51–53" % line_of("提升政务公开能力。")},
    {"rule": P, "line": 0, "pillar": "五个一", "why": "folded into 一套体系 as in the 吴忠 plan: 健全组织机构 / 厘清层级职责 / 完善工作机制 (lines %d–%d), rows 1–3" % (line_of("健全组织机构。"), line_of("完善工作机制。"))},
    {"rule": P, "line": 0, "pillar": "财政投入", "why": "资金保障 line %d is partly garbled but still readable, and row 55 (line %d) is clean" % (line_of("（二）加强资金保障。"), row(55))},
]

covers = []
def cov(task, ln):
    covers.append({"task": task, "line": ln})

for task, k in [(64, 1), (32, 2), (3, 4), (2, 5), (7, 7), (8, 8), (6, 9), (9, 10), (10, 11), (11, 12), (12, 13),
                (14, 14), (18, 15), (24, 17), (21, 18), (28, 19), (30, 20), (36, 21), (41, 22), (46, 23),
                (47, 24), (48, 24), (49, 25), (54, 26), (56, 27), (57, 28), (52, 29), (66, 30), (68, 31),
                (71, 32), (77, 33), (79, 34), (80, 35), (83, 36), (85, 37), (86, 38), (87, 39), (93, 40),
                (90, 41), (92, 42), (94, 43), (96, 44), (98, 45), (102, 46), (104, 47), (105, 47), (106, 48),
                (107, 49), (111, 50), (112, 51), (114, 52), (115, 53), (116, 54), (25, 55), (118, 56),
                (117, 57), (121, 58), (123, 58)]:
    cov(task, row(k))
cov(124, line_of("定期开展督促检查和经验交流，建立容错和奖惩机制"))

key = {
    "writer": "blind writer, round 922; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2025,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": covers,
    "notes": ("利通区 2025 annual 实施计划 (issued 2025-02-26) with a quarter table (类别/序号/任务内容/一季度/二季度/三季度/四季度/责任单位); "
              "empty 类别 cells continue the group above; the table note says the first-listed unit leads. "
              "Quarter cells are in 2025 (the plan year). For regional tasks due 2023/2024 the cells describe steps of "
              "ongoing or maintenance work, not completion deadlines; only two cells carry a real deadline error "
              "(row 48: 2026年6月底前, late against task 106; row 25: 6月31日, impossible). "
              "The 主要目标 line 17 sets 全面成型 of the 1347 framework at 2026年底, later than the region's and 吴忠's 2025. "
              "task-uncovered is not annotated; an annual plan takes up only part of the 124 tasks."),
}

open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8').write(json.dumps(key, ensure_ascii=False, indent=2) + '\n')
print(len(lines), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
