# Writes key.json and checks every line/text pair against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def E(rule, line, text=None, why='', **kw):
    d = {"rule": rule, "line": line}
    if text is not None: d["text"] = text
    d.update(kw); d["why"] = why
    if line and text is not None:
        assert text in L[line-1], (line, text)
    return d

expect = [
 E("basis-mismatch", 9, "宁政办发〔2023〕17号",
   "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 自治区人民政府 document); 宁政办发 is the 办公厅 series, so the 文号 does not belong to the title"),
 E("unknown-unit", 38, "县大数据管理服务局",
   "not in units.txt; the county body is 县大数据服务中心 (used everywhere else); the name is copied from the city-level 大数据管理服务局 pattern"),
 E("garbled-text", 39, "鎺ㄥ姩鏁版嵁鎸夐渶鍥炴祦",
   "UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 推动数据按需回流"),
 E("deadline-invalid", 45, "20245年",
   "impossible year (typo for 2024年/2025年) in the inline note; the measure takes up task 57 (完成时限 2024年) and task 56 (完成时限 2025年)"),
 E("deadline-later-than-baseline", 106, "2025年底",
   "task row for 城域网升级改造/外网 five-level coverage: regional task 48 完成时限 2024年 (also task 47, 2024年); the draft's own goal on line 14 says 到2024年底"),
 E("unknown-unit", 124, "自治区政府办公厅",
   "a regional body named as the lead (牵头) of a local task; copied from regional task 105 (自治区政府办公厅牵头负责); the county lead should be 县政府办"),
]

