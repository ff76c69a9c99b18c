#!/usr/bin/python3
# Writes key.json for blind case 454, finding every line number in draft.txt (1-based)
# from a unique snippet, so the key cannot drift from the draft.
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "draft.txt"), encoding="utf-8").read().split("\n")
if LINES and LINES[-1] == "":
    LINES.pop()


def ln(snippet, text=None):
    hits = [i + 1 for i, l in enumerate(LINES) if snippet in l]
    assert len(hits) == 1, (snippet, hits)
    if text is not None:
        assert text in LINES[hits[0] - 1], (text, hits[0])
    return hits[0]


def e(rule, snippet, text, why, **kw):
    d = {"rule": rule, "line": ln(snippet, text)}
    if text is not None:
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d


expect = [
    e("deadline-later-than-baseline", "到2026年，全县数字政府建设", "2026年",
      "主要目标: the region (宁政发〔2023〕17号) sets 到2025年 for the same goal (“34567”体系框架全面成型, 工作体制逐步健全、管理机制趋于成熟…); the county puts it in 2026"),
    e("deadline-later-than-baseline", "44. 构建县、乡两级政务新媒体矩阵", "2025年底前",
      "task 114 (政务新媒体矩阵, 自治区各部门及各市、县（区）分别负责) 完成时限 2024年; the county row says 2025年底前"),
    e("deadline-invalid", "31. 加快“证照分离”改革", "13月",
      "2024年13月底前 is an impossible month (slip for 12月); task 88 完成时限 2024年, so only the month is wrong, the year is not later"),
    e("unknown-unit", "2. 加快推进盐池工业园区", "县经济和信息化局",
      "not in units.txt: the pre-reform name of 县工业信息化和商务局 (alias 县工信商务局); lead unit of the task 3 row"),
    e("basis-mismatch", "（五）强化督促落实", "宁政办发〔2023〕17号",
      "the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (correct in the preamble, line 9); 宁政办发 is wrong here"),
    e("garbled-text", "推进数字乡村建设。以", "鏁板瓧鍖栨敮",
      "UTF-8 bytes read as GBK: 鏁板瓧鍖栨敮鎾戠幇浠ｄ埂鏉戞不鐞嗕綋绯伙紝鍔犲揩琛ラ綈涔℃潙淇℃伅 re-encoded as GBK and decoded as UTF-8 gives 数字化支撑现代乡村治理体系，加快补齐乡村信息"),
    {"rule": "task-uncovered", "line": 0, "task": 93,
     "why": "deliberately left out: 适老化与信息无障碍建设 (自治区各部门及各市、县（区）按照职能分别负责, 2024年); the draft never mentions 适老化, 信息无障碍, 老年人 or 残疾人"},
]

nm = []


def n(rule, snippet, text, why):
    nm.append(e(rule, snippet, text, why))


# basis documents and other documents
n("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "吴忠市人民政府《关于加强数字政府建设的实施方案》",
  "the county's own city plan (吴忠) cited by its exact title; a city plan may carry no 文号 (the seed has none)")
