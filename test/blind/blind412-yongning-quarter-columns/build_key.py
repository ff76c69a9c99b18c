# Builds key.json for blind case 412 and checks every line/text against draft.txt.
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
L = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")

expect = [
  {"rule": "basis-mismatch", "line": 12, "text": "宁政办发〔2023〕17号",
   "why": "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号; 宁政办发 is the office's series, so the 文号 does not belong to the title"},
  {"rule": "deadline-later-than-baseline", "line": 37, "text": "2025年6月底前",
   "why": "row 16 (公共数据开放目录、分类分级开放) takes up task 41, 完成时限 2024年; the row's 四季度 cell only says 持续推进 and its 完成时限 is mid-2025"},
  {"rule": "deadline-later-than-baseline", "line": 63, "text": "2025年一季度",
   "why": "row 40 (适老化与信息无障碍建设) takes up task 93, 完成时限 2024年; 完成时限 column is empty and the 四季度 cell puts the last step (乡镇便民服务中心改造) in 2025年一季度"},
  {"rule": "deadline-later-than-baseline", "line": 70, "text": "2026年底前",
   "why": "row 47 (填表报数 减负50%以上) takes up task 106, 完成时限 2025年"},
  {"rule": "deadline-invalid", "line": 41, "text": "2024年9月31日",
   "why": "September has 30 days; row 20 (专网整合迁移, task 50, 2024年) would otherwise be on time"},
  {"rule": "unknown-unit", "line": 76, "text": "县大数据局",
   "why": "not in units.txt; the county body is 县大数据服务中心 (short name 县大数据中心), used everywhere else in the table"},
  {"rule": "garbled-text", "line": 38, "text": "鏀垮姟鏁版嵁铻嶅悎搴旂敤",
   "why": "UTF-8 bytes of 政务数据融合应用 read as GBK (re-encode as GBK, decode as UTF-8 recovers it)"},
]

