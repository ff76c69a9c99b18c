# Helper kept in the case folder: builds key.json and checks every line number against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '':
    L = L[:-1]

def ln(text, start=1, contains=None):
    """1-based line of the first line (from start) holding text (and contains, if given)."""
    for i in range(start - 1, len(L)):
        if text in L[i] and (contains is None or contains in L[i]):
            return i + 1
    raise SystemExit('not found: %r %r' % (text, contains))

def at(line, text):
    assert text in L[line - 1], (line, text)
    return line

T = ln('序号\t重点任务')  # table header
def row(n):
    return ln('%d\t' % n, T)

expect = [
    {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕17号'), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (dated 2023-05-16); 宁政办发 is the 自治区人民政府办公厅 series, so the 文号 does not belong to the title"},
    {"rule": "deadline-later-than-baseline", "line": ln('20.提升网络支撑能力'), "text": "2025年底前",
     "why": "item 20 (城域网升级改造, 电子政务外网向镇(街道)、村(社区)全覆盖, 非涉密业务专网整合) is task 48 (完成时限 2024年), with tasks 47 and 50 (both 2024年); the draft's own 2024 goal (line %d) and table row 11 (line %d, 2024年9月底前) say 2024" % (ln('到2024年底'), row(11))},
    {"rule": "deadline-invalid", "line": row(17), "text": "20224年",
     "why": "impossible year (typo for 2024年); task 77 is due 2024年 and body item 28 says 2024年底前"},
    {"rule": "unknown-unit", "line": row(7), "text": "区数据局",
     "why": "no 区数据局 in units.txt or the regional baseline; the body item 16 names 区大数据服务中心 for the same task"},
    {"rule": "garbled-text", "line": ln('寤虹珛瀹屽杽'), "text": "寤虹珛瀹屽杽澶氭笭",
     "why": "UTF-8 bytes read as GBK: 寤虹珛瀹屽杽澶氭笭閬撴姇鍏ョ殑璧勯噾淇濋殰鏈哄埗 = 建立完善多渠道投入的资金保障机制 (re-encode as GBK, decode as UTF-8)"},
    {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
     "why": "section 五 is headed 七个能力 but has only six subsections and its lead-in lists six abilities; nothing on 政务公开 (政务公开平台, 政策文件库, 政务新媒体, 政民互动) anywhere in the draft"},
    {"rule": "task-uncovered", "line": 0, "task": 112,
     "why": "consequence of the missing 政务公开 pillar: task 112 (政务公开信息化平台, 各市、县(区)分别负责) not taken up"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "consequence of the missing 政务公开 pillar: task 114 (政务新媒体矩阵, 各市、县(区)分别负责) not taken up"},
]

M = []
def m(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        at(line, text)
        e["text"] = text
    e.update(kw)
    e["why"] = why
    M.append(e)

# basis
m("basis-mismatch", ln('国发〔2022〕14号'), "correct 文号 and title of the national 指导意见", "国发〔2022〕14号")
m("basis-mismatch", ln('宁政办发〔2023〕11号'), "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, cited the same way by the 吴忠 plan; an additional valid basis, not the baseline", "宁政办发〔2023〕11号")
m("basis-mismatch", ln('银川市人民政府《关于加强数字政府建设的实施方案》'), "the city's own plan cited by title alone, as DOMAIN describes for city plans without 文号; no parent plan is supplied, nothing contradicts it", "银川市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", ln('宁政办发〔2020〕14号'), "retrospective mention of the 2020 工作要点 in the background paragraph ('近年来,我区按照…'); title and 文号 match; not cited as the basis of this plan", "宁政办发〔2020〕14号")
m("basis-mismatch", 1, "the document's own title in the issuing notice (also lines 4 and 8), not a cited basis", "《金凤区关于加强数字政府建设的实施方案》")
m("basis-mismatch", 2, "the plan's own 文号", "金政发〔2024〕12号")
# deadlines / dates
m("deadline-invalid", 6, "issue date of the notice", "2024年4月16日")
m("deadline-invalid", ln('2023年,全区政务服务事项'), "past year in the background (work already done in 2023), not a deadline", "2023年")
m("deadline-later-than-baseline", ln('到2024年底'), "district's own 2024 goal: 外网全覆盖 (task 48, 2024年), systems on 政务信创云 (task 19 2024年建成 / task 43 2024年建成), 金凤专区应上尽上 (task 86, 2024年), 一网统管框架 (task 9, 2025) — all equal or earlier; the region's 2023 goals are not restated", "到2024年底")
m("deadline-later-than-baseline", ln('到2025年,全区数字政府建设'), "equal to the regional goal 到2025年 “34567”体系框架全面成型 (全区 here means the district)", "到2025年")
m("deadline-later-than-baseline", ln('到2035年'), "equal to the regional 2035 goal", "到2035年")
m("deadline-later-than-baseline", ln('1.推进园区数字化升级'), "task 3 完成时限 持续推进，2025年取得明显成效 — identical", "持续推进,2025年取得明显成效")
m("deadline-later-than-baseline", ln('5.推进智慧教育'), "task 7 完成时限 2023年形成试点经验，2025年取得明显成效: the completing milestone (2025) is equal; only the intermediate milestone moves to the plan's own year", "2024年形成试点经验,2025年取得明显成效")
m("deadline-invalid", ln('5.推进智慧教育'), "2024 is the plan's year, not before it", "2024年形成试点经验")
m("deadline-later-than-baseline", ln('6.推进智慧城市建设'), "task 9 完成时限 持续推进，2025年取得明显成效 — 2025年底前 is equal", "2025年底前")
m("deadline-later-than-baseline", ln('8.培育数据要素市场'), "task 12 完成时限 2025年 — equal", "2025年底前")
m("deadline-later-than-baseline", ln('9.营造规范有序的发展环境'), "task 13 完成时限 2024年 — equal", "2024年底前")
m("deadline-invalid", ln('11.提升安全防护能力'), "copied regional deadline of task 18 (2023年形成机制，长期坚持); before the plan's year but equal to the region's and ongoing", "2023年形成机制,长期坚持")
m("deadline-later-than-baseline", ln('11.提升安全防护能力'), "identical to task 18's 完成时限", "2023年形成机制,长期坚持")
m("deadline-later-than-baseline", ln('12.提高自主可控水平'), "task 19 完成时限 2023年启动，2024年建成 — 2024年底前 is equal", "2024年底前")
m("deadline-later-than-baseline", ln('13.强化审管协同'), "tasks 21 (2024年) and 22 (2025年) — equal or earlier", "2024年底前")
m("deadline-later-than-baseline", ln('14.统筹数字资源管理'), "task 23 完成时限 2024年 — earlier", "2024年10月底前")
m("deadline-later-than-baseline", ln('15.开展试点示范'), "task 28 完成时限 2023年启动，2025年取得明显成效 — equal", "持续推进,2025年取得明显成效")
m("deadline-later-than-baseline", ln('16.推进数据汇聚治理'), "tasks 33 and 34 完成时限 2024年 — equal (task 29 is 2025年)", "2024年底前")
m("deadline-later-than-baseline", ln('21.统筹视频资源'), "task 49 完成时限 2025年 — equal", "2025年底前")
m("deadline-later-than-baseline", ln('22.推广共性应用'), "tasks 53 and 55 (2024年), 52 (2025年) — equal or earlier", "2024年底前")
m("deadline-later-than-baseline", ln('23.健全组织机构'), "task 64 完成时限 2025年 — earlier", "2024年6月底前")
m("deadline-later-than-baseline", ln('24.厘清层级职责'), "六级贯通 text of the 实施意见 (no dated task); nearest tasks 64 and 81 are 2025年 — equal", "2025年底前")
m("deadline-later-than-baseline", ln('25.加强经济运行监测'), "tasks 65 (2024年) and 66 (2025年) — equal or earlier", "2024年底前")
m("deadline-later-than-baseline", ln('27.推进智慧监管'), "tasks 71 and 74 完成时限 2024年 — 2024年12月31日 is equal", "2024年12月31日前")
m("deadline-later-than-baseline", ln('31.提高基层治理能力'), "task 83 完成时限 2025年 — equal", "2025年底前")
m("deadline-later-than-baseline", ln('33.优化12345热线服务'), "task 87 完成时限 2023年启动，2025年完成 — equal completing milestone", "持续推进,2025年底前完成")
m("deadline-later-than-baseline", ln('34.优化涉企服务'), "tasks 88 and 89 完成时限 2024年 — earlier", "2024年三季度末")
m("deadline-later-than-baseline", ln('37.提高资源利用效率'), "tasks 96 and 100 完成时限 2025年 — equal", "2025年底前")
m("deadline-later-than-baseline", ln('38.推动绿色低碳转型'), "task 102 完成时限 2025年 — equal", "持续推进,2025年取得明显成效")
m("deadline-later-than-baseline", ln('41.提升机关运行保障水平'), "tasks 107 and 111 完成时限 2025年 — earlier", "2025年6月底前")
m("deadline-later-than-baseline", ln('42.提升行政监督水平'), "task 108 完成时限 长期推进，2024年取得明显成效 — identical; task 109 2024年", "长期推进,2024年取得明显成效")
m("deadline-later-than-baseline", ln('各牵头单位要于2024年5月底前'), "the office's own internal dates (推进计划, quarterly and annual reporting), not task deadlines", "2024年5月底前")
m("deadline-later-than-baseline", ln('附件:金凤区数字政府建设重点任务清单'), "period of the attachment's title, not a deadline (also line %d)" % ln('金凤区数字政府建设重点任务清单(2024年—2025年)', ln('附件:金凤区')+1), "2024年—2025年")
m("deadline-later-than-baseline", row(11), "table row 11 = task 48 (2024年): 2024年9月底前 is earlier; contrast with the slip in body item 20", "2024年9月底前")
m("deadline-later-than-baseline", row(20), "task 87 (2023年启动，2025年完成) — equal", "持续推进,2025年底前完成")
m("deadline-later-than-baseline", row(25), "tasks 107 and 111 (2025年) — earlier", "2025年6月底前")
# units
m("unknown-unit", 3, "addressees are collectives (各镇人民政府, 各街道办事处, 区直各部门, 各直属单位)", "区直各部门、各直属单位")
m("unknown-unit", ln('阅海湾管委会配合'), "short name of 阅海湾中央商务区管理委员会 listed in units.txt", "阅海湾管委会")
m("unknown-unit", ln('3.完善数字经济治理'), "金凤公安分局 is the registered short name of 银川市公安局金凤区分局", "金凤公安分局")
m("unknown-unit", ln('3.完善数字经济治理'), "区委网信办 followed by the collective 等有关部门", "区委网信办等有关部门")
m("unknown-unit", ln('4.推进公共服务数字化'), "the 区 prefix distributes: 区卫生健康局, 区民政局, 区人社局 (alias of 区人力资源和社会保障局), 区文化旅游体育局", "卫生健康局、民政局、人社局、文化旅游体育局")
m("unknown-unit", ln('7.推进数字乡村建设'), "良田镇 and 丰登镇 are registered short names of the two 镇人民政府", "良田镇、丰登镇具体负责")
m("unknown-unit", ln('10.压实安全管理责任'), "collectives written with half-width brackets: 区直各部门(单位), 各镇(街道)", "区直各部门(单位)、各镇(街道)分别负责")
m("unknown-unit", ln('14.统筹数字资源管理'), "prefix distributes: 区财政局", "区发改局、财政局")
m("unknown-unit", ln('20.提升网络支撑能力'), "collective: 各镇人民政府 and (各)街道办事处", "各镇人民政府、街道办事处")
m("unknown-unit", ln('31.提高基层治理能力'), "collectives 各镇(街道), 各村(社区)", "各镇(街道)、各村(社区)")
m("unknown-unit", ln('36.强化生态环境智慧监测'), "registered short name of 银川市生态环境局金凤分局", "生态环境金凤分局")
m("unknown-unit", ln('37.提高资源利用效率'), "registered short name of 银川市自然资源局金凤分局", "自然资源金凤分局")
m("unknown-unit", row(11), "collective: 各镇人民政府 and (各)街道办事处 (same as body item 20)", "各镇人民政府、街道办事处")
m("unknown-unit", row(2), "the 区 prefix distributes (same as body item 4)", "卫生健康局、民政局、人社局")
m("unknown-unit", row(6), "prefix distributes: 区财政局", "区发改局、财政局")
m("unknown-unit", row(13), "区审批局 is the registered short name of 区审批服务管理局", "区审批局")
m("unknown-unit", ln('区数字政府建设领导小组要加强'), "区数字政府建设领导小组 is in units.txt (and only a subject of the body text)", "区数字政府建设领导小组")
# garbled
m("garbled-text", ln('33.优化12345热线服务'), "digits and the hotline numbers 12345/110 are ordinary text", "12345")
m("garbled-text", ln('数字宁夏“1244+N”'), "“1244+N” is the real name of the 数字宁夏 action plan", "1244+N")
# pillars
m("missing-pillar", 0, "数字生态 is covered by section 二(三), lines %d-%d" % (ln('(三)营造良好数字生态'), ln('9.营造规范有序的发展环境')), pillar="数字生态")
m("missing-pillar", 0, "财政投入 is covered at line %d (heading 加大财政投入 and readable text), despite the damaged run" % ln('(二)加大财政投入'), pillar="财政投入")
m("missing-pillar", 0, "五个一/六级贯通 is covered by section 四 (lines %d-%d)" % (ln('四、健全“五个一”'), ln('24.厘清层级职责')), pillar="六级贯通")

covers_spec = [
    (1, '2.助力“西部数谷”建设'), (3, '1.推进园区数字化升级'), (5, '3.完善数字经济治理'),
    (6, '4.推进公共服务数字化'), (7, '5.推进智慧教育'), (9, '6.推进智慧城市建设'),
    (10, '7.推进数字乡村建设'), (12, '8.培育数据要素市场'), (13, '9.营造规范有序的发展环境'),
    (14, '10.压实安全管理责任'), (18, '11.提升安全防护能力'), (19, '12.提高自主可控水平'),
    (21, '13.强化审管协同'), (23, '14.统筹数字资源管理'), (28, '15.开展试点示范'),
    (33, '16.推进数据汇聚治理'), (34, '16.推进数据汇聚治理'), (42, '17.深化数据共享应用'),
    (40, '18.加强电子文件管理'), (54, '18.加强电子文件管理'), (43, '19.强化政务云支撑'),
    (46, '19.强化政务云支撑'), (48, '20.提升网络支撑能力'), (50, '20.提升网络支撑能力'),
    (49, '21.统筹视频资源'), (52, '22.推广共性应用'), (53, '22.推广共性应用'),
    (64, '23.健全组织机构'), (65, '25.加强经济运行监测'), (66, '25.加强经济运行监测'),
    (69, '26.推进精准监管'), (70, '26.推进精准监管'), (71, '27.推进智慧监管'), (74, '27.推进智慧监管'),
    (77, '28.提升矛盾纠纷化解能力'), (79, '29.提升社会治安防控能力'), (80, '30.推进“智慧应急”建设'),
    (83, '31.提高基层治理能力'), (84, '32.提升“一网通办”水平'), (86, '32.提升“一网通办”水平'),
    (87, '33.优化12345热线服务'), (88, '34.优化涉企服务'), (89, '34.优化涉企服务'),
    (90, '35.推进适老化和信息无障碍建设'), (93, '35.推进适老化和信息无障碍建设'),
    (95, '36.强化生态环境智慧监测'), (96, '37.提高资源利用效率'), (100, '37.提高资源利用效率'),
    (102, '38.推动绿色低碳转型'), (103, '39.提升辅助决策能力'), (104, '40.提升行政执行能力'),
    (105, '40.提升行政执行能力'), (107, '41.提升机关运行保障水平'), (111, '41.提升机关运行保障水平'),
    (108, '42.提升行政监督水平'), (109, '42.提升行政监督水平'), (116, '(一)加强组织领导'),
    (118, '(三)提升数字素养'), (122, '(四)强化考核评价'), (123, '(四)强化考核评价'), (124, '(四)强化考核评价'),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_spec]

key = {
    "writer": "blind writer, round 760; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("金凤区 (银川市) 2024 实施方案 typed with half-width punctuation: ASCII , ; : ( ) throughout, "
              "including the inline notes (责任单位:…;完成时限:…) and nested collectives such as 区直各部门(单位) inside them; "
              "。、“”《》〔〕 are kept as typed. Body items 1-42 carry inline notes; the attachment table (tab-separated) repeats 25 of them. "
              "Three of the planted slips are body/table disagreements: body item 20 says 2025年底前 where table row 11 says 2024年9月底前; "
              "table row 17 says 20224年 where body item 28 says 2024年底前; table row 7 names 区数据局 where body item 16 names 区大数据服务中心. "
              "The region's 2023-dated tasks (14, 15, 17, 24, 30-32, 36, 51, 60, 67, 68, 72, 85) are either left out or taken up without a dated note, "
              "except task 18 whose regional 完成时限 is copied verbatim (near miss). No parent plan is supplied (the 银川 plan is cited by title only). "
              "task-uncovered entries 112 and 114 are the consequence of the missing 政务公开 pillar; other uncovered tasks were not deliberately left out."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
for e in expect:
    print(e['rule'], e['line'], e.get('text', e.get('pillar', e.get('task'))))
