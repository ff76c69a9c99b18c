# Builds key.json; every line number is found by searching draft.txt, and each text is checked to occur on its line.
import json
lines = open("draft.txt", encoding="utf-8").read().split("\n")
if lines[-1] == "": lines = lines[:-1]
def ln(s, nth=1):
    hits = [i+1 for i,l in enumerate(lines) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth-1]
def row(n):  # table row "n. "
    return ln("\t%d. " % n)
def chk(line, text):
    assert text in lines[line-1], (line, text)
    return line

expect = [
 {"rule":"basis-mismatch","line":chk(ln("宁政办发〔2023〕17号"),"宁政办发〔2023〕17号"),"text":"宁政办发〔2023〕17号",
  "why":"《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (issued 2023-05-16 by the 自治区人民政府, not its 办公厅); the 文号 cited does not belong to this title"},
 {"rule":"deadline-later-than-baseline","line":chk(row(33),"2025年6月底前"),"text":"2025年6月底前",
  "why":"row 33 (政府网站、政务服务场所适老化与信息无障碍建设) is regional task 93, 完成时限 2024年; the county gives 2025年6月底前, later"},
 {"rule":"deadline-invalid","line":chk(row(37),"2023年底前"),"text":"2023年底前",
  "why":"the plan is issued 2024-04-12, and a new task (协同办公平台, regional task 104, 完成时限 2024年) is given a due date before the plan's own year. This is not a copied regional deadline, because the region's is 2024. It is earlier than the region, so it is not a late deadline"},
 {"rule":"unknown-unit","line":chk(row(31),"县发改委"),"text":"县发改委",
  "why":"a county has no 发展改革委; the county unit is 县发展和改革局 (short name 县发改局) in units.txt; 县发改委 is not in the registry"},
 {"rule":"missing-pillar","line":0,"pillar":"数字生态",
  "why":"left out entirely: section 三 takes up only 数字经济 and 数字社会 (heading 推动数字经济和数字社会融合发展), the 指导思想 drops 打造良好数字生态, and there is no data-element market, data trading, 数据产权 or 数据交易 rule content anywhere (regional tasks 12, 13)"},
 {"rule":"missing-pillar","line":0,"pillar":"市场监管",
  "why":"heading only: line %d '（二）提升综合高效的市场监管能力' has nothing under it (next line is 社会管理), the task list has no 市场监管 group, and no 监管事项目录/双随机/互联网+监管/信用风险分类/追溯监管 content appears elsewhere" % ln("（二）提升综合高效的市场监管能力")},
 {"rule":"missing-pillar","line":0,"pillar":"政务公开",
  "why":"named only in passing: the list in line %d names 政务公开 among the seven capabilities, but there is no section, sentence or task row on 政务公开平台, 政策文件库, 政务新媒体 or 政民互动 (regional tasks 112–115)" % ln("政务运行、政务公开等领域")},
]
for t,why in [(12,"数字生态 left out; task for 各市、县（区） (配合)"),
              (71,"市场监管 left out; 各市、县（区）配合"),(72,"市场监管 left out; 各市、县（区）配合"),
              (73,"市场监管 left out; 各市、县（区）配合"),(74,"市场监管 left out; 各市、县（区）配合"),
              (75,"市场监管 left out; 各市、县（区）配合"),
              (112,"政务公开 left out; 各市、县（区）分别负责"),(113,"政务公开 left out; 各市、县（区）配合"),
              (114,"政务公开 left out; 各市、县（区）分别负责"),(115,"政务公开 left out; 各市、县（区）配合")]:
    expect.append({"rule":"task-uncovered","line":0,"task":t,"why":"deliberately left out: "+why})

M = []
def m(rule, line, why, text=None, **kw):
    if text is not None: chk(line, text)
    e = {"rule":rule,"line":line}
    if text is not None: e["text"]=text
    e.update(kw); e["why"]=why; M.append(e)

