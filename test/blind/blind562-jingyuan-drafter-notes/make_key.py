#!/usr/bin/env python3
"""Builds key.json for blind562 with line numbers looked up in the final draft.txt (1-based)."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def L(*subs):
    hits = [i + 1 for i, t in enumerate(lines) if all(s in t for s in subs)]
    assert len(hits) == 1, (subs, hits)
    return hits[0]

def E(rule, anchor, text, why, **kw):
    ln = L(*anchor) if isinstance(anchor, tuple) else L(anchor)
    assert text is None or text in lines[ln - 1], (text, ln)
    d = {"rule": rule, "line": ln}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d

expect = [
    E("deadline-later-than-baseline", "24．开展城域网升级改造", "2025年底",
      "measure 24 implements task 48 (城域网升级改造，区市县乡村5级全覆盖), whose 完成时限 is 2024年; the county set 2025年底, later than the region (its own 【说明】 on the next line and goal line 11 both say 2024)"),
    E("deadline-later-than-baseline", "38．推进适老化与信息无障碍建设", "2025年6月底",
      "measure 38 implements task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), whose 完成时限 is 2024年; 2025年6月底前 is later. No 【说明】 follows, so it must be matched by content"),
    E("deadline-invalid", "23．加快电子政务外网升级改造", "2023年10月",
      "a deadline of 2023年10月底前 in a plan drafted in March 2024 (planYear 2024) lies before the year of issue; it is not a copy of the regional deadline (task 47, 完成时限 2024年, as the 【说明】 below says) but a year slip"),
    E("unknown-unit", "28．加强经济运行监测", "县经济和信息化局",
      "not in units.txt; the county body is 县工业信息化和商务局 (县工信商务局). Task 66 (完成时限 2025年) is otherwise correctly dated"),
    E("unknown-unit", "36．做优“我的宁夏”泾源专区", "自治区政府办公厅",
      "a regional body named as the lead (牵头) of a local task: the drafter copied the regional lead of task 86 (完成时限 2024年) from the 【说明】 into the county's 责任单位 cell; the county lead should be a county unit (县审批服务管理局 or 县人民政府办公室)"),
    E("basis-mismatch", "16．健全标准规范", "国发〔2022〕41号",
      "《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号 (as the preamble, line 4, correctly cites); 41号 is a digit transposition"),
    E("garbled-text", "25．推进业务专网整合", "涓氬姟涓撶綉",
      "UTF-8 bytes of 业务专网整合迁移 read as GBK (涓氬姟涓撶綉鏁村悎杩佺Щ); the measure implements task 50 (完成时限 2024年, equal)"),
]

M = []
def N(rule, anchor, why, text=None, **kw):
    M.append(E(rule, anchor, text, why, **kw))

# --- 【说明】 paragraphs: regional bodies and regional dates quoted as the source of a measure
N("unknown-unit", "第48项", "【说明】 paragraph naming the region's lead of task 48 (自治区政府办公厅) as the source of the measure; it is not the county's 责任单位 cell", text="自治区政府办公厅")
N("unknown-unit", "第86项", "【说明】 paragraph quoting the region's lead of task 86; the error is in the measure line above, not in this note", text="自治区政府办公厅")
N("unknown-unit", "第49项", "【说明】 quoting the regional lead of task 49 (自治区党委政法委)", text="自治区党委政法委")
N("unknown-unit", "第40项、第54项", "【说明】 quoting the regional leads of tasks 40 and 54 (自治区档案局、自治区党委办公厅)", text="自治区档案局")
N("unknown-unit", "第98项", "【说明】 quoting the regional lead of task 98 (自治区林草局)", text="自治区林草局")
N("unknown-unit", "第111项", "【说明】 quoting the regional lead of task 111 (自治区机管局)", text="自治区机管局")
N("unknown-unit", "第5项", "【说明】 quoting the regional leads of task 5, including 宁夏通信管理局, a unit outside the government proper that the baseline lists", text="宁夏通信管理局")
N("unknown-unit", "第10项", "【说明】 quoting the regional lead of task 10 (自治区农业农村厅) and the collective 各市、县（区）", text="自治区农业农村厅")
N("unknown-unit", "第66项", "【说明】 quoting the regional leads of task 66 (自治区工业和信息化厅、发展改革委、商务厅); prefix distributes, all are regional units", text="自治区工业和信息化厅")
N("deadline-later-than-baseline", "第48项", "the 2024年 in this 【说明】 is the region's own deadline for task 48 quoted as the source; the late date is in the measure line above", text="2024年")
N("deadline-later-than-baseline", "第86项", "the 2024年 in this 【说明】 is task 86's regional deadline; the measure's own deadline (2024年) is equal", text="2024年")
N("deadline-invalid", "第116项", "the 2023 dates in this 【说明】 quote task 116's regional 完成时限 (2023年完成并长期坚持) and a past fact, not a county deadline", text="2023年")
N("deadline-invalid", "第14项、第15项", "【说明】 quoting the regional deadline of tasks 14/15 (2023年) and the past fact that the county finished in 2023; the measure sets no deadline", text="2023年")
N("deadline-invalid", "第30项、第32项", "【说明】 quoting tasks 30/32's regional deadline (2023年) and a past fact", text="2023年")
N("deadline-invalid", "第11项", "【说明】 quoting task 11's regional deadline (2023年完成主要建设任务，2025年取得明显成效)", text="2023年")
N("deadline-invalid", "第23项", "【说明】 quoting task 24's regional deadline (2023年) as background; the measure itself (task 23, 2024年) is equal", text="2023年")
# --- measures with deadlines equal to or earlier than the region's
N("deadline-invalid", "3．完善工作机制", "copied regional deadline of task 116 (2023年完成并长期坚持) that lies before the plan's year; the 【说明】 below says it is deliberately kept because the county did it in 2023; ongoing (长期坚持)", text="2023年完成并长期坚持")
N("deadline-later-than-baseline", "3．完善工作机制", "equal to task 116's 完成时限 (2023年完成并长期坚持)")
N("deadline-later-than-baseline", "1．健全组织机构", "2024年6月底前 is earlier than task 64's 完成时限 2025年", text="2024年6月底前")
N("deadline-later-than-baseline", "4．推进产业数字化", "equal to task 2's 完成时限 (2023年启动，2024年取得明显成效)", text="2024年")
N("deadline-later-than-baseline", "8．推进“数字供销”建设", "equal to task 11's completing milestone (2025年取得明显成效)", text="2025年取得明显成效")
N("deadline-later-than-baseline", "9．培育数据要素市场", "equal to task 12's 完成时限 2025年", text="2025年")
N("deadline-later-than-baseline", "13．提高自主可控水平", "equal to tasks 19 (2023年启动，2024年建成) and 43 (2024年建成，持续推进)", text="2024年")
N("deadline-later-than-baseline", "19．推进政务数据一体化", "equal to task 29's 完成时限 (2023年启动，2025年完成)", text="2025年")
N("deadline-later-than-baseline", "21．促进数据有序开发利用", "2024年12月底前 equals tasks 41/42 (2024年)", text="2024年12月底前")
N("deadline-later-than-baseline", "22．提升政务云支撑能力", "2024年10月底前 is earlier than task 46 (2024年)", text="2024年10月底前")
N("deadline-later-than-baseline", "26．整合视频资源", "equal to task 49's 完成时限 2025年", text="2025年")
N("deadline-later-than-baseline", "34．提高基层社会治理能力", "equal to task 83's 完成时限 2025年", text="2025年")
N("deadline-later-than-baseline", "44．提升行政执行能力", "2024年 equals tasks 104/105 (2024年) and is earlier than 106/107 (2025年)", text="2024年")
N("deadline-later-than-baseline", "27．推广共性应用支撑", "2024年 equals tasks 53/55 (2024年) and is earlier than task 52 (2025年)", text="2024年")
N("deadline-later-than-baseline", "到2024年底", "goal for 2024: tasks 48, 46, 86, 105 are all due 2024年; the region has no later goal for these", text="2024年底")
N("deadline-later-than-baseline", "到2025年，全县数字政府建设体系框架全面成型", "equal to the regional goal 到2025年 … 体系框架全面成型", text="2025年")
N("deadline-later-than-baseline", "到2035年", "equal to the regional 2035 goal", text="2035年")
# --- past dates, office dates
N("deadline-invalid", "2020年以来", "background: past facts (2020年以来, 2023年) about what the county has done, not deadlines", text="2023年")
N("deadline-invalid", "起草说明", "the drafting office's own feedback date for the consultation (2024年3月29日前), not a task deadline", text="2024年3月29日")
N("deadline-invalid", "每季度结束后5个工作日内", "the office's own recurring reporting and appraisal dates (每季度, 每年12月底前), not task deadlines")
N("deadline-invalid", "每年6月底前更新目录", "a recurring annual update date with no year, for tasks 30/32 already done in 2023", text="每年6月底前")
N("deadline-invalid", "附件：", "the attachment's title span (2024年—2025年), not a deadline", text="2024年—2025年")
N("deadline-invalid", "2024年3月15日", "signing date of the consultation draft", text="2024年3月15日")
# --- citations
N("basis-mismatch", "为贯彻落实党的二十大精神", "国发〔2022〕14号 and 宁政发〔2023〕17号 are cited with their correct titles", text="宁政发〔2023〕17号")
N("basis-mismatch", "为贯彻落实党的二十大精神", "《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is a real regional document, cited identically in the 吴忠 seed plan", text="宁政办发〔2023〕11号")
N("basis-mismatch", "2020年以来", "retrospective mention of the 2020 工作要点 (宁政办发〔2020〕14号) in the background, not cited as a basis; title and 文号 match", text="宁政办发〔2020〕14号")
N("basis-mismatch", "19．推进政务数据一体化", "《全国一体化政务大数据体系建设指南》 cited by title alone, exactly as the regional task 29 does", text="全国一体化政务大数据体系建设指南")
# --- units: collectives, aliases, distributed prefixes, bodies in running text
N("unknown-unit", "2．厘清层级职责", "collective subjects 县直各部门（单位）、各乡镇人民政府", text="县直各部门（单位）")
N("unknown-unit", "34．提高基层社会治理能力", "collective subject 各村（社区）", text="各村（社区）")
N("unknown-unit", "30．提升监管协同化智能化水平", "collective subject 县直有关部门（单位）", text="县直有关部门（单位）")
N("unknown-unit", "9．培育数据要素市场", "县发改局 and 县工信商务局 are short names listed in units.txt", text="县发改局")
N("unknown-unit", "37．提供优质便利的涉企服务", "县审批局 and 县市场监管局 are short names listed in units.txt", text="县审批局")
N("unknown-unit", "43．提升辅助决策能力", "县政府办 is a short name of 县人民政府办公室 in units.txt", text="县政府办")
N("unknown-unit", "5．完善数字经济治理", "县委网络安全和信息化委员会办公室 is the full name listed as an alias of 县委网信办", text="县委网络安全和信息化委员会办公室")
N("unknown-unit", "26．整合视频资源", "县林草局 is the short name of 县林业和草原局", text="县林草局")
N("unknown-unit", "15．创新数字政府建设管理机制", "县发展和改革局、财政局、审计局: the 县 prefix distributes, giving 县财政局 and 县审计局, both in units.txt", text="审计局")
N("unknown-unit", "39．提升生态环保协同治理能力", "固原市生态环境局泾源分局 is the county's environmental body (a city branch), listed in units.txt", text="固原市生态环境局泾源分局")
N("unknown-unit", "33．提升公共安全保障能力", "泾源县气象局 and 泾源县消防救援大队 are vertically managed units listed in units.txt", text="泾源县消防救援大队")
N("unknown-unit", "26．整合视频资源", "自治区党委政法委 appears in the running text as the regional body the county cooperates with (配合…建设全区统一的视频共享平台); the county lead in the 责任单位 cell is 县委政法委", text="自治区党委政法委")
N("unknown-unit", "（一）加强组织领导", "县推进数字政府建设领导小组 is a coordinating body named in running text, not a 责任单位 cell", text="县推进数字政府建设领导小组")
# --- pillars
M.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一和六级贯通",
          "why": "section 二 (lines %d-%d) folds 五个一/六级贯通 into a county 工作体系: 健全组织机构 (参照自治区“五个一”), 厘清层级职责 (“六级贯通”), 完善工作机制" % (L("二、健全工作体系"), L("3．完善工作机制"))})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
          "why": "section 三（三） 营造良好数字生态 (measures 9-10) takes it up, short as it is"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "党的领导",
          "why": "section 六 has 组织领导, 财政投入, 数字素养, 考核评价"})

C = []
def cov(task, anchor):
    C.append({"task": task, "line": L(anchor)})
for t, a in [(64, "1．健全组织机构"), (116, "3．完善工作机制"), (2, "4．推进产业数字化"), (5, "5．完善数字经济治理"),
             (6, "6．推进公共服务数字化"), (10, "7．推进数字乡村建设"), (11, "8．推进“数字供销”建设"),
             (12, "9．培育数据要素市场"), (14, "11．强化安全管理责任"), (15, "11．强化安全管理责任"), (18, "12．提升安全防护能力"),
             (19, "13．提高自主可控水平"), (43, "13．提高自主可控水平"), (21, "14．推动行政权力事项网上运行"),
             (23, "15．创新数字政府建设管理机制"), (28, "17．开展试点示范"),
             (30, "18．完善数据管理机制"), (32, "18．完善数据管理机制"), (29, "19．推进政务数据一体化"),
             (40, "20．推进电子公文和电子档案管理"), (54, "20．推进电子公文和电子档案管理"),
             (41, "21．促进数据有序开发利用"), (42, "21．促进数据有序开发利用"), (46, "22．提升政务云支撑能力"),
             (47, "23．加快电子政务外网升级改造"), (48, "24．开展城域网升级改造"), (50, "25．推进业务专网整合"),
             (49, "26．整合视频资源"), (52, "27．推广共性应用支撑"), (53, "27．推广共性应用支撑"), (55, "27．推广共性应用支撑"),
             (66, "28．加强经济运行监测"), (70, "29．提升监管精准化水平"), (71, "29．提升监管精准化水平"),
             (73, "30．提升监管协同化智能化水平"), (74, "30．提升监管协同化智能化水平"), (77, "31．提升矛盾纠纷化解能力"),
             (79, "32．提升社会治安防控能力"), (80, "33．提升公共安全保障能力"), (83, "34．提高基层社会治理能力"),
             (84, "35．打造泛在可及的服务体系"), (86, "36．做优“我的宁夏”泾源专区"), (88, "37．提供优质便利的涉企服务"),
             (89, "37．提供优质便利的涉企服务"), (93, "38．推进适老化与信息无障碍建设"), (94, "39．提升生态环保协同治理能力"),
             (98, "40．建设“智慧林草”"), (96, "41．推进“互联网+城乡供水”"), (102, "42．推动绿色低碳转型"),
             (103, "43．提升辅助决策能力"), (104, "44．提升行政执行能力"), (105, "44．提升行政执行能力"),
             (106, "44．提升行政执行能力"), (107, "44．提升行政执行能力"), (108, "45．提升行政监督水平"),
             (109, "45．提升行政监督水平"), (111, "46．提升机关事务管理水平"), (112, "47．提升政府信息公开水平"),
             (114, "48．发挥政务新媒体传播优势"), (115, "49．畅通政民互动渠道"), (25, "（二）加大财政投入"),
             (118, "（三）提升数字素养"), (121, "（四）强化考核评价"), (122, "（四）强化考核评价"),
             (123, "（四）强化考核评价"), (124, "（四）强化考核评价")]:
    cov(t, a)

key = {
    "writer": "blind writer, round 562; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": C,
    "notes": ("泾源县 (固原市) consultation draft of March 2024, checked against 宁政发〔2023〕17号 only (no parent plan). "
              "After most measures the drafter left a 【说明】 paragraph naming the regional task number, the region's lead body and its 完成时限; "
              "these quote regional bodies and regional (sometimes pre-2024) dates and are near misses. The planted mistakes are all in the measure lines. "
              "Line 3 states that the first-listed unit of a 责任单位 cell is the lead. Tasks for cities/counties that the draft does not take up "
              "(e.g. 3 智慧园区, 9 智慧城市, 87 12345 热线, 92 多卡合一) were left out because they belong to 地级市 or do not fit the county; none is planted."),
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), len(M), len(C), len(lines))
