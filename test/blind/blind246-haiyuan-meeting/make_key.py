# helper: builds key.json and checks every line/text against draft.txt
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def ln(s, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth - 1]
def uniq(s):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) == 1, (s, hits)
    return hits[0]

expect = [
  {"rule": "basis-mismatch", "line": uniq("关于加快推进数字政府建设的实施意见"),
   "text": "自治区人民政府关于加快推进数字政府建设的实施意见",
   "why": "minutes excerpt: 宁政发〔2023〕17号 is titled 《自治区人民政府关于加强数字政府建设的实施意见》 (加强, not 加快推进); the plan's own preamble (line %d) cites it correctly" % uniq("《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）")},
  {"rule": "deadline-later-than-baseline", "line": uniq("确保到2026年底全县数字政府建设"), "text": "2026年底",
   "why": "minutes excerpt: regional 主要目标 is 到2025年 全区各级数字政府建设“34567”体系框架全面成型; 2026年底 for the same goal is later (the plan itself, line %d, says 到2025年)" % uniq("到2025年，全县数字政府建设")},
  {"rule": "deadline-later-than-baseline", "line": uniq("13.开展县级城域网升级改造"), "text": "2025年12月底",
   "why": "task 48 (各级城域网升级改造，区市县乡村5级全覆盖; 完成时限 2024年); also tasks 47 and 50 (2024年); the plan's own 主要目标 (line 30) and the minutes (line 10) say 2024年底"},
  {"rule": "unknown-unit", "line": uniq("牵头单位：县大数据局"), "text": "县大数据局",
   "why": "not in units.txt: the county body is 县大数据服务中心 (县大数据局 looks copied from the city's 市大数据局)"},
  {"rule": "garbled-text", "line": uniq("鎺ㄨ繘鏀垮姟"), "text": "鎺ㄨ繘鏀垮姟鏁版嵁鍏变韩浜ゆ崲",
   "why": "UTF-8 bytes of 推进政务数据共享交换 read as GBK"},
  {"rule": "deadline-invalid", "line": uniq("20225年6月底"), "text": "20225年",
   "why": "impossible year (typo for 2025年; task 96 互联网+城乡供水 is due 2025年, so 2025年6月底 would have been fine). Should not also be reported as later than the baseline"},
]

def mnf(rule, line, why, text=None):
    d = {"rule": rule, "line": line}
    if text: d["text"] = text
    d["why"] = why
    return d

