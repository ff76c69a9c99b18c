# -*- coding: utf-8 -*-
# Builds key.json, computing every line number from the final draft.txt (1-based).
import json
L = open("draft.txt", encoding="utf-8").read().split("\n")
if L[-1] == "": L = L[:-1]

def ln(*needles):
    hits = [i + 1 for i, s in enumerate(L) if all(n in s for n in needles)]
    assert len(hits) == 1, (needles, hits)
    return hits[0]

def row(n):
    hits = [i + 1 for i, s in enumerate(L) if s.split("\t")[0] == str(n) and "\t" in s]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def cell(n, k):  # k: 2 任务, 3 牵头, 4 配合, 5 时限 (0-based after 序号)
    return L[row(n) - 1].split("\t")[k]

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

moji = "推进财政电子票据".encode("utf-8").decode("gbk")

expect = [
 {"rule": "basis-mismatch", "line": chk(ln("《自治区人民政府关于加强数字政府建设的实施意见》"), "宁政发〔2023〕71号"),
  "text": "宁政发〔2023〕71号",
  "why": "the regional 实施意见 of this title is 宁政发〔2023〕17号 (2023-05-16); 17 typed as 71"},
 {"rule": "deadline-later-than-baseline", "line": chk(row(29), "2025年底前"), "text": "2025年底前",
  "why": "row 29 (电子文件归档、电子档案) is regional task 54, 完成时限 2024年 (task 40 on 电子公文 is also 2024年); the draft gives 2025年底前"},
 {"rule": "deadline-invalid", "line": chk(row(46), "20244年"), "text": "20244年",
  "why": "five-digit year, a doubled keystroke for 2024年 (regional task 86 我的宁夏, 完成时限 2024年)"},
 {"rule": "unknown-unit", "line": chk(row(20), "市大数据管理服务局"), "text": "市大数据管理服务局",
  "why": "not in units.txt: 灵武市 has 市大数据服务中心 (named correctly everywhere else); 市大数据管理服务局 is the name of a prefecture-level body, copied from another plan"},
 {"rule": "garbled-text", "line": chk(row(30), moji[:6]), "text": moji[:6],
  "why": "UTF-8 bytes read as GBK: the cell should begin 推进财政电子票据 (regional task 55)"},
 {"rule": "task-uncovered", "line": 0, "task": 93,
  "why": "deliberately left out: 适老化与信息无障碍 (自治区各部门及各市、县（区）按照职能分别负责, 2024年) appears nowhere in prose or table"},
]