mnf = [
 E("basis-mismatch", 9, "国发〔2022〕14号", "correct title and 文号 of the national 指导意见"),
 E("basis-mismatch", 9, "石嘴山市人民政府《关于加强数字政府建设的实施方案》", "the city plan cited by title alone, as city plans often have no 文号; correct 实施方案 title"),
 E("basis-mismatch", 12, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the 工作基础 background (自…印发以来), not a basis document; title and 文号 match"),
 E("basis-mismatch", 2, "平政办发〔2024〕15号", "the document's own 文号, not a citation"),
 E("deadline-invalid", 12, "2023年", "past date in the background (工作基础), not a deadline"),
 E("deadline-invalid", 6, "2024年4月12日", "the issuing date of the notice"),
 E("deadline-later-than-baseline", 14, "到2024年底", "2024 goals are 政务云迁移 and 外网 county-village coverage, tasks 46 and 48 (完成时限 2024年): equal; none of the region's 到2023年底 goals is restated"),
 E("deadline-later-than-baseline", 15, "到2025年", "equal to the region's 到2025年 goal (34567 framework 全面成型)"),
 E("deadline-later-than-baseline", 16, "到2035年", "equal to the region's 到2035年 goal"),
 E("deadline-later-than-baseline", 19, "2024年", "task 2 完成时限 2023年启动，2024年取得明显成效: equal"),
 E("deadline-later-than-baseline", 20, "2025年", "task 3 完成时限 持续推进，2025年取得明显成效: equal"),
 E("deadline-later-than-baseline", 21, "持续推进，2025年取得明显成效", "task 5 完成时限 copied unchanged"),
 E("deadline-later-than-baseline", 25, "2025年", "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效: the completing milestone is 2025, equal"),
 E("deadline-later-than-baseline", 35, "2024年", "task 23 完成时限 2024年: equal"),
 E("deadline-later-than-baseline", 42, "2024年6月底前", "task 46 完成时限 2024年 (task 43: 2024年建成，持续推进): same year, earlier month"),
 E("deadline-later-than-baseline", 44, "2024年", "task 49 完成时限 2025年: earlier"),
 E("deadline-later-than-baseline", 47, "2024年6月底前", "task 64 完成时限 2025年: earlier"),
 E("deadline-later-than-baseline", 63, "2025年", "task 87 完成时限 2023年启动，2025年完成: equal (not task 115, which is the 政民互动 item on line 80)"),
 E("deadline-later-than-baseline", 65, "2024年12月底前", "tasks 93 and 90 完成时限 2024年: equal, month form"),
 E("deadline-later-than-baseline", 70, "2025年", "task 100 完成时限 2025年: equal"),
 E("deadline-later-than-baseline", 108, "2024年", "table row: task 49 完成时限 2025年, earlier"),
 E("deadline-invalid", 98, "2023年形成机制，长期坚持", "copied regional deadline of task 18 (2023年形成机制，长期坚持); lies before the plan's year but is the regional text itself, not an impossible date and not later"),
 E("deadline-later-than-baseline", 98, "2023年形成机制，长期坚持", "identical to task 18's 完成时限"),
 E("deadline-later-than-baseline", 129, "长期坚持", "task 121 完成时限 长期坚持: equal"),
 E("deadline-invalid", 87, "2024年12月10日前", "the office's own reporting date (年度工作总结), not a task deadline; the same line has 每季度末月25日前"),
 E("deadline-invalid", 89, "（2024年—2025年）", "the task list's period in its title, not a deadline"),
 E("unknown-unit", 3, "县直各部门（单位）", "collective subject"),
 E("unknown-unit", 29, "各乡镇人民政府", "collective subject"),
 E("unknown-unit", 36, "各乡镇", "collective subject (各乡镇 for 各乡镇人民政府; 平罗县 has no 街道)"),
 E("unknown-unit", 54, "县直有关部门", "collective subject"),
 E("unknown-unit", 61, "崇岗镇等各乡镇人民政府", "a named 乡镇 in units.txt followed by the collective 各乡镇人民政府"),
 E("unknown-unit", 59, "城关镇及各乡镇人民政府", "城关镇 (units.txt) plus the collective"),
 E("unknown-unit", 24, "姚伏镇、头闸镇、高庄乡", "乡镇 short names listed in units.txt (姚伏镇人民政府 = 姚伏镇 …)"),
 E("unknown-unit", 20, "市生态环境局平罗分局", "listed in units.txt (石嘴山市生态环境局平罗分局); a city bureau's county branch, not a regional body"),
 E("unknown-unit", 21, "县市场监管局、公安局", "prefix 县 distributes: 县公安局 is in units.txt"),
 E("unknown-unit", 23, "县教体局、卫健局、人社局、民政局、文旅局", "official short names in units.txt; 县 distributes over the list"),
 E("unknown-unit", 19, "县工信商务局", "official short name of 县工业信息化和商务局 in units.txt"),
 E("unknown-unit", 33, "县审批局", "official short name of 县审批服务管理局"),
 E("unknown-unit", 43, "中国电信平罗分公司", "unit outside government proper, listed in units.txt"),
 E("unknown-unit", 58, "县消防救援大队", "listed in units.txt (平罗县消防救援大队); 县气象局 on the same line likewise"),
 E("unknown-unit", 92, "县工信商务局、发展改革局，平罗工业园区管委会", "table cell: 县 distributes to 发展改革局; 平罗工业园区管委会 is in units.txt"),
 E("unknown-unit", 97, "县发展改革局、公共资源交易中心", "县 distributes: 县公共资源交易中心 is in units.txt"),
 E("unknown-unit", 31, "县大数据服务中心", "the county's data body, in units.txt (contrast with line 38)"),
 E("unknown-unit", 82, "县委、县政府", "the county party committee and government mentioned in body text (both in units.txt), not a task cell"),
 E("unknown-unit", 124, "县政府办、县直各部门（单位）、各乡镇", "the cooperating units of the row are valid; only the regional lead 自治区政府办公厅 is wrong"),
 {"rule": "missing-pillar", "line": 0, "pillar": "加强党对数字政府建设工作的全面领导",
  "why": "taken up by content under the heading 六、保障措施 (lines 82-85: 组织领导, 资金保障, 数字素养, 考核评价)"},
 {"rule": "missing-pillar", "line": 0, "pillar": "五个一和六级贯通",
  "why": "section 四 (lines 46-49) takes up 健全组织机构, 厘清层级职责 (六级贯通) and 工作机制 at county level; a county has no 五个一 of its own"},
]

def C(task, line):
    assert 1 <= line <= len(L) and L[line-1].strip(), (task, line)
    return {"task": task, "line": line}
cov = [C(t, l) for t, l in [
 (2,19),(3,20),(5,21),(6,23),(7,23),(8,23),(10,24),(11,25),(12,26),(14,29),(15,29),(17,30),(18,31),
 (21,33),(23,35),(24,34),(28,36),(30,38),(32,38),(36,38),(34,39),(42,39),(40,40),(41,40),(54,40),
 (46,42),(47,43),(48,43),(50,43),(49,44),(56,45),(57,45),(64,47),(66,51),(70,53),(71,53),(74,54),
 (77,56),(79,57),(80,58),(83,59),(84,61),(86,62),(87,63),(89,64),(90,65),(93,65),(94,67),(96,68),
 (98,69),(100,70),(104,72),(105,72),(106,73),(107,74),(108,75),(111,76),(112,78),(113,78),(114,79),
 (115,80),(116,82),(25,83),(118,84),(122,85),(123,85),(124,85),(121,129)]]

key = {
 "writer": "blind writer, round 695; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "covers": cov,
 "notes": ("平罗县 (石嘴山市) 2024 实施方案, issued 2024-04-12, no parent plan. Six planted slips: wrong 文号 for the regional 实施意见 (L9), "
           "unknown unit 县大数据管理服务局 (L38), UTF-8-as-GBK mojibake (L39), impossible year 20245年 (L45), task-48 row due 2025年底前 (L106), "
           "regional 自治区政府办公厅 as lead of a county row (L124). Measures whose regional deadline is 2023 (tasks 14/15/17/18/24/30/32/36/25/116) "
           "carry no 完成时限 in their notes, except the table row for task 18, which copies the regional 2023年形成机制，长期坚持. "
           "No task is deliberately left out; line 45 also names 统一身份认证 (task 51, 2023年) but its only deadline is the invalid 20245年.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(mnf), len(cov), len(L))