# basis
m("basis-mismatch", ln("国发〔2022〕14号"), "correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
m("basis-mismatch", ln("石嘴山市人民政府《关于加强数字政府建设的实施方案》"), "the county's city plan cited by title alone, as city plans often are (DOMAIN: no 文号 needed); title wording 加强…实施方案 is the normal one", "石嘴山市人民政府《关于加强数字政府建设的实施方案》")
m("basis-mismatch", ln("宁政办发〔2020〕14号"), "retrospective background mention of the 2020 工作要点 with its correct 文号, not cited as the basis", "宁政办发〔2020〕14号")
# invalid / past dates
m("deadline-invalid", ln("截至2023年底"), "past date in the background paragraph, not a deadline", "截至2023年底")
m("deadline-invalid", row(8), "copied regional year: tasks 14 and 15 are due 2023年 in the region; the row records a mechanism set up in 2023 and kept up (长期坚持), a copied regional deadline before the plan's year", "2023年建立，长期坚持")
m("deadline-invalid", row(9), "regional task 18's 完成时限 copied verbatim (2023年形成机制，长期坚持)", "2023年形成机制，长期坚持")
m("deadline-invalid", ln("6月25日、12月10日前"), "the office's own half-yearly reporting dates, not task deadlines", "6月25日、12月10日前")
# later-than-baseline near misses
m("deadline-later-than-baseline", ln("到2024年底"), "2024 goals equal the region: 信创云迁移 (task 43, 2024年建成), 外网 coverage (task 48, 2024年), 网上办掌上办 (task 84, 2024年)", "到2024年底")
m("deadline-later-than-baseline", ln("到2025年，全县"), "equal to the regional 主要目标 到2025年 (体系框架全面成型, 履职能力明显提升)", "到2025年")
m("deadline-later-than-baseline", ln("到2035年"), "equal to the regional 2035 goal", "到2035年")
m("deadline-later-than-baseline", ln("到2025年实现城乡供水"), "equal to task 96 (互联网+城乡供水, 2025年)", "到2025年")
m("deadline-later-than-baseline", row(2), "task 2 is 2023年启动，2024年取得明显成效; the completing milestone 2024 is equal", "2024年取得明显成效")
m("deadline-later-than-baseline", row(10), "task 21 is 2024年; 2024年底前 is equal", "2024年底前")
m("deadline-later-than-baseline", row(12), "task 28 is 2023年启动，2025年取得明显成效; only the start milestone is later, the completing milestone 2025 is equal", "2024年启动，2025年取得明显成效")
m("deadline-later-than-baseline", row(13), "task 29 is 2023年启动，2025年完成; 2025年 equals the completing milestone", "2025年")
m("deadline-later-than-baseline", row(16), "task 43 is 2024 年建成，持续推进; equal (the county migrates onto the region's cloud)", "2024年完成迁移，持续推进")
m("deadline-later-than-baseline", row(18), "task 49 is 2025年; 2024年底前 is earlier", "2024年底前")
m("deadline-later-than-baseline", row(29), "task 87 is 2023年启动，2025年完成; 2025年 equal", "2025年")
m("deadline-later-than-baseline", row(37), "2023年底前 is earlier than task 104's 2024年 (it is a deadline-invalid, not a late deadline)", "2023年底前")
m("deadline-later-than-baseline", row(40), "task 107 is 2025年; 2024年底前 is earlier", "2024年底前")
m("deadline-later-than-baseline", row(41), "task 108's 完成时限 copied: 长期推进，2024年取得明显成效", "长期推进，2024年取得明显成效")
m("deadline-later-than-baseline", row(43), "task 121 is 长期坚持; equal", "长期坚持")
# units
m("unknown-unit", row(6), "collective subject", "各乡镇人民政府")
m("unknown-unit", row(8), "collective subject", "县直各部门（单位）")
m("unknown-unit", row(12), "collective subject", "县直有关部门")
m("unknown-unit", row(2), "official short name of 县工业信息化和商务局 in units.txt", "县工信商务局")
m("unknown-unit", row(11), "official short name of 县发展和改革局 in units.txt", "县发改局")
m("unknown-unit", row(19), "short name of 县审批服务管理局 in units.txt", "县审批局")
m("unknown-unit", row(25), "县应急局 and 县消防救援大队 are registry short names; 平罗县气象局 is a non-government body listed in units.txt", "平罗县气象局")
m("unknown-unit", row(36), "short name of 石嘴山市生态环境局平罗分局 (a city bureau's county branch) in units.txt", "平罗生态环境分局")
m("unknown-unit", row(31), "short name of 国家税务总局平罗县税务局 in units.txt (same row as the planted 县发改委)", "县税务局")
m("unknown-unit", ln("县社会治理指挥调度中心"), "a facility the county builds, not a responsible unit", "县社会治理指挥调度中心")
m("unknown-unit", ln("由自治区统一建设，我县"), "the region is named as the builder of shared infrastructure, not as the lead of a local task; no regional body appears in any 责任单位 cell", "由自治区统一建设")
m("unknown-unit", ln("县数字政府建设领导小组办公室报送"), "listed in units.txt; here only the recipient of reports", "县数字政府建设领导小组办公室")
m("unknown-unit", ln("平罗县人民政府办公室", 2), "the issuing office's signature (县人民政府办公室 with the county name), not a responsible unit", "平罗县人民政府办公室")
m("unknown-unit", row(29), "short name of 县人民政府办公室 in units.txt", "县政府办公室")
# pillars
m("missing-pillar", ln("二、健全县级数字政府工作推进体系"), "五个一 is covered under a heading worded differently (健全县级数字政府工作推进体系: 健全组织机构, 完善工作机制); county-level 领导小组 + 办公室 + 大数据服务中心 + 数据专员", pillar="五个一")
m("missing-pillar", ln("（二）厘清层级职责"), "六级贯通 covered: 自治区、市、县、乡、村 层级架构 and the county's role (依托上级平台完善本级特色应用, 指挥调度中心)", pillar="六级贯通")
m("missing-pillar", ln("（二）引领数字社会建设"), "full 数字社会 section (教育, 医疗, 数字乡村, 数字供销) plus rows 3–7", pillar="数字社会")
m("missing-pillar", ln("（一）驱动数字经济发展"), "full 数字经济 section (智慧园区, 产业云) plus rows 1–2", pillar="数字经济")
m("missing-pillar", ln("（一）筑牢数字政府安全防线"), "安全保障 covered under a different heading (筑牢数字政府安全防线) with the regional measures and rows 8–9", pillar="安全保障")
m("missing-pillar", ln("（二）完善制度规则"), "制度规则 covered briefly, with real measures (权力事项网上运行, 一本账, 资金不予安排, 试点) and rows 10–12", pillar="制度规则")
m("missing-pillar", ln("（三）推动政务数据汇聚共享"), "数据资源 covered under a different heading (推动政务数据汇聚共享): 目录, 数据专员, 归集 onto the region's 政务数据平台, 开放, 融合; rows 13–15", pillar="数据资源")
m("missing-pillar", ln("（四）夯实集约共享的基础设施"), "平台支撑: the plan says the region builds 政务云、外网骨干网、身份认证、电子证照、电子印章 and the county only migrates, connects and uses them, plus its own 城域网 and video integration; read as covered (rows 16–21)", pillar="平台支撑")
m("missing-pillar", ln("（一）增强经济运行监测分析能力"), "经济调节 under a different heading; the region builds the 经济运行大数据平台 and the county reports data and writes a monthly county analysis — a real local measure, read as covered (row 22)", pillar="经济调节")
m("missing-pillar", ln("（三）提升精细智能的社会管理能力"), "full 社会管理 section (rows 23–26)", pillar="社会管理")
m("missing-pillar", ln("（四）提升普惠便捷的公共服务能力"), "full 公共服务 section (rows 27–33)", pillar="公共服务")
m("missing-pillar", ln("（五）提升生态环境保护能力"), "生态环境保护 covered briefly (one paragraph) but with real measures: 智慧水务 monitoring by 2025, 重点排污单位在线监控 on the region's data centre; rows 34–36", pillar="生态环境保护")
m("missing-pillar", ln("（六）提升整体高效的政务运行能力"), "政务运行 covered, mostly by using region-built platforms (协同办公, 宁政通, 填表报数, 机关事务) plus county video-meeting integration; rows 37–42", pillar="政务运行")
m("missing-pillar", ln("（一）加强组织领导"), "组织领导 covered (一把手工程, 年度工作要点)", pillar="组织领导")
m("missing-pillar", ln("（二）强化资金保障"), "财政投入 covered under a different heading (强化资金保障): 纳入年度预算, 运维资金挂钩评估", pillar="财政投入")
m("missing-pillar", ln("（三）提升数字素养"), "数字素养 covered in one sentence but with a real measure (at least 2 training courses a year at the 县委党校)", pillar="数字素养")
m("missing-pillar", ln("（四）强化考核评价"), "考核评价 covered (效能目标管理考核, 考核指标, 以奖代补; row 43)", pillar="考核评价")

covers = []
def c(t, line): covers.append({"task":t,"line":line})
for t,r in [(3,1),(2,2),(6,3),(7,4),(8,5),(10,6),(11,7),(14,8),(15,8),(18,9),(21,10),(23,11),(28,12),(29,13),(41,14),(42,15),
            (43,16),(48,17),(49,18),(52,19),(54,20),(57,21),(66,22),(77,23),(79,24),(80,25),(83,26),(84,27),(86,28),(87,29),
            (88,30),(89,31),(92,32),(93,33),(96,34),(97,35),(94,36),(104,37),(105,38),(106,39),(107,40),(108,41),(111,42),(121,43)]:
    c(t, row(r))
c(17, ln("密码应用安全性评估制度"))
c(24, ln("综合论证、联合验收"))
c(25, ln("一律不予安排建设及运维经费"))
c(30, ln("形成全县政务数据“一本账”"))
c(32, ln("明确县直各部门（单位）数据管理职责"))
c(36, ln("政务数据供需对接机制"))
c(51, ln("全面推广自治区统一身份认证"))
c(53, ln("全面推广自治区统一身份认证"))
c(64, ln("（一）健全组织机构"))
c(85, ln("推行“免证办”“集成办”"))
c(116, ln("纳入“一把手工程”"))
c(118, ln("（三）提升数字素养"))
c(122, ln("纳入县级效能目标管理考核"))
c(123, ln("综合考核评价的重要参考"))

key = {
 "writer":"blind writer, round 288; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-06",
 "draft":"draft.txt",
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":M,
 "covers":covers,
 "notes":("平罗县 (石嘴山市) 2024 plan issued 2024-04-12 by the county government office; checked against ningxia-2023 only (石嘴山's city plan is cited by title but is not in the seeds, so parents is empty). "
          "The round's theme is uneven pillar coverage: 数字生态 left out entirely; 市场监管 a bare heading (line %d); 政务公开 only in the seven-capability list (line %d); "
          "near misses are brief-but-real sections (制度规则, 生态环境保护, 数字素养), differently worded headings (安全防线, 政务数据汇聚共享, 集约共享的基础设施, 经济运行监测分析, 县级工作推进体系, 资金保障) "
          "and parts where the plan says the region builds and the county uses (平台支撑, 经济调节, much of 政务运行), which I read as covered because each carries a concrete county action. "
          "The table note says the first-listed unit leads. Task table rows are '主要任务\\t重点内容\\t责任单位\\t完成时限', an empty first cell continuing the group. "
          "task-uncovered entries list only the tasks left out with the missing pillars; other uncovered tasks are not annotated.") % (ln("（二）提升综合高效的市场监管能力"), ln("政务运行、政务公开等领域")),
}
json.dump(key, open("key.json","w",encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(covers), len(set(x["task"] for x in covers)))