M = []
def m(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e.update(kw); e["why"] = why; M.append(e)

DL = "deadline-later-than-baseline"; DI = "deadline-invalid"; UU = "unknown-unit"; BM = "basis-mismatch"
m(BM, 12, "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m(BM, 14, "retrospective mention of the 2020 工作要点 with its correct 文号; it is background, not a basis document", "宁政办发〔2020〕14号")
m(BM, 3, "the county office's own 文号 for this notice, not a cited basis", "永政办发〔2024〕9号")
m(DI, 7, "the issuing date of the notice itself", "2024年3月18日")
m(DI, 14, "past achievements in the background (2023, 2020); not deadlines", "2023年")
m(DL, 15, "2024 goal (信创云迁移、外网到村) equals tasks 46 and 48, 完成时限 2024年", "2024年")
m(DL, 16, "到2025年 体系框架全面成型 equals the region's 主要目标 到2025年", "到2025年")
m(DL, 21, "copies task 3's 完成时限 持续推进，2025年取得明显成效; quarter cells are intermediate steps (完成方案编制/上线试运行)", "持续推进，2025年取得明显成效")
m(DL, 22, "task 2: 2023年启动，2024年取得明显成效; 2024年 is equal; 推动20家/40家企业上云 are intermediate", "2024年")
m(DL, 24, "task 7: 2023年形成试点经验，2025年取得明显成效; row completes 四季度 2024 (earlier), 完成时限 empty, 数字校园覆盖率达到80% is an intermediate step")
m(DL, 25, "task 8: 持续推进，2025年取得明显成效; 全面完成 in 四季度 2024 is earlier; 一季度 is a dash")
m(DL, 27, "task 11: 2023年完成主要建设任务，2025年取得明显成效; the county keeps the completing milestone 2025", "2025年取得明显成效")
m(DL, 28, "task 12: 2025年; equal", "2025年")
m(DL, 29, "task 13: 2024年; 2024年12月底前 is equal", "2024年12月底前")
m(DL, 31, "task 18: 2023年形成机制，长期坚持; the county row is recurring (开展安全检查/应急演练) and 长期坚持, no completing milestone later than the region's", "长期坚持")
m(DL, 32, "task 21: 2024年; 全面完成 in 三季度 2024, then a dash in 四季度 and an empty 完成时限")
m(DL, 33, "task 22: 2025年; equal", "2025年")
m(DL, 34, "task 28: 2023年启动，2025年取得明显成效; equal", "2025年取得明显成效")
m(DL, 35, "task 34: 2024年; 完成时限 empty, last step 全面完成 in 四季度 of 2024 = equal; 50%/80% 数据归集 are intermediate")
m(DL, 36, "task 40: 2024年; equal", "2024年")
m(DL, 38, "task 42: 2024年; 全面完成 in 四季度 2024, 完成时限 empty = equal")
m(DL, 39, "tasks 46/43/19: 2024年; 全面完成 in 四季度 2024 = equal; 完成50%系统迁移 is intermediate")
m(DL, 40, "task 48: 2024年; 2024年底 is equal", "2024年底")
m(DL, 42, "task 49: 2025年; equal; 完成80%接入 in 四季度 is intermediate", "2025年")
m(DL, 43, "task 52: 2025年; equal", "2025年")
m(DL, 44, "task 54: 2024年; 全面完成 in 四季度 2024 = equal; 上线试运行 in 二季度 is intermediate")
m(DL, 45, "task 56: 2025年; 2024年 is earlier", "2024年")
m(DL, 46, "task 57: 2024年; 2024年11月底前 is earlier", "2024年11月底前")
m(DL, 48, "task 64 (各市、县（区）成立相应组织机构): 2025年; done 一季度 2024. Task 60 (充实自治区领导小组, 2023年) is the region's own group, not this county task")
m(DL, 51, "task 66: 2025年; equal; 按月分析 cells are recurring, not milestones", "2025年")
m(DL, 52, "task 70: 2024年; 全面完成 in 四季度 2024 = equal")
m(DL, 53, "task 71: 2024年; equal", "2024年")
m(DL, 54, "task 74: 2024年; 四季度 2024 = equal")
m(DL, 55, "task 77: 2024年; done 三季度, dash in 四季度")
m(DL, 56, "task 79: 2024年; 2024年10月底前 is earlier", "2024年10月底前")
m(DL, 57, "task 80: 2024年; 四季度 2024 = equal")
m(DL, 58, "task 83: 2025年; equal", "2025年")
m(DL, 59, "task 84: 2024年; 四季度 2024 = equal")
m(DL, 60, "task 86: 2024年; 2024年9月底前 is a valid date and earlier", "2024年9月底前")
m(DL, 61, "task 87: 2023年启动，2025年完成; 2025年 is equal (the 110/网格员联动 and 接诉即办 row is task 87, not task 115)", "2025年")
m(DL, 62, "task 89: 2024年; 四季度 2024 = equal")
m(DL, 64, "task 90: 2024年; equal", "2024年")
m(DL, 65, "task 95 (2025年) or task 94 (2024年); 全面完成 in 四季度 2024 is equal or earlier either way")
m(DL, 66, "task 96: 2025年; equal; 完成主体建设 in 四季度 is intermediate", "2025年")
m(DL, 67, "task 97: 2024年; 四季度 2024 = equal")
m(DL, 68, "task 104: 2024年; 2024年6月底前 is earlier", "2024年6月底前")
m(DL, 69, "task 105: 2024年; 四季度 2024 = equal")
m(DL, 71, "task 107: 2025年; 2025年6月底前 is in the same year and earlier (same text as the late one on line 37, different baseline)", "2025年6月底前")
m(DL, 72, "task 108: 长期推进，2024年取得明显成效; equal", "2024年取得明显成效")
m(DL, 73, "task 111: 2025年; done 三季度 2024, earlier")
m(DL, 74, "task 112: 2024年; 四季度 2024 = equal")
m(DL, 75, "task 114: 2024年; equal", "2024年")
m(DL, 76, "task 115: 2024年; 四季度 2024 = equal")
m(DL, 78, "copies task 116's 完成时限 2023年完成并长期坚持; equal to the region, and a copied regional deadline before the plan year is not an invalid date", "2023年完成并长期坚持")
m(DI, 78, "copied regional deadline that lies before the plan's year; not invalid", "2023年完成并长期坚持")
m(DL, 79, "task 118: 2023年完成并长期坚持; the county's training is recurring, 长期坚持", "长期坚持")
m(DL, 80, "task 124: 2023年形成机制，长期坚持; recurring 督查/考核, 长期坚持", "长期坚持")
m(DL, 85, "the office's own reporting dates (每季度最后一个月25日前, 2024年12月15日前), not task deadlines; the 效能目标管理考核 sentence (task 122) carries no deadline", "2024年12月15日")
m(UU, 29, "official short name of 县发展改革局 in units.txt", "县发改局")
m(UU, 32, "short name of 县审批服务管理局", "县审批局")
m(UU, 40, "short name of 县大数据服务中心", "县大数据中心")
m(UU, 27, "short name of 县供销合作社联合社", "县供销社")
m(UU, 57, "short name of 县应急管理局", "县应急局")
m(UU, 58, "collective subject (各村（社区）, 各乡镇人民政府)", "各村（社区）")
m(UU, 37, "collective subject", "县直各部门（单位）")
m(UU, 32, "collective subject", "县直有关部门")
m(UU, 21, "prefix 县 distributes: 县应急管理局", "应急管理局")
m(UU, 31, "prefix 县 distributes: 县大数据服务中心", "大数据服务中心")
m(UU, 54, "vertically managed branch, listed in units.txt", "银川市生态环境局永宁分局")
m(UU, 21, "in units.txt", "永宁工业园区管委会")
m(UU, 79, "short name of 中共永宁县委党校", "县委党校")
m(UU, 76, "prefix 县 distributes: 县信访局 (only 县大数据局 on this line is unknown)", "信访局")
m(UU, 48, "short name of 县人民政府办公室 and 县委编办, both in units.txt", "县政府办公室")
m("missing-pillar", 0, "数字生态 is taken up by rows 8–9 (数据要素市场, 数据交易制度), lines 28–29", pillar="数字生态")
m("missing-pillar", 0, "财政投入 is taken up in 工作要求（二）强化资金保障, line 84", pillar="财政投入")
m("missing-pillar", 0, "五个一/六级贯通 work system is taken up by group 三 (rows 26–27), lines 47–49", pillar="六级贯通")

covers = [(3,21),(2,22),(6,23),(7,24),(8,25),(10,26),(11,27),(12,28),(13,29),(18,31),(21,32),(22,33),
          (28,34),(34,35),(40,36),(41,37),(42,38),(46,39),(48,40),(50,41),(49,42),(52,43),(54,44),(56,45),
          (57,46),(64,48),(66,51),(70,52),(71,53),(74,54),(77,55),(79,56),(80,57),(83,58),(84,59),(86,60),
          (87,61),(89,62),(93,63),(90,64),(95,65),(96,66),(97,67),(104,68),(105,69),(106,70),(107,71),
          (108,72),(111,73),(112,74),(114,75),(115,76),(116,78),(118,79),(124,80),(122,85)]

for e in expect + M:
    if e["line"] and "text" in e:
        assert e["text"] in L[e["line"]-1], (e, L[e["line"]-1])
for t, ln in covers:
    assert L[ln-1].strip(), (t, ln)

key = {
  "writer": "blind writer, round 412; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": [{"task": t, "line": ln} for t, ln in covers],
  "notes": ("County annual plan (永宁县, 银川市) with a quarter-column table: 序号|任务|责任单位|一季度|二季度|三季度|四季度|完成时限. "
            "Quarter cells state progress due by the end of that quarter of 2024; '—' means no milestone; when the quarter cells give the completion "
            "the 完成时限 cell is left empty (stated on line 18). A row's deadline is therefore the quarter of its 全面完成 (all in 2024) unless the "
            "完成时限 cell or a quarter cell names a later date. Basis is the region's 实施意见 only; there is no parent plan (the 银川 plan is not used). "
            "Group rows (lines 20, 30, 47, 50, 77) are headings with seven empty cells. Line 38 is damaged but still recognisably task 42."),
}
with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2); f.write("\n")
print(len(expect), "expect,", len(M), "mustNotFlag,", len(covers), "covers")
