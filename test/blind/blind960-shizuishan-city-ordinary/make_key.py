# Builds key.json from draft.txt, finding every line number by its text (1-based).
import json
L=open("draft.txt",encoding="utf-8").read().split("\n")
def one(sub):
    hits=[i+1 for i,l in enumerate(L) if sub in l]
    assert len(hits)==1,(sub,hits); return hits[0]
def row(n):
    return one("\t%d. "%n)
expect=[
 {"rule":"basis-mismatch","line":one("宁政办发〔2023〕17号"),"text":"宁政办发〔2023〕17号","why":"《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号 (a 政府 document, not a 政府办公厅 one); the 办 slipped in from the neighbouring citation 宁政办发〔2023〕11号"},
 {"rule":"deadline-later-than-baseline","line":row(44),"text":"2025年底","why":"row 44 takes up regional task 84 (一体化政务服务体系, 网上办、掌上办、就近办、一次办), 完成时限 2024年; the city gives 2025年底"},
 {"rule":"deadline-invalid","line":row(58),"text":"2022年底","why":"typo: a deadline two years before the plan is issued (2024-03-18); row 58 takes up regional task 106 (填表报数系统), 完成时限 2025年, so the intended date was 2025年底"},
 {"rule":"unknown-unit","line":row(42),"text":"吴忠市气象局","why":"copy-paste from the 吴忠 plan: not in units.txt (the city's own body is 石嘴山市气象局) and not a regional unit"},
 {"rule":"garbled-text","line":one("鎺ㄥ姩鏀跨瓥"),"text":"鎺ㄥ姩鏀跨瓥","why":"UTF-8 bytes read as GBK: 鎺ㄥ姩鏀跨瓥淇℃伅闆嗘垚鏅鸿兘鍙戝竷 is 推动政策信息集成智能发布"},
 {"rule":"task-uncovered","line":0,"task":93,"why":"deliberately left out: 政府网站、政务移动端、公共服务场所适老化与信息无障碍建设 (自治区各部门（单位）及各市、县（区）按照职能分别负责, 2024年) appears nowhere, neither in the body's 民生服务 paragraph (line %d) nor in the task list"%one("拓展公平普惠的民生服务")},
]
M=[]
def m(rule,line,why,text=None):
    e={"rule":rule,"line":line}
    if text: e["text"]=text
    e["why"]=why; M.append(e)
