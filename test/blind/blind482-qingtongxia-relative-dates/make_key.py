# Writes key.json and checks every line/text against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def E(rule, line, text=None, why='', **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d

expect = [
    E("basis-mismatch", 9, "宁政办发〔2023〕17号",
      "the region's 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 政府 document, not a 办公厅 one); 宁政办发 is the wrong 文号 for this title"),
    E("deadline-later-than-baseline", 17, "2026年",
      "主要目标: the region sets 到2025年 for the '34567' 体系框架全面成型 and the 吴忠 plan sets 到2025年 for its '1347' 体系框架全面成型; the county moves the same goal to 2026"),
    E("unknown-unit", 48, "市网信局",
      "no such unit in units.txt; the body elsewhere (lines 33, 43, 47) uses the real 市委网信办"),
    E("deadline-later-than-baseline", 60, "2024年6月底",
      "task 36 (政务数据供需对接机制) 完成时限 2023年; the note claims 较自治区要求提前半年 but mid-2024 is later than the region's 2023"),
    E("deadline-later-than-baseline", 67, "2025年底",
      "task 48 (城域网升级改造, 区市县乡村5级全覆盖, 按需向企事业单位拓展) 完成时限 2024年; the note says 与自治区同步 yet gives 2025年底前"),
    E("deadline-invalid", 79, "2022年底",
      "a forward task deadline before the plan's own year (issued 2023-12-20); task 71 (数字化追溯监管) 完成时限 2024年, evidently a typo"),
    E("unknown-unit", 100, "自治区政府办公厅",
      "a regional body named as the lead (牵头) of a local task in a county plan (task 104, 协同办公平台, copied from the regional cell)"),
]

M = []
def N(rule, line, text, why):
    M.append(E(rule, line, text, why))

