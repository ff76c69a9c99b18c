# -*- coding: utf-8 -*-
# Builds key.json; every line number is looked up in the final draft.txt (1-based) by a unique substring.
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()

def ln(sub):
    hits = [i + 1 for i, l in enumerate(lines) if sub in l]
    assert len(hits) == 1, (sub, hits)
    return hits[0]

def E(rule, find, why, text=None, **kw):
    d = {"rule": rule, "line": ln(find) if find else 0}
    if text is not None:
        assert find is None or text in lines[d["line"] - 1], (text, d["line"])
        d["text"] = text
    d.update(kw)
    d["why"] = why
    return d

GAR = "电子政务外网整合迁移".encode("utf-8").decode("gbk")
DL = "deadline-later-than-baseline"
DI = "deadline-invalid"
UU = "unknown-unit"
BM = "basis-mismatch"
GT = "garbled-text"
MP = "missing-pillar"

expect = [
    E(BM, "宁政发〔2023〕71号", "the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 71 is a transposition of 17", text="宁政发〔2023〕71号"),
    E(DL, "到2026年，与自治区“34567”体系框架相衔接", "主要目标: the region's goal is 到2025年 全区各级数字政府建设“34567”体系框架全面成型; the draft puts the same goal (体系全面成型) at 2026", text="2026年"),
    E(DL, "39.推进适老化和无障碍改造", "task 93 (完成全区各级政府网站、政务移动端、公共服务场所适老化与信息无障碍建设; 自治区各部门(单位)及各市、县(区)按照职能分别负责) 完成时限 2024年; the draft's note says 2025年6月底前", text="2025年6月底前"),
    E(DI, "20.推进公共数据开放利用", "June has 30 days: 2024年6月31日 is an impossible date (tasks 41/42 are due 2024年; the task table row 10 gives the intended 2024年6月底前)", text="2024年6月31日"),
    E(UU, "3.建设智慧园区", "not in units.txt: the 经济和信息化局 name is gone; the district body is 区工业信息化和商务局 (区工信商务局), already lead in the same note", text="区经信局"),
    E(GT, GAR[:5], "UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 电子政务外网整合迁移", text=GAR[:5]),
    {"rule": "task-uncovered", "line": 0, "task": 114, "why": "deliberately left out: task 114 (构建政务新媒体矩阵体系…开发多样化政策解读产品; 自治区各部门(单位)及各市、县(区)分别负责, 2024年); the 政务公开 part has only the items for tasks 112/113 and 115, and 六(五) 宣传引导 is publicity of the plan itself, not a 政务新媒体 matrix"},
]

M = []
def N(rule, find, why, text=None):
    M.append(E(rule, find, why, text))