m("basis-mismatch",one("国发〔2022〕14号"),"correct national basis: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）","国发〔2022〕14号")
m("basis-mismatch",one("宁政办发〔2023〕11号"),"genuine regional document, cited with the same title and 文号 in the 吴忠 plan of 2023-11-27","宁政办发〔2023〕11号")
m("basis-mismatch",one("宁政办发〔2020〕14号"),"retrospective mention in the background paragraph ('近年来，我市认真落实…'); title and 文号 match the 2020 工作要点; not cited as a basis","宁政办发〔2020〕14号")
m("basis-mismatch",one("石政发〔2024〕9号"),"the plan's own issuing 文号 under the notice title, not a citation","石政发〔2024〕9号")
m("deadline-invalid",one("2024年3月18日"),"issuing date of the notice, not a deadline","2024年3月18日")
m("deadline-invalid",one("2023年，全市政务服务事项"),"past achievement in the background paragraph, not a deadline","2023年")
m("deadline-later-than-baseline",one("到2024年底，全市"),"2024 goal: 政务信创云迁移 (task 43, 2024年建成，持续推进), 城域网升级改造/市县乡村全覆盖 (task 48, 2024年), 基础库/主题库归集 (tasks 33, 34, 2024年) are all equal; 工作体系基本健全 is earlier than task 64 (2025年). The regional 2023 goal of '五个一' concerns 自治区本级, not the city","2024年底")
m("deadline-later-than-baseline",one("到2025年，全市"),"equal to the regional 主要目标 '到2025年，…34567体系框架全面成型'","2025年")
m("deadline-later-than-baseline",one("到2035年，与政府"),"equal to the regional 2035 goal","2035年")
m("deadline-later-than-baseline",one("2024年底前实现非涉密"),"task 43 完成时限 2024年建成，持续推进 and task 46 2024年: equal","2024年底前")
m("deadline-invalid",one("附件：石嘴山市数字政府建设重点任务清单"),"the task list's period in its title (2024—2025年), not a deadline","2024—2025年")
m("deadline-invalid",one("注：责任单位")-1,"the task list's period in its title (2024—2025年), not a deadline","2024—2025年")
m("deadline-invalid",one("宁政办发〔2020〕14号"),"2020年 is part of the title of an old document mentioned retrospectively, not a deadline","2020年")
m("deadline-invalid",one("6月25日、12月10日"),"the office's own recurring reporting dates, not task deadlines","6月25日")
m("deadline-later-than-baseline",row(1),"task 2 完成时限 2023年启动，2024年取得明显成效: completing milestone equal (2024年)","2024年")
m("deadline-later-than-baseline",row(7),"task 9 完成时限 持续推进，2025年取得明显成效: 2024年启动，2025年取得明显成效 is equal","2025年取得明显成效")
m("deadline-later-than-baseline",row(9),"task 11 完成时限 2023年完成主要建设任务，2025年取得明显成效: the completing milestone 2025 is equal; the city only joins the 示范区 led by 自治区供销社","2025年取得明显成效")
m("deadline-later-than-baseline",row(11),"task 18 完成时限 2023年形成机制，长期坚持: the city's 长期坚持 carries on an ongoing duty, no milestone later than the region's","长期坚持")
m("deadline-later-than-baseline",row(13),"task 22 完成时限 2025年: 2024年底 is earlier","2024年底")
m("deadline-later-than-baseline",row(15),"task 28 完成时限 2023年启动，2025年取得明显成效: equal","2025年取得明显成效")
m("deadline-later-than-baseline",row(16),"task 29 完成时限 2023年启动，2025年完成: equal","2025年")
m("deadline-later-than-baseline",row(18),"task 37 完成时限 2024年: 2024年6月底前 is earlier","2024年6月底前")
m("deadline-later-than-baseline",row(23),"task 43 完成时限 2024年建成，持续推进 (and task 46, 2024年): equal","2024年完成，持续推进")
m("deadline-later-than-baseline",row(28),"task 52 完成时限 2025年: 2024年底 is earlier","2024年底")
m("deadline-later-than-baseline",row(31),"task 56 完成时限 2025年: equal","2025年")
m("deadline-later-than-baseline",row(35),"task 64 完成时限 2025年: 2024年6月底前 is earlier","2024年6月底前")
m("deadline-later-than-baseline",row(46),"task 87 完成时限 2023年启动，2025年完成: equal","2025年完成")
m("deadline-later-than-baseline",row(50),"task 92 完成时限 2025年: equal","2025年")
m("deadline-later-than-baseline",row(51),"task 95 完成时限 2025年: equal (the row is the 数据资源综合开发利用 task, not task 94's 数据资源中心, 2024年)","2025年")
m("deadline-later-than-baseline",row(60),"task 108 完成时限 长期推进，2024年取得明显成效: copied, equal","长期推进，2024年取得明显成效")
m("deadline-later-than-baseline",row(65),"task 121 完成时限 长期坚持: equal","长期坚持")
m("unknown-unit",one("各县（区）人民政府，市政府各部门"),"collective subject (石嘴山 has two districts and one county)","各县（区）人民政府")
m("unknown-unit",row(11),"collective subject","市直各部门（单位）")
m("unknown-unit",row(12),"collective subject","市直有关部门")
m("unknown-unit",row(39),"collective subject, the city form of 承担监管职责的自治区有关部门（单位）","承担监管职责的市直有关部门")
m("unknown-unit",row(43),"collective subject","各乡镇（街道）")
m("unknown-unit",row(7),"official short name of 市大数据管理服务局, listed in units.txt; 市 distributes over 市城市管理局、大数据局、自然资源局、公安局","大数据局")
m("unknown-unit",row(17),"市 distributes over the list: 市市场监管局 (listed), as in the region's own '自治区人力资源社会保障厅、市场监管厅'","市场监管局")
m("unknown-unit",row(55),"市发改委 is the colloquial alias of 市发展改革委 listed in units.txt; 市场监管局 after 、 is 市市场监管局","市发改委")
m("unknown-unit",row(40),"prefix distribution: 市公安局、市司法局、市信访局, all in units.txt","司法局")
m("unknown-unit",row(2),"local unit listed in units.txt, first listed so the lead under the table's note","石嘴山经济技术开发区管委会")
m("unknown-unit",row(31),"local vertical unit listed in units.txt","石嘴山市税务局")
m("unknown-unit",row(42),"local unit listed in units.txt (same row as the planted 吴忠市气象局)","石嘴山市消防救援支队")
m("unknown-unit",one("报送市推进“数字政府”建设领导小组办公室"),"the city's leading-group office, listed in units.txt; 市大数据管理服务局 is the full name of 市大数据局","市推进“数字政府”建设领导小组办公室")
m("unknown-unit",one("市委党校（市行政学院）"),"listed in units.txt","市委党校（市行政学院）")
m("missing-pillar",0,"五个一 + 六级贯通 work system is taken up by content in 四、健全工作体系 (lines %d-%d: 健全组织机构, 厘清层级职责 with 六级贯通, 完善工作机制) though the heading does not say 五个一"%(one("四、健全工作体系"),one("（三）完善工作机制")))
m("missing-pillar",0,"数字生态 is taken up in one dense paragraph (line %d: 数据要素市场, 政策环境, 网络生态) and task row 10 (line %d)"%(one("（三）营造良好数字生态。培育"),row(10)))
C=[(2,row(1)),(3,row(2)),(5,row(3)),(6,row(4)),(7,row(5)),(8,row(6)),(9,row(7)),(10,row(8)),(11,row(9)),(12,row(10)),
   (13,one("营造规范有序的政策环境")),(14,one("强化安全管理责任。")),(15,one("强化安全管理责任。")),(17,one("落实安全制度要求。")),(18,row(11)),
   (21,row(12)),(22,row(13)),(23,row(14)),(24,one("完善政务信息化建设管理会商机制")),(25,one("（二）加大财政投入")),(28,row(15)),(29,row(16)),
   (30,one("完善数据管理机制。")),(31,one("完善数据管理机制。")),(32,one("完善数据管理机制。")),(33,row(17)),(34,row(17)),(35,one("经济运行监测等地方主题数据库")),
   (36,one("深化数据高效共享。")),(37,row(18)),(38,one("深化数据高效共享。")),(39,row(19)),(40,row(20)),(41,row(21)),(42,row(22)),
   (43,row(23)),(45,row(24)),(46,row(23)),(47,row(25)),(48,row(25)),(49,row(27)),(50,row(26)),(51,one("加强共性应用支撑能力。")),(52,row(28)),
   (54,row(29)),(55,row(30)),(56,row(31)),(57,row(32)),(58,row(33)),(59,row(34)),(64,row(35)),(66,row(36)),(67,one("（一）提升科学精准的经济调节能力")),
   (68,one("提升监管精准化水平。")),(69,one("提升监管精准化水平。")),(70,row(37)),(71,row(38)),(72,one("提升监管协同化和智能化水平。")),(73,row(39)),(74,row(39)),(75,one("提升监管协同化和智能化水平。")),
   (77,row(40)),(79,row(41)),(80,row(42)),(83,row(43)),(84,row(44)),(85,one("提升智慧便捷的服务能力。")),(86,row(45)),(87,row(46)),(88,row(47)),(89,row(48)),(90,row(49)),(92,row(50)),
   (95,row(51)),(96,row(52)),(97,row(53)),(100,row(54)),(101,row(55)),(102,one("推动绿色低碳转型。")),(103,row(56)),(104,row(57)),(105,row(57)),(106,row(58)),(107,row(59)),(108,row(60)),(109,one("优化完善“互联网+督查”机制")),(111,row(61)),
   (112,row(62)),(113,one("实现政策“一库通查”")),(114,row(63)),(115,row(64)),(116,one("（一）加强组织领导")),(118,one("（三）提升数字素养")),(121,row(65)),(123,one("（四）强化考核评价")),(124,one("（四）强化考核评价"))]
covers=[{"task":t,"line":l} for t,l in C]
key={
 "writer":"blind writer, round 960; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-08",
 "draft":"draft.txt",
 "also":[],
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":M,
 "covers":covers,
 "notes":"石嘴山市 city plan issued 2024-03-18 (石政发〔2024〕9号) implementing 宁政发〔2023〕17号; no parent plan. Body lines 1-88, task list 89-154 (header line 89, row n on line 89+n; the note on line 88 makes the first unit of each cell its lead). Regional tasks whose 完成时限 is 2023 (14, 15, 17, 24, 25, 30-32, 36, 67, 68, 72, 85, 116, 118, 123) are taken up only in the body without a date, so no copied pre-2024 deadline appears. Tasks with city involvement that the draft does not take up and that a reviewer may list as information without it being a planted omission: 76 (地方金融监管平台), 78 (公安大数据中心), 81 (视频指挥调度体系), 82 (新冠疫情平台, obsolete), 98 (智慧林草), 99 (地质数据平台). Only task 93 is a deliberate omission. The garbled run sits in the sentence that takes up task 113 (政策文件库, 一库通查)."
}
json.dump(key,open("key.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(covers))
for e in expect: print(e["rule"],e["line"],e.get("text"))