# basis documents
N("basis-mismatch", 2, "青政发〔2023〕98号", "the plan's own 文号 in the 通知 header, not a citation of a basis document")
N("basis-mismatch", 9, "国发〔2022〕14号", "correct 文号 for 《国务院关于加强数字政府建设的指导意见》")
N("basis-mismatch", 9, "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 cited with the same 文号 the 吴忠 plan gives it; 宁政办发 is right for this one")
N("basis-mismatch", 9, "关于加强数字政府建设的实施方案", "the 吴忠 parent plan cited by its correct title without a 文号 (a city plan may have none)")
N("basis-mismatch", 14, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the 发展基础 background, with its correct 文号; not cited as a basis")
# past / administrative dates
N("deadline-invalid", 6, "2023年12月20日", "the issuing date of the notice")
N("deadline-invalid", 14, "2021年", "past date in the background (发展基础), not a deadline")
N("deadline-invalid", 14, "2022年", "past date in the background (发展基础), not a deadline")
N("deadline-invalid", 14, "2023年10月底", "past 截至 date in the background, not a deadline")
N("deadline-invalid", 117, "12月10日", "the office's own recurring reporting dates (每季度末月25日前, 每年12月10日前), not task deadlines")
N("deadline-later-than-baseline", 117, "25日前", "the office's own quarterly reporting date, not a task deadline")
# goals equal
N("deadline-later-than-baseline", 16, "到2023年底", "2023 goals equal to the region's 到2023年底 and the 吴忠 plan's 到2023年底 (家底全面理清, 标志性应用场景)")
N("deadline-later-than-baseline", 18, "到2035年", "equal to the region's and 吴忠's 到2035年 goal (数字政府全面建成)")
# deadlines by reference / equal / earlier
N("deadline-later-than-baseline", 25, "2024年6月底", "task 64 (各地参照自治区做法成立组织机构) 完成时限 2025年; earlier, and the 较自治区要求提前 claim is true")
N("deadline-later-than-baseline", 26, "按吴忠市统一部署推进", "date given by reference to the city's arrangement; no later date stated")
N("deadline-later-than-baseline", 27, "2023年底前建立，长期坚持", "work mechanism by end-2023 (cf. task 32, 2023年); equal")
N("deadline-later-than-baseline", 31, "2025年取得明显成效", "task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效; equal, and 与自治区同步 is true")
N("deadline-later-than-baseline", 32, "同上级时限", "task 2 (产业云/产业数字化) 完成时限 2023年启动，2024年取得明显成效; reference to the higher level's deadline")
N("deadline-later-than-baseline", 33, "2025年取得明显成效", "task 5 完成时限 持续推进，2025年取得明显成效; equal")
N("deadline-later-than-baseline", 35, "按吴忠市统一部署，持续推进", "task 6 完成时限 持续推进，2025年取得明显成效; ongoing by reference to the city, no later milestone")
N("deadline-later-than-baseline", 36, "2025年取得明显成效", "task 7 完成时限 2023年形成试点经验，2025年取得明显成效; completing milestone equal")
N("deadline-later-than-baseline", 37, "与自治区同步", "task 8 完成时限 持续推进，2025年取得明显成效; by reference, same as the region")
N("deadline-later-than-baseline", 38, "2025年取得明显成效", "task 9 (智慧城市, 一网统管) 完成时限 持续推进，2025年取得明显成效; equal, 按吴忠市统一部署")
N("deadline-later-than-baseline", 39, "2024年取得明显成效", "task 10 (数字乡村) 完成时限 持续推进，2025年取得明显成效; one year earlier, the 提前一年 claim is true")
N("deadline-later-than-baseline", 40, "与自治区同步", "task 11 (数字供销) 完成时限 2023年完成主要建设任务，2025年取得明显成效; by reference")
N("deadline-later-than-baseline", 42, "同上级时限", "task 12 (数据要素市场) 完成时限 2025年; by reference")
N("deadline-later-than-baseline", 47, "2023年底前", "tasks 14 and 15 完成时限 2023年; equal")
N("deadline-later-than-baseline", 48, "2023年底前", "task 17 完成时限 2023年; equal (the line's unit is the planted error, not its date)")
N("deadline-later-than-baseline", 49, "2023年形成机制，长期坚持", "task 18 完成时限 2023年形成机制，长期坚持; identical")
N("deadline-later-than-baseline", 52, "同上级时限", "task 21 (行政权力事项网上运行) 完成时限 2024年; by reference")
N("deadline-later-than-baseline", 53, "按吴忠市统一部署", "task 22 (审管协同, 各地级市具体负责) 完成时限 2025年; by reference to the city")
N("deadline-later-than-baseline", 54, "2023年底前", "task 24 (会商机制) 完成时限 2023年; equal")
N("deadline-later-than-baseline", 55, "2024年", "task 26 完成时限 2024年; equal")
N("deadline-later-than-baseline", 56, "2023年启动，2025年取得明显成效", "task 28 (试点示范) 完成时限 2023年启动，2025年取得明显成效; identical")
N("deadline-later-than-baseline", 58, "2023年底前", "task 32 (数据管理机构) 完成时限 2023年; equal")
N("deadline-later-than-baseline", 59, "2023年底前", "task 30 (政务数据一本账) 完成时限 2023年; equal")
N("deadline-later-than-baseline", 61, "2024年底前", "task 34 (主题数据库) 完成时限 2024年; equal, 与自治区同步 true")
N("deadline-later-than-baseline", 62, "2024年", "task 40 (电子公文) 完成时限 2024年; equal")
N("deadline-later-than-baseline", 63, "同上级时限", "task 41 (公共数据开放) 完成时限 2024年; by reference")
N("deadline-later-than-baseline", 65, "2024年底前", "task 46 (政务信息系统有序迁移) 完成时限 2024年 (task 43: 2024年建成); equal, 与自治区同步 true")
N("deadline-later-than-baseline", 66, "2024年", "task 47 (电子政务外网升级改造) 完成时限 2024年; equal")
N("deadline-later-than-baseline", 68, "2024年底前", "task 50 (专网整合) 完成时限 2024年; equal")
N("deadline-later-than-baseline", 69, "2025年", "task 49 (视频共享平台) 完成时限 2025年; equal, 按吴忠市统一部署")
N("deadline-later-than-baseline", 70, "2024年底前", "task 56 (非税收入收缴电子化) 完成时限 2025年; earlier, the 提前一年 claim is true")
N("deadline-later-than-baseline", 71, "2024年", "task 57 (信用信息平台) 完成时限 2024年; equal")
N("deadline-later-than-baseline", 75, "同上级时限", "task 66 (经济运行大数据平台) 完成时限 2025年; by reference")
N("deadline-later-than-baseline", 76, "2023年底前", "task 67 (规划综合管理信息平台) 完成时限 2023年; equal")
N("deadline-later-than-baseline", 78, "2023年底前", "task 68 (照单监管) 完成时限 2023年; equal")
N("deadline-later-than-baseline", 80, "2023年", "task 72 (互联网+监管 对接) 完成时限 2023年; equal")
N("deadline-later-than-baseline", 82, "2024年", "task 77 (矛盾纠纷多元化解) 完成时限 2024年; equal")
N("deadline-later-than-baseline", 83, "与自治区同步", "task 79 (雪亮工程) 完成时限 2024年; by reference")
N("deadline-later-than-baseline", 84, "2024年", "task 80 (智慧应急) 完成时限 2024年; equal")
N("deadline-later-than-baseline", 85, "2025年", "task 83 (互联网+基层治理) 完成时限 2025年; equal")
N("deadline-later-than-baseline", 87, "2024年", "task 84 (一体化政务服务体系) 完成时限 2024年; equal")
N("deadline-later-than-baseline", 88, "2023年底前", "task 85 (免证办, 一件事一次办, 免申即享) 完成时限 2023年; equal")
N("deadline-later-than-baseline", 89, "与自治区同步", "task 86 (我的宁夏 应上尽上) 完成时限 2024年; by reference")
N("deadline-later-than-baseline", 90, "同上级时限", "task 87 (12345 热线) 完成时限 2023年启动，2025年完成; by reference")
N("deadline-later-than-baseline", 91, "2024年", "tasks 88 and 89 完成时限 2024年; equal")
N("deadline-later-than-baseline", 92, "2024年", "tasks 90 and 93 完成时限 2024年; equal")
N("deadline-later-than-baseline", 94, "2024年底前", "task 95 完成时限 2025年 (earlier); task 94 完成时限 2024年 (equal)")
N("deadline-later-than-baseline", 95, "2024年", "task 96 (互联网+城乡供水) 完成时限 2025年; earlier, the 提前一年 claim is true")
N("deadline-later-than-baseline", 96, "2024年", "tasks 97 and 98 完成时限 2024年; equal")
N("deadline-later-than-baseline", 97, "2025年", "task 102 (绿色低碳转型) 完成时限 2025年; equal")
N("deadline-later-than-baseline", 99, "2024年", "task 103 (辅助决策) 完成时限 2024年; equal")
N("deadline-later-than-baseline", 100, "2024年", "task 104 (协同办公平台) 完成时限 2024年; equal (the line's lead unit is the planted error)")
N("deadline-later-than-baseline", 101, "2024年", "task 105 (宁政通) 完成时限 2024年; equal, 与自治区同步 true")
N("deadline-later-than-baseline", 102, "2025年", "task 106 (填表报数系统) 完成时限 2025年; equal")
N("deadline-later-than-baseline", 103, "2025年", "task 107 (视频会议平台) 完成时限 2025年; equal")
N("deadline-later-than-baseline", 104, "长期推进，2024年取得明显成效", "task 108 完成时限 长期推进，2024年取得明显成效; identical")
N("deadline-later-than-baseline", 105, "2025年", "task 111 (机关事务) 完成时限 2025年; equal")
N("deadline-later-than-baseline", 107, "2024年", "task 112 完成时限 2024年; equal")
N("deadline-later-than-baseline", 108, "2024年", "task 114 完成时限 2024年; equal")
N("deadline-later-than-baseline", 109, "与自治区同步", "task 115 (政民互动) 完成时限 2024年; by reference")
N("deadline-later-than-baseline", 112, "2023年完成并长期坚持", "task 116 完成时限 2023年完成并长期坚持; identical")
N("deadline-later-than-baseline", 113, "2023年底前建立，长期坚持", "task 25 (资金保障机制) 完成时限 2023年; equal")
N("deadline-later-than-baseline", 114, "2023年完成并长期坚持", "task 118 完成时限 2023年完成并长期坚持 (task 117: 2024年); equal/earlier")
N("deadline-later-than-baseline", 115, "2023年完成，长期坚持", "task 123 完成时限 2023年完成，长期坚持; task 121 长期坚持; task 124 2023年形成机制，长期坚持; equal")
# units
N("unknown-unit", 3, "裕民街道办事处", "in units.txt")
N("unknown-unit", 25, "市直各部门（单位）", "collective subject")
N("unknown-unit", 25, "各镇（街道）", "collective subject (青铜峡 has towns and one 街道)")
N("unknown-unit", 26, "市直有关部门（单位）", "collective subject")
N("unknown-unit", 26, "吴忠市", "the parent city named in a 完成时限 reference (按吴忠市统一部署), not a responsible unit")
N("unknown-unit", 31, "青铜峡工业园区管委会", "official short name listed in units.txt")
N("unknown-unit", 31, "市工信商务局", "short name of 市工业信息化和商务局 in units.txt")
N("unknown-unit", 31, "市生态环境分局", "short name of 吴忠市生态环境局青铜峡分局 in units.txt")
N("unknown-unit", 32, "市发改局", "short name of 市发展和改革局 in units.txt")
N("unknown-unit", 39, "各镇人民政府", "collective subject")
N("unknown-unit", 40, "市供销社", "short name of 市供销合作社联合社 in units.txt")
N("unknown-unit", 47, "市委网信办", "in units.txt (contrast with the planted 市网信局 on line 48)")
N("unknown-unit", 48, "市委保密办", "in units.txt")
N("unknown-unit", 54, "财政局", "the 市 prefix distributes: 市发改局、财政局 = 市发改局, 市财政局")
N("unknown-unit", 80, "承担监管职责的市直有关部门（单位）", "collective subject, local form of 承担监管职责的自治区有关部门（单位）")
N("unknown-unit", 104, "市公共资源交易中心", "in units.txt")
N("unknown-unit", 117, "市数字政府建设领导小组办公室", "in units.txt; the office receiving reports")
N("garbled-text", 0, None, "the draft has no encoding damage anywhere")
M.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一和六级贯通的工作体系", "why": "taken up as 完善“一套体系” (lines 23-27: 组织机构, 六级贯通 层级职责, 工作机制), the same folding the 吴忠 plan uses"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "加大财政投入", "why": "line 113 (加大财政投入: 经费纳入预算, 多渠道投入, 绩效管理)"})
M.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "lines 41-43 (营造良好数字生态: 数据要素市场, 网络生态)"})

