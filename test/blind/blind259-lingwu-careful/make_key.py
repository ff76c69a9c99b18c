# builds key.json; every line number is looked up in the final draft.txt
import json, re, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
def ln(sub, nth=0):
    hits = [i for i, l in enumerate(L, 1) if sub in l]
    assert hits, sub
    if nth is None:
        assert len(hits) == 1, (sub, hits)
        return hits[0]
    return hits[nth]
def item(n):
    hits = [i for i, l in enumerate(L, 1) if re.match(r'%d\.(?=\S)' % n, l)]
    assert len(hits) == 1, n
    return hits[0]
def head(s):
    return ln(s, None)

expect = [
 {"rule": "deadline-later-than-baseline", "line": ln('2025年1月底前', None), "text": "2025年1月底前",
  "why": "适老化与信息无障碍建设 = regional task 93, 完成时限 2024年; the draft sets the end of January 2025, one month after the region's year-end 2024"},
 {"rule": "unknown-unit", "line": ln('市卫生健康委', None), "text": "市卫生健康委",
  "why": "灵武's health body is 市卫生健康局 (市卫健局) in units.txt; 市卫生健康委 is one character off, copied from the regional 自治区卫生健康委 of task 8"},
 {"rule": "unknown-unit", "line": ln('自治区党委政法委牵头', None), "text": "自治区党委政法委",
  "why": "a regional body named as the lead (牵头) of a local task (task 77, 矛盾纠纷多元化解); copied from the regional cell, the local lead should be 市委政法委"},
 {"rule": "basis-mismatch", "line": ln('宁政发〔2022〕17号', None), "text": "宁政发〔2022〕17号",
  "why": "《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (as the preamble on line %d says); right number, wrong year" % ln('宁政发〔2023〕17号', None)},
 {"rule": "task-uncovered", "line": 0, "task": 105,
  "why": "持续打造“宁政通”移动办公“总门户”, 覆盖区市县乡村五级的一体化办公体系 (各市、县（区）配合, 2024年) is deliberately left out; its neighbour task 106 (填表报数 via the 宁政通 APP, line %d) and task 104 (协同办公平台, line %d) make it look covered" % (item(70), item(69))},
]

