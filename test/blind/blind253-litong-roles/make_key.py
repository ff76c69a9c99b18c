# -*- coding: utf-8 -*-
# Builds key.json and checks every (line, text) against draft.txt.
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
def find(text, hint=None):
    hits = [i+1 for i, l in enumerate(L) if text in l]
    if hint is not None:
        assert hint in hits, (text, hint, hits)
        return hint
    assert len(hits) == 1, (text, hits)
    return hits[0]
def row(n):  # table row n (1-based)
    return find(str(n) + "\t" + [l for l in L if l.startswith(str(n) + "\t")][0].split("\t")[1])

expect = [
 {"rule": "unknown-unit", "line": find("区工信局、区应急管理局"), "text": "区工信局",
  "why": "协办单位 of row 2 (智慧园区): 区工信局 is the old name; units.txt only knows 区工业信息化和商务局 (= 区工信商务局), which the body text on line 28 uses"},
 {"rule": "unknown-unit", "line": find("\t自治区政府办公厅\t区大数据服务中心、区直各部门（单位）"), "text": "自治区政府办公厅",
  "why": "row 7 (区级电子政务外网升级改造) names the regional 自治区政府办公厅 as 主办单位 of a district task, copied from task 47's 责任单位; a regional body as lead of a local task"},
 {"rule": "unknown-unit", "line": find("由区数据局主办"), "text": "区数据局",
  "why": "unit under 由…主办: no 区数据局 in units.txt (the data body is 区大数据服务中心); not an alias either"},
 {"rule": "deadline-later-than-baseline", "line": find("村（社区）电子政务外网全覆盖\t"), "text": "2025年底前",
  "why": "row 12 (区、乡镇（街道）、村（社区）电子政务外网全覆盖) is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024年; the draft's own goal on line 17 also says 到2024年底"},
 {"rule": "deadline-later-than-baseline", "line": find("2025年6月底前"), "text": "2025年6月底前",
  "why": "line 61 (迭代完善“我的宁夏”政务APP…应用实现“应上尽上”) is task 86 (迭代升级“我的宁夏”政务APP功能…“应上尽上”), 完成时限 2024年"},
 {"rule": "basis-mismatch", "line": find("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (as the preamble on line 10 correctly cites); 宁政办发〔2023〕17号 does not belong to that title"},
]

M = []
def nf(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line-1], (text, line)
        e["text"] = text
    e["why"] = why
    M.append(e)

U = "unknown-unit"; D = "deadline-later-than-baseline"; I = "deadline-invalid"; B = "basis-mismatch"
# role words with known district units
nf(U, find("责任主体：区委编办、区政府办公室"), "责任主体 with two district units from units.txt (区委编办; 区政府办公室 alias of 区人民政府办公室)", "区委编办")
nf(U, find("（实施主体：各乡镇人民政府、各街道办事处，各村（社区））"), "实施主体 are collectives (各乡镇人民政府, 各街道办事处, 各村（社区）)", "各村（社区）")
nf(U, find("由区政府办公室主办、区大数据服务中心协办"), "由…主办、…协办 sentence with two units from units.txt", "区大数据服务中心")
nf(U, find("协同部门：区农业农村局、区科技局"), "区科技局 is the listed short name of 区科学技术局 (协同部门)", "区科技局")
nf(U, find("主责部门：金积工业园区管委会"), "主责部门 金积工业园区管委会 is in units.txt; 吴忠市生态环境局利通分局 (协同部门) too", "金积工业园区管委会")
nf(U, find("区人社局、民政局"), "prefix distributes: 区人社局、民政局 = 区人力资源和社会保障局, 区民政局 (责任主体)", "民政局")
nf(U, find("由区住房和城乡建设局主办"), "由…主办、…和…协办: 区住房和城乡建设局, 区城市管理局, 区水务局 are all in units.txt", "区城市管理局")
nf(U, find("【主办】区供销社"), "【主办】…【协办】… note: 区供销社 is the listed short name of 区供销合作社", "区供销社")
nf(U, find("由区委网信办主办，利通公安分局"), "由…主办，…协办 with comma: 利通公安分局 is the listed short name of 吴忠市公安局利通区分局", "利通公安分局")
nf(U, find("（责任主体：区直各部门（单位）、各乡镇人民政府、各街道办事处）"), "责任主体 are collectives, with nested brackets", "区直各部门（单位）")
nf(U, find("区水务局等有关部门"), "‘等有关部门’ closes the 协同部门 list; a collective, not a unit", "有关部门")
nf(U, find("【主办】区发展和改革局"), "【主办】/【协办】 with 区发展和改革局, 区大数据服务中心, 区财政局, 区审计局, all in units.txt", "区审计局")
nf(U, find("实施主体：金积镇人民政府、上桥镇人民政府"), "实施主体 are two pilot towns listed in units.txt", "上桥镇人民政府")
nf(U, find("【实施主体】各乡镇人民政府"), "【主办】区委政法委【协办】区民政局【实施主体】collectives: all known or collective", "各街道办事处")
nf(U, find("实施主体：各乡镇便民服务中心"), "各乡镇便民服务中心 is a 各… collective (every town's service centre), not a named unit", "各乡镇便民服务中心")
nf(U, find("协同部门：区委政法委、各乡镇（街道）"), "主责部门 利通公安分局 (alias) and collective 各乡镇（街道）", "各乡镇（街道）")
nf(U, find("主责部门：吴忠市生态环境局利通分局、区水务局"), "two 主责部门, both in units.txt (first one leads per the note on line 77)", "吴忠市生态环境局利通分局")
nf(U, find("区政府督查室会同区政府办公室"), "区政府督查室 is the listed short name of 区人民政府督查室; 市人民政府办公室 and 市大数据管理服务局 are named as city 督办 bodies, not leads", "区政府督查室")
nf(U, find("市级督办单位（市人民政府办公室"), "city offices as 督办单位 (supervising), in units.txt", "市大数据管理服务局")
nf(U, find("应用全区统一的填表报数系统"), "督办单位 自治区政府办公厅: a regional office that supervises, not the 主办单位 (which is 区政府办公室); contrast row 7", "自治区政府办公厅")
nf(U, row(2), "督办单位 市工业和信息化局 is a city office in units.txt; only 区工信局 (协办) is unknown", "市工业和信息化局")
nf(U, row(7), "督办单位 市大数据管理服务局 is fine on this row; only the 主办单位 自治区政府办公厅 is the mistake", "市大数据管理服务局")
nf(U, row(26), "主办单位 is the collective 区直各部门（单位）; 督办单位 is a district office (区政府办公室)", "区直各部门（单位）")
nf(U, find("区政务服务中心完成"), "区政务服务中心 is a place named in the background, under no role word")
nf(U, row(5), "督办单位 市供销社 is a city body in units.txt; 主办单位 区供销社 is an alias", "市供销社")
# deadlines
nf(D, find("到2024年底，区、乡镇"), "goal 到2024年底 for 外网全覆盖 (task 48, 2024年), 我的宁夏 (task 86, 2024年) and 宁政通 (task 105, 2024年): equal", "2024年底")
nf(D, find("到2025年，全区数字政府建设“1347”"), "到2025年 framework goal equals the regional (到2025年 “34567” 全面成型) and city (到2025年 “1347” 全面成型) goals", "2025年")
nf(D, find("到2035年"), "2035 goal equals the regional and city 2035 goals", "2035年")
nf(D, find("完成时限：2024年6月底前"), "task 64 (各地参照自治区做法成立相应组织机构), 完成时限 2025年: earlier", "2024年6月底前")
nf(D, row(1), "row 1 is task 64 (完成时限 2025年): 2024年6月底前 is earlier", "2024年6月底前")
nf(D, find("完成时限：2025年）", 28), "task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: equal", "2025年")
nf(D, find("完成时限：持续推进，2025年取得明显成效"), "task 10 (数字乡村), 完成时限 持续推进，2025年取得明显成效: equal")
nf(D, find("完成时限：2023年形成机制，长期坚持"), "task 18 (安全技术保障体系、常态化安全防护和应急演练), 完成时限 2023年形成机制，长期坚持: copied, equal", "2023年形成机制")
nf(I, find("完成时限：2023年形成机制，长期坚持"), "a regional deadline copied verbatim (task 18, 2023年形成机制，长期坚持); the ongoing part runs into the plan's year, not a slip", "2023年")
nf(D, find("完成时限：2024年底前）", 38), "task 46 (政务信息系统有序迁移, 2024年) and task 19 (信创云 2023年启动，2024年建成): equal", "2024年底前")
nf(D, find("完成时限：2025年取得明显成效"), "task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效: equal", "2025年")
nf(D, find("完成时限：2024年底前）", 46), "task 41 (公共数据开放目录、分类分级开放), 完成时限 2024年: equal", "2024年底前")
nf(D, find("统筹视频资源"), "task 49 (视频共享平台、视频一张网), 完成时限 2025年: equal", "2025年")
nf(D, find("宁夏经济运行大数据平台，强化重点企业"), "task 66 (宁夏经济运行大数据平台、经济监测预警), 完成时限 2025年: equal", "2025年")
nf(D, find("“双随机、一公开”监管和企业信用风险分类管理"), "tasks 70 and 71 (信用风险分类、数字化追溯监管), 完成时限 2024年: equal", "2024年")
nf(D, find("持续推进12345政务服务便民热线"), "task 87 (12345 “一呼即应”改革、总客服), 完成时限 2023年启动，2025年完成: equal", "2025年")
nf(D, find("（五）提升系统科学的生态环境保护能力"), "tasks 95 (大气、水、土壤数据资源综合开发利用) and 96 (互联网+城乡供水), 完成时限 2025年: equal", "2025年")
nf(D, row(13), "row 13 is task 52 (个人/企业证照社会化场景应用), 完成时限 2025年: 2024年底前 is earlier", "2024年底前")
nf(D, row(29), "row 29 is task 106 (全区统一的填表报数系统), 完成时限 2025年: 2024年12月底前 is earlier", "2024年12月底前")
nf(D, row(5), "row 5 is task 11 (数字供销), 完成时限 2023年完成主要建设任务，2025年取得明显成效; the district co-operates and copies the completing milestone 2025年", "2025年取得明显成效")
nf(D, row(32), "row 32 is task 121 (年度考核指标体系、常态化考核), 完成时限 长期坚持: equal", "长期坚持")
nf(D, find("各主办单位于每季度末月25日前"), "the office's own reporting dates (quarterly 25th, 2024年12月20日 annual summary), not task deadlines", "2024年12月20日前")
nf(I, find("各主办单位于每季度末月25日前"), "2024年12月20日 is a valid date in the plan's year", "2024年12月20日")
nf(I, find("2023年，区政务服务中心"), "past date in the background (工作基础), not a deadline", "2023年")
# basis
nf(B, 10, "preamble cites 国发〔2022〕14号, 宁政发〔2023〕17号 and the city plan by title alone, all correct", "宁政发〔2023〕17号")
nf(B, find("宁政办发〔2020〕14号"), "retrospective mention of the superseded 2020 工作要点 (自…实施以来), with its correct title and 文号", "宁政办发〔2020〕14号")
nf(B, find("宁政办发〔2023〕11号"), "《数字宁夏“1244+N”行动计划实施方案》 is 宁政办发〔2023〕11号, as the city plan cites it", "宁政办发〔2023〕11号")
nf(B, 2, "the notice's own 文号, not a basis citation", "吴利政办发〔2024〕12号")

C = []
def cv(task, line): C.append({"task": task, "line": line})
for t, l in [(64, 23), (3, 28), (6, 29), (9, 30), (10, 31), (11, 32), (14, 36), (15, 36), (18, 37), (46, 38),
             (22, 40), (24, 41), (28, 42), (32, 44), (36, 44), (30, 45), (41, 46), (47, 48), (50, 48), (48, 48),
             (49, 49), (54, 50), (56, 50), (57, 50), (66, 52), (70, 53), (71, 53), (77, 55), (79, 56), (80, 57),
             (83, 58), (84, 60), (86, 61), (87, 62), (88, 63), (89, 63), (93, 64), (90, 64), (95, 65), (96, 65),
             (104, 67), (105, 67), (106, 67), (107, 68), (111, 68), (112, 69), (114, 69), (116, 71), (25, 72),
             (118, 73), (121, 74), (122, 74), (123, 74), (52, row(13))]:
    cv(t, l)

key = {
 "writer": "blind writer, round 253; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": C,
 "notes": ("利通区 plan of 2024-03-18 in the city's “1347” shape; roles are written 主办单位/协办单位/督办单位 (task table, line 77 note: "
           "first 主办单位 leads, 督办单位 only supervises), 责任主体, 主责部门/协同部门, 实施主体, 由…主办、…协办 and 【主办】…【协办】…【实施主体】. "
           "units.txt lists district units, 派驻 units, two pilot towns and the city offices used as 督办单位. "
           "In a district document 全区 means the whole of 利通区. Lines 17 (goal 到2024年底 外网全覆盖) and 90 (row 12, 2025年底前) contradict each other on purpose: only row 12 is late.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(C))
for e in expect: print(e["rule"], e["line"], e["text"])
