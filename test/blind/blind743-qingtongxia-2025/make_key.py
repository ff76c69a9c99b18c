#!/usr/bin/env python3
"""Builds key.json for blind743 from draft.txt: every line number is found by a unique anchor
string (and the entry's text must occur on that line), so the key cannot drift from the draft."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')


def ln(anchor):
    hits = [i for i, l in enumerate(LINES, 1) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    return hits[0]


def at(anchor, text=None):
    n = ln(anchor)
    if text is not None:
        assert text in LINES[n - 1], (anchor, text)
    return n


def e(rule, anchor, text, why, **kw):
    d = {"rule": rule, "line": at(anchor, text)}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d


expect = [
    e("basis-mismatch", "为深入贯彻党的二十大", "宁政办发〔2023〕17号",
      "the 自治区人民政府《关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (gazette line 113); "
      "宁政办发 is the office's series — the slip copies the 办 from the neighbouring 宁政办发〔2023〕11号"),
    e("garbled-text", "推动数据按需回流。", "鏀垮姟鏁版嵁鎸夐渶鍥炴祦",
      "UTF-8 bytes of 政务数据按需回流 read as GBK (mojibake pasted into the paragraph)"),
    e("unknown-unit", "17.对接自治区政务数据平台", "市大数据管理服务局",
      "a 吴忠市 city bureau copied from the city plan's task list; 青铜峡市 has no 大数据管理服务局 and it is not in units.txt "
      "(the body paragraph for the same task, line %d, names 市人民政府办公室)" % ln("推动数据按需回流。")),
    e("deadline-invalid", "23.实现教育收费", "2024年底前",
      "a new deadline for an unfinished (推进中) task that lies before 2025, the year the plan is issued (March 2025); "
      "not late: task 56 完成时限 2025年"),
    e("deadline-later-than-baseline", "推进基层减负。", "2026年6月底前",
      "task 106 (填表报数系统, 基层填表报数工作量压减50%以上) 完成时限 2025年; the county puts it at 2026年6月底前"),
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "the 七个能力 section (line %d) has only six items and its lead-in (line %d) lists six fields; "
            "nothing anywhere on 政务公开 平台, 政策文件库, 政务新媒体 or 政民互动" % (ln("（四）强化“七种能力”，全面提升政府"), ln("聚焦经济调节、市场监管、社会管理"))},
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "政务公开信息化平台, 各市、县（区）分别负责, 2024年 — left out with the 政务公开 pillar"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "政务新媒体矩阵, 各市、县（区）分别负责, 2024年 — left out with the 政务公开 pillar"},
]

M = []


def m(rule, anchor, text, why):
    M.append(e(rule, anchor, text, why))


# --- work reported done (the round's own near misses) ---
m("deadline-invalid", "基础支撑持续夯实。", "2024年10月",
  "background: 电子政务外网 full coverage reported done in October 2024 (task 48, 2024年) — a past fact, not a deadline")
m("deadline-invalid", "数据资源加快汇聚。", "2023年12月",
  "background: 数据管理机构 set up (task 32, 2023年) — past fact")
m("deadline-later-than-baseline", "数据资源加快汇聚。", "2024年6月",
  "reported done: the 政务数据资源普查/目录/“一本账” (task 30, 完成时限 2023年) was finished in June 2024; "
  "a retrospective completion date, not a deadline set by the plan")
m("deadline-later-than-baseline", "15.摸清政务数据资源底数", "2024年6月",
  "进展情况 column: task 30 (2023年) reported done in June 2024; the 完成时限 cell says 已完成")
m("deadline-invalid", "1.健全组织机构。", "2023年9月",
  "reported done in 2023 (task 64, 2025年); the inline note's 完成时限 is 已完成，持续巩固")
m("deadline-invalid", "强化安全管理责任。", "2023年6月",
  "reported done: tasks 14 and 15 (both 2023年) completed June and November 2023; note says 已完成，长期坚持")
m("deadline-invalid", "10.明确数字政府建设安全", "2023年6月",
  "进展情况 column of a task reported done (task 14, 2023年); 完成时限 cell is 已完成")
m("deadline-invalid", "我市矛盾纠纷多元化解信息系统", "2024年11月",
  "reported done: tasks 77 and 79 (2024年) completed May and November 2024")
m("deadline-invalid", "36.对接应用自然资源", "2024年",
  "进展情况 column: task 97 (2024年) done in 2024; 完成时限 cell 已完成")
m("deadline-later-than-baseline", "巩固“一网通办”成果。", "已完成",
  "tasks 85 (2023年), 86 (2024年), 93 (2024年) reported done; 已完成，长期坚持 carries no later milestone")
m("deadline-later-than-baseline", "巩固协同办公成果。", "2024年",
  "tasks 104 and 105 (2024年) reported done in 2024; note 已完成，长期坚持")
m("deadline-later-than-baseline", "创新项目管理机制。", "2023年10月",
  "task 24 (2023年) reported done in October 2023; note 已完成，长期坚持 — no new date")
m("deadline-later-than-baseline", "26.对食品药品", "已完成，长期坚持",
  "task 71 (2024年) reported done; ongoing upkeep is not a later milestone")
# --- copied regional deadlines that lie before the plan's year ---
m("deadline-invalid", "提升安全防护能力。", "2023年形成机制，长期坚持",
  "task 18's own 完成时限 (2023年形成机制，长期坚持) copied for a mechanism already in place — equal to the region, not an impossible date")
m("deadline-invalid", "12.健全安全技术保障体系", "2023年形成机制，长期坚持",
  "same copied regional deadline of task 18 in the table; 进展情况 机制已建立")
m("deadline-invalid", "42.将数字政府建设纳入", "2023年完成并长期坚持",
  "task 116's own 完成时限 copied; 进展情况 已完成（2023年）")
m("deadline-invalid", "44.将数字政府建设纳入市效能", "2023年完成，长期坚持",
  "task 123's own 完成时限 (2023 年完成，长期坚持) copied; 进展情况 已完成（2023年）")
# --- equal / earlier deadlines ---
m("deadline-later-than-baseline", "到2025年底，自治区实施意见", "2025年底",
  "主要目标: equal to the region's 到2025年 goal (“34567”框架全面成型) and 吴忠's 到2025年 “1347” goal")
m("deadline-later-than-baseline", "到2026年底，数字政府建设成果", "2026年底",
  "a new goal beyond the region's 2025 horizon (AI 应用, 新增任务全面完成); no regional or 吴忠 goal says the same thing")
m("deadline-later-than-baseline", "2.厘清层级职责。", "2025年9月底前",
  "task 81 (统一的视频指挥调度体系) 完成时限 2025年 — earlier")
m("deadline-later-than-baseline", "加快“智慧园区”建设。", "2025年12月底前",
  "task 3 持续推进，2025年取得明显成效 — equal")
m("deadline-later-than-baseline", "2.引领数字社会建设。", "持续推进，2025年取得明显成效",
  "task 6's own 完成时限 copied — equal")
m("deadline-later-than-baseline", "巩固“数字供销”示范成果。我市", "2025年取得明显成效",
  "task 11 2023年完成主要建设任务，2025年取得明显成效 — equal; 主要建设任务 reported done in 2023")
m("deadline-later-than-baseline", "推动数据按需回流。", "2025年9月底前",
  "task 29 2023年启动，2025年完成 — earlier")
m("deadline-later-than-baseline", "完善要素交易。", "2025年",
  "task 100 完成时限 2025年 — equal")
m("deadline-later-than-baseline", "整合视频会议资源。", "2025年8月底前",
  "task 107 完成时限 2025年 — earlier")
m("deadline-later-than-baseline", "依托青年拔尖人才培养计划", "2025年底前",
  "task 120 完成时限 2025年 — equal")
# --- new work dated 2026, and the office's own dates ---
m("deadline-later-than-baseline", "开展人工智能政务应用试点。", "2026年6月底前",
  "new local task (政务大模型本地化部署试点); no regional task covers it, so 2026 is the plan's own horizon")
m("deadline-later-than-baseline", "41.每个镇（街道）至少打造", "2026年底前",
  "new local task (one 特色数字化应用 per 镇/街道); not a regional task")
m("deadline-later-than-baseline", "各牵头单位于2025年12月10日前", "2026年12月10日前",
  "the office's own reporting date for the second year's summary, not a task deadline")
m("deadline-later-than-baseline", "对照上级任务清单，本方案将任务分为三类", "2026年底前",
  "describes the 新增 tasks (not in the regional list) as due by end-2026; the same sentence promises carried-on tasks no later than the region")
m("deadline-invalid", "说明：1.牵头单位有多个的", "2025年2月底",
  "the cut-off date of the 进展情况 column — a status date, not a deadline")
m("deadline-invalid", "3.完善工作机制。", "2025年4月底前",
  "the office's own date for 任务推进台账 — in the plan's year, after its issue date")
# --- citations ---
m("basis-mismatch", "为深入贯彻党的二十大", "国发〔2022〕14号",
  "correct 文号 of 《国务院关于加强数字政府建设的指导意见》")
m("basis-mismatch", "为深入贯彻党的二十大", "宁政办发〔2023〕11号",
  "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 as in the 吴忠 plan")
m("basis-mismatch", "为深入贯彻党的二十大", "吴忠市人民政府《关于加强数字政府建设的实施方案》",
  "the city plan cited by title alone, exactly as issued (it has no 文号)")
m("basis-mismatch", "为深入贯彻党的二十大", "《全区数字政府建设重点任务清单（2023年—2025年）》",
  "附件2 of 宁政发〔2023〕17号 cited by its own title")
m("basis-mismatch", "2023年以来，我市认真贯彻", "宁政办发〔2020〕14号",
  "retrospective mention of the 2020 工作要点 in the background, with its correct 文号; not a basis document")
m("basis-mismatch", "青政办发〔2025〕9号", "青政办发〔2025〕9号",
  "the notice's own 文号")
# --- units ---
m("unknown-unit", "2.厘清层级职责。", "青铜峡市消防救援大队",
  "in units.txt (full name); the 市-prefix list before it distributes to 市应急管理局, 市水务局, 市自然资源局")
m("unknown-unit", "加快“智慧园区”建设。", "吴忠市生态环境局青铜峡分局",
  "in units.txt: the 吴忠 bureau's branch in 青铜峡, the county's real environmental body")
m("unknown-unit", "创新项目管理机制。", "市发展改革局",
  "official short name of 市发展和改革局 (units.txt); 财政局、审计局 take the 市 prefix")
m("unknown-unit", "30.全面推行“免证办”", "市审批局",
  "short name of 市审批服务管理局 in units.txt")
m("unknown-unit", "31.推进“多卡合一”", "医保局",
  "市人社局、医保局、卫生健康局: prefix distributes; 市医保局 is a short name in units.txt")
m("unknown-unit", "26.对食品药品", "市市场监管局",
  "short name of 市市场监督管理局")
m("unknown-unit", "巩固“数字供销”示范成果。我市", "市供销社",
  "short name of 市供销合作社")
m("unknown-unit", "2.提升综合高效的市场监管能力。", "承担监管职责的市直有关部门",
  "collective subject (local form of 承担监管职责的自治区有关部门（单位）)")
m("unknown-unit", "10.明确数字政府建设安全", "各镇（街道）",
  "collective subject")
m("unknown-unit", "推进数字乡村建设。", "各镇人民政府",
  "collective subject")
m("unknown-unit", "20.开展城域网升级改造", "裕民街道办事处",
  "the city's only 街道, listed in units.txt")
m("unknown-unit", "16.明确本部门数据管理机构", "市直各部门（单位）",
  "collective subject")
m("unknown-unit", "14.申报自治区数字政府试点", "市直有关部门",
  "collective subject")
m("unknown-unit", "各牵头单位于2025年12月10日前", "领导小组办公室",
  "the leading group's office named in prose as the addressee of reports, not a responsible unit; "
  "line %d says it sits in 市人民政府办公室" % ln("1.健全组织机构。"))
# --- pillars that are present under other names ---
M.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一、六级贯通",
          "why": "taken up as 一套体系 (lines %d-%d): 组织机构, 六级贯通 层级职责, 工作机制 — the 吴忠 restructuring" % (ln("1.健全组织机构。"), ln("3.完善工作机制。"))})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
          "why": "line %d: 数据要素市场, 公共数据授权运营" % ln("3.营造良好数字生态。")})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "党的领导",
          "why": "保障措施 lines %d-%d: 组织领导, 财政投入, 数字素养, 考核评价" % (ln("（一）加强组织领导。"), ln("（四）强化考核评价。"))})

covers_src = [
    (64, "1.健全组织机构。"), (81, "2.厘清层级职责。"), (3, "加快“智慧园区”建设。"),
    (6, "2.引领数字社会建设。"), (9, "配合推进智慧城市建设。"), (10, "推进数字乡村建设。"),
    (11, "巩固“数字供销”示范成果。我市"), (12, "3.营造良好数字生态。"),
    (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (18, "提升安全防护能力。"),
    (24, "创新项目管理机制。"), (28, "开展试点示范。积极申报"), (30, "15.摸清政务数据资源底数"),
    (32, "16.明确本部门数据管理机构"), (29, "推动数据按需回流。"), (54, "深化电子文件管理。"),
    (40, "18.规范电子公文全流程管理"), (46, "19.政务信息系统迁移至"), (48, "20.开展城域网升级改造"),
    (50, "21.非涉密业务专网"), (49, "整合视频资源。"), (56, "推进非税收入收缴电子化。"),
    (66, "1.提升科学精准的经济调节能力。"), (72, "25.监管业务系统与宁夏"), (71, "26.对食品药品"),
    (77, "27.应用全区矛盾纠纷"), (79, "我市矛盾纠纷多元化解信息系统"), (83, "实施“互联网+基层治理”行动。"),
    (85, "30.全面推行“免证办”"), (86, "29.“我的宁夏”政务APP"), (92, "推进“多卡合一”“多码合一”。依托"),
    (93, "32.政务服务场所"), (95, "提升生态环保协同治理能力。"), (96, "推进数字治水。深化"),
    (100, "完善要素交易。"), (102, "推动绿色低碳转型。"), (97, "我市自然资源“一张图”"),
    (104, "巩固协同办公成果。"), (105, "37.宁夏政务协同办公平台"), (106, "推进基层减负。"),
    (107, "整合视频会议资源。"), (111, "提升机关事务管理水平。"), (116, "（一）加强组织领导。"),
    (25, "（二）加大财政投入。"), (118, "（三）提升数字素养。"), (120, "依托青年拔尖人才培养计划"),
    (123, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
]
covers = [{"task": t, "line": ln(a)} for t, a in covers_src]

key = {
    "writer": "blind writer, round 743; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2025,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": (
        "青铜峡市 (county-level city under 吴忠) 2025—2026 plan issued 2025-03-18, after the region's 2023 and 2024 dates have passed. "
        "Body inline notes and the 44-row task table (lines %d-%d, tab-separated, header at line %d) carry three kinds of task: "
        "已完成 (past completion dates in the 进展情况 column or the text, 完成时限 已完成 / 已完成，长期坚持), "
        "续推 (regional 2025 or 持续推进 tasks, county dates equal or earlier), and 新增 (2026 dates, no regional task). "
        "Only regional tasks due 2025 (or ongoing) are carried on with new dates, so no carried-on date is late except the planted one. "
        "Planted: basis 文号, mojibake run, 吴忠 unit copied into a county row, a 2024 deadline for an unfinished task, "
        "a 2026 deadline for task 106, and the whole 政务公开 pillar left out (tasks 112 and 114 follow from it; 113 and 115 "
        "are led by regional bodies with counties only cooperating, so they are not listed). "
        "units.txt is the county's own registry; 吴忠市 city units are not in it."
        % (ln("主要任务\t重点内容"), len([l for l in LINES if l]), ln("主要任务\t重点内容"))
    ),
}

with open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
