# helper: builds key.json and checks every line/text against draft.txt
import json, datetime
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L = L[:-1]
def line_of(snippet, nth=1):
    hits = [i+1 for i, l in enumerate(L) if snippet in l]
    assert len(hits) >= nth, (snippet, hits)
    return hits[nth-1]
def chk(e):
    if e.get('line', 0) and 'text' in e:
        assert e['text'] in L[e['line']-1], (e['line'], e['text'])
    return e

expect = [
 {"rule": "basis-mismatch", "line": line_of("10.《自治区人民政府关于加快推进"), "text": "自治区人民政府关于加快推进数字政府建设的实施意见",
  "why": "list item 10: the title of 宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; 加快推进 is misquoted for 加强 (the preamble, line 8, has it right)"},
 {"rule": "basis-mismatch", "line": line_of("11.《数字宁夏“1244+N”"), "text": "宁政发〔2023〕17号",
  "why": "list item 11: 宁政发〔2023〕17号 belongs to the regional 实施意见 (item 10), not to 《数字宁夏“1244+N”行动计划实施方案》, which is 宁政办发〔2023〕11号 (as the 吴忠 plan cites it); copied down from the row above"},
 {"rule": "deadline-later-than-baseline", "line": line_of("26.提升网络平台支撑能力"), "text": "2025年底",
  "why": "县、乡、村 电子政务外网全覆盖 / 城域网升级改造 is regional task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖), 完成时限 2024 年 (task 47, 外网升级改造, is also 2024 年)"},
 {"rule": "deadline-invalid", "line": line_of("46.推进适老化"), "text": "2024年6月31日",
  "why": "June has 30 days: an impossible date (the intended year is fine: task 93, 完成时限 2024年)"},
 {"rule": "unknown-unit", "line": line_of("60.构建政务新媒体矩阵"), "text": "县信息办",
  "why": "no 县信息办 in units.txt (an old office name; the county's technical body is 县大数据服务中心, the office is 县政府办)"},
 {"rule": "garbled-text", "line": line_of("59.建设政策文件库"), "text": "鎺ㄥ姩鏀跨瓥",
  "why": "UTF-8 bytes read as GBK: 鎺ㄥ姩鏀跨瓥淇℃伅闆嗘垚鏅鸿兘鍙戝竷 = 推动政策信息集成智能发布"},
]

m = []
def mn(rule, snippet, why, text=None, line=None):
    ln = line if line is not None else line_of(snippet)
    e = {"rule": rule, "line": ln}
    if text: e["text"] = text
    e["why"] = why
    m.append(chk(e))

