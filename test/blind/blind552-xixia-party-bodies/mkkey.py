#!/usr/bin/env python3
"""Builds key.json for blind552 from draft.txt: every line number is found by searching the final draft."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines.pop()


def ln(anchor, text=None):
    """1-based line holding `anchor` (must be unique); `text` must also be on it."""
    hits = [i + 1 for i, l in enumerate(lines) if anchor in l]
    assert len(hits) == 1, (anchor, hits)
    if text is not None:
        assert text in lines[hits[0] - 1], (anchor, text)
    return hits[0]


def row(n):
    """line of task-list row n of the attachment"""
    hits = [i + 1 for i, l in enumerate(lines) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]


def cell(n, col):
    return lines[row(n) - 1].split('\t')[col]


expect = [
    {"rule": "basis-mismatch", "line": ln('宁政发〔2022〕17号'), "text": "宁政发〔2022〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2026年，全区数字政府“34567”体系框架全面成型'), "text": "2026年",
     "why": "主要目标: the region sets 到2025年 for the “34567”体系框架全面成型 goal (same wording); 2026 is later"},
    {"rule": "deadline-later-than-baseline", "line": row(29), "text": "2025年6月底前",
     "why": "task 86 (“我的宁夏”政务APP 应上尽上, 各市、县（区）配合), 完成时限 2024年; the row gives 2025年6月底前"},
    {"rule": "deadline-invalid", "line": row(15), "text": "6月31日",
     "why": "impossible date 2024年6月31日 (June has 30 days); task 48 完成时限 2024年, so the year itself is fine"},
    {"rule": "unknown-unit", "line": row(16), "text": "区委政法办",
     "why": "Party body written wrongly: the district body is 区委政法委 (units.txt, and rows 24, 25, 27 of the same list); 区委政法办 is not in the registry. It is the lead of task 49's local row"},
    {"rule": "garbled-text", "line": ln('鎺ㄥ姩鏀跨瓥'), "text": "鎺ㄥ姩鏀跨瓥",
     "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 推动政策信息集成智能发布"},
]
assert cell(29, 3) == '2025年6月底前' and cell(15, 3) == '2024年6月31日前' and cell(16, 2).startswith('区委政法办')

L32 = ln('成员由区委办公室')
mnf = []
for u in ['区委办公室', '区委组织部', '区委宣传部', '区委政法委', '区委网信办', '区委编办', '区纪委监委',
          '区人大常委会办公室', '区政协办公室', '区人民法院', '区人民检察院', '团区委', '区妇联', '区残联', '区总工会']:
    assert u in lines[L32 - 1]
    mnf.append({"rule": "unknown-unit", "line": L32, "text": u,
                "why": "Party / people's congress / CPPCC / court / procuratorate / mass body written correctly (full canonical form in units.txt)"
                + ("; a registered name, never split into 区纪委 + 监委" if u == '区纪委监委' else "")})
mnf += [
    {"rule": "unknown-unit", "line": L32, "text": "区直有关部门", "why": "collective subject"},
    {"rule": "unknown-unit", "line": ln('区委网络安全和信息化委员会办公室牵头'), "text": "区委网络安全和信息化委员会办公室",
     "why": "full name of 区委网信办, listed as its alias in units.txt"},
    {"rule": "unknown-unit", "line": ln('发挥辖区宁夏大学'), "text": "北方民族大学",
     "why": "university named as a resource, not a responsible unit; listed in units.txt (宁夏大学 is a regional unit of the baseline)"},
    {"rule": "unknown-unit", "line": ln('加强区委、区人大、区政协、区纪委监委'), "text": "区人大",
     "why": "the institutions 区委 / 区人大 / 区政协 named as owners of data resources, not as responsible units (their offices are the units)"},
    {"rule": "unknown-unit", "line": row(11), "text": "区委办、区人大办、区政协办、区法院、区检察院",
     "why": "official short forms, registered aliases of 区委办公室, 区人大常委会办公室, 区政协办公室, 区人民法院, 区人民检察院"},
    {"rule": "unknown-unit", "line": row(11), "text": "团区委、区妇联、区残联、区总工会",
     "why": "mass bodies written correctly (团区委, not 区团委)"},
    {"rule": "unknown-unit", "line": row(37), "text": "区委办、区政府办",
     "why": "official short forms (aliases in units.txt)"},
    {"rule": "unknown-unit", "line": row(32), "text": "区残联",
     "why": "local mass body leading a local row (适老化/无障碍); a local unit, not a regional body"},
    {"rule": "unknown-unit", "line": row(24), "text": "区委政法委",
     "why": "correct form of the Party body (contrast with the planted 区委政法办 in row 16)"},
    {"rule": "unknown-unit", "line": row(8), "text": "区纪委监委",
     "why": "registered name, not split"},
    {"rule": "unknown-unit", "line": row(6), "text": "区直有关部门（单位）",
     "why": "collective subject, first in the cell (分别负责)"},
    {"rule": "unknown-unit", "line": row(15), "text": "各镇（街道）、各村（社区）", "why": "collective subjects"},
    {"rule": "unknown-unit", "line": ln('各镇人民政府、各街道办事处，区直各部门（单位）：'), "text": "区直各部门（单位）",
     "why": "collective addressees"},
    {"rule": "unknown-unit", "line": row(2), "text": "西夏公安分局",
     "why": "alias of 银川市公安局西夏区分局 in units.txt (full form in row 25)"},
    {"rule": "unknown-unit", "line": row(3), "text": "区卫健局、区人社局、区文旅体局", "why": "official short forms (aliases)"},
    {"rule": "unknown-unit", "line": row(31), "text": "区审批局、区工信局、区商投局", "why": "official short forms (aliases)"},
    {"rule": "unknown-unit", "line": row(23), "text": "银川市生态环境局西夏分局",
     "why": "city bureau's district branch, listed in units.txt; not a regional body"},
    {"rule": "unknown-unit", "line": row(4), "text": "兴泾镇人民政府", "why": "town government listed in units.txt"},
    {"rule": "unknown-unit", "line": ln('区委组织部、区委党校把提高'), "text": "区委党校", "why": "listed in units.txt"},
    {"rule": "unknown-unit", "line": ln('区委宣传部、区融媒体中心牵头构建'), "text": "区融媒体中心", "why": "listed in units.txt"},
    # deadlines
    {"rule": "deadline-later-than-baseline", "line": ln('到2024年底，电子政务外网'), "text": "2024年底",
     "why": "goal equal to tasks 48 (外网 5级全覆盖), 46 (政务云迁移) and 105 (宁政通), all 完成时限 2024年"},
    {"rule": "deadline-later-than-baseline", "line": ln('到2035年，'), "text": "2035年", "why": "equal to the region's 2035 goal"},
    {"rule": "deadline-later-than-baseline", "line": row(1), "text": "持续推进，2025年取得明显成效",
     "why": "task 3, 完成时限 持续推进，2025 年取得明显成效: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(4), "text": "2024年底",
     "why": "task 10, 完成时限 持续推进，2025年取得明显成效: earlier"},
    {"rule": "deadline-later-than-baseline", "line": row(5), "text": "2024年",
     "why": "tasks 12 (2025年) and 13 (2024年): earlier or equal under either match"},
    {"rule": "deadline-later-than-baseline", "line": row(10), "text": "2025年底前",
     "why": "task 29, 完成时限 2023年启动，2025年完成: equal completing milestone"},
    {"rule": "deadline-later-than-baseline", "line": row(13), "text": "2024年12月底前", "why": "task 41, 完成时限 2024年: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(14), "text": "2024年6月底前",
     "why": "task 46 (and 43), 完成时限 2024年: earlier"},
    {"rule": "deadline-later-than-baseline", "line": row(16), "text": "2025年", "why": "task 49, 完成时限 2025年: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(20), "text": "2024年",
     "why": "task 64 (各地各部门参照自治区做法成立相应组织机构), 完成时限 2025年: earlier. Not task 60, which is 自治区政府办公厅's own"},
    {"rule": "deadline-later-than-baseline", "line": row(30), "text": "2025年",
     "why": "task 87, 完成时限 2023年启动，2025年完成: equal"},
    {"rule": "deadline-later-than-baseline", "line": row(32), "text": "2024年9月底前", "why": "task 93, 完成时限 2024年: earlier"},
    {"rule": "deadline-later-than-baseline", "line": row(45), "text": "长期坚持", "why": "task 121, 完成时限 长期坚持: equal"},
    {"rule": "deadline-invalid", "line": ln('2024年4月18日'), "text": "2024年4月18日", "why": "the document's own issue date"},
    {"rule": "deadline-invalid", "line": ln('截至2023年底'), "text": "截至2023年底",
     "why": "background: past achievements (2021年, 2022年, 截至2023年底), not deadlines"},
    {"rule": "deadline-invalid", "line": ln('每年6月25日、12月10日前'), "text": "6月25日、12月10日",
     "why": "the office's own half-yearly reporting dates"},
    # basis
    {"rule": "basis-mismatch", "line": ln('国发〔2022〕14号'), "text": "国发〔2022〕14号", "why": "correct national citation"},
    {"rule": "basis-mismatch", "line": ln('宁政办发〔2023〕11号'), "text": "宁政办发〔2023〕11号",
     "why": "cited exactly as the 吴忠 plan in the seeds cites it"},
    {"rule": "basis-mismatch", "line": ln('宁政办发〔2020〕14号'), "text": "宁政办发〔2020〕14号",
     "why": "retrospective mention (自…印发以来) in the background, with its correct title; not a basis"},
    {"rule": "basis-mismatch", "line": ln('西政发〔2024〕9号'), "text": "西政发〔2024〕9号", "why": "the plan's own 文号"},
    # pillars
    {"rule": "missing-pillar", "line": 0, "pillar": "数字生态",
     "why": "taken up in 三（三）营造良好数字生态 (data market, network ecology) and task rows 5"},
    {"rule": "missing-pillar", "line": 0, "pillar": "五个一",
     "why": "section 五: 区 leading group and its office, 镇（街道） bodies, 六级贯通 层级职责"},
    {"rule": "missing-pillar", "line": 0, "pillar": "财政投入", "why": "七（二）加大财政投入"},
]

covers = [(3, row(1)), (5, row(2)), (6, row(3)), (10, row(4)), (12, row(5)), (13, row(5)), (20, row(6)), (21, row(7)),
          (23, row(8)), (28, row(9)), (29, row(10)), (38, row(11)), (40, row(12)), (54, row(12)), (41, row(13)),
          (46, row(14)), (48, row(15)), (49, row(16)), (52, row(17)), (56, row(18)), (57, row(19)), (64, row(20)),
          (66, row(21)), (71, row(22)), (74, row(23)), (77, row(24)), (79, row(25)), (80, row(26)), (83, row(27)),
          (84, row(28)), (86, row(29)), (87, row(30)), (89, row(31)), (93, row(32)), (90, row(33)), (94, row(34)),
          (96, row(35)), (104, row(36)), (105, row(37)), (106, row(38)), (107, row(39)), (108, row(40)),
          (112, row(41)), (114, row(42)), (115, row(43)), (120, row(44)), (121, row(45)),
          (14, ln('强化安全管理责任。明确区直各部门')), (15, ln('强化安全管理责任。明确区直各部门')),
          (18, ln('强化安全管理责任。明确区直各部门')),
          (32, ln('明确区直各部门（单位）数据管理机构')), (30, ln('明确区直各部门（单位）数据管理机构')),
          (42, ln('明确区直各部门（单位）数据管理机构')),
          (116, ln('（一）加强组织领导。区委切实履行')), (118, ln('区委组织部、区委党校把提高')),
          (122, ln('（四）强化考核评价。')), (123, ln('（四）强化考核评价。')), (124, ln('（四）强化考核评价。')),
          (102, ln('推进水、气、土、废污染防治攻坚战')), (68, ln('推行“照单监管”'))]

key = {
    "writer": "blind writer, round 552; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "also": [],
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": mnf,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": ("银川市西夏区 (a district, county level) plan of 2024-04-18 with no parent plan, checked against 宁政发〔2023〕17号. "
              "Responsible units are in the attachment task list (tab-separated rows 序号/重点任务/责任单位/完成时限); the list states that "
              "the first-listed unit leads. Party, people's-congress, CPPCC, court, procuratorate and mass bodies (区委办…区总工会) "
              "appear in full form (section 五) and short form (rows 11, 37); only 区委政法办 (row 16) is wrong. Tasks whose regional "
              "完成时限 is 2023 (14, 15, 18, 30, 32, 116, 118, 123…) are taken up in the body without a date, on purpose. "
              "Helper script mkkey.py recomputes every line number from draft.txt."),
}
json.dump(key, open(os.path.join(HERE, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(lines), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
