# helper: builds key.json and checks every line number against draft.txt
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
def ln(s, nth=1):
    hits = [i+1 for i,l in enumerate(lines) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth-1]
def chk(e):
    if e["line"] and "text" in e:
        assert e["text"] in lines[e["line"]-1], e
    return e
CONT = ("the draft frames this as continuation of work whose regional milestone already lies before the plan year "
        "(持续推进/巩固提升/全年持续推进); the 2025 date is for consolidation or the annual round, not the milestone that completes "
        "the task, so it is not later than the region")
expect = [
 {"rule":"basis-mismatch","line":ln("宁政发〔2022〕17号"),"text":"宁政发〔2022〕17号",
  "why":"the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); 〔2022〕 is a wrong 文号 for that title"},
 {"rule":"deadline-later-than-baseline","line":ln("2026年6月底前"),"text":"2026年6月底前",
  "why":"数字乡村建设 = task 10, 完成时限 '持续推进，2025年取得明显成效'; 2026年6月底前 is later (and outside the 2025 work-points year)"},
 {"rule":"deadline-later-than-baseline","line":ln("9月底前实现三级电子政务外网全覆盖"),"text":"2025年9月底前",
  "why":"城域网/外网延伸 区市县乡村5级全覆盖 = task 48, 完成时限 2024年 (各市、县（区）具体负责); the point sets the completing milestone ('实现三级电子政务外网全覆盖') in 2025, later than the region; line 13 confirms only 92% coverage was reached in 2024"},
 {"rule":"deadline-invalid","line":ln("2024年10月底前"),"text":"2024年10月底前",
  "why":"a deadline before the year of the document (2025 work points issued 2025-03-12); task 107 (视频会议平台) is due 2025, so this is a copy slip from last year's 要点, not a late deadline"},
 {"rule":"unknown-unit","line":ln("区大数据局牵头"),"text":"区大数据局",
  "why":"no such district body; units.txt lists 区大数据服务中心 (alias 区大数据中心) only"},
 {"rule":"unknown-unit","line":ln("自治区公共资源交易管理局牵头"),"text":"自治区公共资源交易管理局",
  "why":"a regional body named as the lead (牵头) of a local task; copied from task 100's 责任单位"},
 {"rule":"garbled-text","line":ln("鎺ヨ瘔鍗冲姙"),"text":"鎺ヨ瘔鍗冲姙",
  "why":"UTF-8 bytes read as GBK; re-encoding as GBK and decoding as UTF-8 gives 接诉即办工作机制"},
]
M = []
def m(rule, key, why, text=None, nth=1):
    e = {"rule":rule, "line":ln(key, nth), "why":why}
    if text: e["text"] = text
    M.append(chk(e))