# basis near misses
mn("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "preamble: correct title and 文号 of the national 指导意见", "国发〔2022〕14号")
mn("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "preamble: correct title and 文号 of the regional 实施意见", "宁政发〔2023〕17号")
mn("basis-mismatch", "根据《国务院关于加强数字政府建设的指导意见》", "preamble: the city plan cited by title alone, which is normal (a city plan may carry no 文号 in the county's citation)", "《中卫市人民政府关于加强数字政府建设的实施方案》")
mn("basis-mismatch", "2020年以来，我县按照", "retrospective mention of the 2020 工作要点 in 发展基础 (what was done since 2020), not a current basis; title and 文号 are correct", "宁政办发〔2020〕14号")
mn("basis-mismatch", "13.《宁夏回族自治区2020年", "the 2020 工作要点 is listed as history, marked 已废止，仅作参考; title and 文号 correct", "宁政办发〔2020〕14号")
mn("basis-mismatch", "12.《宁夏回族自治区数字政府建设行动计划", "older regional action plan (2021-2023) listed as history, 实施期已届满，仅作参考; no 文号 given", "宁夏回族自治区数字政府建设行动计划（2021年-2023年）")
mn("basis-mismatch", "2.《国务院关于加强数字政府建设的指导意见》", "list item 2: correct title and 文号", "国发〔2022〕14号")
mn("basis-mismatch", "1.《数字中国建设整体布局规划》", "list item 1: correct; the 规划 was issued by 中共中央、国务院 without a public 文号")
mn("basis-mismatch", "3.《国务院关于在线政务服务的若干规定》", "list item 3: correct (国务院令第716号, 2019); a 令 number, not a 〔〕 文号; the regional text does not name it", "国务院令第716号")
mn("basis-mismatch", "4.《国务院关于加快推进政务服务标准化规范化便利化", "list item 4: correct title and 文号 (国发〔2022〕5号); the regional text does not name it; 加快推进 is part of this document's real title", "国发〔2022〕5号")
mn("basis-mismatch", "5.《国务院关于进一步优化政务服务", "list item 5: correct (国发〔2024〕3号, 成文 2024-01-09, before the plan); not named by the regional text", "国发〔2024〕3号")
mn("basis-mismatch", "6.《国务院办公厅关于印发全国一体化政务大数据体系建设指南的通知》", "list item 6: correct (国办函〔2022〕102号); the regional task 29 names the 指南 by title only", "国办函〔2022〕102号")
mn("basis-mismatch", "7.《国务院办公厅关于建立健全政务数据共享协调机制", "list item 7: correct (国办发〔2021〕6号); not named by the regional text", "国办发〔2021〕6号")
mn("basis-mismatch", "8.《国务院办公厅关于加快推进电子证照", "list item 8: correct (国办发〔2022〕3号); not named by the regional text", "国办发〔2022〕3号")
mn("basis-mismatch", "9.《关键信息基础设施安全保护条例》", "list item 9: correct (国务院令第745号, 2021)", "国务院令第745号")
mn("basis-mismatch", "14.《中卫市人民政府关于加强数字政府建设的实施方案》", "city plan listed by title and issuer without 文号, consistent with the preamble")
mn("basis-mismatch", "15.《中卫市2024年数字政府建设工作要点》", "city 年度工作要点 listed by issuer without 文号; a current annual document, not superseded")
# dates that are not deadlines / copied regional deadlines
mn("deadline-invalid", "2020年以来，我县按照", "background: past dates (2020年以来, 2023年 achievements) describe what was done, they are not deadlines", "2023年")
mn("deadline-invalid", "20.完善数据管理机制", "background statement '2023年，县直各部门已明确…' is a past fact, not a deadline", "2023年")
mn("deadline-invalid", "12.压实安全管理责任", "tasks 14/15 are due 2023年 regionally; the county records them as 2023年已建立，长期坚持 (copied regional year, before the plan's year, equal to the baseline)", "2023年已建立，长期坚持")
mn("deadline-invalid", "13.提升安全防护能力", "copied regional deadline of task 18 (2023年形成机制，长期坚持); lies before 2024 but equals the baseline", "2023年形成机制，长期坚持")
mn("deadline-invalid", "62.加强组织领导", "copied regional deadline of task 116 (2023年完成并长期坚持); equal to the baseline", "2023年完成并长期坚持")
mn("deadline-invalid", "12.《宁夏回族自治区数字政府建设行动计划", "issue dates and the plan period in a policy list are not deadlines", "2021年3月1日")
mn("deadline-invalid", "13.《宁夏回族自治区2020年", "issue date of an old document in the list, not a deadline", "2020年3月30日")
mn("deadline-invalid", "1.《数字中国建设整体布局规划》", "issue date in the list (2023年2月), not a deadline", "2023年2月")
mn("deadline-invalid", "3.《国务院关于在线政务服务的若干规定》", "issue date in the list (2019年4月), not a deadline", "2019年4月")
# equal / earlier deadlines and goals
mn("deadline-later-than-baseline", "到2024年底，县级非涉密", "2024 goal: 信创云迁移 = task 46 (2024年) / 43 (2024 年建成，持续推进); “一本账” = task 23 (2024年): equal", "到2024年底")
mn("deadline-later-than-baseline", "到2025年，与自治区", "2025 goal equals the region's 到2025年 framework goal", "到2025年")
mn("deadline-later-than-baseline", "到2035年，与政府治理能力", "2035 goal equals the region's 到2035年 goal", "到2035年")
mn("deadline-later-than-baseline", "2.建设枸杞产业云", "task 2: 2023年启动，2024年取得明显成效; county 2024年取得明显成效: equal", "2024年取得明显成效")
mn("deadline-later-than-baseline", "3.建设智慧园区", "task 3: 持续推进，2025年取得明显成效; county 2025年: equal", "2025年")
mn("deadline-later-than-baseline", "9.加快“数字供销”建设", "task 11: 2023年完成主要建设任务，2025年取得明显成效; county 2025年取得明显成效: the completing milestone is equal", "2025年取得明显成效")
mn("deadline-later-than-baseline", "14.提高自主可控水平", "task 19: 2023年启动，2024年建成 (信创云); county 2024年: equal", "2024年")
mn("deadline-later-than-baseline", "16.强化审管协同", "task 22 (审管协同, 互联网+监管 打通融合): 2025年; equal (task 72, 2023, is the 监管部门 docking with the 互联网+监管 system, not this)", "2025年")
mn("deadline-later-than-baseline", "17.建立“一本账”管理机制", "task 23: 2024年; county 2024年9月底前 is earlier", "2024年9月底前")
mn("deadline-later-than-baseline", "25.推进政务系统上云", "tasks 43 (2024 年建成，持续推进) / 46 (2024 年); county 2024年底: equal", "2024年底")
mn("deadline-later-than-baseline", "28.拓展电子证照应用", "task 52 (电子证照 社会化高频场景): 2025年; equal", "2025年")
mn("deadline-later-than-baseline", "31.健全组织机构", "task 64 (各市、县（区）成立相应组织机构): 2025年; county 2024年6月底前 is earlier", "2024年6月底前")
mn("deadline-later-than-baseline", "34.加强经济运行监测", "task 66 (三维一体 经济运行大数据平台): 2025年; equal", "2025年")
mn("deadline-later-than-baseline", "44.优化12345热线服务", "task 87: 2023年启动，2025年完成; county 2025年: equal", "2025年")
mn("deadline-later-than-baseline", "49.深化“互联网+城乡供水”", "task 96: 2025年; equal", "2025年")
mn("deadline-later-than-baseline", "54.推动基层减负", "task 106 (填表报数 压减50%): 2025年; equal", "2025年")
mn("deadline-later-than-baseline", "56.强化行政监督", "task 108: 长期推进，2024年取得明显成效; county 持续推进，2024年取得明显成效: equal", "2024年取得明显成效")
mn("deadline-later-than-baseline", "65.强化考核评价", "task 121: 长期坚持; equal", "长期坚持")
mn("deadline-later-than-baseline", "67.加强跟踪调度", "the office's own reporting dates (每季度结束后5个工作日内、每年12月10日前), not task deadlines", "每年12月10日前")
# units
mn("unknown-unit", "3.建设智慧园区", "prefix 县 distributes over the list: 县发展改革局、工业信息化和商务局 = 县工业信息化和商务局 (in units.txt)", "工业信息化和商务局")
mn("unknown-unit", "2.建设枸杞产业云", "official short name of 县工业信息化和商务局 in units.txt", "县工信商务局")
mn("unknown-unit", "17.建立“一本账”管理机制", "县发改局 is a listed short name of 县发展和改革局", "县发改局")
mn("unknown-unit", "18.规范政务信息化项目管理", "县政府办 is a listed short name of 县人民政府办公室", "县政府办")
mn("unknown-unit", "12.压实安全管理责任", "collective subjects", "县直各部门（单位）")
mn("unknown-unit", "37.推进智能监管", "collective subject", "承担监管职责的县直有关部门")
mn("unknown-unit", "41.实施“互联网+基层治理”行动", "collective subjects", "各村（社区）")
mn("unknown-unit", "48.提升生态环境监测能力", "the city bureau's county branch is in units.txt and is the body that does this work in a county", "中卫市生态环境局中宁分局")
mn("unknown-unit", "5.推进公共服务数字化", "short names from units.txt followed by 按职责分别负责; 县民政局 is a registered unit", "县民政局")
mn("unknown-unit", "16.强化审管协同", "full names of registered units (县审批服务管理局, 县市场监督管理局)", "县审批服务管理局")
# garbled near misses
mn("garbled-text", "11.《数字宁夏“1244+N”", "“1244+N” is the real name of the regional action plan, not damage", "“1244+N”")
mn("garbled-text", "对标自治区“三个驱动", "“34567” framework name, not damage", "“34567”")
# pillar
m.append({"rule": "missing-pillar", "line": 0, "pillar": "五个一", "why": "section 四 (一套工作体系: 健全组织机构, 厘清层级职责/六级贯通, 完善工作机制) takes up the 五个一/六级贯通 work system under a county heading"})
m.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "二（三）营造良好数字生态, items 10-11"})