# --- deadlines: equal, earlier, ongoing, copied, own reporting dates
N(DL, "到2024年底，区本级非涉密政务信息系统", "2024 goals tie to tasks 46 (迁移, 2024年), 48 (区市县乡村5级全覆盖, 2024年) and 86 (我的宁夏 应上尽上, 2024年): equal", "2024年底")
N(DL, "到2035年，与政府治理能力现代化", "equal to the region's 到2035年 goal", "2035年")
N(DL, "1.服务算力枢纽建设", "task 1: 持续推进，2025年取得明显成效; note 持续推进，2025年底前取得明显成效 is equal (style （…牵头，…配合，…）)", "2025年底前")
N(DL, "2.推进产业数字化", "task 2: 2023年启动，2024年取得明显成效; 2024年12月底前 is equal (style （牵头单位：…；配合单位：…；完成时限：…）)", "2024年12月底前")
N(DL, "3.建设智慧园区", "task 3: 持续推进，2025年取得明显成效; equal", "2025年底前取得明显成效")
N(DL, "4.完善数字经济治理", "task 5: 持续推进，2025年取得明显成效; the note 时限：持续推进 has no dated milestone later than the region's", "持续推进")
N(DL, "5.推进教育数字化", "task 7: 2023年形成试点经验，2025年取得明显成效; the sentence 此项工作由区教育局负责，2025年底前取得明显成效 is equal", "2025年底前")
N(DL, "6.推进“互联网+医疗健康”", "task 8: 持续推进，2025年取得明显成效; the sentence's 力争2024年10月底前 is earlier", "2024年10月底前")
N(DL, "7.推进智慧城市建设", "task 9 (各地级市牵头, 各县(市、区)配合): 持续推进，2025年取得明显成效; equal", "2025年底前")
N(DL, "8.推进数字乡村建设", "task 10: 持续推进，2025年取得明显成效; task 11: 2023年完成主要建设任务，2025年取得明显成效; 2025年底前 is equal", "2025年底前")
N(DL, "9.推进养老和文旅服务数字化", "task 6: 持续推进，2025年取得明显成效; 2024年底前 is earlier", "2024年底前")
N(DL, "10.培育数据要素市场", "task 12: 2025年; equal", "2025年底前")
N(DL, "12.压实安全管理责任", "tasks 14/15 are due 2023年 (before the plan's year); the note 长期坚持 sets no dated milestone, so nothing is later", "长期坚持")
N(DL, "13.提升安全防护能力", "task 18: 2023年形成机制，长期坚持 — copied word for word, equal", "2023年形成机制，长期坚持")
N(DL, "14.推进信创适配迁移", "task 46 (推进政务信息系统有序迁移) 2024年 and task 43 (2024年建成，持续推进); 2024年11月底前 is earlier", "2024年11月底前")
N(DL, "15.推进行政权力事项网上运行", "task 21: 2024年 — 2024年12月31日前 is the same year, equal; task 22 (审管协同) 2025年, earlier", "2024年12月31日前")
N(DL, "16.规范政务信息化项目管理", "tasks 24/25 are due 2023年 (before the plan's year); 长期坚持 sets no later dated milestone", "长期坚持")
N(DL, "17.开展试点示范", "task 28: 2023年启动，2025年取得明显成效; the completing milestone 2025年 is equal; only the start (2024年启动) differs", "2024年启动，2025年取得明显成效")
N(DL, "18.完善数据管理机制", "tasks 31/32 are due 2023年 (the 数据管理机构 was already named in 2023, see line 12); 长期坚持 sets no later dated milestone", "长期坚持")
N(DL, "19.推进数据汇聚共享", "tasks 33/34: 2024年; equal", "2024年底前")
N(DL, "21.规范电子公文和电子档案管理", "tasks 40/54: 2024年; the sentence's 2024年底前 is equal", "2024年底前")
N(DL, "22.升级电子政务外网", "tasks 47/48: 2024年; 2024年9月底前 is earlier", "2024年9月底前")
N(DL, "非涉密业务专网向", "task 50: 2024年; equal", "2024年底前")
N(DL, "24.推广电子证照应用", "task 52: 2025年; equal", "2025年底前")
N(DL, "25.整合视频资源", "task 49: 2025年; equal", "2025年底前")
N(DL, "26.加强信用信息共享", "task 57: 2024年; equal", "2024年底前")
N(DL, "（一）健全组织机构。参照自治区", "task 64 (各市、县(区)负责): 2025年; 2024年4月底前 is earlier", "2024年4月底前")
N(DL, "（三）完善工作机制。建立", "the office's own reporting dates (quarterly 25日, 年度总结 2024年12月10日前), not task deadlines", "2024年12月10日前")
N(DL, "27.加强经济运行监测预警", "task 66 (经济运行大数据平台, 强化经济监测预警): 2025年; equal", "2025年底前")
N(DL, "28.推进精准监管", "tasks 69/70: 2024年; equal", "2024年底前")
N(DL, "29.推进追溯监管", "task 71: 2024年; equal", "2024年底前")
N(DL, "30.推进远程智能监管", "task 74: 2024年; the sentence's 2024年底前 is equal", "2024年底前")
N(DL, "31.完善矛盾纠纷多元化解", "task 77: 2024年; equal", "2024年12月底前")
N(DL, "32.推进“雪亮工程”", "task 79: 2024年; equal", "2024年底前")
N(DL, "33.推进“智慧应急”建设", "task 80: 2024年; equal", "2024年底前")
N(DL, "34.提升基层智慧治理能力", "task 83: 2025年; equal", "2025年底前")
N(DL, "35.深化“一网通办”", "task 84: 2024年; equal", "2024年底前")
N(DL, "36.做优“我的宁夏”沙坡头专区", "task 86: 2024年; the sentence's 2024年10月底前 is earlier", "2024年10月底前")
N(DL, "37.优化12345热线服务", "task 87: 2023年启动，2025年完成; equal", "2025年底前")
N(DL, "38.提升涉企服务水平", "tasks 88/89: 2024年; equal", "2024年底前")
N(DL, "40.推进公共场馆数字化", "task 90: 2024年; equal", "2024年底前")
N(DL, "41.强化生态环境数据应用", "task 95: 2025年; equal", "2025年底前")
N(DL, "42.推进数字治水", "task 96: 2025年; equal", "2025年底前")
N(DL, "43.提升自然资源和林草管理", "tasks 97/98: 2024年; equal", "2024年底前")
N(DL, "44.推动绿色低碳转型", "task 102: 2025年; the sentence's 2025年底前取得明显成效 is equal", "2025年底前")
N(DL, "45.推广协同办公和“宁政通”", "tasks 104/105: 2024年; equal", "2024年12月底前")
N(DL, "46.推进基层减负", "task 106: 2025年; equal", "2025年底前")
N(DL, "47.整合视频会议系统", "task 107: 2025年; equal", "2025年底前")
N(DL, "48.提升机关事务管理水平", "task 111: 2025年; equal", "2025年底前")
N(DL, "49.提升政务公开信息化水平", "tasks 112/113: 2024年; equal", "2024年底前")
N(DL, "50.畅通政民互动渠道", "task 115: 2024年; equal", "2024年底前")
N(DL, "（三）提升数字素养。将数字化能力", "task 118: 2023年完成并长期坚持; 长期坚持 sets no later dated milestone", "长期坚持")
N(DL, "（四）强化考核评价。将数字政府建设纳入区对", "tasks 122/123: 2023年完成，长期坚持; task 124: 2023年形成机制，长期坚持; 长期坚持 is not later", "长期坚持")
N(DL, "1\t健全区、乡镇数字政府建设组织机构", "table row: task 64, 2025年; 2024年4月底前 is earlier", "2024年4月底前")
N(DL, "2\t区本级政务信息系统信创适配", "table row: task 46, 2024年; earlier", "2024年11月底前")
N(DL, "3\t区级城域网升级改造", "table row: task 48, 2024年; earlier", "2024年9月底前")
N(DL, "4\t区级行政权力事项网上运行", "table row: task 21, 2024年; equal", "2024年12月31日前")
N(DL, "5\t推广应用矛盾纠纷多元化解信息系统", "table row: task 77, 2024年; equal", "2024年12月底前")
N(DL, "6\t“我的宁夏”沙坡头专区高频服务上线", "table row: task 86, 2024年; earlier", "2024年10月底前")
N(DL, "7\t协同办公平台和“宁政通”全面应用", "table row: tasks 104/105, 2024年; equal", "2024年12月底前")
N(DL, "8\t城乡供水工程数字化改造", "table row: task 96, 2025年; equal", "2025年底前")
N(DL, "9\t基层治理网格和智慧社区建设", "table row: task 83, 2025年; equal", "2025年底前")
N(DL, "10\t区本级公共数据开放目录编制", "table row: task 41, 2024年; equal (and a valid date, unlike the body's 6月31日)", "2024年6月底前")
N(DL, "11\t12345热线与110", "table row: task 87, 2023年启动，2025年完成; equal", "2025年底前")
N(DL, "12\t“智慧应急”信息化应用", "table row: task 80, 2024年; equal", "2024年底前")
# --- invalid-looking dates that are fine
N(DI, "（二）发展基础。自《宁夏回族自治区2020年", "past dates in the background (2020年 document, 2022年, 2023年 achievements), not deadlines", "2023年")
N(DI, "13.提升安全防护能力", "a copied regional deadline (task 18: 2023年形成机制，长期坚持) that lies before the plan's year", "2023年形成机制")
N(DI, "2024年3月18日", "the issue date", "2024年3月18日")
N(DI, "（三）完善工作机制。建立", "the office's own reporting days (每季度最后一个月25日前) are valid", "25日前")
# --- units: collectives, aliases, prefix distribution, registered names
N(UU, "各乡镇人民政府，区直各部门（单位）：", "addressees are collective subjects", "区直各部门（单位）")
N(UU, "1.服务算力枢纽建设", "区发展改革局 and 区工信商务局 and 区自然资源分局 are short names in units.txt (区发展和改革局, 区工业信息化和商务局, 中卫市自然资源局沙坡头分局)", "区自然资源分局")
N(UU, "3.建设智慧园区", "中卫市生态环境局沙坡头分局 is a registered district unit (the city bureau's branch), not a city body leading a district task", "中卫市生态环境局沙坡头分局")
N(UU, "12.压实安全管理责任", "区直各部门（单位） and 各乡镇人民政府 are collective subjects", "各乡镇人民政府")
N(UU, "16.规范政务信息化项目管理", "the prefix 区 distributes: 区发展改革局、财政局、政府办公室 = 区发展改革局, 区财政局, 区政府办公室 (all in units.txt)", "财政局")
N(UU, "19.推进数据汇聚共享", "区人社局, 区卫健局, 区应急局, 区市场监管局 are short names in units.txt", "区卫健局")
N(UU, "20.推进公共数据开放利用", "区直有关部门 is a collective subject", "区直有关部门")
N(UU, "30.推进远程智能监管", "units named in a sentence instead of a note (区自然资源分局, 区住建局, 中卫市生态环境局沙坡头分局), all registered", "区住建局")
N(UU, "32.推进“雪亮工程”", "区公安分局 is the short name of 中卫市公安局沙坡头区分局 in units.txt", "区公安分局")
N(UU, "34.提升基层智慧治理能力", "各村（社区） is a collective subject", "各村（社区）")
N(UU, "38.提升涉企服务水平", "区审批局 is the short name of 区审批服务管理局", "区审批局")
N(UU, "6.推进“互联网+医疗健康”", "区人民医院 and 乡镇卫生院 are facilities named in the body, not responsible units; 区卫生健康局 and 区医疗保障局 are canonical names", "区人民医院")
N(UU, "（一）加强组织领导。坚持党对", "区委、区政府 are the district Party committee and government named in the 组织领导 text, not responsible units of a measure", "区委、区政府")
N(UU, "（一）健全组织机构。参照自治区", "区长 is a post; 区大数据服务中心 and 区委编办 are registered", "区长")
N(UU, "11.营造清朗网络生态", "区委宣传部 and 区委网信办 are registered", "区委宣传部")
# --- basis documents
N(BM, "国发〔2022〕14号", "correct national basis document", "国发〔2022〕14号")
N(BM, "宁政办发〔2023〕11号", "《数字宁夏“1244+N”行动计划实施方案》 (宁政办发〔2023〕11号) is cited the same way by the 吴忠 plan", "宁政办发〔2023〕11号")
N(BM, "中卫市《关于加强数字政府建设的实施方案》", "the city plan cited by title alone, as city plans often have no 文号", "中卫市《关于加强数字政府建设的实施方案》")
N(BM, "宁政办发〔2020〕14号", "retrospective mention of the 2020 工作要点 in the background, not a basis document", "宁政办发〔2020〕14号")
N(BM, "卫沙政办发〔2024〕9号", "the draft's own issuing 文号, not a citation", "卫沙政办发〔2024〕9号")
# --- pillars
M.append({"rule": MP, "line": 0, "pillar": "党的领导", "why": "covered by content under the heading 六、保障措施 (lines %d-%d): 组织领导 with 党的全面领导, 资金保障, 数字素养, 考核评价" % (ln("六、保障措施"), ln("（五）加强宣传引导"))})
M.append({"rule": MP, "line": 0, "pillar": "五个一", "why": "the work-system pillar (五个一 + 六级贯通) is taken up in 四、健全工作体系 (lines %d-%d): 健全组织机构, 厘清层级职责 (六级贯通), 完善工作机制" % (ln("四、健全工作体系"), ln("（三）完善工作机制。建立"))})
M.append({"rule": MP, "line": 0, "pillar": "数字生态", "why": "（三）营造良好数字生态 (lines %d-%d)" % (ln("（三）营造良好数字生态"), ln("11.营造清朗网络生态"))})
# --- text that looks odd but is not damage
N(GT, "序号\t重点任务", "a tab-separated task table header, not damage", "序号")

