#!/usr/bin/env python3
# Writes key.json; every line number is looked up in the final draft.txt (1-based).
import json, os
here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, 'draft.txt'), encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def ln(sub, start=None):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l and (start is None or l.startswith(start))]
    assert len(hits) == 1, (sub, start, hits)
    return hits[0]

def m(n):  # line of measure n
    return ln(f'{n}.', start=f'{n}.') if False else [i + 1 for i, l in enumerate(lines) if l.startswith(f'{n}.')][0]

for n in range(1, 41):
    assert len([l for l in lines if l.startswith(f'{n}.')]) == 1, n

def chk(line, text):
    assert text in lines[line - 1], (line, text)
    return line

expect = [
    {"rule": "basis-mismatch", "line": chk(ln('宁政发〔2023〕17号'), '自治区人民政府关于加快推进数字政府建设的实施意见'),
     "text": "自治区人民政府关于加快推进数字政府建设的实施意见",
     "why": "wrong title: the regional document is 《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）, not 加快推进"},
    {"rule": "deadline-later-than-baseline", "line": chk(m(8), '2026年'), "text": "2026年",
     "why": "measure 8 (数字乡村) takes up regional task 10, 完成时限 持续推进，2025年取得明显成效; the draft says 持续推进，2026年取得明显成效"},
    {"rule": "deadline-invalid", "line": chk(m(17), '21月'), "text": "21月",
     "why": "impossible month 2024年21月 (typo for 12月); measure 17 takes up regional task 42, 完成时限 2024年; only the invalid date should be reported, not a late one"},
    {"rule": "deadline-later-than-baseline", "line": chk(m(21), '2025年6月底'), "text": "2025年6月底",
     "why": "measure 21 (城域网升级、区市县乡村5级全覆盖) takes up regional task 48, 完成时限 2024年; 2025年6月底前 is later"},
    {"rule": "garbled-text", "line": chk(m(27), '鍏呭垎杩愮敤'), "text": "鍏呭垎杩愮敤鐗╄仈鎰熺煡",
     "why": "UTF-8 bytes read as GBK: 充分运用物联感知 (re-encode as GBK, decode as UTF-8)"},
    {"rule": "unknown-unit", "line": chk(ln('县大数据管理服务局负责'), '县大数据管理服务局'), "text": "县大数据管理服务局",
     "why": "the county has no 大数据管理服务局 (a city-level name, cf. 市大数据管理服务局); its body is 县大数据服务中心 (= 县大数据中心), not in units.txt under this name"},
]