n("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "国发〔2022〕14号", "correct title and 文号 of the national 指导意见")
n("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政发〔2023〕17号", "correct title and 文号 of the regional 实施意见")
n("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "宁政办发〔2023〕11号",
  "《数字宁夏“1244+N”行动计划实施方案》 with the 文号 the 吴忠 plan gives it; a real, different document, correctly numbered")
n("basis-mismatch", "2020年以来，按照", "宁政办发〔2020〕14号",
  "retrospective mention in the 工作基础 background of the 2020 工作要点 with its correct 文号; not cited as a basis of this plan")
n("basis-mismatch", "盐政办发〔2024〕23号", "盐政办发〔2024〕23号", "the issuing notice's own 文号, not a cited document")
n("basis-mismatch", "同年8月，我县与陕西省定边县签订", "《定边县 盐池县政务服务“跨省通办”合作协议》",
  "an agreement signed with a neighbouring county of 陕西 (background), not a basis document")
n("basis-mismatch", "学习借鉴银川市《数字政府建设三年行动方案", "《数字政府建设三年行动方案（2023—2025年）》",
  "银川市's own document named as experience to learn from (学习借鉴), not a basis; 行动方案 is its real title, not a wrong title for the regional 实施意见")
# units
n("unknown-unit", "各乡镇人民政府，县直各部门（单位）：", "县直各部门（单位）", "collective subjects (各乡镇人民政府, 县直各部门（单位）)")
n("unknown-unit", "同年8月，我县与陕西省定边县签订", "陕西省定边县", "a neighbouring county of 陕西, party to an agreement in the background; not a responsible unit")
n("unknown-unit", "同年8月，我县与陕西省定边县签订", "红寺堡区", "同心县, 红寺堡区: neighbouring counties of 吴忠 named for 跨县通办 cooperation, not responsible units")
n("unknown-unit", "学习借鉴内蒙古鄂托克前旗", "内蒙古鄂托克前旗", "a place whose experience is learnt (学习借鉴), not a responsible unit")
n("unknown-unit", "学习借鉴银川市《数字政府建设三年行动方案", "银川市", "a place whose experience is learnt, not a responsible unit")
n("unknown-unit", "28. 构建全时在线、渠道多元", "同心县",
  "同心县、红寺堡区、陕西省定边县 appear in the task content column, not in the 责任单位 column")
n("unknown-unit", "28. 构建全时在线、渠道多元", "花马池镇人民政府", "the county's own towns, listed in units.txt (花马池镇人民政府, 大水坑镇人民政府)")
n("unknown-unit", "3. 推动数字技术与传统公共事业融合", "卫健局",
  "prefix 县 distributes: 县教体局, 县卫健局, 县人社局, 县文旅局, 县民政局 are all canonical names or aliases in units.txt")
n("unknown-unit", "21. 依托宁夏经济运行大数据平台", "县直有关部门", "collective subject; 县发改局 and 县工信商务局 are aliases in units.txt")
n("unknown-unit", "23. 加强和规范“屏、端、仪”", "承担监管职责的县直有关部门", "collective subject (as in the regional list); 县市场监管局 is an alias")
n("unknown-unit", "34. 完善全县生态环境监测网络", "吴忠市生态环境局盐池分局", "vertical unit stationed in the county, listed in units.txt")
n("unknown-unit", "26. 推进“智慧应急”建设", "盐池县消防救援大队", "listed in units.txt; 县卫健局, 县林草局 are aliases")
n("unknown-unit", "（五）强化督促落实", "县数字政府建设领导小组办公室", "alias of 县推进数字政府建设领导小组办公室 in units.txt")
n("unknown-unit", "39. 全面推广“宁政通”", "县政府办", "alias of 县人民政府办公室 in units.txt")
n("unknown-unit", "29. 做强“我的宁夏”盐池专区", "县审批局", "alias of 县审批服务管理局 in units.txt")
n("unknown-unit", "5. 配合吴忠市推进城市运行管理服务平台建设", "县综合执法局", "listed in units.txt; 吴忠市 in the content column is the city, not a responsible unit")
# deadlines
n("deadline-later-than-baseline", "到2024年底，县、乡、村三级电子政务外网", "2024年底",
  "the county's 2024 goal: 电子政务外网三级全覆盖 (task 48, 2024年), systems to the cloud (task 46, 2024年), 我的宁夏 应上尽上 (task 86, 2024年), 宁政通 (task 105, 2024年) – all equal; it is not the region's 到2023年底 goal")
n("deadline-later-than-baseline", "到2035年，与政府治理能力现代化相适应", "2035年", "equal to the region's 到2035年 goal")
n("deadline-later-than-baseline", "1. 各乡镇、各部门参照自治区和吴忠市做法", "2024年6月底前", "task 64 完成时限 2025年; earlier")
n("deadline-later-than-baseline", "2. 加快推进盐池工业园区", "持续推进，2025年取得明显成效", "task 3 完成时限 持续推进，2025年取得明显成效; equal")
n("deadline-later-than-baseline", "4. 推进县域医共体信息互联互通", "2025年取得明显成效",
  "task 8 完成时限 持续推进，2025年取得明显成效; completing milestone equal, the 2024 step is extra")
n("deadline-later-than-baseline", "7. 加快“数字供销”示范区建设", "2025年取得明显成效",
  "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; the completing milestone (2025) is equal")
n("deadline-later-than-baseline", "9. 建立健全动态监控、主动防御", "长期坚持",
  "task 18 完成时限 2023年形成机制，长期坚持; ongoing only, no later milestone")
n("deadline-later-than-baseline", "14. 推进供水、供电、供气、公共交通", "2024年10月底前", "task 42 完成时限 2024年; equal year, earlier month")
n("deadline-later-than-baseline", "15. 推进县级非涉密政务信息系统有序迁移", "2024年9月底前", "task 46 完成时限 2024年; earlier")
n("deadline-later-than-baseline", "16. 开展县级城域网升级改造", "2024年", "task 48 完成时限 2024年; equal")
n("deadline-later-than-baseline", "28. 构建全时在线、渠道多元", "2024年",
  "task 84 完成时限 2024年; equal (the row copies task 84's wording, not task 85's 2023 免证办/无差别受理)")
n("deadline-later-than-baseline", "30. 配合吴忠市推进12345", "2025年", "task 87 完成时限 2023年启动，2025年完成; equal")
n("deadline-later-than-baseline", "35. 深化“互联网+城乡供水”示范县建设", "2025年", "task 96 完成时限 2025年; equal")
n("deadline-later-than-baseline", "39. 全面推广“宁政通”", "2024年6月底前", "task 105 完成时限 2024年; earlier")
n("deadline-later-than-baseline", "40. 依托“宁政通”全区统一的填表报数系统", "2025年", "task 106 完成时限 2025年; equal")
n("deadline-later-than-baseline", "47. 每年度制定数字政府工作要点", "长期坚持", "task 121 完成时限 长期坚持; equal")
n("deadline-invalid", "46. 将数字政府建设工作纳入“一把手工程”", "2023年完成并长期坚持",
  "task 116's regional deadline (2023年完成并长期坚持) copied verbatim; before the plan's year but a copied regional deadline, and equal, not later")
n("deadline-invalid", "2020年以来，按照", "2020年", "past date in the 工作基础 background, not a deadline")
n("deadline-invalid", "同年8月，我县与陕西省定边县签订", "2023年", "past date in the background (what was done in 2023), not a deadline")
n("deadline-invalid", "学习借鉴银川市《数字政府建设三年行动方案", "2023—2025年", "period in the title of another city's document, not a deadline")
n("deadline-invalid", "（五）强化督促落实", "2024年5月31日",
  "the office's own reporting date (落实计划报送) and the recurring 6月30日、12月20日 progress reports; valid dates in the plan's year, not task deadlines")
n("deadline-invalid", "附件：盐池县数字政府建设重点任务清单", "2024年—2025年", "the task list's period")
nm.append({"rule": "deadline-invalid", "line": [i + 1 for i, l in enumerate(LINES) if l == "盐池县数字政府建设重点任务清单（2024年—2025年）"][0], "text": "2024年—2025年", "why": "the task list's period (attachment title)"})
n("garbled-text", "在花马池镇、大水坑镇、惠安堡镇、高沙窝镇", "惠安堡镇", "real town names of 盐池县 (花马池镇, 大水坑镇, 惠安堡镇, 高沙窝镇), not mojibake")
nm.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一",
           "why": "folded into the county's 一套体系 (lines 22, 25–27: 领导小组 + 办公室 + 县大数据服务中心, 层级职责, 工作机制), as the 吴忠 plan does; 六级贯通 is taken up on line 26"})