covers_pairs = [(64,25),(3,31),(2,32),(5,33),(6,35),(7,36),(8,37),(9,38),(10,39),(11,40),(12,42),
    (14,47),(15,47),(17,48),(18,49),(21,52),(22,53),(24,54),(26,55),(28,56),(32,58),(30,59),(36,60),
    (34,61),(40,62),(41,63),(46,65),(47,66),(48,67),(50,68),(49,69),(56,70),(57,71),(66,75),(67,76),
    (68,78),(71,79),(72,80),(77,82),(79,83),(80,84),(83,85),(84,87),(85,88),(86,89),(87,90),(88,91),
    (89,91),(90,92),(93,92),(95,94),(96,95),(97,96),(98,96),(102,97),(103,99),(104,100),(105,101),
    (106,102),(107,103),(108,104),(111,105),(112,107),(114,108),(115,109),(116,112),(25,113),(118,114),
    (121,115),(123,115),(124,115)]
covers = [{"task": t, "line": l} for t, l in covers_pairs]

# checks
for e in expect + M:
    if e["line"] and "text" in e:
        assert e["text"] in L[e["line"]-1], (e["line"], e["text"])
for c in covers:
    assert 1 <= c["line"] <= len(L)
assert len(set(t for t, _ in covers_pairs)) == len(covers_pairs)

key = {
    "writer": "blind writer, round 482; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": ["wuzhong"],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("青铜峡市 (county-level city under 吴忠市) 实施方案, issued 2023-12-20, following 吴忠's '1347' framework. "
              "Responsibilities and deadlines are inline notes '（责任单位：…；完成时限：…）' after each sub-item; many deadlines are given by "
              "reference (与自治区同步, 按吴忠市统一部署, 同上级时限, 较自治区要求提前…). A reference with no year should resolve to the higher "
              "level's deadline and never be flagged; where a reference is paired with an explicit year, the explicit year is what counts "
              "(lines 60 and 67 are the planted cases where the explicit year is later than the region's despite the reference text). "
              "The 吴忠 parent plan has no task-level deadlines, only goals (2023 end, 2025, 2035). Line 22 says the first-listed lead unit is the main lead. "
              "No task-uncovered entries are planted.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers), len(L))
