#!/usr/bin/env python3
"""Builds key.json for blind870: every line number is looked up in draft.txt by a unique substring."""
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()

def L(sub, also=None):
    hits = [i + 1 for i, s in enumerate(lines) if sub in s and (also is None or also in s)]
    assert len(hits) == 1, (sub, also, hits)
    return hits[0]

def row(n):
    return L(f'{n}\t', None) if False else [i + 1 for i, s in enumerate(lines) if s.startswith(f'{n}\t')][0]

expect = [
    {"rule": "basis-mismatch", "line": L("宁政发〔2023〕71号"), "text": "宁政发〔2023〕71号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (digits transposed)"},
    {"rule": "garbled-text", "line": L("鏀垮姟鏁版嵁"), "text": "鏀垮姟鏁版嵁渚涢渶瀵规帴",
     "why": "UTF-8 bytes read as GBK: 政务数据供需对接 (re-encode as GBK, decode as UTF-8)"},
    {"rule": "unknown-unit", "line": row(2), "text": "管委会招商局",
     "why": "not in units.txt: the bureau is 管委会投资促进局 (投促局), as in line %d; 招商局 is an old name" % L("经发局、投促局、规建局、经开区应急局配合")},
    {"rule": "deadline-invalid", "line": row(15), "text": "2024年6月31日",
     "why": "impossible date: June has 30 days (task 48 / 47, 完成时限 2024年, so the year itself is fine)"},
    {"rule": "deadline-later-than-baseline", "line": row(28), "text": "2025年底",
     "why": "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 各市、县（区）按照职能分别负责) 完成时限 2024年; the zone gives 2025年底前"},
    {"rule": "task-uncovered", "line": 0, "task": 114,
     "why": "deliberately left out: 政务新媒体矩阵体系 (自治区各部门（单位）及各市、县（区）分别负责, 2024年) is within a zone's remit (its website and 政务新媒体) but nothing in the draft takes it up; line %d only covers 112/113/115" % L("（七）提升全面规范的政务公开能力")},
]

M = []
def mnf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

