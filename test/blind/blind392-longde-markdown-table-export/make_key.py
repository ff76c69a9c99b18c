# Helper kept in the case folder: builds key.json, locating every line by a unique substring of draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(sub, nth=None):
    hits = [i for i, l in enumerate(L, 1) if sub in l]
    assert hits, sub
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]
def row(n):
    return ln('| %d | ' % n)

expect = [
  {"rule": "basis-mismatch", "line": ln("宁政发〔2023〕71号"), "text": "宁政发〔2023〕71号",
   "why": "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 71 is a transposed 文号 that does not belong to this title"},
  {"rule": "deadline-later-than-baseline", "line": ln("到2026年"), "text": "2026年",
   "why": "主要目标: the region sets 到2025年 for the 数字政府建设 体系框架全面成型 goal (“34567”体系框架全面成型); the county puts the same goal at 2026"},
  {"rule": "garbled-text", "line": ln("鎺ㄥ姩鏀垮姟鏁版嵁"), "text": "鎺ㄥ姩鏀垮姟鏁版嵁",
   "why": "UTF-8 bytes of 推动政务数据 read as GBK (mojibake) in the 数据资源 paragraph"},
  {"rule": "unknown-unit", "line": row(2), "text": "县经济和信息化局",
   "why": "not in units.txt: the old pre-reform name; the county registry has 县工业信息化和商务局. Row takes up task 3 (智慧园区)"},
  {"rule": "deadline-invalid", "line": row(10), "text": "13月",
   "why": "impossible date 2024年13月底前 (task 41, 公共数据开放目录, regional 完成时限 2024年)"},
  {"rule": "deadline-later-than-baseline", "line": row(22), "text": "2025年6月底前",
   "why": "task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设) has 完成时限 2024年; the county row says 2025年6月底前"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

m("basis-mismatch", ln("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m("basis-mismatch", ln("宁政办发〔2023〕11号"), "a real regional document, cited with the same title and 文号 by the 吴忠 plan in the seeds; an additional basis, not a wrong one", "宁政办发〔2023〕11号")
m("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention in 发展基础 of the 2020 工作要点 (title and 文号 correct); it is not cited as the basis of this plan", "宁政办发〔2020〕14号")
m("basis-mismatch", ln("隆政发〔2024〕19号"), "the notice's own 文号, not a cited basis document", "隆政发〔2024〕19号")
m("deadline-invalid", ln("2022年建成县政务服务中心"), "past dates (2022年, 2023年) describing work already done in 发展基础, not deadlines", "2023年")
m("deadline-invalid", ln("2024年4月8日"), "the issuing date of the notice", "2024年4月8日")
m("deadline-later-than-baseline", ln("到2024年底"), "2024 goals equal the region: task 48 (5级电子政务外网全覆盖) 2024年; task 46 2024年 and task 43 “2024 年建成，持续推进” for migration to 政务信创云", "2024年底")
m("deadline-later-than-baseline", ln("到2035年"), "equal to the region's 到2035年 goal (数字政府全面建成)", "2035年")
m("deadline-later-than-baseline", ln("2024年底前实现县、乡、村三级电子政务外网全覆盖"), "task 48 (城域网升级改造, 区市县乡村5级全覆盖) is due 2024年; equal", "2024年底前")
m("deadline-later-than-baseline", ln("力争2024年底前"), "task 106 (填表报数系统, 压减基层工作量) is due 2025年; the county is earlier", "2024年底前")
m("deadline-invalid", ln("6月25日、12月25日"), "the office's own half-year reporting dates, not task deadlines", "6月25日")
m("deadline-invalid", ln("每季度末月25日前"), "the office's own quarterly reporting date in the table note; the \\* is a Markdown-escaped asterisk referring to the starred rows", "25日")
m("deadline-later-than-baseline", ln("（2024年—2025年）"), "period of the annex task list in its heading, not a deadline", "2024年—2025年")
m("deadline-later-than-baseline", row(1), "task 6 “持续推进，2025 年取得明显成效”; equal", "2025年")
m("deadline-later-than-baseline", row(2), "task 3 “持续推进，2025 年取得明显成效”; equal (this row is flagged only for its unit)", "2025年")
m("deadline-later-than-baseline", row(4), "task 11 “2023年完成主要建设任务，2025年取得明显成效”; the completing milestone 2025 is equal", "2025年")
m("deadline-later-than-baseline", row(6), "task 23 (数字资源管理系统, 重大项目/关键应用“一本账”) is due 2024年; equal. Not task 30 (政务数据资源“一本账”, 2023年), which is the data-catalogue 一本账 taken up in body line %d without a date" % ln("纳入全区政务数据“一本账”"), "2024年")
m("deadline-later-than-baseline", row(7), "task 29 “2023年启动，2025年完成”; the cell (two milestones split by <br>) completes in 2025, equal; the 2024 milestone is an earlier county step", "2025年全面完成")
m("deadline-later-than-baseline", row(8), "task 33 (基础数据资源库) is due 2024年; 2024年底前 is the same year", "2024年底前")
m("deadline-later-than-baseline", row(12), "task 48 is due 2024年; equal. The trailing \\* is an escaped Markdown asterisk marking a starred (assessed) task, see the note", "2024年\\*")
m("deadline-later-than-baseline", row(14), "task 66 (经济运行大数据平台) is due 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(18), "task 83 (“互联网+基层治理”) is due 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(21), "task 87 (12345 “接诉即办”) “2023年启动，2025年完成”; equal. Not task 115 (政民互动平台, 2024年)", "2025年")
m("deadline-later-than-baseline", row(23), "task 96 (“互联网+城乡供水”) is due 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(25), "task 94 (生态环境数据资源中心) 2024年 / task 95 2025年; equal or earlier", "2024年")
m("deadline-later-than-baseline", row(26), "task 106 is due 2025年; the county row is earlier", "2024年底前")
m("deadline-later-than-baseline", row(27), "task 107 (视频会议平台) is due 2025年; equal", "2025年")
m("deadline-later-than-baseline", row(29), "task 64 (各地参照自治区做法成立相应组织机构) is due 2025年; the county row is earlier", "2024年")
m("deadline-later-than-baseline", row(30), "task 121 (每年度制定工作要点和考核指标体系) is 长期坚持; equal", "长期坚持")
m("unknown-unit", row(1), "three registered units separated by <br> inside the cell (县教育体育局, 县卫生健康局, 县人力资源和社会保障局); 县发改局 is a registered short name", "县教育体育局<br>县卫生健康局")
m("unknown-unit", row(5), "registered unit wrapped in Markdown bold marks", "**县审批服务管理局**")
m("unknown-unit", row(4), "县供销社 is the registered short name of 县供销合作社联合社", "县供销社")
m("unknown-unit", row(20), "县审批局 is a registered short name", "县审批局")
m("unknown-unit", row(21), "县政府办 is a registered short name of 县人民政府办公室", "县政府办")
m("unknown-unit", row(22), "县残联 is the registered short name of 县残疾人联合会 (a body outside the government proper)", "县残联")
m("unknown-unit", row(25), "固原市生态环境局隆德分局 is in units.txt (the county's ecology office is a branch of the city bureau)", "固原市生态环境局隆德分局")
m("unknown-unit", row(12), "collective subjects 各乡镇人民政府 and 各村（社区）", "各村（社区）")
m("unknown-unit", row(5), "collective subject 县直有关部门", "县直有关部门")
m("unknown-unit", row(7), "collective subject 县直各部门（单位）", "县直各部门（单位）")
m("unknown-unit", row(19), "the escaped \\| belongs to the site name 宁夏政务服务网|隆德县分厅 in the task cell; it is not a cell border, and the lead column is 县审批服务管理局", "隆德县分厅")
m("unknown-unit", ln("领导小组办公室设在县政府办公室"), "隆德县数字政府建设领导小组, 县政府办公室 and 县大数据服务中心 are all in units.txt", "隆德县数字政府建设领导小组")
m("unknown-unit", ln("报送县数字政府建设领导小组办公室"), "县数字政府建设领导小组办公室 and 县人民政府 are in units.txt", "县数字政府建设领导小组办公室")
m("unknown-unit", ln("| 序号 | 重点任务 |"), "table header cells (牵头单位, 配合单位) are column names, not units", "牵头单位")
m("garbled-text", ln("7\\*24小时自助服务区"), "7\\*24 is a Markdown-escaped asterisk (7*24小时), not damaged text", "7\\*24")
m("garbled-text", row(21), "escaped asterisk in 7\\*24小时 inside a table cell", "7\\*24")
m("garbled-text", ln("|---|"), "Markdown table delimiter row", "|---|---|")
m("garbled-text", 1, "Markdown heading mark #", "# ")
m("garbled-text", ln("**（一）指导思想。**"), "Markdown bold marks around a sub-item label", "**")
m("garbled-text", row(1), "<br> line breaks inside a table cell", "<br>")
m("garbled-text", row(19), "escaped pipe \\| inside a table cell", "\\|")
m("missing-pillar", ln("## 四、健全“一套体系”"), "the 五个一 / 六级贯通 work system is taken up as 一套体系 (健全组织机构, 厘清层级职责, 完善工作机制, lines %d-%d), as in the 吴忠 plan" % (ln("**（一）健全组织机构。**"), ln("**（三）完善工作机制。**")))
m("missing-pillar", ln("**（三）营造良好数字生态。**"), "数字生态 is present (数据要素市场, 数据交易规则, 网络生态)")

C = []
def c(task, line): C.append({"task": task, "line": line})
c(3, row(2)); c(5, ln("创新以网管网")); c(6, row(1)); c(7, ln("国家智慧教育平台")); c(8, ln("“互联网+医疗健康”"))
c(10, row(3)); c(11, row(4)); c(12, ln("配合自治区建设数据交易平台")); c(13, ln("公平竞争审查"))
sec = ln("**强化安全管理责任。**")
c(14, sec); c(15, sec); c(17, sec); c(18, sec)
c(21, row(5)); c(23, row(6)); c(24, ln("健全政务信息化建设管理会商机制")); c(29, row(7))
c(30, ln("纳入全区政务数据“一本账”")); c(33, row(8)); c(40, row(9)); c(41, row(10))
c(46, row(11)); c(48, row(12)); c(49, ln("融入“视频一张网”")); c(57, row(13))
c(64, row(29)); c(65, ln("宁夏经济治理基础数据库")); c(66, row(14)); c(68, ln("推行“照单监管”")); c(71, row(15))
c(77, row(16)); c(79, row(17)); c(80, ln("推进“智慧应急”建设")); c(83, row(18))
c(84, row(19)); c(85, ln("推广“免申即享”“民生直达”")); c(86, row(20)); c(87, row(21)); c(88, ln("推进“证照分离”改革")); c(93, row(22))
c(94, row(25)); c(96, row(23)); c(98, row(24)); c(102, ln("推进水、气、土、废污染防治攻坚"))
c(103, ln("大数据辅助决策机制")); c(104, ln("全区统一的协同办公平台")); c(106, row(26)); c(107, row(27))
c(112, ln("以网上发布为主、其他渠道发布为辅")); c(114, row(28)); c(116, ln("纳入“一把手工程”")); c(25, ln("**（二）加大财政投入。**"))
c(118, ln("**（三）提升数字素养。**")); c(121, row(30)); c(123, ln("综合考核评价的重要参考")); c(124, ln("建立容错和奖惩机制"))

key = {
  "writer": "blind writer, round 392; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": C,
  "notes": ("隆德县 (固原市) plan of 2024 exported to Markdown from an online document tool: # / ## headings, **bold** sub-item labels, "
            "a pipe table (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限) with a |---| row, <br> inside cells and escaped \\* and \\|. "
            "Basis is the regional 实施意见 only; there is no parent city plan. Table note: the first-listed 牵头单位 is the main lead. "
            "Only 2024/2025 regional tasks carry dates in the table, so no copied 2023 deadline appears. "
            "Row 10's 2024年13月 is keyed only as deadline-invalid, not also as a late deadline.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(C))
for e in expect: print(e['rule'], e['line'], e['text'], '|', L[e['line']-1][:50])