M = []
U, DL, DI, BM, GT, MP = "unknown-unit", "deadline-later-than-baseline", "deadline-invalid", "basis-mismatch", "garbled-text", "missing-pillar"
# titles next to office names
M.append(mnf(U, uniq("县大数据服务中心主任马成林"), "person's title (主任) after a registered office, not a unit", "县大数据服务中心主任"))
M.append(mnf(U, uniq("县委副书记、县长马晓军"), "person's titles (县委副书记、县长), not units", "县委副书记、县长"))
M.append(mnf(U, uniq("由县长任组长"), "titles: 县长, 县委常委、常务副县长, 县人民政府办公室主任, 县大数据服务中心主任 (领导小组办公室主任、副主任)", "县人民政府办公室主任"))
# meeting attendees and bodies
M.append(mnf(U, uniq("列席：县委办公室"), "offices that attended the meeting; all are in units.txt (县人大常委会办公室, 县政协办公室, 县纪委监委, 县委网信办, 县委编办 …)", "县人大常委会办公室"))
M.append(mnf(U, uniq("4月29日经县数字政府建设领导小组办公室会议研究"), "in units.txt (议事协调机构); also 县司法局", "县数字政府建设领导小组办公室"))
M.append(mnf(GT, uniq("出席：马晓军"), "names padded with full-width spaces (李　军, 马　丽) as in real minutes; not mojibake", "李　军"))
M.append(mnf(U, uniq("各乡镇人民政府，县政府各部门、各直属机构："), "addressees: collective subjects", "县政府各部门"))
# collectives and aliases in notes
M.append(mnf(U, uniq("2.按照自治区、市、县、乡、村"), "collective subjects", "县直各部门（单位）"))
M.append(mnf(U, uniq("8.推动各类行政权力事项网上运行"), "collective subject", "县直有关部门"))
M.append(mnf(U, uniq("20.实施“互联网+基层治理”行动"), "collective subjects (各乡镇人民政府, 各村（社区）)", "各村（社区）"))
M.append(mnf(U, uniq("县民政局按职责分别牵头"), "units 县教育体育局、县卫生健康局、县民政局 followed by the role phrase 按职责分别牵头; all in units.txt", "县民政局按职责分别牵头"))
M.append(mnf(U, uniq("牵头单位：县发改局"), "official short name of 县发展和改革局 listed in units.txt", "县发改局"))
M.append(mnf(U, uniq("县工信商务局；完成时限"), "short name of 县工业信息化和商务局 listed in units.txt", "县工信商务局"))
M.append(mnf(U, uniq("县残联"), "short name of 县残疾人联合会 (a body outside government proper) in units.txt", "县残联"))
M.append(mnf(U, uniq("中卫市生态环境局海原分局、县林业和草原局"), "the county-level branch of the city bureau; listed in units.txt", "中卫市生态环境局海原分局"))
M.append(mnf(U, uniq("县消防救援大队、海原县气象局"), "in units.txt (vertical bodies at county level)", "海原县气象局"))
M.append(mnf(U, uniq("县人民法院、县人民检察院"), "in units.txt", "县人民检察院"))
M.append(mnf(U, uniq("报送中卫市有关部门"), "collective recipient of reports, not a responsible unit", "中卫市有关部门"))
# basis documents
M.append(mnf(BM, uniq("《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）"), "both basis documents cited with correct titles and 文号"))
M.append(mnf(BM, uniq("宁政办发〔2020〕14号"), "retrospective mention of the 2020 工作要点 in the background section, correct title and 文号; not cited as basis", "宁政办发〔2020〕14号"))
M.append(mnf(BM, uniq("海政发〔2024〕23号"), "the plan's own issuing number", "海政发〔2024〕23号"))
M.append(mnf(BM, 2, "the minutes' own serial number", "〔2024〕9号"))
M.append(mnf(BM, uniq("关于印发《海原县数字政府建设实施方案》的通知"), "the plan's own title in 《》 (also lines 7, 9, 18 incl. the 送审稿), not a basis document", "《海原县数字政府建设实施方案》"))
# dates of the meeting and process
M.append(mnf(DI, uniq("2024年5月8日上午"), "date of the meeting itself", "2024年5月8日"))
M.append(mnf(DI, 3, "date the minutes were issued", "2024年5月10日"))
M.append(mnf(DI, uniq("已经2024年5月8日县人民政府第31次常务会议"), "meeting date in the notice", "2024年5月8日"))
M.append(mnf(DI, 20, "issuing date of the plan", "2024年5月17日"))
M.append(mnf(DI, uniq("方案于2024年3月启动起草"), "past drafting dates (2024年3月, 4月8日至4月22日, 4月29日), not deadlines", "2024年3月"))
M.append(mnf(DL, uniq("有关事项安排"), "the office's own follow-up dates (5月20日前, 6月15日前, 6月底前, 每季度末月25日前), not task deadlines", "6月15日前"))
M.append(mnf(DL, uniq("确保2024年底前县、乡、村三级电子政务外网全覆盖"), "minutes: 2024年底 equals task 48 (完成时限 2024年)", "2024年底前"))
M.append(mnf(DL, uniq("2025年度预算统筹安排"), "budget years (2024年度预算调整, 2025年度预算), not deadlines", "2025年度"))
M.append(mnf(DI, uniq("截至2023年底"), "past date in the background section", "截至2023年底"))
M.append(mnf(DL, uniq("到2024年底，县级非涉密政务信息系统"), "near-term goal; equal to tasks 19/43 (2024年建成), 48 (2024年), 86 (2024年), 105 (2024年)", "到2024年底"))
M.append(mnf(DL, uniq("到2025年，全县数字政府建设"), "equal to the regional goal 到2025年 “34567”体系框架全面成型", "到2025年"))
M.append(mnf(DL, uniq("到2035年，与政府治理能力现代化"), "equal to the regional goal 到2035年", "到2035年"))
M.append(mnf(DL, uniq("1.参照自治区做法"), "2024年6月底 is earlier than task 64 (各地各部门参照自治区做法成立组织机构; 2025年); task 60 (充实自治区领导小组, 2023年) is the region's own body, handled by 自治区政府办公厅", "2024年6月底"))
M.append(mnf(DL, uniq("2.按照自治区、市、县、乡、村"), "2024年12月底, earlier than task 64 (2025年); no regional task with an earlier date for 层级职责", "2024年12月底"))
M.append(mnf(DL, uniq("3.主动融入全国一体化算力网络"), "equal: task 3 智慧园区 and task 1 (持续推进，2025年取得明显成效)", "2025年底取得明显成效"))
M.append(mnf(DL, uniq("4.推动数字技术与教育"), "copied from tasks 6 and 8 (持续推进，2025年取得明显成效); task 7 (2023年形成试点经验，2025年取得明显成效) completes in 2025 too", "持续推进，2025年取得明显成效"))
M.append(mnf(DL, uniq("5.推进数字乡村建设"), "2025年6月底 earlier than or equal to task 10 (持续推进，2025年取得明显成效) and task 11 (2023年完成主要建设任务，2025年取得明显成效)", "2025年6月底"))
M.append(mnf(DL, uniq("6.配合培育数据要素市场"), "equal: task 12 (2025年)", "2025年底"))
M.append(mnf(DI, uniq("7.建立健全动态监控"), "copied regional deadline of task 18 (2023年形成机制，长期坚持) lying before the plan's year; not impossible and not later", "2023年形成机制，长期坚持"))
M.append(mnf(DL, uniq("8.推动各类行政权力事项网上运行"), "equal: task 21 (2024年); earlier than task 22 审管协同 (2025年)", "2024年12月底"))
M.append(mnf(DL, uniq("9.围绕数字政府建设重点领域"), "equal: task 28 (2023年启动，2025年取得明显成效)", "2025年取得明显成效"))
M.append(mnf(DL, uniq("10.配合自治区建设完善人口"), "equal: tasks 33 and 34 (2024年)", "2024年12月底"))
M.append(mnf(DL, uniq("11.规范电子公文全流程管理"), "equal: tasks 40 and 54 (2024年)", "2024年12月底"))
M.append(mnf(DL, uniq("12.推进县级现有政务信息系统"), "copied from task 43 (2024年建成，持续推进); task 19 (2023年启动，2024年建成), task 46 (2024年)", "2024年建成，持续推进"))
M.append(mnf(DL, uniq("14.依托全区统一的视频共享平台"), "earlier: task 49 (2025年)", "2025年6月底"))
M.append(mnf(DL, uniq("15.深化电子证照"), "equal: task 52 (2025年) and task 56 (2025年)", "2025年底"))
M.append(mnf(DL, uniq("16.积极对接使用宏观经济"), "equal: task 66 (2025年)", "2025年底"))
M.append(mnf(DL, uniq("17.落实企业信用风险分类管理"), "equal: tasks 70 and 71 (2024年)", "2024年12月底"))
M.append(mnf(DL, uniq("18.完善行政复议"), "earlier: tasks 77 and 79 (2024年)", "2024年10月底"))
M.append(mnf(DL, uniq("19.推进“智慧应急”建设"), "equal: task 80 (2024年)", "2024年12月底"))
M.append(mnf(DL, uniq("20.实施“互联网+基层治理”行动"), "equal: task 83 (2025年)", "2025年底"))
M.append(mnf(DL, uniq("21.迭代升级“我的宁夏”"), "equal: tasks 86 and 89 (2024年)", "2024年12月底"))
M.append(mnf(DL, uniq("22.完成县政府网站"), "earlier: task 93 (2024年)", "2024年9月底"))
M.append(mnf(DL, uniq("23.持续做好生态环境质量监测"), "equal: tasks 94 and 98 (2024年)", "2024年12月底"))
M.append(mnf(DL, uniq("25.推广使用全区统一的协同办公平台"), "equal: tasks 104 and 105 (2024年)", "2024年12月底"))
M.append(mnf(DL, uniq("26.统筹整合县级非涉密视频会议"), "equal: tasks 107 and 111 (2025年)", "2025年底"))
M.append(mnf(DL, uniq("27.推进公共资源交易全流程"), "copied from task 108 (长期推进，2024年取得明显成效)", "长期推进，2024年取得明显成效"))
M.append(mnf(DL, uniq("28.进一步完善县政府网站"), "equal: tasks 112 and 114 (2024年)", "2024年12月底"))
M.append(mnf(DL, uniq("2024年度所需资金"), "budget year, not a deadline", "2024年度"))
M.append(mnf(DL, uniq("于次月5日前报县人民政府"), "the office's own reporting dates", "次月5日前"))
M.append(mnf(MP, 0, "数字生态 is taken up (task 6, line %d) under its own heading" % uniq("6.配合培育数据要素市场")))
M.append(mnf(MP, 0, "五个一 / 六级贯通 work system is taken up in section 二 (lines %d-%d)" % (uniq("二、健全“五个一”"), uniq("2.按照自治区、市、县、乡、村"))))

