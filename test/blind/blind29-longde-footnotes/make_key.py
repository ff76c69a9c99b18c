import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
def chk(line, text):
    if text is None: return
    assert text in L[line-1], (line, text, L[line-1][:80])
expect = [
 ("basis-mismatch", 7, "宁政发〔2022〕17号", "preamble cites 《自治区人民政府关于加强数字政府建设的实施意见》 with 宁政发〔2022〕17号; the document is 宁政发〔2023〕17号 (footnote ① even gives it correctly)"),
 ("garbled-text", 59, "瀹屽杽绾夸笂", "UTF-8 bytes read as GBK: 瀹屽杽绾夸笂绾夸笅鏈嶅姟娓犻亾 = 完善线上线下服务渠道"),
 ("deadline-later-than-baseline", 60, "2026年底前", "sentence = task 93 (政府网站、政务服务场所适老化与信息无障碍建设), regional deadline 2024"),
 ("deadline-later-than-baseline", 88, "2026年6月底前", "row 10 = task 49 (接入全区统一的视频共享平台), regional deadline 2025"),
 ("unknown-unit", 90, "县卫生建康局", "typo (建 for 健); registry has 县卫生健康局 / 县卫健局"),
 ("unknown-unit", 102, "自治区政府办公厅", "regional body named as 牵头 of a county task-list row (12345 热线, task 87)"),
 ("deadline-later-than-baseline", 107, "2026年底前", "row 29 = task 105 (宁政通 移动办公总门户), regional deadline 2024; a new 2026 date for it is late"),
 ("deadline-invalid", 118, "2025年13月", "impossible month; row matches task 123 (2023年完成，长期坚持), so only invalid, not later"),
]
must = [
 ("deadline-invalid", 5, "2025年3月18日", "issue date of the notice"),
 ("basis-mismatch", 7, "国发〔2022〕14号", "national 指导意见, correct 文号"),
 ("basis-mismatch", 7, "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 with the 文号 the 吴忠 seed gives it"),
 ("unknown-unit", 2, "各乡镇人民政府", "collective addressee"),
 ("unknown-unit", 2, "县直各部门（单位）", "collective addressee"),
 ("deadline-later-than-baseline", 13, "到2025年底", "framework goal equal to the region's 到2025年 goal; the footnote marker ⑥ follows the date directly"),
 ("deadline-later-than-baseline", 14, "到2026年底", "new goal (隆德特色应用场景, 满意度95%) beyond the regional horizon with no regional counterpart"),
 ("unknown-unit", 22, "各乡镇（街道）", "collective subject"),
 ("unknown-unit", 22, "各村（社区）", "collective subject"),
 ("deadline-later-than-baseline", 79, "2025年6月底前", "task 64 due 2025 - earlier"),
 ("deadline-later-than-baseline", 80, "巩固提升", "task 14 (2023) already past; 巩固提升 is not a later date"),
 ("deadline-invalid", 81, "2023年形成机制，长期坚持", "task 18's regional deadline copied verbatim; passed milestone allowed in a 2025 plan"),
 ("deadline-later-than-baseline", 82, "持续推进", "task 30 (2023) past; 持续推进 fine"),
 ("deadline-later-than-baseline", 85, "巩固提升", "tasks 47/48 (2024) past; 巩固提升 fine"),
 ("deadline-later-than-baseline", 89, "2025年底前", "task 56 due 2025 - equal"),
 ("unknown-unit", 89, "县教体局", "alias of 县教育体育局"),
 ("unknown-unit", 90, "县文旅广电局", "alias of 县文化旅游广电局"),
 ("deadline-later-than-baseline", 92, "2025年取得明显成效", "task 11: 2023年完成主要建设任务，2025年取得明显成效 - equal"),
 ("deadline-later-than-baseline", 93, "持续推进", "电子证照 scenarios (task 52, 2025 / task 85, 2023): ongoing wording, no later date"),
 ("unknown-unit", 95, "县工信商务局", "alias of 县工业信息化和商务局"),
 ("unknown-unit", 100, "各村（社区）", "collective subject"),
 ("unknown-unit", 101, "县审批局", "alias of 县审批服务管理局"),
 ("unknown-unit", 103, "县生态环境分局", "alias of 固原市生态环境局隆德分局"),
 ("deadline-later-than-baseline", 104, "2025年底前⑪", "task 96 due 2025 - equal; footnote marker ⑪ right after the date"),
 ("deadline-later-than-baseline", 106, "巩固提升", "task 104 (2024) past; 巩固提升 fine"),
 ("deadline-later-than-baseline", 108, "2025年底前", "task 106 due 2025 - equal"),
 ("deadline-later-than-baseline", 109, "2025年", "task 107 due 2025 - equal"),
 ("deadline-later-than-baseline", 117, "2026年3月底前", "task 121 is 长期坚持 (every year); yearly dates in 2025 and 2026 are fine"),
 ("basis-mismatch", 120, "宁政发〔2023〕17号", "footnote ①: correct title and 文号 of the regional 实施意见"),
 ("deadline-invalid", 120, "2023年5月16日", "footnote ①: issue date of the regional document, not a deadline"),
 ("deadline-invalid", 121, "2023年", "footnote ②: year the 1244+N plan was issued"),
 ("basis-mismatch", 122, "宁政办发〔2020〕14号", "footnote ③: retrospective mention of the 2020 工作要点 with its correct 文号, not a basis"),
 ("basis-mismatch", 122, "隆政办发〔2020〕31号", "footnote ③: the county's own 2020 notice, retrospective"),
 ("deadline-invalid", 123, "截至2024年底", "footnote ④: past figure, not a deadline"),
 ("deadline-invalid", 124, "截至2024年底", "footnote ⑤: past figure"),
 ("deadline-invalid", 125, "2023年、2024年", "footnote ⑥ explains the handling of already-due regional tasks"),
 ("deadline-invalid", 128, "2024年", "footnote ⑨: past 12345 figures"),
 ("deadline-invalid", 129, "截至2024年底", "footnote ⑩: past 宁政通 figure"),
]
covers = [(64,79),(14,80),(18,81),(30,82),(36,84),(48,85),(24,86),(50,87),(49,88),(56,89),(6,90),(10,91),(11,92),(57,94),(66,95),(70,96),(77,97),(79,98),(80,99),(83,100),(86,101),(87,102),(96,104),(104,106),(106,108)]
for r,l,t,w in expect: chk(l,t)
for r,l,t,w in must: chk(l,t)
key = {
 "writer": "blind writer, round 29 case B; read only COMMON/ROUND29 brief, DOMAIN.md, the seeds, wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-05",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2025,
 "expect": [dict(rule=r,line=l,text=t,why=w) for r,l,t,w in expect],
 "mustNotFlag": [dict(rule=r,line=l,text=t,why=w) for r,l,t,w in must],
 "covers": [dict(task=t,line=l) for t,l in covers],
 "notes": "隆德县 实施方案（2025—2026年）, issued 2025-03-18. Footnote markers ①–⑪ in the text (one right after a date: 到2025年底⑥, and 2025年底前⑪ in a table cell); footnotes on lines 120-130 under 注释 give terms, documents with year and 文号, and past figures (截至2024年底). Regional tasks due 2023/2024 are written as 巩固提升/持续推进 (not late); the planted late dates are new 2026 dates for tasks due 2024 (lines 60, 107) and 2025 (line 88). Line 118's 2025年13月 sits on a 长期坚持 task, so it is keyed only as deadline-invalid."
}
json.dump(key, open("key.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(must), len(covers))