covers_src = [
 (1,"1.服务算力枢纽建设"),(2,"2.建设枸杞产业云"),(3,"3.建设智慧园区"),(5,"4.完善数字经济治理"),
 (6,"5.推进公共服务数字化"),(7,"6.深化智慧教育"),(8,"6.深化智慧教育"),(9,"7.推进智慧县城建设"),
 (10,"8.推进数字乡村建设"),(11,"9.加快“数字供销”建设"),(12,"10.培育数据要素市场"),
 (14,"12.压实安全管理责任"),(15,"12.压实安全管理责任"),(18,"13.提升安全防护能力"),(19,"14.提高自主可控水平"),
 (21,"15.推动行政权力事项网上运行"),(22,"16.强化审管协同"),(23,"17.建立“一本账”管理机制"),(24,"18.规范政务信息化项目管理"),
 (28,"19.开展试点示范"),(32,"20.完善数据管理机制"),(35,"21.推进数据汇聚治理"),(42,"22.促进公共数据融合应用"),
 (41,"23.有序开放公共数据"),(40,"24.规范电子公文管理"),(43,"25.推进政务系统上云"),(46,"25.推进政务系统上云"),
 (48,"26.提升网络平台支撑能力"),(49,"27.整合视频资源"),(52,"28.拓展电子证照应用"),(56,"29.推进非税收入收缴电子化"),
 (57,"30.完善信用平台功能"),(64,"31.健全组织机构"),(66,"34.加强经济运行监测"),(70,"35.推进信用分类监管"),
 (71,"36.强化重点领域追溯监管"),(74,"37.推进智能监管"),(77,"38.提升矛盾纠纷化解能力"),(79,"39.推进“雪亮工程”建设"),
 (80,"40.推进“智慧应急”建设"),(83,"41.实施“互联网+基层治理”行动"),(84,"42.提升“一网通办”水平"),(86,"43.做强“我的宁夏”中宁专区"),
 (87,"44.优化12345热线服务"),(89,"45.优化涉企服务"),(93,"46.推进适老化"),(90,"47.推进公共场馆数字化"),
 (94,"48.提升生态环境监测能力"),(96,"49.深化“互联网+城乡供水”"),(97,"50.推进自然资源数字化"),(98,"50.推进自然资源数字化"),
 (101,"51.推动绿色低碳转型"),(102,"51.推动绿色低碳转型"),(103,"52.提升辅助决策能力"),(104,"53.提升行政执行能力"),(105,"53.提升行政执行能力"),
 (106,"54.推动基层减负"),(107,"55.整合视频会议资源"),(108,"56.强化行政监督"),(111,"57.推进机关事务数字化"),
 (112,"58.完善政务公开平台"),(113,"59.建设政策文件库"),(114,"60.构建政务新媒体矩阵"),(115,"61.畅通政民互动渠道"),
 (116,"62.加强组织领导"),(25,"63.加大财政投入"),(118,"64.提升数字素养"),(121,"65.强化考核评价"),
]
covers = [{"task": t, "line": line_of(s)} for t, s in covers_src]
for e in expect: chk(e)
key = {
 "writer": "blind writer, round 357; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": m,
 "covers": covers,
 "notes": ("中宁县 (中卫市) plan of 2024-04-12 with inline 牵头/配合/完成时限 notes after each numbered item (1-67, numbered continuously), "
           "and 附件2 政策依据目录: 15 numbered documents (national 1-9, regional 10-13, city 14-15). No parent plan is given. "
           "Two list errors: item 10 misquotes the regional title (加快推进 for 加强) and item 11 carries the 实施意见's 文号. "
           "Items 12 (2021-2023 行动计划) and 13 (2020 工作要点) are older regional documents marked 仅作参考 / 已废止 and are not basis errors. "
           "National items 3-9 are correct citations the regional text does not name. The list's numbers 1-15 are list numbers, not task numbers. "
           "Regional tasks due 2023 are either given no deadline, or recorded with the regional 2023 wording (2023年已建立/形成机制/完成并长期坚持)."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(m), len(covers))
for e in expect: print(e['rule'], e['line'], e['text'])