covers_src = [
 (1, "1.服务算力枢纽建设"), (2, "2.推进产业数字化"), (3, "3.建设智慧园区"), (5, "4.完善数字经济治理"),
 (7, "5.推进教育数字化"), (8, "6.推进“互联网+医疗健康”"), (9, "7.推进智慧城市建设"), (10, "8.推进数字乡村建设"),
 (11, "8.推进数字乡村建设"), (6, "9.推进养老和文旅服务数字化"), (12, "10.培育数据要素市场"),
 (14, "12.压实安全管理责任"), (15, "12.压实安全管理责任"), (18, "13.提升安全防护能力"), (46, "14.推进信创适配迁移"),
 (21, "15.推进行政权力事项网上运行"), (22, "15.推进行政权力事项网上运行"), (24, "16.规范政务信息化项目管理"),
 (28, "17.开展试点示范"), (32, "18.完善数据管理机制"), (31, "18.完善数据管理机制"), (33, "19.推进数据汇聚共享"), (34, "19.推进数据汇聚共享"),
 (41, "20.推进公共数据开放利用"), (42, "20.推进公共数据开放利用"), (40, "21.规范电子公文和电子档案管理"), (54, "21.规范电子公文和电子档案管理"),
 (47, "22.升级电子政务外网"), (48, "22.升级电子政务外网"), (50, "非涉密业务专网向"), (52, "24.推广电子证照应用"),
 (49, "25.整合视频资源"), (57, "26.加强信用信息共享"), (64, "（一）健全组织机构。参照自治区"), (66, "27.加强经济运行监测预警"),
 (69, "28.推进精准监管"), (70, "28.推进精准监管"), (71, "29.推进追溯监管"), (74, "30.推进远程智能监管"),
 (77, "31.完善矛盾纠纷多元化解"), (79, "32.推进“雪亮工程”"), (80, "33.推进“智慧应急”建设"), (83, "34.提升基层智慧治理能力"),
 (84, "35.深化“一网通办”"), (86, "36.做优“我的宁夏”沙坡头专区"), (87, "37.优化12345热线服务"), (88, "38.提升涉企服务水平"),
 (89, "38.提升涉企服务水平"), (93, "39.推进适老化和无障碍改造"), (90, "40.推进公共场馆数字化"), (95, "41.强化生态环境数据应用"),
 (96, "42.推进数字治水"), (97, "43.提升自然资源和林草管理"), (98, "43.提升自然资源和林草管理"), (102, "44.推动绿色低碳转型"),
 (104, "45.推广协同办公和“宁政通”"), (105, "45.推广协同办公和“宁政通”"), (106, "46.推进基层减负"), (107, "47.整合视频会议系统"),
 (111, "48.提升机关事务管理水平"), (112, "49.提升政务公开信息化水平"), (113, "49.提升政务公开信息化水平"), (115, "50.畅通政民互动渠道"),
 (116, "（一）加强组织领导。坚持党对"), (25, "（二）加强资金保障。"), (118, "（三）提升数字素养。将数字化能力"),
 (122, "（四）强化考核评价。将数字政府建设纳入区对"), (123, "（四）强化考核评价。将数字政府建设纳入区对"), (124, "（四）强化考核评价。将数字政府建设纳入区对"),
]
covers = sorted(({"task": t, "line": ln(f)} for t, f in covers_src), key=lambda d: (d["task"], d["line"]))
assert len({c["task"] for c in covers}) == len(covers)

key = {
    "writer": "blind writer, round 687; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-07",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": covers,
    "notes": ("沙坡头区 (中卫市) 2024 实施方案, issued 2024-03-18, checked against ningxia-2023 with no parent plan and the district's own units.txt. "
              "Measures end with notes in four styles: （牵头单位：…；配合单位：…；完成时限：…）, （…牵头，…配合，…前完成）, （责任单位：…，时限：…）, "
              "and sentences such as 此项工作由…负责，…前完成 / 由…牵头，…配合，…. Table rows repeat body deadlines consistently. "
              "Tasks due 2023年 in the region's list are given 长期坚持 or no date, never a dated 2024 milestone, except task 18 whose regional deadline is copied verbatim."),
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
