# Builds key.json and checks every line number / text against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def at(line, text):
    assert text in L[line-1], (line, text, L[line-1][:60])
    return line

expect = [
  {"rule": "deadline-later-than-baseline", "line": at(44, "2025年6月底前"), "text": "2025年6月底前",
   "why": "e-government extranet extended to every 行政村 (县乡村全覆盖) is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖; 各市、县（区）具体负责), 完成时限 2024年; the county set mid-2025. (Task 47, 外网升级改造, is also 2024年.)"},
  {"rule": "deadline-invalid", "line": at(48, "2024年6月31日"), "text": "2024年6月31日",
   "why": "impossible date: June has 30 days (slip for 6月30日). The task itself is regional task 56 (非税收入收缴电子化), 完成时限 2025年, so the date is not late, only impossible."},
  {"rule": "unknown-unit", "line": at(28, "县经信局"), "text": "县经信局",
   "why": "obsolete name (经济和信息化局) not in units.txt; the current body is 县工业信息化和商务局 (县工信商务局), which the same minutes use everywhere else (lines 33, 34, 57, 85)"},
  {"rule": "basis-mismatch", "line": at(23, "宁政办发〔2023〕17号"), "text": "宁政办发〔2023〕17号",
   "why": "the title 《自治区人民政府关于加强数字政府建设的实施意见》 belongs to 宁政发〔2023〕17号 (cited correctly on lines 6 and 18); 宁政办发 is the government office's series"},
  {"rule": "garbled-text", "line": at(16, "鏀垮姟鏁版嵁"), "text": "鏀垮姟鏁版嵁鍏变韩浜ゆ崲",
   "why": "UTF-8 bytes of 政务数据共享交换 read as GBK (re-encode as GBK, decode as UTF-8)"},
  {"rule": "missing-pillar", "line": 0, "pillar": "政务公开",
   "why": "the decisions take up six of the 七个能力 (经济调节 l.50, 市场监管 l.51, 社会管理 l.52, 公共服务 l.56, 生态环境保护 l.60, 政务运行 l.64) but nothing on 政务公开: no 政务公开平台, 政策文件库, 政务新媒体 or 政民互动 anywhere in the minutes"},
  {"rule": "task-uncovered", "line": 0, "task": 112,
   "why": "consequence of the missing 政务公开 pillar: 政务公开信息化平台, 各市、县（区）分别负责, 2024年 — left out"},
  {"rule": "task-uncovered", "line": 0, "task": 114,
   "why": "consequence of the missing 政务公开 pillar: 政务新媒体矩阵, 各市、县（区）分别负责, 2024年 — left out"},
]

