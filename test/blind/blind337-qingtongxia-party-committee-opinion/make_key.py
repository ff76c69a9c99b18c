# helper: writes key.json and checks every line/text pair against draft.txt (1-based)
import json
D = open("draft.txt", encoding="utf-8").read().split("\n")
def ln(line, text):
    assert text in D[line-1], (line, text, D[line-1][:60])
    return line
G = "政务数据供需对接机制".encode("utf-8").decode("gbk")

expect = [
 {"rule":"basis-mismatch","line":ln(4,"关于加快推进数字政府建设的实施方案"),"text":"关于加快推进数字政府建设的实施方案",
  "why":"the parent plan is 吴忠市人民政府《关于加强数字政府建设的实施方案》 (seed wuzhong-2023, 2023-11-27); 加快推进 written for 加强 — wrong title (the slip copies the wording of this document's own title)"},
 {"rule":"deadline-later-than-baseline","line":ln(15,"到2026年"),"text":"2026年",
  "why":"主要目标: the framework goal (体系框架全面成型, 工作体制逐步健全、管理机制趋于成熟…) is 到2025年 in 宁政发〔2023〕17号 and 到2025年 in the 吴忠 plan (“1347”体系框架全面成型); 2026 is later than both"},
 {"rule":"deadline-later-than-baseline","line":ln(70,"2025年6月底前"),"text":"2025年6月底前",
  "why":"适老化与信息无障碍建设 is task 93, 完成时限 2024年; 公共场馆数字化 and 移动入口接入“我的宁夏” is task 90, 完成时限 2024年; 2025年6月 is later"},
 {"rule":"deadline-invalid","line":ln(56,"20244年底前"),"text":"20244年",
  "why":"impossible year (a doubled digit for 2024年); the tasks on this line are 57 and 58, both 完成时限 2024年"},
 {"rule":"unknown-unit","line":ln(34,"市网信局"),"text":"市网信局",
  "why":"no such body: not in units.txt; the city's 网信 body is 市委网信办 (a Party body), there is no government 网信局"},
 {"rule":"garbled-text","line":ln(47,G[:6]),"text":G[:6],
  "why":"UTF-8 bytes of 政务数据供需对接机制 read as GBK (" + G + "); GBK-encode and UTF-8-decode recovers it"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line, "why": why}
    if text is not None:
        assert text in D[line-1], (line, text)
        e["text"] = text
    else:
        assert 0 <= line <= len(D)
    M.append(e)

# basis
m("basis-mismatch",2,"the document's own title (关于加快推进数字政府建设的实施意见), not a citation of a basis document","关于加快推进数字政府建设的实施意见")
m("basis-mismatch",4,"correct national basis: title and 文号 belong together","国发〔2022〕14号")
m("basis-mismatch",4,"correct regional basis: 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号","宁政发〔2023〕17号")
m("basis-mismatch",4,"《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） cited exactly as the 吴忠 plan cites it","宁政办发〔2023〕11号")
m("basis-mismatch",5,"retrospective mention of the 2020 工作要点 with its correct 文号 (自2020年以来…按照…); not cited as the basis of this document","宁政办发〔2020〕14号")
m("basis-mismatch",92,"the document calling itself 本意见 (it is a 实施意见), not a citation","本意见")
m("basis-mismatch",93,"closing clause 本意见自印发之日起施行","本意见")
# dates that are not deadlines or are fine
m("deadline-invalid",3,"the date of the document itself (2024-03-18)","2024年3月18日")
m("deadline-invalid",5,"past dates in the background (自2020年以来, 2023年 achievements), not deadlines","2023年")
m("deadline-invalid",92,"the office's own recurring reporting dates (每年6月20日、12月20日前), not task deadlines","6月20日")
m("deadline-later-than-baseline",92,"the office's own reporting dates, no regional counterpart","12月20日")
# goals
m("deadline-later-than-baseline",14,"2024 goals match tasks 46 (政务信息系统迁移, 2024年), 48 (外网5级全覆盖, 2024年), 86 (“我的宁夏”应上尽上, 2024年): equal","到2024年底")
m("deadline-later-than-baseline",16,"2035 goal equal to the region's (到2035年) and the 吴忠 plan's (到2035年)","到2035年")
# task deadlines equal or earlier
m("deadline-later-than-baseline",19,"task 64 (各地参照自治区做法成立组织机构) 完成时限 2025年 and task 61 (机构和职能整合) 2025年; 2024年底 is earlier","2024年底前")
m("deadline-later-than-baseline",24,"task 2 (产业云, 与政务云互联互通) 完成时限 2023年启动，2024年取得明显成效: equal","2024年取得明显成效")
m("deadline-later-than-baseline",25,"task 3 (智慧园区) 完成时限 持续推进，2025年取得明显成效: equal","2025年取得明显成效")
m("deadline-later-than-baseline",27,"task 5 (数字经济治理体系) 完成时限 持续推进，2025年取得明显成效: equal","2025年取得明显成效")
m("deadline-later-than-baseline",29,"task 6 and task 8: 持续推进，2025年取得明显成效; task 7 (智慧教育) 2023年形成试点经验，2025年取得明显成效 — completing milestone 2025: equal","2025年取得明显成效")
m("deadline-later-than-baseline",30,"task 9 (智慧城市, 一网统管, 城市信息模型) 持续推进，2025年取得明显成效: equal","2025年取得明显成效")
m("deadline-later-than-baseline",31,"task 10 (数字乡村) 持续推进，2025年取得明显成效; task 11 (数字供销) 2023年完成主要建设任务，2025年取得明显成效: equal","2025年取得明显成效")
m("deadline-later-than-baseline",33,"task 12 (数据要素市场, 数据产权交易机制) 完成时限 2025年: equal","2025年")
m("deadline-later-than-baseline",39,"task 18 (动态监控、主动防御、协同响应; 常态化安全防护和应急演练) 2023年形成机制，长期坚持; 长期坚持 has no later milestone","长期坚持")
m("deadline-later-than-baseline",41,"task 20 (梳理数字化发展职责, 优化机构内部设置) 完成时限 2024年: equal","2024年底前")
m("deadline-later-than-baseline",42,"task 21 (行政权力事项网上运行) 2024年: equal; task 22 (审管协同) 2025年: earlier","2024年底前")
m("deadline-later-than-baseline",44,"task 28 (试点示范) 2023年启动，2025年取得明显成效; the completing milestone 2025 is equal (only the start year differs, and a 2024 document cannot start in 2023)","2025年取得明显成效")
m("deadline-later-than-baseline",48,"tasks 41 (公共数据开放目录/平台) and 42 (公共数据与政务数据融合) 完成时限 2024年: equal","2024年底前")
m("deadline-later-than-baseline",49,"tasks 40 (电子公文管理) and 54 (电子文件归档) 完成时限 2024年: equal","2024年底前")
m("deadline-later-than-baseline",51,"task 46 (政务信息系统有序迁移) 2024年, task 43 (政务信创云) 2024年建成，持续推进, task 19 2023年启动，2024年建成: equal","2024年底前")
m("deadline-later-than-baseline",52,"task 48 (城域网升级改造, 5级全覆盖, 向企事业单位拓展) 2024年, task 50 (专网整合) 2024年, task 47 2024年: equal","2024年底前")
m("deadline-later-than-baseline",53,"task 49 (视频共享平台, 视频一张网) 完成时限 2025年: equal","2025年底前")
m("deadline-later-than-baseline",55,"task 52 (电子证照社会化高频场景) 2025年 and task 56 (非税收入收缴电子化) 2025年: equal","2025年底前")
m("deadline-later-than-baseline",63,"task 77 (矛盾纠纷多元化解信息系统) 完成时限 2024年: equal","2024年底前")
m("deadline-later-than-baseline",64,"task 79 (雪亮工程) 2024年 and task 80 (智慧应急) 2024年: equal","2024年底前")
m("deadline-later-than-baseline",65,"task 83 (互联网+基层治理) 完成时限 2025年: equal","2025年")
m("deadline-later-than-baseline",67,"task 84 (一体化政务服务体系, 网上办掌上办就近办一次办) 2024年 and task 86 (“我的宁夏”应上尽上) 2024年: equal","2024年底前")
m("deadline-later-than-baseline",69,"task 88 (证照分离, 电子营业执照) 2024年 and task 89 (企业专属网页, 惠企政策) 2024年: equal","2024年底前")
m("deadline-later-than-baseline",73,"task 96 (互联网+城乡供水) 完成时限 2025年: equal","2025年底前")
m("deadline-later-than-baseline",74,"task 97 (自然资源“一张图”) 2024年 and task 98 (智慧林草) 2024年: 2024年6月 is earlier","2024年6月底前")
m("deadline-later-than-baseline",75,"task 101 (碳排放监测核算) 2025年 and task 102 (绿色低碳转型) 2025年: equal","2025年")
m("deadline-later-than-baseline",77,"task 103 (大数据辅助科学决策) 完成时限 2024年: equal","2024年底前")
m("deadline-later-than-baseline",78,"tasks 104 (协同办公平台) and 105 (宁政通) 2024年: equal; task 106 (填表报数) 2025年: earlier","2024年底前")
m("deadline-later-than-baseline",79,"task 107 (视频会议平台) 2025年 and task 111 (机关事务管理) 2025年: equal","2025年")
m("deadline-later-than-baseline",82,"tasks 112 (政务公开平台) and 113 (政策“一库通查”) 完成时限 2024年: equal","2024年底前")
m("deadline-later-than-baseline",83,"task 114 (政务新媒体矩阵) 完成时限 2024年: equal","2024年底前")
m("deadline-later-than-baseline",84,"task 115 (政民互动, 政府信息知识库) 完成时限 2024年: equal","2024年底前")
m("deadline-later-than-baseline",87,"task 116 (一把手工程) 2023年完成并长期坚持: 长期坚持 adds no later milestone","长期坚持")
m("deadline-later-than-baseline",89,"task 118 (干部数字治理能力培训, 党校) 2023年完成并长期坚持: 长期坚持 adds no later milestone","长期坚持")
m("deadline-later-than-baseline",90,"tasks 121 (长期坚持), 122 and 123 (2023年完成，长期坚持), 124 (2023年形成机制，长期坚持): no later milestone","长期坚持")
# units
m("unknown-unit",49,"Party body named as the Party writes it; in units.txt","市委办公室")
m("unknown-unit",78,"Party body named as the Party writes it; in units.txt","市委办公室")
m("unknown-unit",90,"市委办公室 and 市委组织部 are Party bodies in units.txt","市委组织部")
m("unknown-unit",83,"Party body named as the Party writes it; in units.txt","市委宣传部")
m("unknown-unit",91,"Party body named as the Party writes it; in units.txt","市委宣传部")
m("unknown-unit",19,"市委编办 (official short name of 市委机构编制委员会办公室) and 市委网信办, both in units.txt","市委编办")
m("unknown-unit",41,"市委编办, in units.txt","市委编办")
m("unknown-unit",89,"市委组织部 and 市委党校, both in units.txt","市委党校")
m("unknown-unit",53,"市委政法委, in units.txt","市委政法委")
m("unknown-unit",87,"collective subject: the township Party committees and governments","各乡镇党委和政府")
m("unknown-unit",37,"collective subject","各级党委和政府")
m("unknown-unit",87,"collective subject","各级党委和政府")
m("unknown-unit",19,"collective subjects 市直各部门（单位） and 各镇人民政府","各镇人民政府")
m("unknown-unit",52,"collective subjects 各镇人民政府 and 市直有关部门","市直有关部门")
m("unknown-unit",61,"collective subject, the local form of 承担监管职责的自治区有关部门（单位）","承担监管职责的市直有关部门")
m("unknown-unit",69,"alias of 市发展改革局 listed in units.txt","市发改局")
m("unknown-unit",88,"alias of 市发展改革局 listed in units.txt","市发改局")
m("unknown-unit",29,"alias of 市人力资源社会保障局 listed in units.txt","市人社局")
m("unknown-unit",60,"alias of 市卫生健康局 listed in units.txt","市卫健局")
m("unknown-unit",72,"吴忠市 body stationed in the city, listed in units.txt","吴忠市生态环境局青铜峡分局")
m("unknown-unit",24,"park management committee, listed in units.txt","青铜峡工业园区管委会")
m("unknown-unit",27,"市委网信办 named correctly (the planted 市网信局 is only on line 34)","市委网信办")
# pillars
m("missing-pillar",0,"五个一/六级贯通 is taken up as 健全“一套体系” (lines 17-21: 健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制)")
m("missing-pillar",0,"all four 党的领导 items are present: 组织领导 (87), 财政投入 (88), 数字素养 (89), 考核评价 (90)")
m("missing-pillar",0,"数字生态 is present (lines 32-34), though short")
# garbled
m("garbled-text",4,"“1244+N” with ordinary curly quotes is not damage","1244+N")

covers_pairs = [(2,24),(3,25),(5,27),(6,29),(7,29),(8,29),(9,30),(10,31),(11,31),(12,33),
 (14,37),(15,37),(17,38),(18,39),(20,41),(21,42),(22,42),(24,43),(28,44),(30,46),(32,46),(36,47),
 (41,48),(42,48),(40,49),(43,51),(46,51),(48,52),(50,52),(49,53),(51,54),(53,54),(55,54),(52,55),(56,55),
 (57,56),(58,56),(64,19),(61,19),(65,58),(67,58),(68,60),(70,60),(71,60),(72,61),(74,61),(77,63),(79,64),(80,64),
 (83,65),(84,67),(86,67),(85,68),(87,68),(88,69),(89,69),(90,70),(93,70),(95,72),(96,73),(97,74),(98,74),
 (101,75),(102,75),(103,77),(104,78),(105,78),(106,78),(107,79),(111,79),(108,80),(109,80),(112,82),(113,82),
 (114,83),(115,84),(116,87),(25,88),(118,89),(121,90),(122,90),(123,90),(124,90)]
covers = [{"task":t,"line":l} for t,l in covers_pairs]
for c in covers: assert 1 <= c["line"] <= len(D)

key = {
 "writer": "blind writer, round 337; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": ["wuzhong"],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": M,
 "covers": covers,
 "notes": ("中共青铜峡市委 青铜峡市人民政府 joint 实施意见 (2024-03-18), checked against 宁政发〔2023〕17号 and the 吴忠 plan. "
  "Inline notes (…牵头，…配合；完成时限) follow most paragraphs. Tasks whose regional 完成时限 is 2023年 (14, 15, 17, 24, 25, 30, 32, 36, 68, 72, 85 …) "
  "are taken up without a date on purpose, so no 2024 date is set against a 2023 deadline. Not taken up (not planted, information only): "
  "13, 16, 23, 26, 27, 29, 31, 33-35, 37-39, 44, 45, 47 (only partly, line 52), 59, 60, 62, 63, 66 (only partly, line 58), 69, 73, 75, 76, 78, 81, 82, 91, 92, 94, 99, 100, 110, 117, 119, 120. "
  "units.txt is the city's own registry; 各镇人民政府, 市直各部门（单位）, 市直有关部门 are collectives. make_draft.py and make_key.py rebuild draft.txt and key.json.")
}
json.dump(key, open("key.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), "expect;", len(M), "mustNotFlag;", len(covers), "covers")