U = "unknown-unit"; D = "deadline-later-than-baseline"; I = "deadline-invalid"; B = "basis-mismatch"
mnf(U, L("（一）健全组织机构。"), "党政办 is the listed short name of 管委会党政办公室 in units.txt", "党政办")
mnf(U, row(1), "数字化中心 is the listed short name of 经开区数字化服务中心 (the zone's own service centre)", "数字化中心")
mnf(U, row(1), "经发局 = 管委会经济发展局 (listed short name)", "经发局")
mnf(U, row(1), "投促局 = 管委会投资促进局 (listed short name)", "投促局")
mnf(U, row(1), "规建局 = 管委会规划建设局 (listed short name)", "规建局")
mnf(U, L("经发局、投促局、规建局、经开区应急局配合"), "经开区应急局 = 管委会应急管理局 (listed short name)", "经开区应急局")
mnf(U, row(9), "政务服务中心 = 经开区政务服务中心 (listed short name of the zone's service centre)", "政务服务中心")
mnf(U, row(4), "企服中心 = 经开区企业服务中心 (listed short name)", "企服中心")
mnf(U, row(4), "社事局 = 管委会社会事务局 (listed short name)", "社事局")
mnf(U, row(11), "财金局 = 管委会财政金融局 (listed short name)", "财金局")
mnf(U, row(40), "党群部 = 管委会党群工作部 and 人才科技局 = 管委会人才科技局, both listed", "人才科技局")
mnf(U, row(3), "市场监管分局 = 银川市市场监督管理局经开区分局 (listed; a 驻区分局, not a regional body)", "市场监管分局")
mnf(U, row(7), "公安分局 = 银川市公安局经开区分局 (listed)", "公安分局")
mnf(U, row(22), "生态环境分局 = 银川市生态环境局经开区分局 (listed)", "生态环境分局")
mnf(U, row(8), "collective subject of the zone level (like 县直各部门（单位）)", "管委会各部门（单位）")
mnf(U, row(8), "银川市大数据局 is the listed short name of 银川市大数据管理服务局; 指导 is its role, not part of the name", "银川市大数据局")
mnf(U, L("配合银川市有关部门"), "collective subject (银川市有关部门, like 市直有关部门); the zone cooperates with it", "银川市有关部门")
mnf(U, row(23), "西夏区人民政府 is listed in units.txt (the district the zone lies in)", "西夏区人民政府")
mnf(U, L("驻区各分局"), "addressee line of the notice, a collective (驻区各分局), not a responsibility note", "驻区各分局")
mnf(D, row(1), "task 3 完成时限 持续推进，2025年取得明显成效; the zone: 2024年建成一期，2025年取得明显成效 (equal completing milestone)", "2025年")
mnf(D, L("2024年建成一期，2025年取得明显成效）"), "same as the table row: task 3, 2025年 equal", "2025年")
mnf(D, row(2), "task 2 完成时限 2023年启动，2024年取得明显成效; 2024年12月底前 is equal", "2024年12月底前")
mnf(D, row(3), "task 5 完成时限 持续推进，2025年取得明显成效; copied, equal", "2025年")
mnf(D, row(5), "task 9 完成时限 持续推进，2025年取得明显成效; 2024年底前 is earlier", "2024年底前")
mnf(D, L("（一）健全组织机构。"), "task 64 (各地各部门参照自治区做法成立相应的组织机构, 各市、县（区）负责) 完成时限 2025年; 2024年4月底前 is earlier. Task 60 (充实自治区领导小组, 2023年) is the region's own and is not what this line does", "2024年4月底前")
mnf(D, row(7), "task 18 完成时限 2023年形成机制，长期坚持; the zone keeps the ongoing part (长期坚持) with no later milestone", "长期坚持")
mnf(D, row(10), "task 22 完成时限 2025年; 2024年底前 is earlier", "2024年底前")
mnf(D, row(12), "task 28 完成时限 2023年启动，2025年取得明显成效; 持续开展，2025年取得明显成效 is equal", "2025年")
mnf(D, row(17), "task 49 完成时限 2025年; equal", "2025年")
mnf(D, row(29), "task 95 完成时限 2025年 (task 94 2024年); 2024年底前 is earlier or equal", "2024年底前")
mnf(D, row(34), "task 107 完成时限 2025年; 2024年底前 is earlier", "2024年底前")
mnf(D, row(22), "task 80 完成时限 2024年; 2024年10月底前 is earlier", "2024年10月底前")
mnf(D, row(6), "task 12 完成时限 2025年; equal (the row is about 数据要素市场培育, task 12, not the region-only policy task 13)", "2025年")
mnf(D, row(39), "task 116 完成时限 2023年完成并长期坚持; ongoing form kept, no later milestone", "长期坚持")
mnf(D, L("到2025年，经开区数字政府建设与全区"), "主要目标: the region's goal 到2025年…\u201c34567\u201d体系框架全面成型; the zone's 2025 goal is equal", "2025年")
mnf(D, L("到2024年底，管委会政务信息系统"), "主要目标 for 2024 matches 2024 tasks (43 信创云 2024年建成, 48 城域网 2024年, 84 一体化政务服务 2024年) and task 3 (2025); none is later. It does not restate the region's 到2023年底 goals", "2024年底")
mnf(I, L("2023年8月"), "past dates in the 工作基础 background (2020年以来, 2022年, 2023年8月), not deadlines", "2023年8月")
mnf(I, L("在2023年园区政务数据资源普查"), "past reference (a 2023 survey already done), not a deadline", "2023年")
mnf(D, L("2025年1月15日前"), "the office's own reporting date for the annual summary, not a task deadline", "2025年1月15日")
mnf(I, L("2024年3月18日"), "issue date of the notice", "2024年3月18日")
mnf(B, L("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background, with its correct title and 文号; not a basis of this plan", "宁政办发〔2020〕14号")
mnf(B, L("国发〔2022〕14号"), "correct national basis: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
mnf(B, L("宁政办发〔2023〕11号"), "《数字宁夏\u201c1244+N\u201d行动计划实施方案》（宁政办发〔2023〕11号） is cited the same way by the 吴忠 plan; correct", "宁政办发〔2023〕11号")
mnf(B, L("银经开管发〔2024〕9号"), "the notice's own 文号, not a cited basis", "银经开管发〔2024〕9号")

covers_spec = [
    (3, row(1)), (2, row(2)), (5, row(3)), (6, row(4)), (9, row(5)), (12, row(6)),
    (14, L("落实安全管理责任。")), (15, L("落实安全管理责任。")), (18, row(7)), (43, row(8)),
    (21, row(9)), (22, row(10)), (23, row(11)), (24, L("创新项目建设管理机制。")),
    (28, row(12)), (30, L("摸清数据资源底数。")), (31, L("加强数据治理与共享。")),
    (32, L("（三）完善工作机制。")), (40, row(13)), (54, row(13)), (41, row(14)), (42, row(14)),
    (48, row(15)), (47, L("强化云网支撑。")), (50, row(16)), (49, row(17)), (53, row(18)), (57, row(18)),
    (64, L("（一）健全组织机构。")), (66, row(19)), (67, L("（一）提升科学精准的经济调节能力。")),
    (70, L("（二）提升综合高效的市场监管能力。")), (72, L("（二）提升综合高效的市场监管能力。")),
    (71, row(20)), (74, row(21)), (80, row(22)), (77, row(23)), (84, row(24)), (86, row(25)),
    (89, row(26)), (88, row(27)), (93, row(28)), (95, row(29)), (101, row(30)), (103, row(31)),
    (104, row(32)), (105, row(32)), (106, row(33)), (107, row(34)), (111, row(35)), (112, row(36)),
    (113, row(37)), (115, row(38)), (116, row(39)), (118, row(40)), (121, row(41)), (123, row(41)),
    (25, L("（二）加大资金保障。")),
]
covers = [{"task": t, "line": l} for t, l in covers_spec]

key = {
    "writer": "blind writer, round 870; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
    "notes": ("银川经济技术开发区管委会 2024 实施方案 with a 41-row task table (lines %d-%d). A development zone is not a county: "
              "it takes up the tasks given to 各市、县（区） as far as its remit goes, so tasks such as 10 数字乡村, 11 数字供销, 79 雪亮工程, "
              "83 基层治理, 92 多卡合一, 96-99 are outside its remit and not taken up on purpose (task-uncovered for them is information only "
              "and not annotated); only 114 is a deliberate omission. Tasks the region dates 2023年 (14, 15, 30, 32) are taken up in the "
              "body without a date; task 36 (供需对接) sits in the garbled run of line %d, so it is not listed in covers. The table note says the first-listed unit leads. 指导 (line %d) is a role word for 银川市大数据局." )
             % (row(1) - 1, row(41), L("鏀垮姟鏁版嵁"), row(8)),
}
with open(os.path.join(here, 'key.json'), 'w', encoding='utf-8') as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write('\n')
print(len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
for e in expect: print(e['rule'], e['line'], e.get('text'), '|', lines[e['line']-1][:60] if e['line'] else '')