# basis
m("basis-mismatch","国发〔2022〕14号","correct title and 文号 of the national 指导意见","国发〔2022〕14号")
m("basis-mismatch","宁政办发〔2023〕11号","《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited with the same title and 文号 in the 吴忠 plan; correct, only not in the baseline","宁政办发〔2023〕11号")
m("basis-mismatch","宁政办发〔2020〕14号","retrospective mention of the 2020 regional 工作要点 in the background (自2020年…以来), correct title and 文号; not cited as a basis","宁政办发〔2020〕14号")
m("basis-mismatch","金政办发〔2025〕9号","the document's own 文号 in the notice header, not a basis citation","金政办发〔2025〕9号")
# past dates in the background
m("deadline-invalid","2024年6月底前完成区级政务数据资源目录","2024 achievement in the 工作基础 background, a past date, not a deadline","2024年6月底前")
m("deadline-invalid","2024年11月，区级政策文件库","2024 achievement in the background","2024年11月")
m("deadline-invalid","2024年底前完成12个系统信创适配","2024 achievement in the background (past date with 底前)","2024年底前")
m("deadline-invalid","在2024年完成区级政务数据资源目录编制","retrospective 'on the basis of what was done in 2024'; the point's own date is 2025","2024年")
m("deadline-invalid","在2024年建成区级政策文件库","retrospective 'on the basis of what was built in 2024'; the point's own date is 全年持续推进","2024年")
m("deadline-later-than-baseline","2024年10月底前","2024年10月底前 is earlier than task 107's 2025年, so not late; it is only deadline-invalid (in expect)","2024年10月底前")
# goal
m("deadline-later-than-baseline","到2025年底，全区数字政府建设","主要目标 goal: regional 到2025年 '34567'体系框架全面成型; 到2025年底 is equal","到2025年底")
# reporting dates of the office
m("deadline-later-than-baseline","全年工作总结于2026年1月10日前","the office's own reporting date for the annual summary after year end, not a task deadline","2026年1月10日前")
m("deadline-invalid","于每月25日前将当月工作进展","the office's monthly/quarterly reporting dates (每月25日前, 每季度最后一个月20日前, 每季度首月5日前), not task deadlines","每月25日前")
m("deadline-later-than-baseline","于每季度首月10日前报区大数据服务中心","quarterly reporting date of the data-demand list within task 36's continuation; not a deadline","每季度首月10日前")
m("deadline-later-than-baseline","于4月15日前报区政府办公室","reporting date for each unit's annual plan (task 116, 2023完成并长期坚持); not a late deadline","4月15日前")
# units
m("unknown-unit","报银川市大数据管理服务局","a 银川市 body named as the one the district reports to, not a responsible unit; listed in units.txt","银川市大数据管理服务局")
m("unknown-unit","报银川市数字政府建设领导小组办公室","the city body the district office reports to; listed in units.txt","银川市数字政府建设领导小组办公室")
m("unknown-unit","区委组织部、宣传部，区委党校","prefix 区委 distributes: 宣传部 = 区委宣传部 (in units.txt)","宣传部")
m("unknown-unit","区发展改革局按职责分别负责","official short names in units.txt: 区发展改革局 = 区发展和改革局, 区科技局 = 区科学技术局","区发展改革局")
m("unknown-unit","区大数据中心统筹指导","alias of 区大数据服务中心 in units.txt","区大数据中心")
m("unknown-unit","金凤公安分局、区大数据服务中心配合","alias of 银川市公安局金凤区分局 in units.txt","金凤公安分局")
m("unknown-unit","良田镇、丰登镇具体负责","aliases of 良田镇人民政府, 丰登镇人民政府 in units.txt","良田镇")
m("unknown-unit","银川市生态环境局金凤分局牵头","city branch office seated in the district, listed in units.txt; legitimately leads the district's eco-environment point","银川市生态环境局金凤分局")
m("unknown-unit","各街道办事处配合","collective subject","各街道办事处")
m("unknown-unit","区直各部门（单位）、各镇（街道）分别负责","collective subjects 区直各部门（单位）, 各镇（街道）","各镇（街道）")
m("unknown-unit","区直有关部门配合；完成时限：2025年9月底前","collective subject","区直有关部门")
m("unknown-unit","配合自治区市场监管厅和银川市有关部门","a regional body and a city collective named in the task text as partners the district cooperates with, not as responsible units or leads","自治区市场监管厅")
# earlier / equal deadlines
m("deadline-later-than-baseline","1.提升智慧园区服务水平","task 3 (智慧园区), 完成时限 '持续推进，2025年取得明显成效'; 2025年12月底前 is equal","2025年12月底前")
m("deadline-later-than-baseline","2.服务数字产业集群发展","task 1 (算力枢纽/西部数谷), '持续推进，2025年取得明显成效'; equal","2025年12月底前")
m("deadline-later-than-baseline","3.完善数字经济治理机制","task 5 (数字经济治理), '持续推进，2025年取得明显成效'; 2025年11月底前 is earlier","2025年11月底前")
m("deadline-later-than-baseline","4.推进公共服务数字化","task 6 (各市、县（区）负责), '持续推进，2025年取得明显成效'; equal","2025年12月底前")
m("deadline-later-than-baseline","5.深化智慧教育应用","task 7, '2023年形成试点经验，2025年取得明显成效'; 2025年11月底前 is earlier than the completing milestone","2025年11月底前")
m("deadline-later-than-baseline","6.推进“互联网+医疗健康”","task 8, '持续推进，2025年取得明显成效'; equal","2025年12月底前")
m("deadline-later-than-baseline","7.推进“一网统管”延伸应用","task 9, '持续推进，2025年取得明显成效'; 2025年10月底前 is earlier","2025年10月底前")
m("deadline-later-than-baseline","9.培育数据要素市场主体","task 12, 2025年; equal","2025年12月底前")
m("deadline-later-than-baseline","15.深化审管联动","task 22 (审管协同), 2025年; equal","2025年12月底前")
m("deadline-later-than-baseline","16.开展试点示范","task 28, '2023年启动，2025年取得明显成效'; 2025年9月底前 is earlier","2025年9月底前")
m("deadline-later-than-baseline","22.整合视频资源","task 49 (视频一张网), 2025年; 2025年10月底前 is earlier","2025年10月底前")
m("deadline-later-than-baseline","23.拓展电子证照社会化应用","task 52 (电子证照 社会化高频场景), 2025年; equal. Not task 85 (2023, 免证办 in 政务服务): this point is about 就医上学/酒店入住/招标投标 social scenarios, task 52's wording","2025年12月底前")
m("deadline-later-than-baseline","24.推进非税收入收缴电子化","task 56, 2025年; equal","2025年12月底前")
m("deadline-later-than-baseline","25.健全组织机构","task 64 (各地各部门参照自治区做法成立组织机构, 各市、县（区）负责), 2025年; 2025年3月底前 is earlier. Not task 60 (2023, 充实自治区领导小组, 自治区政府办公厅 only)","2025年3月底前")
m("deadline-later-than-baseline","28.加强经济运行监测","task 66 ('三维一体' 经济运行大数据平台, 各市、县（区）配合), 2025年; equal","2025年12月底前")
m("deadline-later-than-baseline","30.深化“互联网+基层治理”","task 83, 2025年; equal","2025年12月底前")
m("deadline-later-than-baseline","31.推进智慧社区建设","body text 智慧社区 / task 83 (2025年); 2025年11月底前 is earlier","2025年11月底前")
m("deadline-later-than-baseline","33.推进“多码合一”","task 92, 2025年; equal","2025年12月底前")
m("deadline-later-than-baseline","34.提升12345热线办理质效","task 87 (12345 '一呼即应'), '2023年启动，2025年完成'; equal. Not task 115 (2024, 政民互动和民意转办平台)","2025年12月底前")
m("deadline-later-than-baseline","35.推进“互联网+城乡供水”","task 96, 2025年; 2025年9月底前 is earlier","2025年9月底前")
m("deadline-later-than-baseline","36.加强生态环境数字化监管","tasks 95 and 102, 2025年; equal","2025年12月底前")
m("deadline-later-than-baseline","37.推进资源要素交易平台应用","task 100, 2025年; the date is equal (the line's mistake is the unit, in expect)","2025年12月底前")
m("deadline-later-than-baseline","38.推进基层填表报数减负","task 106, 2025年; the date is equal (the line's mistake is the unit, in expect)","2025年12月底前")
m("deadline-later-than-baseline","40.推进机关事务数字化管理","task 111, 2025年; equal","2025年12月底前")
# continuation of tasks dated 2023 (and a few dated 2024) in the regional list
m("deadline-later-than-baseline","11.持续压实安全责任","tasks 14 and 15, 2023年; "+CONT,"全年持续推进")
m("deadline-later-than-baseline","12.落实安全制度要求","task 17, 2023年; "+CONT+" (the annual 等保测评/密评 round of 2025)","2025年6月底前")
m("deadline-later-than-baseline","13.提升安全防护能力","task 18, '2023年形成机制，长期坚持'; ongoing task, the 2025 date is the year's drill","2025年11月底前")
m("deadline-later-than-baseline","14.严格政务信息化项目管理","tasks 24 and 25, 2023年; "+CONT,"全年持续推进")
m("deadline-later-than-baseline","17.巩固提升数据资源“一本账”","task 30 (一本账), 2023年; "+CONT+"; line 12 records the catalogue done in 2024","2025年12月底前")
m("deadline-later-than-baseline","18.健全数据管理机制","task 32, 2023年; "+CONT,"全年持续推进")
m("deadline-later-than-baseline","19.深化数据供需对接","task 36, 2023年; "+CONT,"全年持续推进")
m("deadline-later-than-baseline","20.推进政务云集约使用","task 43, '2024 年建成，持续推进' (ongoing flag); continuation","全年持续推进")
m("deadline-later-than-baseline","29.提升监管协同化水平","tasks 68 and 72, 2023年; "+CONT,"全年持续推进")
m("deadline-later-than-baseline","32.持续深化“高效办成一件事”","task 85, 2023年; "+CONT+"; line 13 records 16 事项 done in 2024","2025年12月底前")
m("deadline-later-than-baseline","41.持续提升政府信息公开水平","task 112, 2024年; continuation of the 政策文件库 built in 2024 (line 13/75), no new completing milestone","全年持续推进")
m("deadline-later-than-baseline","42.巩固提升政务新媒体矩阵","task 114, 2024年; continuation of the matrix formed in 2024 (line 13)","全年持续推进")
m("deadline-later-than-baseline","43.加强组织领导","task 116, '2023年完成并长期坚持'; 长期坚持","长期坚持")
m("deadline-later-than-baseline","44.加大财政投入","task 25, 2023年; "+CONT,"全年持续推进")
m("deadline-later-than-baseline","45.提升数字素养","task 118, '2023年完成并长期坚持'; ongoing, the 2025 date is the year's training round","2025年11月底前")
m("deadline-later-than-baseline","46.强化考核评价","tasks 121 (长期坚持), 123 ('2023 年完成，长期坚持'), 124 ('2023 年形成机制，长期坚持'); ongoing, the 2025 date is the year's assessment","2025年12月底前")
m("deadline-later-than-baseline","27.完善工作机制","the office's internal task ledger for this document (月调度、季通报), no regional task with an earlier completing milestone (closest: task 121 '长期坚持', task 124 '2023年形成机制，长期坚持'); 2025年4月底前 plus 全年持续推进","2025年4月底前")
# pillars covered by content
M.append({"rule":"missing-pillar","line":0,"pillar":"五个一和六级贯通","why":"section 四 (lines 50-53): 健全组织机构, 厘清层级职责, 工作机制"})
M.append({"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"section 二（三） lines 28-30: 数据要素市场, 网络生态"})
M.append({"rule":"missing-pillar","line":0,"pillar":"财政投入","why":"point 44 (line 79)"})
covers = [(1,"2.服务数字产业"),(3,"1.提升智慧园区"),(5,"3.完善数字经济"),(6,"4.推进公共服务"),(7,"5.深化智慧教育"),
 (8,"6.推进“互联网+医疗"),(9,"7.推进“一网统管”"),(10,"8.推进数字乡村"),(12,"9.培育数据要素"),(14,"11.持续压实"),
 (15,"11.持续压实"),(17,"12.落实安全制度"),(18,"13.提升安全防护"),(22,"15.深化审管联动"),(24,"14.严格政务信息化"),
 (28,"16.开展试点示范"),(30,"17.巩固提升数据"),(32,"18.健全数据管理"),(36,"19.深化数据供需"),(43,"20.推进政务云"),
 (48,"21.完善电子政务外网"),(49,"22.整合视频资源"),(52,"23.拓展电子证照"),(56,"24.推进非税"),(64,"25.健全组织机构"),
 (66,"28.加强经济运行"),(68,"29.提升监管协同"),(72,"29.提升监管协同"),(83,"30.深化“互联网+基层"),(85,"32.持续深化"),
 (87,"34.提升12345"),(92,"33.推进“多码合一”"),(95,"36.加强生态环境"),(96,"35.推进“互联网+城乡"),(100,"37.推进资源要素"),
 (102,"36.加强生态环境"),(106,"38.推进基层填表"),(107,"39.整合视频会议"),(111,"40.推进机关事务"),(112,"41.持续提升政府"),
 (114,"42.巩固提升政务新媒体"),(116,"43.加强组织领导"),(25,"44.加大财政投入"),(118,"45.提升数字素养"),(121,"46.强化考核"),
 (123,"46.强化考核"),(124,"46.强化考核")]
key = {
 "writer":"blind writer, round 275; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-06",
 "draft":"draft.txt",
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2025,
 "expect":[chk(e) for e in expect],
 "mustNotFlag":M,
 "covers":[{"task":t,"line":ln(s)} for t,s in covers],
 "notes":("A one-year 工作要点 of 银川市金凤区 (a district of 银川市) for 2025, issued 2025-03-12, checked against 宁政发〔2023〕17号 and its 124-task list; "
  "no 银川 city plan is in the seeds, so parents is empty. Every point has an inline (责任单位：…；完成时限：…). "
  "How to treat continuation points: many regional tasks are dated 2023 (a few 2024) and were done before the plan year; the district carries them on in 2025 "
  "with 持续推进/巩固提升/全年持续推进/长期坚持 wording and sometimes a 2025 date for the year's round (lines 33-35, 37, 41-43, 45, 58, 63, 75-76, 78-81). "
  "A reviewer should not flag these as later than the region: the completing milestone lies before the plan year and the 2025 date belongs to consolidation or an annual round (the ongoing flag). "
  "The contrast is line 46: task 48 (2024) whose completing milestone ('实现三级电子政务外网全覆盖') the district itself sets in 2025 — that is late. "
  "Reporting dates in lines 43, 78 and 84 (monthly, quarterly, 4月15日前, 2026年1月10日前 for the annual summary) are the office's own and not task deadlines. "
  "银川市 bodies appear only as report-to targets (lines 43, 84) and as city branch offices seated in the district; they are in units.txt. "
  "units.txt is the district office's own registry.")
}
json.dump(key, open("key.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(key["covers"]), "covers")
for e in expect: print(e["rule"], e["line"], e["text"])