def mn(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why
    return d

D = "deadline-later-than-baseline"; I = "deadline-invalid"; U = "unknown-unit"; B = "basis-mismatch"; P = "missing-pillar"
must = [
 # deadlines equal to or earlier than the region, written in other forms
 mn(D, ln('到2024年底'), "主要目标 2024: 外网全覆盖 = task 48 (2024年), 公共数据开放目录及责任清单 = task 41 (2024年); the region has no 2024 goal; equal", "到2024年底"),
 mn(D, ln('到2025年，落实自治区'), "主要目标 2025 framework goal equals the region's 到2025年 goal, which the line quotes", "到2025年"),
 mn(D, ln('到2035年'), "2035 goal equals the region's 到2035年", "到2035年"),
 mn(D, item(1), "task 2 完成时限 2023年启动，2024年取得明显成效; the completing milestone 2024年 is equal", "2024年取得明显成效"),
 mn(D, item(2), "task 3 完成时限 持续推进，2025年取得明显成效; equal", "持续推进，2025年取得明显成效"),
 mn(D, item(5), "task 7 完成时限 2023年形成试点经验，2025年取得明显成效; completing milestone 2025 equal", "2025年取得明显成效"),
 mn(D, item(9), "task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效; completing milestone 2025 equal", "2025年取得明显成效"),
 mn(D, item(14), "task 21 完成时限 2024年; 2024年底前 is equal", "2024年底前"),
 mn(D, item(15), "task 23 完成时限 2024年; 2024年12月31日前 is equal", "2024年12月31日前"),
 mn(D, item(17), "task 28 完成时限 2023年启动，2025年取得明显成效; completing milestone equal", "2025年取得明显成效"),
 mn(D, item(18), "task 29 完成时限 2023年启动，2025年完成; the start is a year later but the completing milestone 2025年完成 is equal", "2024年启动，2025年完成"),
 mn(D, item(22), "task 34 完成时限 2024年; 2024年底前 equal", "2024年底前"),
 mn(D, item(27), "task 42 完成时限 2024年; 2024年内 equal", "2024年内"),
 mn(D, item(34), "task 56 完成时限 2025年; 2025年9月底前 is earlier", "2025年9月底前"),
 mn(D, head('（一）健全组织机构。'), "task 64 (各地成立相应组织机构) 完成时限 2025年; 2024年6月底前 is earlier. Task 60 (充实自治区领导小组, 2023年) is the region's own task (自治区政府办公厅负责), not this one", "2024年6月底前"),
 mn(D, item(55), "task 86 完成时限 2024年; 2024年底前 equal", "2024年底前"),
 mn(D, item(70), "task 106 (填表报数) 完成时限 2025年; equal. Not task 105 (2024年), which the draft leaves out", "2025年"),
 mn(D, item(72), "task 108 完成时限 长期推进，2024年取得明显成效; equal", "持续推进，2024年取得明显成效"),
 mn(D, head('（四）强化考核评价。'), "task 121 完成时限 长期坚持 (equal); 每年3月底前 is a recurring office date; task 123 2023年完成，长期坚持 equal", "每年3月底前"),
 mn(D, ln('年底前，完成城域网升级改造'), "年底前 under the heading 全面推进阶段（2024年） means end of 2024; task 48 完成时限 2024年, equal", "年底前"),
 mn(D, ln('年底前，完成本级公共数据开放目录'), "年底前 under the 2024 heading; task 41 完成时限 2024年, equal", "年底前"),
 mn(D, ln('年底前，全市视频资源'), "年底前 under 深化提升阶段（2025年）; task 49 (2025年) and task 106 (2025年), equal", "年底前"),
 # dates before the plan year that are not deadlines, or copied regional deadlines
 mn(I, ln('2024年3月18日'), "the issuing date", "2024年3月18日"),
 mn(I, ln('截至2023年底'), "background: past dates (2022年, 截至2023年底, 2023年5月) and the region's own 2023 goal quoted (到2023年底)", "截至2023年底"),
 mn(I, item(11), "task 14 完成时限 2023年: a copied regional deadline before the plan's year, with 长期坚持", "2023年完成，长期坚持"),
 mn(I, item(12), "task 15 完成时限 2023年: retrospective (已于2023年建立) with 持续完善", "已于2023年建立"),
 mn(I, item(13), "task 18 完成时限 2023年形成机制，长期坚持: copied verbatim", "2023年形成机制，长期坚持"),
 mn(I, item(16), "task 24 完成时限 2023年: copied regional deadline with 持续深化", "2023年完成，持续深化"),
 mn(I, item(19), "task 30 完成时限 2023年: copied regional deadline with 动态更新", "2023年完成，动态更新"),
 mn(I, item(20), "task 32 完成时限 2023年: a copied regional deadline before the plan's year", "2023年"),
 mn(I, item(24), "task 36 完成时限 2023年: retrospective (已于2023年建立)", "已于2023年建立"),
 mn(I, item(39), "task 67 完成时限 2023年: copied regional deadline with 长期坚持", "2023年完成对接"),
 mn(I, item(41), "task 72 完成时限 2023年: a copied regional deadline before the plan's year", "2023年"),
 mn(I, item(51), "task 82 完成时限 2023年: copied, with 长期坚持", "2023年形成机制"),
 mn(I, item(54), "task 85 完成时限 2023年: a copied regional deadline before the plan's year", "2023年"),
 mn(I, head('（一）加强组织领导。'), "task 116 完成时限 2023年完成并长期坚持: copied verbatim", "2023年完成并长期坚持"),
 mn(I, head('（二）加大财政投入。'), "task 25 完成时限 2023年: copied, with 长期坚持", "2023年建立"),
 mn(I, ln('（2023年—2025年）'), "the title of the regional task list, not a deadline", "2023年—2025年"),
 mn(I, ln('每季度末月25日前'), "the office's own recurring reporting dates", "每年12月10日前"),
 # units: collectives, official short names, full names, distributed prefixes
 mn(U, ln('各乡镇人民政府、各街道办事处'), "addressees: collective subjects", "各街道办事处"),
 mn(U, item(1), "灵武羊绒产业园区管委会 is in units.txt; 市直有关部门 is a collective", "市直有关部门"),
 mn(U, item(3), "市委网络安全和信息化委员会办公室 is the full name of 市委网信办; 市市场监督管理局 the full name of 市市场监管局", "市委网络安全和信息化委员会办公室"),
 mn(U, item(4), "市卫健局 is the short name of 市卫生健康局 (in units.txt), on the line just before the planted 市卫生健康委; 市住房和城乡建设局 full name", "市卫健局"),
  mn(U, item(8), "各乡镇人民政府: collective", "各乡镇人民政府"),
 mn(U, item(10), "灵武市发展和改革局: full name of 市发展改革局", "灵武市发展和改革局"),
 mn(U, item(11), "市直各部门（单位）、各乡镇（街道）: collectives", "各乡镇（街道）"),
 mn(U, item(17), "市政府办: short name of 市人民政府办公室", "市政府办"),
 mn(U, item(21), "市发改局 (colloquial alias) and 市人力资源和社会保障局 (full name) are both in units.txt", "市发改局"),
 mn(U, item(22), "银川市生态环境局灵武分局: the vertically managed environment branch, in units.txt", "银川市生态环境局灵武分局"),
 mn(U, item(41), "承担监管职责的市直有关部门（单位）: collective (local form of the regional collective)", "承担监管职责的市直有关部门（单位）"),
  mn(U, item(47), "灵武市公安局: full name with the place name", "灵武市公安局"),
 mn(U, item(49), "灵武市消防救援大队 and 市林草局 are in units.txt", "灵武市消防救援大队"),
 mn(U, item(50), "市应急局: short name of 市应急管理局", "市应急局"),
 mn(U, item(52), "各乡镇（街道）、各村（社区）: collectives", "各村（社区）"),
 mn(U, item(53), "市审批局: short name of 市审批服务管理局", "市审批局"),
 mn(U, item(61), "灵武生态环境分局: short name of 银川市生态环境局灵武分局", "灵武生态环境分局"),
 mn(U, item(64), "市林业和草原局: full name of 市林草局", "市林业和草原局"),
 mn(U, item(66), "市水务局、自然资源局、林草局: the prefix 市 distributes (市自然资源局, 市林草局)", "林草局"),
 mn(U, item(13), "自治区政务信创云 in the body is a platform the county uses, not a responsible unit", "自治区政务信创云"),
 mn(U, ln('每季度末月25日前'), "市数字政府建设领导小组办公室 is in units.txt and named in body text", "市数字政府建设领导小组办公室"),
 # citations
 mn(B, ln('国发〔2022〕14号'), "all three basis documents cited correctly: 国发〔2022〕14号, 宁政发〔2023〕17号, 宁政办发〔2023〕11号 (as in the 吴忠 plan)", "宁政发〔2023〕17号"),
 mn(B, ln('宁政办发〔2020〕14号'), "a retrospective mention of the superseded 2020 工作要点 in the background, not a basis citation", "宁政办发〔2020〕14号"),
 mn(B, ln('灵政发〔2024〕9号'), "the plan's own 文号", "灵政发〔2024〕9号"),
 mn(B, item(18), "《全国一体化政务大数据体系建设指南》 cited by title only, as the region's task 29 does", "全国一体化政务大数据体系建设指南"),
 # pillars
 mn(P, 0, "五个一 + 六级贯通: section 四 (健全组织机构, 厘清层级职责, 完善工作机制)", None),
 mn(P, 0, "数字生态: section 二（三） with the policy/security environment sentence and task 12", None),
 mn(P, 0, "党的领导: section 六 with 组织领导, 财政投入, 数字素养, 考核评价", None),
]
for m in must:
    if m["rule"] == P: m["pillar"] = {"五":"五个一","数":"数字生态","党":"党的领导"}[m["why"][0]]

items = {1:2,2:3,3:5,4:6,5:7,6:8,7:9,8:10,9:11,10:12,11:14,12:15,13:18,14:21,15:23,16:24,17:28,18:29,19:30,20:32,
 21:33,22:34,23:35,24:36,25:40,26:41,27:42,28:46,29:47,30:48,31:49,32:54,33:55,34:56,35:57,36:58,37:59,
 38:66,39:67,40:71,41:72,42:73,43:74,44:75,45:76,46:77,47:78,48:79,49:80,50:81,51:82,52:83,53:84,54:85,55:86,
 56:88,57:89,58:92,59:93,60:94,61:95,62:96,63:97,64:98,65:99,66:100,67:101,68:102,69:104,70:106,71:107,72:108,
 73:111,74:112,75:113,76:114,77:115}
covers = [{"task": t, "line": item(n)} for n, t in items.items()]
covers += [{"task": 64, "line": head('（一）健全组织机构。')},
           {"task": 116, "line": head('（一）加强组织领导。')},
           {"task": 25, "line": head('（二）加大财政投入。')},
           {"task": 121, "line": head('（四）强化考核评价。')},
           {"task": 123, "line": head('（四）强化考核评价。')}]
covers.sort(key=lambda c: c["task"])
assert len({c["task"] for c in covers}) == len(covers)

key = {
 "writer": "blind writer, round 259; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": must,
 "covers": covers,
 "notes": ("灵武市 (county-level city under 银川市) 实施方案 issued 2024-03-18 implementing 宁政发〔2023〕17号; no parent plan. "
   "It takes up all 83 regional tasks whose 责任单位 include 各市、县（区） or 各县（市、区） except task 105 (planted), each with an inline "
   "（责任单位：…；完成时限：…） note; line 21 states that the first-listed unit leads. Fourteen tasks the region set for 2023 "
   "(14, 15, 18, 24, 25, 30, 32, 36, 67, 72, 82, 85, 116, 123) keep their 2023 deadline, copied or retrospective (已于2023年建立), "
   "usually with 长期坚持: they are equal to the region and are listed as deadline-invalid near misses. "
   "Task 82 (新冠疫情) is taken up as consolidating the mechanism. Tasks for 地级市 only (22, 37, 39, 43, 45, 87) and region-only tasks are not given notes.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(must), len(covers))
for e in expect: print(e["rule"], e["line"], e.get("text"), L[e["line"]-1][:30] if e["line"] else '')