M = []
def nf(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        at(line, text); e["text"] = text
    e.update(kw); e["why"] = why
    M.append(e)

D = "deadline-later-than-baseline"; I = "deadline-invalid"; U = "unknown-unit"; B = "basis-mismatch"
# --- the review's past dates (round brief) ---
nf(I, 8, "retrospective: the review of past work names 2020 and 2023 events, not deadlines", "2023年8月")
nf(I, 9, "review of 2023 work: past date of something already done (task 32, 2023年, met)", "2023年9月底前")
nf(I, 10, "review of 2023 work: 截至2023年12月底 / 2023年10月底前 are past facts (tasks 30 and 47/48 progress), not deadlines", "2023年10月底前")
nf(I, 11, "review of 2023 work: the 免证办 list was published on 2023-12-20 (task 85, 2023年, met)", "2023年12月20日")
nf(I, 12, "review of 2023 work: past date", "2023年10月")
nf(I, 13, "review of 2023 work: 数字供销 main construction done by end 2023 (task 11: 2023年完成主要建设任务) — a past fact", "2023年底前")
# --- citations ---
nf(B, 8, "retrospective mention of the superseded 2020 工作要点 with its correct 文号, as history, not as a basis", "宁政办发〔2020〕14号")
nf(B, 6, "correct: 国发〔2022〕14号 and 宁政发〔2023〕17号 match their titles", "宁政发〔2023〕17号")
nf(B, 6, "correct: 数字宁夏“1244+N”行动计划实施方案 is 宁政办发〔2023〕11号 (cited the same way by the 吴忠 plan)", "宁政办发〔2023〕11号")
nf(B, 8, "the county's own 2023 plan, mentioned by title as history; 实施方案 is its real title, not a wrong title for the regional 实施意见", "《泾源县加强数字政府建设实施方案》")
nf(B, 18, "bare 文号 of the regional 实施意见, correct", "宁政发〔2023〕17号")
nf(B, 23, "the county's own 2024 工作要点 being adopted, not a basis citation and not the superseded 2020 regional 工作要点", "《泾源县2024年数字政府建设工作要点》")
# --- deadlines equal / earlier / not deadlines ---
nf(D, 21, "到2025年 … 体系框架全面成型 is the same year as the regional goal (到2025年，…“34567”体系框架全面成型)", "到2025年")
nf(D, 43, "task 47 (外网升级改造, 扩大互联网出口带宽), 完成时限 2024年: 2024年12月31日 is equal", "2024年12月31日前")
nf(D, 41, "task 42 (供水、供电、供气等公共数据与政务数据融合), 完成时限 2024年: equal", "2024年12月底前")
nf(D, 52, "task 77 (矛盾纠纷多元化解信息系统), 完成时限 2024年: equal", "2024年12月底前")
nf(D, 54, "task 80 (智慧应急), 完成时限 2024年: equal", "2024年12月底前")
nf(D, 62, "task 96 (互联网+城乡供水), 完成时限 2025年: 2025年底前 is equal", "2025年底前")
nf(D, 55, "task 83 (互联网+基层治理), 完成时限 2025年: 2025年底前全面应用 is equal", "2025年底前全面应用")
nf(D, 65, "task 106 (填表报数系统, 压减50%), 完成时限 2025年: 2025年全面推广 is equal", "2025年全面推广")
nf(D, 66, "tasks 107 (视频会议平台) and 111 (机关事务), 完成时限 2025年: 2025年6月底前 is earlier — same wording as the late line 44, different task", "2025年6月底前")
nf(D, 29, "task 7 (智慧教育平台), 完成时限 2023年形成试点经验，2025年取得明显成效: the completing milestone is 2025", "2024年9月底前")
nf(D, 24, "task 64 (各地各部门参照自治区做法成立相应组织机构), 完成时限 2025年: earlier", "2024年4月底前")
nf(D, 34, "tasks 12 (数据要素市场, 2025年) and 13 (数据交易规范, 2024年): equal or earlier", "2024年12月底前")
nf(D, 46, "electronic licences in 社会化场景 (就医、出行、旅游) is task 52 (2025年) with 电子印章 task 53 (2024年): not late", "2024年12月底前")
nf(D, 37, "行政权力事项网上运行 + 审管协同 are tasks 21 (2024年) and 22 (2025年): not late", "2024年10月底前")
nf(D, 67, "task 108 (公共资源交易全流程数字化), 完成时限 长期推进，2024年取得明显成效: not later", "2024年10月底前")
nf(D, 50, "task 66 (宁夏经济运行大数据平台), 完成时限 2025年: earlier", "2024年6月底前")
nf(D, 25, "the office's own recurring reporting dates (每月25日前, 每季度首月10日前), not task deadlines", "每月25日前")
nf(D, 76, "the office's own reporting date for the annual summary", "2024年12月15日前")
nf(D, 36, "an annual drill date inside a 长期坚持 item; task 18 (常态化安全防护和应急演练) is 2023年形成机制，长期坚持 — holding this year's drill is the ongoing part", "2024年6月底前")
nf(D, 23, "due date for units' breakdown of the 2024 工作要点; annual 工作要点 is task 121 (长期坚持), a yearly recurrence, not the 2023 milestone of task 116", "2024年3月底前")
nf(D, 73, "2024年度 names the assessment year, not a deadline; task 122 is 2023年完成，长期坚持 and this item is 长期坚持", "2024年度")
# --- units ---
nf(U, 53, "县委政法委，公安局: the 县 prefix distributes (as in task 79 自治区党委政法委，公安厅) → 县公安局", "公安局")
nf(U, 50, "县发改局牵头，统计局、工信商务局配合: the 县 prefix distributes → 县统计局, 县工信商务局", "统计局、工信商务局")
nf(U, 25, "alias of 县推进数字政府建设领导小组办公室 in units.txt", "县数字政府办")
nf(U, 41, "in units.txt (驻县单位)", "国网泾源县供电公司")
nf(U, 43, "both in units.txt (驻县单位)", "中国移动泾源分公司")
nf(U, 60, "alias of 固原市生态环境局泾源分局 (city bureau branch in the county) in units.txt; not split into 固原市…", "生态环境泾源分局")
nf(U, 55, "collective subjects", "各村（社区）")
nf(U, 23, "collective subject", "县直各部门（单位）")
nf(U, 38, "collective subject", "县直有关部门（单位）")
nf(U, 42, "regional body named in prose as the one the county reports to, not as lead of the local task (lead is 县政府办)", "自治区政府办公厅")
nf(U, 86, "township short names, aliases in units.txt", "六盘山镇")
nf(U, 90, "collective subject in the distribution line", "县推进数字政府建设领导小组各成员单位")
nf(U, 91, "distribution (抄送) line, the upper-level office receiving a copy; not a responsible unit", "固原市人民政府办公室")
nf(U, 54, "in units.txt (驻县单位)", "泾源县消防救援大队")
nf(U, 58, "alias of 县残疾人联合会 in units.txt", "县残联")
nf(U, 31, "two co-leads, both in units.txt", "县民政局、县人社局")
nf("garbled-text", 79, "×× is the usual redaction of personal names in a public copy, not mojibake", "马××")
nf("missing-pillar", 0, "covered on line 34 (营造良好数字生态: 数据要素市场, 数据交易)", pillar="数字生态")
nf("missing-pillar", 0, "covered on line 24 (各乡镇成立工作专班, 厘清县、乡、村三级工作职责) and line 25", pillar="五个一和六级贯通")
nf("missing-pillar", 0, "covered on line 71 (加大财政投入)", pillar="财政投入")
nf("missing-pillar", 0, "covered on line 72 (提升数字素养)", pillar="数字素养")

covers_raw = [(64,24),(24,26),(7,29),(8,30),(6,31),(9,32),(10,33),(12,34),(13,34),(14,36),(18,36),
  (21,37),(22,37),(28,38),(33,39),(34,39),(41,40),(42,41),(46,42),(47,43),(48,44),(49,45),(52,46),(53,46),
  (54,47),(56,48),(66,50),(71,51),(74,51),(77,52),(79,53),(80,54),(83,55),(84,56),(86,56),(88,57),(89,57),
  (93,58),(90,59),(94,60),(98,61),(96,62),(97,63),(104,64),(105,64),(106,65),(107,66),(111,66),(108,67),
  (103,68),(116,70),(25,71),(118,72),(122,73),(123,73),(121,23)]
covers = [{"task": t, "line": l} for t, l in covers_raw]
for c in covers: assert 1 <= c["line"] <= len(L)

key = {
  "writer": "blind writer, round 802; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
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
  "notes": "Minutes (会议纪要) of 泾源县's 2024 first digital-government leading-group meeting, issued 2024-03-15. Section 一 reviews 2023 work with past dates (lines 8-13); section 二 lists 47 decisions, each with an inline note (牵头单位/配合单位/具体负责；完成时限). Six planted slips of six kinds. 泾源县 is under 固原市 but no 固原 plan is used as a parent. Helper scripts: make_key.py (builds this key, checks lines), check_units.py (lists note units not in units.txt)."
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(L), 'lines;', len(expect), 'expect;', len(M), 'mustNotFlag;', len(covers), 'covers')
