#!/usr/bin/python3
# Helper kept in the case folder: rebuilds draft.txt via build.py, then writes key.json
# with every line number found by searching the final draft (1-based).
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {"__file__": os.path.join(HERE, "build.py"), "__name__": "build"}
exec(open(os.path.join(HERE, "build.py"), encoding="utf-8").read(), ns)
lines, row_line, rows = ns["lines"], ns["row_line"], ns["rows"]
final = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
assert final[:-1] == lines and final[-1] == ""

def only(sub):
    hits = [i + 1 for i, s in enumerate(lines) if sub in s]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def at(line, sub):
    assert sub in lines[line - 1], (line, sub)
    return line

R = row_line  # regional task number -> line of its row in the attached list

expect = [
 {"rule": "basis-mismatch", "line": at(only("宁政发〔2022〕17号"), "宁政发〔2022〕17号"), "text": "宁政发〔2022〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16); the year in the 文号 is wrong (slip from 国发〔2022〕14号 just before it)"},
 {"rule": "deadline-later-than-baseline", "line": at(only("到2026年"), "2026年"), "text": "2026年",
  "why": "主要目标: the region's goal is 到2025年，全区各级数字政府建设“34567”体系框架全面成型; the draft puts the same goal at 2026"},
 {"rule": "deadline-later-than-baseline", "line": at(R[48], "2025年底前"), "text": "2025年底",
  "why": "task 48 (城域网升级改造，推进区市县乡村5级全覆盖) 完成时限 2024年; the draft's row says 2025年底前"},
 {"rule": "deadline-invalid", "line": at(R[60], "2022年12月底前"), "text": "2022年12月",
  "why": "a forward deadline before the document's own year (issued 2023-09-12); task 60 (充实领导小组) 完成时限 2023年, so this is a typo for 2023, not a late deadline"},
 {"rule": "unknown-unit", "line": at(R[30], "县大数据局"), "text": "县大数据局",
  "why": "no such county unit; units.txt has 县大数据服务中心 (县大数据中心); 县大数据局 is not one of its names (task 30, 完成时限 2023年, draft 2023年底前 is fine)"},
 {"rule": "unknown-unit", "line": at(R[50], "自治区政府办公厅牵头"), "text": "自治区政府办公厅",
  "why": "a regional body named as lead of a county task (row copied from task 50, whose lead is 自治区政府办公厅); the county lead should be 县政府办公室"},
 {"rule": "garbled-text", "line": at(only("鏀垮姟鏁版嵁"), "鏀垮姟鏁版嵁"), "text": "鏀垮姟鏁版嵁鎸夐渶鍥炴祦",
  "why": "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 政务数据按需回流"},
]

M = []
def mnf(rule, line, text, why, sub=None):
    at(line, sub or text) if line else None
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