covers = []
def cov(task, s): covers.append({"task": task, "line": uniq(s)})
cov(1, "3.主动融入全国一体化算力网络"); cov(3, "3.主动融入全国一体化算力网络")
cov(6, "4.推动数字技术与教育"); cov(7, "4.推动数字技术与教育"); cov(8, "4.推动数字技术与教育")
cov(10, "5.推进数字乡村建设"); cov(11, "5.推进数字乡村建设"); cov(12, "6.配合培育数据要素市场")
cov(14, "落实各乡镇、各部门数字政府建设安全"); cov(15, "落实各乡镇、各部门数字政府建设安全"); cov(18, "7.建立健全动态监控")
cov(21, "8.推动各类行政权力事项网上运行"); cov(24, "健全县级政务信息化项目统筹管理机制"); cov(28, "9.围绕数字政府建设重点领域")
cov(32, "明确县级数据管理机构"); cov(36, "明确县级数据管理机构")
cov(33, "10.配合自治区建设完善人口"); cov(34, "10.配合自治区建设完善人口"); cov(40, "11.规范电子公文全流程管理"); cov(54, "11.规范电子公文全流程管理")
cov(19, "12.推进县级现有政务信息系统"); cov(43, "12.推进县级现有政务信息系统"); cov(48, "13.开展县级城域网升级改造"); cov(50, "13.开展县级城域网升级改造")
cov(49, "14.依托全区统一的视频共享平台"); cov(52, "15.深化电子证照"); cov(56, "15.深化电子证照")
cov(64, "1.参照自治区做法"); cov(66, "16.积极对接使用宏观经济"); cov(70, "17.落实企业信用风险分类管理"); cov(71, "17.落实企业信用风险分类管理")
cov(77, "18.完善行政复议"); cov(79, "18.完善行政复议"); cov(80, "19.推进“智慧应急”建设"); cov(83, "20.实施“互联网+基层治理”行动")
cov(86, "21.迭代升级“我的宁夏”"); cov(89, "21.迭代升级“我的宁夏”"); cov(93, "22.完成县政府网站")
cov(94, "23.持续做好生态环境质量监测"); cov(98, "23.持续做好生态环境质量监测"); cov(96, "24.深化“互联网+城乡供水”")
cov(104, "25.推广使用全区统一的协同办公平台"); cov(105, "25.推广使用全区统一的协同办公平台"); cov(107, "26.统筹整合县级非涉密视频会议"); cov(111, "26.统筹整合县级非涉密视频会议")
cov(108, "27.推进公共资源交易全流程"); cov(112, "28.进一步完善县政府网站"); cov(114, "28.进一步完善县政府网站")
cov(116, "（一）加强组织领导。"); cov(25, "（二）加大财政投入。"); cov(118, "（三）提升数字素养。"); cov(122, "（四）强化考核评价。"); cov(123, "（四）强化考核评价。"); cov(124, "（四）强化考核评价。")

# every text must be on its line
for e in expect + M:
    if e["line"] and e.get("text"):
        assert e["text"] in L[e["line"] - 1], e

key = {
  "writer": "blind writer, round 246; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-06",
  "draft": "draft.txt",
  "baseline": "ningxia-2023",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2024,
  "expect": expect,
  "mustNotFlag": M,
  "covers": covers,
  "notes": "海原县 (中卫市) 数字政府建设实施方案 issued 2024-05-17 (海政发〔2024〕23号), preceded by an excerpt of the 县政府第31次常务会议 minutes of 2024-05-08 (lines 1-14) and the issuing notice (lines 15-21). No parent plan: the plan only says 按照中卫市委、市政府工作部署 and cites no city plan. Two planted mistakes are in the minutes (line 8 wrong title, line 10 2026年底). Responsibility notes are inline （牵头单位：…；配合单位：…；完成时限：…）. Tasks whose regional deadline is 2023 (14, 15, 17, 30, 32, 36, 24) are deliberately taken up only in undated prose, so no county deadline is compared with them; the one exception is line 50, which copies task 18's '2023年形成机制，长期坚持'. 20225年 (line 78) is a typo for 2025年 and should be reported as invalid only."
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers))
