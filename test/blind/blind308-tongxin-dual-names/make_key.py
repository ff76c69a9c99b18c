# Helper: builds key.json, finding every line number by searching draft.txt (1-based).
import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]

def line(needle, nth=0, must_unique=False):
    hits = [i for i, l in enumerate(L, 1) if needle in l]
    assert hits, needle
    if must_unique: assert len(hits) == 1, (needle, hits)
    return hits[nth]

def at(needle, ln):
    assert needle in L[ln-1], (needle, ln, L[ln-1][:40])
    return ln

expect = [
 {"rule": "basis-mismatch", "line": line("宁政发〔2022〕17号", must_unique=True), "text": "宁政发〔2022〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
 {"rule": "deadline-later-than-baseline", "line": line("26.提升电子政务外网支撑能力", must_unique=True), "text": "2025年底前",
  "why": "城域网升级、外网延伸到村、三级全覆盖 = regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024 年 (task 47 外网升级改造 also 2024 年); the draft's own 主要目标 (line 16) even says 到2024年底"},
 {"rule": "deadline-later-than-baseline", "line": line("48.推进适老化与信息无障碍建设", must_unique=True), "text": "2025年6月底前",
  "why": "regional task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年"},
 {"rule": "deadline-invalid", "line": line("57.推广统一填表报数系统", must_unique=True), "text": "13月",
  "why": "2024年13月 is an impossible month (regional task 106, 填表报数系统, 完成时限 2025年, so it is not a late deadline as well)"},
 {"rule": "unknown-unit", "line": line("县数字经济发展局（县数据资源管理局）", must_unique=True), "text": "县数字经济发展局（县数据资源管理局）",
  "why": "an unknown body written with a second name in brackets: neither 县数字经济发展局 nor 县数据资源管理局 is in units.txt (the county has no such bureau; task 12 data-market work would sit with 县发改局)"},
 {"rule": "unknown-unit", "line": line("牵头单位：县大数据管理局", must_unique=True), "text": "县大数据管理局",
  "why": "not in units.txt: the county body is 县大数据服务中心 (second nameplate of 县政府办公室); 县大数据管理局 looks copied from the city's 市大数据管理服务局"},
]

M = []
def nm(rule, ln, why, text=None):
    e = {"rule": rule, "line": ln}
    if text: e["text"] = text
    e["why"] = why
    M.append(e)

U = "unknown-unit"; D = "deadline-later-than-baseline"; I = "deadline-invalid"; B = "basis-mismatch"
# --- dual names and their halves (the round's subject) ---
nm(U, at("县政府办公室（县大数据服务中心）", 22), "dual name: 县政府办公室 with its second nameplate 县大数据服务中心, both in units.txt as one body", "县政府办公室（县大数据服务中心）")
nm(U, at("配合单位：县机构编制委员会办公室，", 22), "half alone: 县机构编制委员会办公室 is an alias of 县委编办 in units.txt", "县机构编制委员会办公室")
nm(U, at("县机构编制委员会办公室（县委编办）", 23), "dual name in reverse order (government-side name first), same body 县委编办", "县机构编制委员会办公室（县委编办）")
nm(U, at("县委网信办（县互联网信息办公室）", 29), "dual name: 县委网信办 with its second nameplate 县互联网信息办公室", "县委网信办（县互联网信息办公室）")
nm(U, at("县新闻出版局（县委宣传部）", 36), "dual name in reverse order: 农家书屋 is 新闻出版 business, so the government nameplate comes first; same body 县委宣传部", "县新闻出版局（县委宣传部）")
nm(U, at("县互联网信息办公室（县委网信办）", 39), "dual name in reverse order, same body 县委网信办", "县互联网信息办公室（县委网信办）")
nm(U, at("配合单位：县公安局、县委宣传部；", 39), "half alone: 县委宣传部 is a canonical name in units.txt", "县委宣传部")
nm(U, at("牵头单位：县委网信办；", 43), "half alone: 县委网信办 is canonical in units.txt", "县委网信办")
nm(U, at("牵头单位：县委网信办（县互联网信息办公室）", 44), "dual name, both names in units.txt; 县政府办公室（县大数据服务中心） in the same note is also a dual name", "县委网信办（县互联网信息办公室）")
nm(U, at("牵头单位：县互联网信息办公室；", 45), "half alone: 县互联网信息办公室 is an alias of 县委网信办", "县互联网信息办公室")
nm(U, at("县委编办（县机构编制委员会办公室）", 47), "dual name: 县委编办 with 县机构编制委员会办公室, one body", "县委编办（县机构编制委员会办公室）")
nm(U, at("承担数字化发展职能的县直有关部门", 47), "collective subject (county analogue of 承担数字化发展职能的自治区有关部门)", "承担数字化发展职能的县直有关部门")
nm(U, at("县大数据服务中心（县政府办公室）", 53), "dual name in reverse order (data work is done under the 大数据服务中心 nameplate), same body 县政府办公室", "县大数据服务中心（县政府办公室）")
nm(U, at("牵头单位：县大数据服务中心；", 56), "half alone: 县大数据服务中心 is an alias of 县人民政府办公室", "县大数据服务中心")
nm(U, at("县委宣传部（县新闻出版局）", 103), "dual name: 县委宣传部 with its second nameplate 县新闻出版局", "县委宣传部（县新闻出版局）")
nm(U, at("县新闻出版局、县融媒体中心", 110), "half alone in prose: 县新闻出版局 is an alias of 县委宣传部", "县新闻出版局")
nm(U, at("加挂县大数据服务中心牌子", 14), "挂牌 mentioned in the background (2023): 县委编办, 县政府办公室, 县大数据服务中心, 县委宣传部, 县新闻出版局, 县委网信办, 县互联网信息办公室 are all in units.txt; no responsibility is assigned here", "加挂县大数据服务中心牌子")
nm(U, at("县数字政府运行指挥中心已在县大数据服务中心挂牌运行", 24), "a facility that 挂牌 in 县大数据服务中心, mentioned in prose; not a responsible unit", "县数字政府运行指挥中心")
nm(U, at("依托县数字政府运行指挥中心", 94), "the same facility used as a platform (依托…), not a responsible unit; the lead is 县政府办公室（县大数据服务中心）", "县数字政府运行指挥中心")
# --- other units ---
nm(U, at("吴忠市生态环境局同心分局", 28), "the city bureau's county branch, listed in units.txt", "吴忠市生态环境局同心分局")
nm(U, at("县直有关部门（单位）按照职能分别负责", 34), "collective subject", "县直有关部门（单位）")
nm(U, at("各村（社区）", 97), "collective subject", "各村（社区）")
nm(U, at("县工信商务局", 27), "official short name, alias of 县工业信息化和商务局 in units.txt", "县工信商务局")
nm(U, at("县卫健局、县人社局、县应急局", 54), "short names, aliases in units.txt", "县人社局")
nm(U, at("同心县气象局", 77), "listed in units.txt (unit outside the county government proper)", "同心县气象局")
nm(U, at("牵头单位：县委政法委、县公安局", 76), "two co-leads, both in units.txt", "县委政法委、县公安局")
nm(U, at("县委组织部、县委党校", 108), "both in units.txt", "县委党校")
# --- deadlines ---
nm(D, at("2024年6月底前", 22), "earlier than regional task 64 (各地参照成立组织机构), 完成时限 2025年")
nm(D, at("完成时限：2025年）", 23), "equal to task 64, 2025年")
nm(D, at("2024年取得明显成效", 27), "task 2 is 2023 年启动，2024 年取得明显成效: completing milestone equal")
nm(D, at("持续推进，2025年取得明显成效", 28), "task 3: 持续推进，2025 年取得明显成效, equal")
nm(D, at("2024年形成试点经验，2025年取得明显成效", 32), "task 7 is 2023年形成试点经验，2025年取得明显成效: the completing milestone (2025) is equal; only the intermediate pilot milestone is a year later")
nm(D, at("完成时限：2025年取得明显成效", 37), "task 11 is 2023年完成主要建设任务，2025年取得明显成效; the completing milestone is equal")
nm(D, at("完成时限：长期坚持", 39), "network-ecology work of the 数字生态 pillar has no dated regional task; ongoing")
nm(D, at("完成时限：2024年）", 40), "task 13 (数据交易政策环境), 2024年, equal")
nm(D, at("2023年形成机制，长期坚持", 44), "copied verbatim from task 18 (2023年形成机制，长期坚持): equal, and a copied regional deadline before the plan's year is not an invalid date", "2023年")
nm(I, at("2023年形成机制，长期坚持", 44), "copied regional deadline (task 18) that lies before the plan year; ongoing", "2023年")
nm(D, at("2024年底前", 47), "task 20, 2024年, equal")
nm(D, at("完成时限：2025年）", 49), "task 22, 2025年, equal")
nm(D, at("持续推进，2025年取得明显成效", 51), "task 28: 2023年启动，2025年取得明显成效; completing milestone equal")
nm(D, at("2024年底前", 58), "task 46 (政务信息系统有序迁移) 2024 年 and task 43 (2024 年建成，持续推进): equal")
nm(D, at("完成时限：2025年）", 61), "task 49 (视频共享平台), 2025 年, equal")
nm(D, at("完成时限：2025年）", 62), "task 52 (电子证照), 2025年, equal")
nm(D, at("完成时限：2025年）", 63), "task 56 (非税收入收缴电子化), 2025年, equal")
nm(D, at("完成时限：2025年）", 68), "task 66 (三维一体 宁夏经济运行大数据平台), 2025年, equal; not task 65 (经济治理基础数据库, 2024年)")
nm(D, at("2024年底前", 72), "task 71, 2024年, equal")
nm(D, at("完成时限：2025年）", 78), "task 83 (互联网+基层治理), 2025年, equal")
nm(D, at("2024年底前", 82), "earlier than task 87 (12345 热线, 2023年启动，2025年完成)")
nm(D, at("完成时限：2025年）", 88), "task 95 (大气、水、土壤…数据资源综合开发利用), 2025年, equal; not task 94 (2024年)")
nm(D, at("完成时限：2025年）", 89), "task 96, 2025年, equal")
nm(D, at("完成时限：2025年）", 92), "task 102, 2025年, equal")
nm(D, at("完成时限：2025年）", 98), "task 107 (视频会议平台), 2025年, equal")
nm(D, at("2024年取得明显成效", 99), "task 108: 长期推进，2024年取得明显成效, equal")
nm(D, at("完成时限：2025年）", 100), "task 111 (机关事务), 2025年, equal")
nm(D, at("到2024年底", 16), "a 2024 goal for things the region gives 2024 (tasks 46, 48, 84); earlier than or equal to every matching regional goal")
nm(D, at("到2025年，全县数字政府建设“1347”体系框架全面成型", 17), "same year as the region's 到2025年 “34567”框架全面成型 and 吴忠's 到2025年 “1347”体系框架全面成型")
nm(D, at("到2035年", 18), "equal to the region's and the city's 2035 goal")
nm(D, at("每季度末月25日前", 24), "the office's own reporting date, not a task deadline")
nm(D, at("每年12月10日前", 109), "the office's own annual reporting date")
nm(I, at("2024年3月18日", 6), "the document's issue date")
nm(I, at("2020年", 14), "past dates in the background (2020, 2023)", "2020年")
# --- basis ---
nm(B, at("同政发〔2024〕9号", 2), "the document's own 文号", "同政发〔2024〕9号")
nm(B, at("国发〔2022〕14号", 9), "correct: 国务院关于加强数字政府建设的指导意见", "国发〔2022〕14号")
nm(B, at("宁政办发〔2023〕11号", 9), "cited exactly as in the 吴忠 plan: 《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）", "宁政办发〔2023〕11号")
nm(B, at("吴忠市人民政府《关于加强数字政府建设的实施方案》", 9), "the city plan cited by title alone, with its correct title; it has no 文号", "吴忠市人民政府《关于加强数字政府建设的实施方案》")
nm(B, at("宁政办发〔2020〕14号", 14), "retrospective mention of the 2020 工作要点 in the background (自…印发以来), not a basis", "宁政办发〔2020〕14号")

covers_src = [
 (64,22),(2,27),(3,28),(5,29),(12,30),(7,32),(8,33),(6,34),(9,35),(10,36),(11,37),(13,40),
 (14,43),(15,43),(18,44),(20,47),(21,48),(22,49),(24,50),(28,51),(30,53),(32,53),(34,54),(40,55),
 (41,56),(46,58),(47,59),(48,59),(50,60),(49,61),(52,62),(56,63),(57,64),(58,65),(66,68),(68,70),
 (70,71),(71,72),(74,73),(77,75),(79,76),(80,77),(83,78),(84,80),(86,81),(87,82),(88,83),(89,84),
 (90,85),(93,86),(95,88),(96,89),(97,90),(98,91),(102,92),(103,94),(104,95),(105,96),(106,97),
 (107,98),(108,99),(111,100),(112,102),(114,103),(115,104),(116,106),(25,107),(118,108),(123,109)]
covers = [{"task": t, "line": l} for t, l in covers_src]
assert all(1 <= l <= len(L) for _, l in covers_src)

key = {
 "writer": "blind writer, round 308; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("同心县 2024 county plan under 吴忠市, 1347 framework, inline notes （牵头单位：…；配合单位：…；完成时限：…）. "
           "Round subject: bodies with two nameplates. units.txt lists each body once, the second nameplate as an alias: "
           "县人民政府办公室 = 县政府办公室, 县大数据服务中心; 县委宣传部 = 县新闻出版局; 县委网信办 = 县互联网信息办公室; "
           "县委编办 = 县机构编制委员会办公室. The draft writes them as A（B）, as B（A）, and each half alone; all are known. "
           "The one unknown dual-name body is 县数字经济发展局（县数据资源管理局） (line 30): neither half is in units.txt. "
           "Tasks the region dates 2023 (14, 15, 24, 30, 32, 68) carry no 完成时限 in this 2024 plan (lines 43, 50, 53, 70). "
           "The only copied 2023 deadline is line 44 (task 18, 2023年形成机制，长期坚持). "
           "All pillars are present: 一套体系 (五个一/六级贯通), three drivers, four supports, seven capabilities, and 党的领导 in section 六."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
for e in expect: print(e["rule"], e["line"], e["text"])