# units: Party bodies and people's organisations by their usual short names, collectives, prefix lists
mnf("unknown-unit", R[14], "县委网信办", "Party body, usual short name; in units.txt (县委网信办 = 中共隆德县委网络安全和信息化委员会办公室)")
mnf("unknown-unit", R[64], "县委编办", "Party body, usual short name; in units.txt")
mnf("unknown-unit", R[77], "县委政法委", "Party body, usual short name; in units.txt")
mnf("unknown-unit", R[77], "团县委", "people's organisation (共青团隆德县委员会) by its usual short name; in units.txt")
mnf("unknown-unit", R[77], "县妇联", "people's organisation (隆德县妇女联合会) by its usual short name; in units.txt")
mnf("unknown-unit", R[77], "县法院", "court by its usual short name; in units.txt (隆德县人民法院)")
mnf("unknown-unit", R[93], "县残联", "people's organisation (隆德县残疾人联合会) by its usual short name; in units.txt")
mnf("unknown-unit", R[3], "县工商联", "people's organisation (隆德县工商业联合会) by its usual short name; in units.txt")
mnf("unknown-unit", R[118], "县委党校", "Party school by its usual short name; in units.txt")
mnf("unknown-unit", R[123], "县委组织部", "Party body, usual short name; in units.txt")
mnf("unknown-unit", R[120], "宣传部", "县委组织部、宣传部: the prefix 县委 distributes, giving 县委宣传部 (in units.txt); 团县委 in the same cell is also listed", "组织部、宣传部")
mnf("unknown-unit", R[114], "县委宣传部", "Party body, usual short name; in units.txt")
mnf("unknown-unit", R[122], "县委办公室", "the issuing Party office, in units.txt (县委办公室 = 中共隆德县委办公室)")
mnf("unknown-unit", only("团县委、县妇联、县残联、县工商联、县科协"), "团县委、县妇联、县残联、县工商联、县科协", "people's organisations by their usual short names, all in units.txt")
mnf("unknown-unit", R[24], "审计局", "县财政局、审计局: prefix 县 distributes, giving 县审计局 (in units.txt)", "县财政局、审计局")
mnf("unknown-unit", R[49], "应急管理局", "县公安局、应急管理局、交通运输局: prefix 县 distributes (县应急管理局, 县交通运输局, both in units.txt)", "县公安局、应急管理局、交通运输局")
mnf("unknown-unit", R[71], "卫健局", "县市场监管局、农业农村局、卫健局: prefix 县 distributes (县农业农村局; 县卫健局 is an alias of 县卫生健康局)", "农业农村局、卫健局")
mnf("unknown-unit", R[95], "固原市生态环境局隆德分局", "a vertically managed unit listed as one name in units.txt; must not be split or read as a city unit")
mnf("unknown-unit", R[36], "县大数据服务中心", "the county's real data unit, in units.txt (next to the planted 县大数据局)")
mnf("unknown-unit", R[80], "县消防救援大队", "in units.txt")
mnf("unknown-unit", R[10], "各乡镇人民政府", "collective subject")
mnf("unknown-unit", R[14], "县直各部门（单位）", "collective subject")
mnf("unknown-unit", R[68], "承担监管职责的县直有关部门", "collective subject")
mnf("unknown-unit", R[5], "县委网信办等有关部门", "县委网信办 plus a collective tail (等有关部门)")
mnf("unknown-unit", 5, "县委各部委办局", "collective addressees of the notice (县委各部委办局, 各人民团体), not responsible units")
# basis documents
mnf("basis-mismatch", 4, "隆党办发〔2023〕41号", "the notice's own 文号")
mnf("basis-mismatch", 12, "国发〔2022〕14号", "correct title and 文号 of the national guiding opinion")
mnf("basis-mismatch", 12, "宁政办发〔2023〕11号", "数字宁夏“1244+N”行动计划实施方案, cited with the same title and 文号 in the 吴忠 plan (seeds)")
mnf("basis-mismatch", 15, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background, exact title and 文号; not cited as basis")
# dates
mnf("deadline-invalid", 15, "2022年底", "past date in the background (截至2022年底), not a deadline")
mnf("deadline-invalid", 9, "2023年9月12日", "the notice's issue date")
mnf("deadline-later-than-baseline", 19, "2023年底", "equal to the region's goal 到2023年底")
mnf("deadline-later-than-baseline", 21, "2035年", "equal to the region's goal 到2035年")
mnf("deadline-later-than-baseline", 36, "2023年10月底前", "the office's own date for units' work plans (task 116 is due 2023年, so also not late)")
mnf("deadline-invalid", 36, "6月30日、12月20日", "the office's own half-yearly reporting dates")
mnf("deadline-later-than-baseline", R[7], "持续推进，2025年取得明显成效", "task 7 完成时限 2023年形成试点经验，2025年取得明显成效; the completing milestone 2025 is equal")
mnf("deadline-later-than-baseline", R[87], "2023年启动，2025年完成", "equal to task 87 (2023年启动，2025年完成)")
mnf("deadline-later-than-baseline", R[49], "2025年", "equal to task 49 (2025年)")
mnf("deadline-later-than-baseline", R[83], "2025年", "equal to task 83 (2025年)")
mnf("deadline-later-than-baseline", R[50], "2024年", "equal to task 50 (2024年); this row's planted mistake is the unit, not the date")
mnf("deadline-later-than-baseline", R[30], "2023年底前", "equal to task 30 (2023年)")
mnf("deadline-later-than-baseline", R[18], "2023年形成机制，长期坚持", "equal to task 18")
mnf("deadline-later-than-baseline", R[116], "2023年完成并长期坚持", "equal to task 116")
mnf("deadline-later-than-baseline", R[121], "长期坚持", "equal to task 121 (长期坚持)")
mnf("deadline-later-than-baseline", R[124], "2023年形成机制，长期坚持", "equal to task 124")
mnf("deadline-later-than-baseline", R[52], "2024年底前", "earlier than task 52 (2025年)")
mnf("deadline-later-than-baseline", R[64], "2024年底前", "earlier than task 64 (2025年)")
mnf("deadline-later-than-baseline", R[66], "2024年", "earlier than task 66 (2025年); equal to task 65 (2024年) if read against it")
mnf("deadline-later-than-baseline", R[95], "2024年", "earlier than task 95 (2025年)")
mnf("deadline-invalid", R[83], "13个乡镇", "a count of townships, not a month")
# pillars and text
mnf("missing-pillar", 0, None, "五个一/六级贯通 are taken up in section 四 (lines 33–36: 健全组织机构, 厘清层级职责, 完善工作机制) under a local heading")
mnf("missing-pillar", 0, None, "党的领导 items all present: 组织领导 line 46, 财政投入 line 47, 数字素养 line 48, 考核评价 line 49; 数字生态 line 27")
mnf("garbled-text", 35, "陈靳乡", "a real township name with an uncommon character, not mojibake")
M[-3]["pillar"] = "五个一"
M[-2]["pillar"] = "党的领导"

covers = [{"task": t, "line": R[t]} for t, *_ in rows]
covers += [{"task": 65, "line": 38}]

key = {
 "writer": "blind writer, round 480; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("隆德县 (固原市) plan issued jointly by 中共隆德县委办公室 and 隆德县人民政府办公室 on 2023-09-12 (隆党办发〔2023〕41号); "
           "basis is the region's 实施意见 only (no city plan cited, so no parent). units.txt is the county registry: canonical names are the "
           "usual short forms with full names as aliases; Party bodies (县委网信办, 县委组织部, 县委编办, 县委宣传部, 县委政法委, 县委党校) and people's "
           "organisations (团县委, 县妇联, 县残联, 县工商联, 县科协) are all listed. Line 54 states that the first-listed lead is the main lead. "
           "Body text carries no dated task sentences except the 主要目标 (lines 19-21) and the office's own dates on line 36; all task deadlines are in "
           "the attached list (lines 56-115, one row per regional task). Built by build.py/keygen.py in this folder."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers))
