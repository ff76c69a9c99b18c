import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
def chk(line, text):
    if text is None: return
    assert text in L[line-1], (line, text, L[line-1][:80])
expect = [
 ("basis-mismatch", 3, "宁政办发〔2023〕17号", "preamble cites the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 with 宁政办发〔2023〕17号; its 文号 is 宁政发〔2023〕17号 (the revision fixed the year but introduced 办)"),
 ("deadline-later-than-baseline", 91, "2025年", "task row 8 (电子政务外网升级改造、骨干扩容、互联网出口带宽) = regional task 47, due 2024"),
 ("deadline-later-than-baseline", 107, "2025年底前", "task row 24 (政府网站、移动端、政务服务场所适老化与信息无障碍建设) = regional task 93, due 2024; the revision only moved it from 2026 to 2025"),
 ("unknown-unit", 116, "自治区政府办公厅", "regional body named as 牵头 of a district task-list row (宁政通推广, task 105); should be a district unit"),
 ("unknown-unit", 122, "区人力资源和社会保证局", "misspelt unit (保证 for 保障); registry has 区人力资源和社会保障局 / 区人社局"),
 ("deadline-invalid", 124, "20244年", "impossible year (typo for 2024); the row matches task 121 whose regional deadline is 长期坚持, so nothing to be later than"),
 ("basis-mismatch", 129, "宁政办发〔2023〕17号", "修改后表述 column (the plan as revised) gives the regional 实施意见 the 文号 宁政办发〔2023〕17号; correct is 宁政发〔2023〕17号"),
 ("deadline-later-than-baseline", 133, "2025年底前", "修改后表述 column: 适老化与信息无障碍建设 (task 93) moved from 2026 to 2025, still later than the regional 2024"),
]
must = [
 ("basis-mismatch", 3, "国发〔2022〕14号", "national 指导意见 cited with its correct 文号"),
 ("basis-mismatch", 3, "吴忠市人民政府《关于加强数字政府建设的实施方案》", "city plan cited by title alone, title correct, no 文号 needed"),
 ("basis-mismatch", 4, "宁政办发〔2020〕14号", "retrospective background mention of the 2020 工作要点 (correct 文号), not cited as a basis"),
 ("deadline-invalid", 4, "2020年", "retrospective year in background sentence, not a deadline"),
 ("deadline-later-than-baseline", 9, "到2024年底", "goal: 外网 three-level coverage (task 48, 2024) and 我的宁夏/宁政通 (tasks 86/105, 2024) - equal to regional deadlines"),
 ("deadline-later-than-baseline", 10, "到2025年", "framework goal equal to the region's and 吴忠's 到2025年 goal"),
 ("deadline-later-than-baseline", 11, "到2035年", "2035 vision equal to region and 吴忠"),
 ("unknown-unit", 20, "各乡镇人民政府", "collective subject"),
 ("unknown-unit", 20, "各村（社区）", "collective subject"),
 ("unknown-unit", 84, "各乡镇人民政府", "collective subject"),
 ("deadline-later-than-baseline", 84, "2024年", "task 64 (组织机构) due 2025; 2024 is earlier"),
 ("unknown-unit", 85, "区直各部门（单位）", "collective subject"),
 ("deadline-invalid", 86, "2023年形成机制，长期坚持", "task 18 deadline copied verbatim from the regional list; 2023 milestone already passed before the 2024 plan - allowed"),
 ("deadline-later-than-baseline", 87, "持续推进", "task 30 (2023) already past; 持续推进 is correct in a 2024 plan"),
 ("unknown-unit", 90, "区发改局", "alias of 区发展和改革局 in units.txt"),
 ("deadline-later-than-baseline", 92, "2024年", "task 48 due 2024 - equal"),
 ("deadline-later-than-baseline", 93, "2024年10月底前", "task 50 due 2024 - earlier"),
 ("unknown-unit", 94, "区公安分局", "alias of 吴忠市公安局红寺堡区分局 in units.txt"),
 ("deadline-later-than-baseline", 94, "2025年", "task 49 (视频共享平台) due 2025 - equal"),
 ("unknown-unit", 97, "区工信商务局", "alias of 区工业信息化和商务局"),
 ("unknown-unit", 103, "各村（社区）", "collective subject"),
 ("unknown-unit", 104, "区审批局", "alias of 区审批服务管理局"),
 ("unknown-unit", 107, "区残联", "alias of 区残疾人联合会"),
 ("unknown-unit", 108, "区文旅体广局", "alias of 区文化旅游体育广电局"),
 ("deadline-later-than-baseline", 110, "2025年取得明显成效", "task 11 (数字供销): 2023年完成主要建设任务，2025年取得明显成效 - completing milestone equal"),
 ("unknown-unit", 111, "弘德工业园区管委会", "alias of 红寺堡弘德工业园区管委会"),
 ("deadline-later-than-baseline", 117, "2025年6月底前", "task 106 due 2025 - earlier"),
 ("deadline-later-than-baseline", 118, "2025年", "task 107 (视频会议) due 2025 - equal"),
 ("deadline-later-than-baseline", 121, "长期坚持", "task 116: 2023年完成并长期坚持; ongoing in a 2024 plan is fine"),
 ("unknown-unit", 123, "区委党校", "local unit listed in units.txt"),
 ("basis-mismatch", 129, "宁政发〔2022〕17号", "原稿表述 column: the earlier draft's wrong 文号 - history, not the plan"),
 ("basis-mismatch", 130, "宁政办发〔2020〕14号", "原稿表述 column: the earlier draft's superseded basis, deleted in the revision"),
 ("deadline-later-than-baseline", 131, "到2026年", "原稿表述 column: old late goal year, corrected to 到2025年"),
 ("deadline-later-than-baseline", 131, "到2025年", "修改后表述: equal to region and 吴忠"),
 ("deadline-later-than-baseline", 132, "2026年", "原稿表述 column: old late date for task 107 - history"),
 ("deadline-later-than-baseline", 132, "2025年完成", "修改后表述: task 107 due 2025 - equal"),
 ("deadline-later-than-baseline", 133, "2026年底前", "原稿表述 column: old date - history (the 修改后 2025年底前 on the same line IS an error)"),
 ("deadline-later-than-baseline", 134, "2024年底前", "原稿表述 column: old date for task 30 (2023) - history; 修改后 says 持续推进"),
 ("deadline-invalid", 134, "2023年", "修改理由 mentions that the region deployed it in 2023 - not a deadline"),
 ("unknown-unit", 135, "区审批服务管里局", "原稿表述 column: the earlier draft's misspelt unit, corrected"),
 ("unknown-unit", 136, "自治区政府办公厅", "原稿表述 column: the earlier draft's regional 牵头, corrected to 区大数据服务中心"),
 ("deadline-later-than-baseline", 137, "2025年", "原稿表述 column: old late date for task 48 - history"),
 ("deadline-later-than-baseline", 137, "2024年完成", "修改后表述: task 48 due 2024 - equal"),
 ("unknown-unit", 138, "区公安局", "原稿表述 column: earlier draft's non-canonical unit, corrected to 区公安分局"),
 ("deadline-later-than-baseline", 139, "2026年6月底前", "原稿表述 column: old late date for task 106 - history"),
 ("deadline-later-than-baseline", 140, "2024年底前", "原稿表述 column: old late date for task 18 - history"),
 ("deadline-invalid", 140, "2023年形成机制，长期坚持", "修改后表述 copies task 18's regional deadline; passed milestone allowed"),
]
covers = [(64,84),(14,85),(18,86),(30,87),(32,88),(36,89),(47,91),(48,92),(50,93),(49,94),(56,95),(66,97),(70,98),(77,100),(79,101),(80,102),(83,103),(84,104),(86,105),(87,106),(93,107),(10,109),(104,115),(106,117),(107,118)]
for r,l,t,w in expect: chk(l,t)
for r,l,t,w in must: chk(l,t)
key = {
 "writer": "blind writer, round 29 case A; read only COMMON/ROUND29 brief, DOMAIN.md, the seeds, wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-05",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": [dict(rule=r,line=l,text=t,why=w) for r,l,t,w in expect],
 "mustNotFlag": [dict(rule=r,line=l,text=t,why=w) for r,l,t,w in must],
 "covers": [dict(task=t,line=l) for t,l in covers],
 "notes": "修改稿 of a 红寺堡区 plan (2024). Lines 1-125 are the plan (prose + 附件1 分工表, 42 rows); lines 126-140 are 附件2 修改对照表 (序号/原稿表述/修改后表述/修改理由). The 原稿表述 column is history: its late dates, wrong/superseded 文号, misspelt unit, 区公安局 and regional 牵头 are near misses. The 修改后表述 column is the plan: on lines 129 and 133 the correction is itself still wrong. Lines 129 and 133 therefore carry both an expected finding (修改后 text) and a near miss (原稿 text) - match by text. Line 124 '20244年' is keyed only as deadline-invalid (the row's task 121 is 长期坚持)."
}
json.dump(key, open("key.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(must), len(covers))