M = []
def m(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert text in L[line - 1], (line, text)
        e["text"] = text
    e.update(kw); e["why"] = why; M.append(e)

# --- units ---
m("unknown-unit", 3, "collective subjects (各乡镇人民政府, 市直各部门（单位）) in the address line", "各乡镇人民政府")
m("unknown-unit", row(5), "collective subject in the 配合 cell", "各乡镇人民政府")
m("unknown-unit", row(11), "collective subject", "市直各部门（单位）")
m("unknown-unit", row(12), "collective subject", "市直有关部门")
m("unknown-unit", row(42), "collective subject 各乡镇（街道）", "各乡镇（街道）")
m("unknown-unit", row(18), "prefix distributes: 市发改局、统计局 = 市发展和改革局 + 市统计局, both in units.txt", "统计局")
m("unknown-unit", row(49), "prefix distributes: 市发改局、财政局 = 市发改局 + 市财政局", "财政局")
m("unknown-unit", ln("会同市发改局、财政局审核"), "prefix distributes in prose: 市发改局、财政局 = 市发改局 + 市财政局", "财政局")
m("unknown-unit", row(17), "银川市生态环境局灵武分局 is the local branch of the city bureau and is listed in units.txt; it also leads rows 51 and 56", "银川市生态环境局灵武分局")
m("unknown-unit", row(8), "short name of 中国电信股份有限公司灵武分公司, listed in units.txt (a unit outside government)", "中国电信灵武分公司")
m("unknown-unit", row(21), "short name of 国网宁夏电力有限公司灵武市供电公司, listed in units.txt", "国网灵武市供电公司")
m("unknown-unit", row(28), "灵武市税务局 is listed in units.txt (vertically managed, outside the city government)", "灵武市税务局")
m("unknown-unit", row(43), "灵武市消防救援大队 and 灵武市气象局 are listed in units.txt", "灵武市消防救援大队")
m("unknown-unit", row(59), "official short name of 市人民政府办公室 (units.txt alias)", "市政府办")
m("unknown-unit", row(29), "市委办 is the units.txt alias of 市委办公室", "市委办")
m("unknown-unit", row(2), "short name of 灵武经济开发区管理委员会, listed in units.txt", "灵武经济开发区管委会")
m("unknown-unit", row(54), "official short name of 市林业和草原局 (units.txt alias)", "市林草局")
m("unknown-unit", row(4), "official short names 市卫健局, 市人社局 (units.txt aliases)", "市卫健局")
m("unknown-unit", row(1), "official short names 市工信商务局, 市发改局 (units.txt aliases)", "市工信商务局")
m("unknown-unit", ln("主动对接自治区政府办公厅和银川市有关部门"), "a regional body mentioned in prose as a counterpart, not as the lead of a local task; 银川市有关部门 is a collective", "自治区政府办公厅")
# --- deadlines ---
m("deadline-later-than-baseline", row(1), "task 2, 完成时限 2023年启动，2024年取得明显成效: equal year", "2024年底前")
m("deadline-later-than-baseline", row(2), "task 3, 完成时限 持续推进，2025年取得明显成效: same completing milestone (2025)", "2024年启动，2025年取得明显成效")
m("deadline-later-than-baseline", row(3), "task 5 (以网管网…数字经济治理), 完成时限 持续推进，2025年取得明显成效: equal; not task 75", "2025年")
m("deadline-later-than-baseline", row(4), "task 6, 完成时限 持续推进，2025年取得明显成效: copied, equal", "持续推进，2025年取得明显成效")
m("deadline-later-than-baseline", row(6), "task 8, 完成时限 持续推进，2025年取得明显成效: earlier", "2024年底前")
m("deadline-later-than-baseline", row(11), "task 18, 完成时限 2023年形成机制，长期坚持: copied word for word, equal", "2023年形成机制，长期坚持")
m("deadline-invalid", row(11), "a copied regional deadline (task 18) whose first milestone lies before the plan's year; the task is ongoing (长期坚持)", "2023年")
m("deadline-later-than-baseline", row(13), "task 22 (审管协同), 完成时限 2025年: earlier", "2024年底前")
m("deadline-later-than-baseline", row(15), "task 28, 完成时限 2023年启动，2025年取得明显成效: same completing milestone", "2024年启动，2025年取得明显成效")
m("deadline-later-than-baseline", row(17), "task 34, 完成时限 2024年: 2024年12月底前 is the same year", "2024年12月底前")
m("deadline-later-than-baseline", row(20), "task 41, 完成时限 2024年: earlier (October)", "2024年10月底前")
m("deadline-later-than-baseline", row(22), "task 46 (and 43), 完成时限 2024年: earlier (November)", "2024年11月底前")
m("deadline-later-than-baseline", row(24), "task 48, 完成时限 2024年: equal", "2024年底前")
m("deadline-later-than-baseline", row(27), "task 52 (电子证照社会化场景), 完成时限 2025年: equal", "2025年")
m("deadline-later-than-baseline", row(33), "task 64, 完成时限 2025年: earlier", "2024年6月底前")
m("deadline-later-than-baseline", row(37), "task 70, 完成时限 2024年: earlier (September)", "2024年9月底前")
m("deadline-later-than-baseline", row(47), "task 87 (12345 接诉即办), 完成时限 2023年启动，2025年完成: earlier; equal to task 115 (2024年) if read that way", "2024年底前")
m("deadline-later-than-baseline", row(56), "task 102, 完成时限 2025年: 2025年底前 is the same year", "2025年底前")
m("deadline-later-than-baseline", row(58), "task 104, 完成时限 2024年: earlier (June)", "2024年6月底前")
m("deadline-later-than-baseline", row(62), "task 108, 完成时限 长期推进，2024年取得明显成效: equal", "2024年")
m("deadline-later-than-baseline", row(66), "task 121, 完成时限 长期坚持: equal", "长期坚持")
m("deadline-later-than-baseline", ln("（二）主要目标。到2024年底"), "dated goal matching tasks 48 and 50 (完成时限 2024年) and 84 (2024年): equal", "到2024年底")
m("deadline-later-than-baseline", ln("到2025年，全市数字政府建设"), "same year as the regional 主要目标 (到2025年，“34567”体系框架全面成型)", "到2025年")
m("deadline-later-than-baseline", ln("到2035年，与政府治理能力"), "same year as the regional 2035 goal", "到2035年")
m("deadline-invalid", ln("截至2023年底"), "past dates in the 工作基础 background (2021年, 2022年, 截至2023年底), not deadlines", "截至2023年底")
m("deadline-invalid", ln("每季度末月25日前"), "the office's own reporting dates (每季度末月25日前, 2024年12月20日前), not task deadlines; 2024-12-20 lies in the plan year", "2024年12月20日前")
m("deadline-invalid", 6, "the issuing date of the notice", "2024年3月18日")
# --- basis ---
m("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective mention in the background of the 2020 工作要点 with its correct title and number; not cited as basis", "宁政办发〔2020〕14号")
m("basis-mismatch", ln("国发〔2022〕14号"), "correct title and 文号 of the national guiding opinion", "国发〔2022〕14号")
m("basis-mismatch", 1, "the notice's own 发文字号, not a cited basis document", "灵政办发〔2024〕9号")
# --- pillars ---
m("missing-pillar", ln("3．营造良好数字生态"), "数字生态 is taken up (short, with row 10)", pillar="数字生态")
m("missing-pillar", ln("（三）健全工作体系"), "五个一/六级贯通 taken up as 健全组织机构、厘清层级职责、完善工作机制 (lines below, row 33)", pillar="六级贯通")
m("missing-pillar", ln("（二）加大财政投入"), "财政投入 is taken up in 保障措施", pillar="财政投入")
m("missing-pillar", ln("（三）提升数字素养"), "数字素养 is taken up in 保障措施", pillar="数字素养")

cov = {2:1,3:2,5:3,6:4,7:5,8:6,9:7,10:8,11:9,12:10,18:11,21:12,22:13,23:14,28:15,33:16,34:17,35:18,40:19,41:20,
       42:21,46:22,47:23,48:24,50:25,49:26,52:27,53:28,54:29,55:30,56:31,57:32,64:33,65:34,66:35,69:36,70:37,71:38,
       73:39,74:40,77:41,79:42,80:43,83:44,84:45,86:46,87:47,88:48,89:49,90:50,94:51,96:52,97:53,98:54,100:55,102:56,
       103:57,104:58,105:59,106:60,107:61,108:62,112:63,114:64,115:65,121:66}
covers = [{"task": t, "line": row(r)} for t, r in sorted(cov.items())]
covers += [{"task": 116, "line": ln("纳入“一把手工程”")},
           {"task": 123, "line": ln("考核结果作为领导班子")},
           {"task": 124, "line": ln("建立容错和奖惩机制")},
           {"task": 25, "line": ln("统筹现有资金渠道")},
           {"task": 14, "line": ln("1．安全保障")},
           {"task": 15, "line": ln("1．安全保障")},
           {"task": 30, "line": ln("配合编制政务数据资源目录")},
           {"task": 32, "line": ln("明确各部门数据管理机构和数据专员")},
           {"task": 36, "line": ln("落实政务数据供需对接机制")}]

key = {
 "writer": "blind writer, round 681; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
 "notes": ("灵武市 (county-level city under 银川市) 2024 实施方案: 49 lines of prose (notice, basis, background, goals, tasks, 保障措施) and a 66-row task table "
           "(序号/任务类别/工作任务/牵头单位/配合单位/完成时限), lines 50-116, header on line 50. The table carries the note that the first-listed lead is the main lead. "
           "No parent plan: 银川市's plan is referred to only as 工作安排, without a title. Tasks whose regional deadline is 2023 are taken up only in prose without dates, "
           "except row 11, which copies task 18's '2023年形成机制，长期坚持'. helper scripts build_draft.py / build_key.py regenerate draft.txt and key.json.")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