nm.append({"rule": "missing-pillar", "line": 0, "pillar": "财政投入",
           "why": "taken up as （二）加强资金保障 (line %d): 现有资金渠道, 纳入年度预算, 购买服务, 运维资金挂钩" % ln("（二）加强资金保障")})

covers_spec = [
    (3, "2. 加快推进盐池工业园区"), (6, "3. 推动数字技术与传统公共事业融合"), (8, "4. 推进县域医共体信息互联互通"),
    (9, "5. 配合吴忠市推进城市运行管理服务平台建设"), (10, "6. 推进数字乡村建设，补齐"), (11, "7. 加快“数字供销”示范区建设"),
    (12, "8. 配合培育数据要素市场"), (14, "强化安全管理责任。"), (15, "强化安全管理责任。"), (17, "落实安全制度要求。"),
    (18, "9. 建立健全动态监控、主动防御"), (21, "10. 推动各类行政权力事项网上运行"), (24, "创新数字政府建设管理机制。"),
    (25, "（二）加强资金保障"), (28, "11. 围绕数字政府建设重点领域"), (30, "完善数据管理机制。"), (32, "完善数据管理机制。"),
    (36, "深化数据高效共享。"), (40, "12. 强化电子公文管理职责"), (41, "13. 编制县级公共数据开放目录"),
    (42, "14. 推进供水、供电、供气、公共交通"), (46, "15. 推进县级非涉密政务信息系统有序迁移"), (48, "16. 开展县级城域网升级改造"),
    (50, "提升网络平台支撑能力。"), (54, "17. 完善业务应用系统电子文件归档功能"), (56, "18. 推进非税收入收缴电子化管理"),
    (57, "19. 依托宁夏信用信息公共服务平台"), (58, "20. 推动地理信息资源共建共享"), (64, "1. 各乡镇、各部门参照自治区和吴忠市做法"),
    (66, "21. 依托宁夏经济运行大数据平台"), (71, "22. 对食品药品、特种设备、农副产品"), (74, "23. 加强和规范“屏、端、仪”"),
    (77, "24. 完善行政复议、信访、调解"), (79, "25. 持续推进“雪亮工程”"), (80, "26. 推进“智慧应急”建设"),
    (83, "27. 实施“互联网+基层治理”行动"), (84, "28. 构建全时在线、渠道多元"), (85, "提升智慧便捷的服务能力。"),
    (86, "29. 做强“我的宁夏”盐池专区"), (87, "30. 配合吴忠市推进12345"), (88, "31. 加快“证照分离”改革"),
    (89, "32. 建设完善企业专属网页"), (90, "33. 推进县图书馆、县博物馆"), (94, "34. 完善全县生态环境监测网络"),
    (96, "35. 深化“互联网+城乡供水”示范县建设"), (98, "36. 用好宁夏“智慧林草”云平台"), (102, "37. 推动绿色低碳转型"),
    (104, "38. 用好全区统一的协同办公平台"), (105, "39. 全面推广“宁政通”"), (106, "40. 依托“宁政通”全区统一的填表报数系统"),
    (107, "41. 统筹整合各部门非涉密视频会议系统资源"), (111, "42. 整合全县机关事务管理信息系统"),
    (112, "43. 完善各类政务公开信息化平台"), (114, "44. 构建县、乡两级政务新媒体矩阵"), (115, "45. 以12345政务服务便民热线为枢纽"),
    (116, "46. 将数字政府建设工作纳入“一把手工程”"), (121, "47. 每年度制定数字政府工作要点"),
    (123, "（四）强化考核评价。"), (124, "（四）强化考核评价。"),
]
covers = [{"task": t, "line": ln(s)} for t, s in covers_spec]

key = {
    "writer": "blind writer, round 454; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": nm,
    "covers": covers,
    "notes": ("盐池县 (吴忠市) 实施方案 of 2024-04-18, checked against ningxia-2023 only (no parent plan). It cites the 吴忠 plan "
              "as a basis by title alone, which is correct. Neighbouring places (同心县, 红寺堡区, 陕西省定边县, 内蒙古鄂托克前旗, 银川市) "
              "appear as cooperation partners, experience or agreement parties, never in a 责任单位 cell. The task list (lines 76-123) "
              "is tab-separated; the note on line 75 says the first unit of a cell leads. The 盐池 units registry is units.txt "
              "(county units, vertical units stationed in the county and the eight 乡镇 governments)."),
}

with open(os.path.join(HERE, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(nm), "mustNotFlag;", len(covers), "covers")
