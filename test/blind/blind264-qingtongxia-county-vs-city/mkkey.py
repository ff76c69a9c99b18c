# helper: builds key.json, locating every line by a unique substring of the final draft.txt
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L.pop()

def ln(sub, must_contain=None):
    hits = [i + 1 for i, l in enumerate(L) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if must_contain:
        assert must_contain in L[hits[0] - 1], (sub, must_contain)
    return hits[0]

def row(n):
    hits = [i + 1 for i, l in enumerate(L) if l.startswith(f'{n}\t')]
    assert len(hits) == 1, (n, hits)
    return hits[0]

expect = [
  {"rule": "basis-mismatch", "line": ln('（宁政办发〔2023〕17号）'), "text": "宁政办发〔2023〕17号",
   "why": "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号, not 宁政办发; wrong 文号 for the title"},
  {"rule": "deadline-later-than-baseline", "line": ln('到2026年底'), "text": "2026年底",
   "why": "parent goal: the 吴忠 plan's 主要目标 sets 到2025年 for 特色应用品质进一步改善、与自治区共性基础支撑体系实现对接复用、互联互通、形成集约化水平显著提升的数字政府运行新格局; the county puts the same goal at 2026年底. The region's 主要目标 has no such goal (its 2025 goal is the 34567 framework etc.), so this is later than the city but not the region"},
  {"rule": "garbled-text", "line": ln('鏀垮姟鏁版嵁璧勬簮姹囪仛'), "text": "鏀垮姟鏁版嵁璧勬簮姹囪仛",
   "why": "UTF-8 bytes of 政务数据资源汇聚 read as GBK (mojibake, no ? marker)"},
  {"rule": "unknown-unit", "line": row(2), "text": "市经信局",
   "why": "obsolete name (经济和信息化局); not in units.txt, where the body is 市工业信息化和商务局 = 市工信商务局; not a regional or 吴忠 unit either"},
  {"rule": "deadline-invalid", "line": row(15), "text": "2022年底前",
   "why": "plan issued 2024-02-23 (planYear 2024); 2022 is before the document's own year and is not a copied regional deadline (task 41 完成时限 2024年) - a typo for 2024"},
  {"rule": "deadline-later-than-baseline", "line": row(34), "text": "2025年底前",
   "why": "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) 完成时限 2024年; county writes 2025年底前"},
]

def nm(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why
    return d

mnf = [
  nm("basis-mismatch", ln('青政办发〔2024〕9号'), "the draft's own 文号 (its 通知), not a cited basis document", "青政办发〔2024〕9号"),
  nm("basis-mismatch", ln('《青铜峡市关于加强数字政府建设的实施方案》已经'), "the draft's own title in 《》, not a basis citation", "青铜峡市关于加强数字政府建设的实施方案"),
  nm("basis-mismatch", ln('（宁政办发〔2020〕14号）'), "retrospective mention of the 2020 工作要点 in the background (工作基础), correct title and 文号; not cited as a basis", "宁政办发〔2020〕14号"),
  nm("basis-mismatch", ln('确定的总体架构'), "the city plan cited again by its exact title without 文号, as DOMAIN.md allows (the 吴忠 plan has none)", "吴忠市人民政府《关于加强数字政府建设的实施方案》"),
  nm("basis-mismatch", ln('（宁政发〔2023〕17号）附件2'), "the regional 实施意见 cited with its correct title and 文号 in the task list's note (contrast with the wrong 文号 on the preamble line)", "宁政发〔2023〕17号"),
  nm("deadline-later-than-baseline", ln('2023年，我市按照吴忠市统一部署'), "past date in the background: 2023 work already done; equal to the 2023底 goal of region and city anyway", "2023年"),
  nm("deadline-later-than-baseline", row(10), "task 18 完成时限 2023年形成机制，长期坚持 copied verbatim; equal", "2023年形成机制，长期坚持"),
  nm("deadline-later-than-baseline", row(46), "task 116 完成时限 2023年完成并长期坚持 copied verbatim; equal", "2023年完成并长期坚持"),
  nm("deadline-invalid", ln('2023年，我市按照吴忠市统一部署'), "past dates in the background (工作基础): 2023 is work already done and 2020 is the year in an old document's title, not deadlines; equal to the region's and the city's 2023底 goal 各类平台“家底”全面理清", "2023年"),
  nm("deadline-later-than-baseline", ln('到2024年底，电子政务外网'), "2024 goals restate tasks 48 (5级全覆盖, 2024年), 46/43 (政务云迁移, 2024年/2024年建成) and 84 (网上办掌上办就近办一次办, 2024年); equal; the city has no dated goal for these", "2024年底"),
  nm("deadline-later-than-baseline", ln('到2025年，全市数字政府建设“1347”'), "equal to the 吴忠 plan's 到2025年 goal (1347 框架全面成型, 工作体制逐步健全, 管理机制趋于成熟, 履职能力全面增强, 力争迈入第一方阵) and the region's 到2025年 goal (34567 框架, 基础设施集约完备)", "2025年"),
  nm("deadline-later-than-baseline", ln('到2035年，与政府治理能力现代化'), "equal to the region's and the city's 到2035年 goal", "2035年"),
  nm("deadline-later-than-baseline", ln('到2025年实现基层干部填表报数'), "task 106 完成时限 2025年; equal", "2025年"),
  nm("deadline-invalid", ln('2024年2月23日'), "issue date of the notice", "2024年2月23日"),
  nm("deadline-later-than-baseline", ln('每年6月底、12月底前'), "the office's own reporting dates, not task deadlines", "每年6月底、12月底前"),
  nm("deadline-later-than-baseline", ln('2024年3月15日前'), "the office's own reporting date (联络员名单), not a task deadline", "2024年3月15日前"),
  nm("deadline-later-than-baseline", ln('附件：青铜峡市数字政府建设重点任务清单（2024年—2025年）'), "period of the task list in the attachment title, not a deadline", "2024年—2025年"),
  nm("deadline-invalid", row(10), "task 18 完成时限 2023年形成机制，长期坚持, copied verbatim: a copied regional deadline that lies before the plan's year; not late", "2023年形成机制，长期坚持"),
  nm("deadline-invalid", row(46), "task 116 完成时限 2023年完成并长期坚持, copied verbatim: a copied regional deadline before the plan's year; not late", "2023年完成并长期坚持"),
  nm("deadline-later-than-baseline", row(12), "task 28 完成时限 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (the start 2024 is the plan's own year)", "2024年启动，2025年取得明显成效"),
  nm("deadline-later-than-baseline", row(17), "task 48 完成时限 2024年; 2024年10月底前 is earlier within the same year", "2024年10月底前"),
  nm("deadline-later-than-baseline", row(22), "task 64 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前"),
  nm("deadline-later-than-baseline", row(39), "task 105 完成时限 2024年; 2024年6月底前 is earlier", "2024年6月底前"),
  nm("deadline-later-than-baseline", row(1), "task 2 完成时限 2023年启动，2024年取得明显成效; 2024年底前 equal", "2024年底前"),
  nm("deadline-later-than-baseline", row(2), "task 3 完成时限 持续推进，2025年取得明显成效; equal", "持续推进，2025年取得明显成效"),
  nm("deadline-later-than-baseline", row(5), "task 7 完成时限 2023年形成试点经验，2025年取得明显成效; completing milestone 2025 equal", "2025年"),
  nm("deadline-later-than-baseline", row(9), "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; completing milestone 2025 equal", "2025年"),
  nm("deadline-later-than-baseline", row(20), "task 56 完成时限 2025年; equal", "2025年"),
  nm("deadline-later-than-baseline", row(23), "task 66 完成时限 2025年; equal", "2025年"),
  nm("deadline-later-than-baseline", row(42), "task 108 完成时限 长期推进，2024年取得明显成效; equal", "持续推进，2024年取得明显成效"),
  nm("deadline-later-than-baseline", row(47), "task 121 完成时限 长期坚持; equal", "长期坚持"),
  nm("deadline-later-than-baseline", row(41), "task 107 完成时限 2025年; equal", "2025年"),
  nm("unknown-unit", row(16), "吴忠市大数据管理服务局 is the city body (in units.txt and the 吴忠 registry) as a cooperating unit; 青铜峡市大数据服务中心 is the full name of the county's 市大数据服务中心", "吴忠市大数据管理服务局"),
  nm("unknown-unit", row(7), "吴忠市住房城乡建设局 is a city body in a guiding role (in units.txt); 市住房和城乡建设局 and 市城市管理综合执法局 are county bodies", "吴忠市住房城乡建设局"),
  nm("unknown-unit", row(35), "吴忠市生态环境局青铜峡分局 is the real environment body in the county (vertical management), listed in units.txt", "吴忠市生态环境局青铜峡分局"),
  nm("unknown-unit", row(4), "prefix 市 distributes: 市卫生健康局, 市人力资源和社会保障局, 市文化旅游广电局, 市民政局, all in units.txt", "卫生健康局"),
  nm("unknown-unit", row(3), "prefix distributes: 市市场监督管理局、公安局 = 市公安局; 市委网信办 in units.txt", "公安局"),
  nm("unknown-unit", row(32), "aliases: 市审批局 = 市审批服务管理局, 市工信商务局 = 市工业信息化和商务局, 发改局 -> 市发改局 = 市发展和改革局", "发改局"),
  nm("unknown-unit", row(23), "aliases 市发改局, 市工信商务局; 市统计局 listed", "市发改局"),
  nm("unknown-unit", row(24), "alias 市市场监管局 = 市市场监督管理局; 市直有关部门（单位） is a collective", "市市场监管局"),
  nm("unknown-unit", row(19), "青铜峡市税务局 (国家税务总局青铜峡市税务局) is outside the government proper but listed in units.txt; 人力资源和社会保障局 takes the 市 prefix", "青铜峡市税务局"),
  nm("unknown-unit", row(28), "青铜峡市消防救援大队 listed in units.txt; 水务局 takes the 市 prefix", "青铜峡市消防救援大队"),
  nm("unknown-unit", row(29), "collectives 各乡镇人民政府, 各村（社区）", "各村（社区）"),
  nm("unknown-unit", row(11), "collective 市直各部门（单位）", "市直各部门（单位）"),
  nm("unknown-unit", row(34), "市人民政府办公室 is the canonical name of the county's 市政府办公室 (the county-level city's own 市 prefix, not 吴忠's); 民政局 takes the prefix", "市人民政府办公室"),
  nm("unknown-unit", row(33), "prefix distributes: 市文化旅游广电局、档案馆 = 市档案馆", "档案馆"),
  nm("unknown-unit", ln('领导小组办公室设在市大数据服务中心'), "市大数据服务中心 is the county's own body with the 市 prefix (青铜峡市大数据服务中心), not the 吴忠 市大数据管理服务局", "市大数据服务中心"),
  nm("unknown-unit", ln('各乡镇人民政府，市政府各部门、各直属机构，青铜峡工业园区管委会'), "addressees: collectives and 青铜峡工业园区管委会 (in units.txt)", "青铜峡工业园区管委会"),
]

covers_rows = {1: 2, 2: 3, 3: 5, 4: 6, 5: 7, 6: 8, 7: 9, 8: 10, 9: 11, 10: 18, 11: 21, 12: 28, 13: 34,
  14: 40, 15: 41, 16: 46, 17: 48, 18: 50, 19: 53, 20: 56, 21: 57, 22: 64, 23: 66, 24: 70, 25: 71,
  26: 77, 27: 79, 28: 80, 29: 83, 30: 84, 31: 86, 32: 89, 33: 90, 34: 93, 35: 94, 36: 96, 37: 97,
  38: 104, 39: 105, 40: 106, 41: 107, 42: 108, 43: 111, 44: 112, 45: 114, 46: 116, 47: 121}
covers = [{"task": t, "line": row(r)} for r, t in covers_rows.items()]
covers += [
  {"task": 13, "line": ln('引导企业依法开展数据交易')},
  {"task": 14, "line": ln('强化安全管理责任。')},
  {"task": 15, "line": ln('强化安全管理责任。')},
  {"task": 17, "line": ln('落实安全制度要求。')},
  {"task": 22, "line": ln('以数字化改革助力政府职能转变。')},
  {"task": 24, "line": ln('创新数字政府建设管理机制。')},
  {"task": 30, "line": ln('健全政务数据管理机制。')},
  {"task": 32, "line": ln('健全政务数据管理机制。')},
  {"task": 36, "line": ln('健全政务数据管理机制。')},
  {"task": 42, "line": ln('深化数据创新应用。')},
  {"task": 68, "line": ln('（二）提升综合高效的市场监管能力。')},
  {"task": 85, "line": ln('（四）提升普惠便捷的公共服务能力。')},
  {"task": 25, "line": ln('（三）加强资金保障。')},
  {"task": 118, "line": ln('（四）提升数字素养。')},
  {"task": 122, "line": ln('（二）强化考核评价。')},
  {"task": 124, "line": ln('（二）强化考核评价。')},
]

key = {
  "writer": "blind writer, round 264; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": ["wuzhong"],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": mnf,
  "covers": covers,
  "notes": ("County-level city 青铜峡市 (吴忠市), plan issued 2024-02-23, checked against ningxia-2023 and the 吴忠 plan. "
            "In the draft every 市… unit is a 青铜峡市 body (units.txt); 吴忠 bodies are always written 吴忠市…. "
            "Task-list rows: column 4 is the deadline; the row's task number in the regional list is given in covers. "
            "Regional tasks due 2023 are either copied verbatim (rows 10, 46) or taken up in the body without a date, so no 2024 deadline is later than a 2023 regional one. "
            "The only goal later than the city's is line " + str(ln('到2026年底')) + " (2026 vs the 吴忠 2025 goal); the region has no matching goal, so only the parent comparison makes it late. "
            "On the preamble line only 宁政办发〔2023〕17号 is wrong; its other citations (国发〔2022〕14号, 宁政办发〔2023〕11号 for the 1244+N plan, 吴忠市人民政府《关于加强数字政府建设的实施方案》 without 文号) are correct. "
            "No pillar is missing: 五个一/六级贯通 content is folded into 一套体系 (section 二), as in the 吴忠 plan."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers), len(L))
for e in expect: print(e['rule'], e['line'], L[e['line']-1][:60])
