# Builds key.json for blind case 282, locating every line by a unique substring of draft.txt.
import json, os

here = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(here, "draft.txt"), encoding="utf-8").read().split("\n")
if lines and lines[-1] == "":
    lines.pop()


def L(sub):
    hits = [i + 1 for i, s in enumerate(lines) if sub in s]
    assert len(hits) == 1, (sub, hits)
    return hits[0]


def row(n):
    return L("\t%d. " % n)


expect = [
    {"rule": "basis-mismatch", "line": L("宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
     "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 政府 document, not a 政府办公厅 one); 办 slipped into the 文号"},
    {"rule": "deadline-later-than-baseline", "line": L("到2026年，全区数字政府建设体系框架全面成型"), "text": "2026年",
     "why": "主要目标: the regional goal is 到2025年，全区各级数字政府建设“34567”体系框架全面成型（工作体制逐步健全、管理机制趋于成熟…）; the district sets the same goal for 2026"},
    {"rule": "deadline-later-than-baseline", "line": row(25), "text": "2025年底前",
     "why": "task row 25 = regional task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设), 完成时限 2024年"},
    {"rule": "deadline-invalid", "line": row(23), "text": "2024年9月31日",
     "why": "impossible date: September has 30 days (task 86, 完成时限 2024年, so it is not late)"},
    {"rule": "unknown-unit", "line": row(7), "text": "区数据资源管理局",
     "why": "no such district body; not in units.txt (the district's data body is 区大数据服务中心); it is the lead of the row"},
    {"rule": "unknown-unit", "line": row(30), "text": "自治区政府办公厅",
     "why": "regional body named as 牵头 of a district task (copied from regional task 104's cell); it cannot lead a 原州区 task"},
    {"rule": "garbled-text", "line": L("娣卞寲鏁版嵁"), "text": "娣卞寲鏁版嵁楂樻晥鍏变韩",
     "why": "UTF-8 read as GBK: 深化数据高效共享 (sub-item title)"},
]

M = []


def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text:
        e["text"] = text
    e["why"] = why
    M.append(e)


m("basis-mismatch", L("宁政办发〔2020〕14号"),
  "retrospective mention of the 2020 工作要点 in 发展基础, not a basis document; its 文号 and title match; the 1244+N 方案 (宁政办发〔2023〕11号) on the same line is also cited correctly",
  "宁政办发〔2020〕14号")
m("basis-mismatch", L("原政发〔2024〕21号"), "the draft's own 文号, not a cited document", "原政发〔2024〕21号")
m("deadline-invalid", L("2021年建成区政务服务中心"),
  "past dates (2021年, 2022年, 2023年底) describe achievements in 发展基础, not deadlines", "2022年")
m("deadline-later-than-baseline", L("到2024年底，电子政务外网实现"),
  "2024 goals match tasks 48 (外网 5级全覆盖), 46 (迁移上云), 86 (我的宁夏 应上尽上), all 完成时限 2024年: equal", "2024年底")
m("deadline-later-than-baseline", L("到2035年，与政府治理能力现代化"),
  "same year as the regional 2035 goal", "2035年")
m("deadline-invalid", L("每季度末月25日前"),
  "the office's own reporting dates (每季度末月25日前、每年12月10日前), not task deadlines", "12月10日")
m("deadline-later-than-baseline", L("每季度末月25日前"),
  "the office's own reporting dates, not task deadlines", "12月10日")
m("deadline-later-than-baseline", L("（2024年—2025年）"), "title of the task list: the plan period, not a deadline", "2024年—2025年")
m("deadline-later-than-baseline", row(1),
  "regional task 64 (各地参照自治区做法成立相应组织机构), 完成时限 2025年; 2024年6月底前 is earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(2),
  "regional task 6, 完成时限 持续推进，2025年取得明显成效: copied, equal", "2025年")
m("deadline-later-than-baseline", row(3),
  "regional task 10, 完成时限 持续推进，2025年取得明显成效: copied, equal", "2025年")
m("deadline-later-than-baseline", row(4), "regional task 12, 完成时限 2025年: equal", "2025年")
m("deadline-later-than-baseline", row(5),
  "regional task 18, 完成时限 2023年形成机制，长期坚持: copied verbatim, equal", "2023年")
m("deadline-invalid", row(5),
  "a copied regional deadline (task 18: 2023年形成机制，长期坚持) that lies before the plan's year", "2023年")
m("deadline-later-than-baseline", row(8),
  "regional task 28, 完成时限 2023年启动，2025年取得明显成效; the completing milestone (2025年) is equal, only the start is later", "2025年")
m("deadline-later-than-baseline", row(13), "regional task 48, 完成时限 2024年: 2024年底前 is equal", "2024年底前")
m("deadline-later-than-baseline", row(14), "regional task 49, 完成时限 2025年: 2024年底前 is earlier", "2024年底前")
m("deadline-later-than-baseline", row(15),
  "regional task 56 (非税收入收缴电子化), 完成时限 2025年 (task 55 is 2024年): 2024年底前 is not later than either", "2024年底前")
m("deadline-later-than-baseline", row(21), "regional task 83, 完成时限 2025年: equal", "2025年")
m("deadline-later-than-baseline", row(32), "regional task 107, 完成时限 2025年: 2025年底前 is equal", "2025年底前")
m("deadline-later-than-baseline", row(35), "regional task 121, 完成时限 长期坚持: equal", "长期坚持")
m("unknown-unit", L("驻区各单位："), "collectives in the 主送 line: 各乡镇人民政府、各街道办事处、区直各部门（单位）、驻区各单位", "驻区各单位")
m("unknown-unit", row(2),
  "prefix 区 distributes: 卫生健康局、人力资源社会保障局、民政局 = 区卫生健康局、区人力资源社会保障局（official short name）、区民政局", "卫生健康局")
m("unknown-unit", row(3),
  "乡镇 short names (彭堡镇、头营镇、张易镇), 村 short names (姚磨村、马园村、宋洼村) and 驻区单位 as 配合 (中国移动原州分公司、原州区邮政分公司), all in units.txt", "姚磨村")
m("unknown-unit", row(4), "the district's state-owned platform company, short name 区国投公司 in units.txt, as 配合", "区国投公司")
m("unknown-unit", row(5), "中国电信原州分公司、中国移动原州分公司 as 配合; 区公安分局 = 固原市公安局原州区分局 (short name)", "中国电信原州分公司")
m("unknown-unit", row(6), "区司法局 in units.txt; 区直各部门（单位） is a collective", "区直各部门（单位）")
m("unknown-unit", row(9), "prefix 区 distributes: 应急局 = 区应急局, official short name of 区应急管理局", "应急局")
m("unknown-unit", row(11), "国网原州供电公司 as 配合 (驻区单位); 住房城乡建设局 = 区住房城乡建设局 (short name)", "国网原州供电公司")
m("unknown-unit", row(15),
  "banks as 配合 (黄河农商银行原州支行、邮储银行原州区支行); 医疗保障局 = 区医疗保障局 by prefix; 区自然资源分局 short name", "黄河农商银行原州支行")
m("unknown-unit", row(16), "区税务局 = 国家税务总局固原市原州区税务局 (short name)", "区税务局")
m("unknown-unit", row(18), "prefix 区 distributes: 司法局、信访局 = 区司法局、区信访局", "信访局")
m("unknown-unit", row(19), "collectives 各乡镇（街道）、各村（社区）; two co-leads both in units.txt", "各村（社区）")
m("unknown-unit", row(21), "街道 short names (南关街道、古雁街道、北塬街道) in units.txt", "古雁街道")
m("unknown-unit", row(22), "原州区邮政分公司 (驻区单位) as 配合; 各乡镇（街道） collective", "原州区邮政分公司")
m("unknown-unit", row(23), "区审批局, short name of 区审批服务管理局", "区审批局")
m("unknown-unit", row(25), "collectives only (区直各部门（单位），各乡镇（街道）)", "区直各部门（单位）")
m("unknown-unit", row(27), "各乡镇人民政府 is a collective", "各乡镇人民政府")
m("unknown-unit", row(29), "原州生态环境分局, short name of 固原市生态环境局原州分局 (驻区单位)", "原州生态环境分局")
m("unknown-unit", L("注：1．"), "各乡镇（街道）、各村（社区） are collectives", "各村（社区）")
m("unknown-unit", L("2．中国移动原州分公司"),
  "驻区单位, banks and the platform company named as 配合单位 in the notes; all in units.txt", "国网原州供电公司")
m("unknown-unit", L("3．数字乡村试点村"),
  "village names with their 镇 (彭堡镇姚磨村…) and the other 乡镇 short names, all in units.txt", "寨科乡")
m("unknown-unit", L("为数字政府建设提供运维运营服务"),
  "body text: 区大数据服务中心, 区国投公司, 中国移动原州分公司, 中国电信原州分公司 are in units.txt", "区国投公司")
m("missing-pillar", 0,
  "五个一/六级贯通 (the work system) is restructured as 一套体系 (健全组织机构、厘清层级职责、完善工作机制), as the 吴忠 plan does; content is present", None)
M[-1]["pillar"] = "六级贯通"
m("missing-pillar", 0, "数字生态 is covered in 四（三）营造良好数字生态 and task row 4", None)
M[-1]["pillar"] = "数字生态"

covers = [
    (64, row(1)), (6, row(2)), (10, row(3)), (12, row(4)), (18, row(5)), (21, row(6)), (23, row(7)),
    (28, row(8)), (34, row(9)), (40, row(10)), (42, row(11)), (46, row(12)), (48, row(13)), (49, row(14)),
    (56, row(15)), (57, row(16)), (71, row(17)), (77, row(18)), (79, row(19)), (80, row(20)), (83, row(21)),
    (84, row(22)), (86, row(23)), (89, row(24)), (93, row(25)), (90, row(26)), (96, row(27)), (97, row(28)),
    (98, row(28)), (95, row(29)), (104, row(30)), (106, row(31)), (107, row(32)), (114, row(33)), (115, row(34)),
    (121, row(35)), (117, row(36)),
    (14, L("强化安全管理责任。区直各部门")), (9, L("配合推进智慧城市建设")), (116, L("纳入“一把手工程”")),
]

key = {
    "writer": "blind writer, round 282; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-06",
    "draft": "draft.txt",
    "baseline": "ningxia-2023",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2024,
    "expect": expect,
    "mustNotFlag": M,
    "covers": [{"task": t, "line": l} for t, l in covers],
    "notes": (
        "固原市原州区 is under 固原市, whose plan is not in the seeds, so there is no parent; the 固原市 plan is cited in the preamble "
        "by title alone (固原市人民政府《关于加强数字政府建设的实施方案》), which is normal and not a basis mistake. The correct 国发〔2022〕14号 "
        "citation and that city-plan citation sit on the same line as the planted wrong 文号, so they are not listed in mustNotFlag; "
        "only one basis-mismatch (宁政办发〔2023〕17号) is expected on that line. The task list says 排在第一位的为牵头单位, so the first unit of "
        "each 责任单位 cell leads; companies, banks, 驻区单位 and the platform company are always 配合. In task row 1 the text mirrors regional "
        "task 64 (2025年), not the regional-only task 60 (2023年). Table rows carry the full '2024年9月31日前' string; the invalid part is 9月31日."
    ),
}

with open(os.path.join(here, "key.json"), "w", encoding="utf-8") as f:
    json.dump(key, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