nm = []
def add(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        chk(line, text); e["text"] = text
    e["why"] = why
    nm.append(e)

L_pre = ln('宁政发〔2023〕17号')
add("basis-mismatch", L_pre, "correct citation of the national guiding opinion", "国发〔2022〕14号")
add("basis-mismatch", L_pre, "real regional document (also cited by the 吴忠 plan in the seeds), correct title and 文号", "宁政办发〔2023〕11号")
L_bg = ln('宁政办发〔2020〕14号')
add("basis-mismatch", L_bg, "retrospective mention of the 2020 工作要点 in the background, not cited as a basis", "宁政办发〔2020〕14号")
add("deadline-invalid", L_bg, "past dates describing work already done (background), not deadlines", "2021年")
add("deadline-later-than-baseline", L_bg, "截至2023年底 is a status date in the background, not a deadline", "截至2023年底")
add("deadline-invalid", ln('2024年4月18日'), "issue date of the notice", "2024年4月18日")
add("deadline-later-than-baseline", ln('到2024年底，全县非涉密'), "goal dated 2024 for 迁移上云 / 网上办掌上办 / 宁政通 (tasks 43 2024年建成，持续推进; 84 2024年; 105 2024年): equal", "到2024年底")
add("deadline-later-than-baseline", ln('到2025年，全县数字政府建设体系框架全面成型'), "equal to the regional goal 到2025年 …“34567”体系框架全面成型", "到2025年")
add("deadline-later-than-baseline", ln('到2035年'), "equal to the regional goal 到2035年 …数字政府全面建成", "到2035年")
add("deadline-later-than-baseline", m(1), "earlier than regional task 64 (各市县成立相应组织机构), 完成时限 2025年", "2024年6月底前")
add("deadline-later-than-baseline", m(2), "层级职责 / 指挥调度中心: regional 2025 (task 81 2025年); equal", "2025年底前")
add("deadline-later-than-baseline", m(3), "长期坚持 for a mechanism (regional task 32, 2023年): ongoing only, no later completion milestone", "长期坚持")
add("deadline-later-than-baseline", m(4), "equal to regional task 3: 持续推进，2025年取得明显成效", "2025年取得明显成效")
add("deadline-later-than-baseline", m(5), "equal to regional task 2: 2023年启动，2024年取得明显成效", "2024年底前取得明显成效")
add("deadline-later-than-baseline", m(6), "equal to regional task 6: 持续推进，2025年取得明显成效", "2025年取得明显成效")
add("deadline-later-than-baseline", m(7), "equal to regional task 8: 持续推进，2025年取得明显成效", "2025年底前")
add("deadline-later-than-baseline", m(9), "equal to regional task 12: 2025年", "2025年底前")
add("deadline-later-than-baseline", m(10), "长期坚持 for 安全责任 (regional tasks 14, 15: 2023年): ongoing only", "长期坚持")
add("deadline-invalid", m(11), "regional deadline of task 18 (2023年形成机制，长期坚持) copied; the background says the mechanism was set up in 2023; not a late or invalid deadline", "2023年形成机制")
add("deadline-later-than-baseline", m(11), "copied regional deadline of task 18 (2023年形成机制，长期坚持): equal, not later", "长期坚持")
add("deadline-later-than-baseline", m(13), "regional task 23: 2024年; 2024年9月底前 is not later", "2024年9月底前")
add("deadline-later-than-baseline", m(14), "completion equal to regional task 28: 2023年启动，2025年取得明显成效", "2025年取得明显成效")
add("deadline-later-than-baseline", m(15), "earlier-or-equal to regional task 29: 2023年启动，2025年完成", "2025年6月底前完成")
add("deadline-later-than-baseline", m(20), "regional tasks 43 (2024年建成，持续推进) and 46 (2024年): 2024年10月 is not later", "2024年10月底前")
add("deadline-later-than-baseline", m(22), "equal to regional task 49: 2025年", "2025年底前")
add("deadline-later-than-baseline", m(23), "equal to regional task 56: 2025年", "2025年底前")
add("deadline-later-than-baseline", m(30), "equal to regional task 83: 2025年", "2025年底前")
add("deadline-later-than-baseline", m(32), "equal to regional tasks 95 and 96: 2025年", "2025年底前")
add("deadline-later-than-baseline", m(35), "regional task 106: 2025年; 2025年6月底前 is not later", "2025年6月底前")
add("deadline-later-than-baseline", m(37), "长期坚持 for 一把手工程 (regional task 116: 2023年完成并长期坚持): ongoing only", "长期坚持")
L_duty = ln('县大数据服务中心负责第3、13—18项')
add("deadline-invalid", L_duty, "measure-number range in the 职责分工, not a date", "13—18")
add("deadline-invalid", ln('县政府办公室负责第1、2、34—36项'), "measure-number list and range, not a date", "34—36")
add("unknown-unit", ln('县政府办公室负责第1、2、34—36项'), "official short name of 县人民政府办公室 (units.txt)", "县政府办公室")
add("unknown-unit", ln('县教体局、卫健局'), "prefix 县 distributes: 县教体局, 县卫健局, 县人社局, 县民政局, 县文旅广电局 are short names in units.txt", "卫健局")
add("unknown-unit", ln('县工信商务局负责'), "short name of 县工业信息化和商务局 (units.txt)", "县工信商务局")
add("unknown-unit", ln('县审批局负责第12、31项'), "short name of 县审批服务管理局 (units.txt)", "县审批局")
add("unknown-unit", ln('县委网信办、县公安局负责'), "county unit listed in units.txt", "县委网信办")
add("unknown-unit", ln('县委政法委负责第28—30项'), "prefix 县 distributes: 县司法局, 县信访局 (units.txt)", "司法局、信访局")
add("unknown-unit", ln('固原市生态环境局彭阳分局'), "the city bureau's county branch, listed in units.txt", "固原市生态环境局彭阳分局")
add("unknown-unit", ln('县财政局负责第23、38项'), "short name of 国家税务总局彭阳县税务局 (units.txt)", "县税务局")
add("unknown-unit", ln('县委组织部负责第39项'), "short name of 中共彭阳县委党校 (units.txt)", "县委党校")
add("unknown-unit", ln('县农业农村局负责第8项'), "short name of 县供销合作社 (units.txt)", "县供销社")
add("unknown-unit", ln('县直各部门（单位）、各乡镇人民政府按照'), "collective subjects", "各乡镇人民政府")
add("unknown-unit", ln('各乡镇人民政府，县直各部门（单位）：'), "collective addressees of the notice", "县直各部门（单位）")
L_req = ln('（二）工作要求')
add("unknown-unit", L_req, "short name of 县大数据服务中心 (units.txt)", "县大数据中心")
add("deadline-later-than-baseline", L_req, "the office's own quarterly and annual reporting dates, not task deadlines", "每年12月10日前")

covers = [
    (1, 64), (3, 32), (4, 3), (5, 2), (6, 6), (7, 8), (8, 10), (9, 12), (10, 14), (10, 15), (11, 18),
    (12, 21), (13, 23), (14, 28), (15, 29), (16, 33), (16, 34), (17, 42), (18, 41), (19, 40), (19, 54),
    (20, 43), (20, 46), (21, 48), (22, 49), (23, 56), (24, 57), (25, 66), (26, 70), (27, 74), (28, 77),
    (29, 79), (30, 83), (31, 84), (31, 86), (32, 95), (32, 96), (33, 98), (34, 105), (35, 106), (36, 112),
    (36, 114), (37, 116), (38, 25), (39, 118), (40, 122), (40, 123),
]
key = {
    "writer": "blind writer, round 507; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": nm,
    "covers": [{"task": t, "line": m(n)} for n, t in covers],
    "notes": ("彭阳县 (固原市) county plan of 2024-04-18 implementing 宁政发〔2023〕17号 directly; no city plan is used as a parent. "
              "Measures 1–40 carry only their 完成时限; responsible units are given by measure number in 七、职责分工 "
              "(lists and ranges such as 第1、2、34—36项, 第13—18项). The 职责分工 states that the first-listed unit leads. "
              "Measures whose regional task was due in 2023 are given 长期坚持 (ongoing) or, for measure 11, the copied regional "
              "deadline 2023年形成机制，长期坚持; neither is meant as a late or invalid deadline. "
              "县大数据管理服务局 (line of 第20—22项) is the planted unit the county does not have; its real body is 县大数据服务中心."),
}
json.dump(key, open(os.path.join(here, 'key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(nm), len(key["covers"]))
for e in expect: print(e["rule"], e["line"], e["text"])
