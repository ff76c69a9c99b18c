import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='':L=L[:-1]
def ln(s,start=None):
    hits=[i for i,l in enumerate(L,1) if (start is None or l.startswith(start)) and s in l]
    assert len(hits)==1,(s,start,hits)
    return hits[0]
def t(prefix):  # task line by item number prefix
    hits=[i for i,l in enumerate(L,1) if l.startswith(prefix)]
    assert len(hits)==1,(prefix,hits); return hits[0]
R='region task {} 完成时限 {}'
expect=[
 {"rule":"deadline-later-than-baseline","line":ln("到2026年"),"text":"到2026年",
  "why":"主要目标: the \"34567\" framework is to be 全面成型 by 2026, but the region's goal (宁政发〔2023〕17号 主要目标) is 到2025年，全区各级数字政府建设\"34567\"体系框架全面成型; one year late (and inconsistent with the draft's own 到2025年底 goal one line above)"},
 {"rule":"deadline-later-than-baseline","line":t("36．"),"text":"2026年6月底前",
  "why":"new work, not consolidation: 填表报数系统/基层填表报数工作量压减50%以上 is task 106, 完成时限 2025年; the city sets 2026年6月底前, later than the region"},
 {"rule":"deadline-invalid","line":t("22．"),"text":"9月31日",
  "why":"impossible date 2025年9月31日 (September has 30 days). Year 2025 equals task 56 (非税收入收缴电子化全覆盖), 完成时限 2025年, so it is not late"},
 {"rule":"deadline-invalid","line":t("38．"),"text":"2024年底前",
  "why":"a new-work deadline before the plan's own year (issued 2025-03-18): 机关事务管理信息系统整合/办公用房信息采集 is task 111, 完成时限 2025年; the review section records no such completion, so 2024年底前 is a stale date left in a 2025 plan, not a consolidation. Not later than the region"},
 {"rule":"unknown-unit","line":t("8．"),"text":"市数据局",
  "why":"青铜峡 has no 市数据局 (units.txt notes the data function sits with 市大数据服务中心); not in the registry"},
 {"rule":"basis-mismatch","line":ln("宁政发〔2023〕27号"),"text":"宁政发〔2023〕27号",
  "why":"《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (cited correctly in the preamble); 27号 is a wrong 文号 for that title"},
 {"rule":"garbled-text","line":t("4．"),"text":"杩滅▼鍖荤枟鏈嶅姟",
  "why":"UTF-8 bytes of 远程医疗服务 read as GBK (re-encode as GBK, decode as UTF-8 to recover)"},
]
D='deadline-later-than-baseline'; I='deadline-invalid'; U='unknown-unit'; B='basis-mismatch'
C='CONSOLIDATION near miss: '
NF=' A careful reviewer would not flag it.'
mnf=[
 {"rule":B,"line":2,"text":"青政办发〔2025〕9号","why":"the notice's own 文号, not a basis document"},
 {"rule":U,"line":3,"text":"街道办事处","why":"addressee line of the notice (各乡镇人民政府、街道办事处 = the collective 各…街道办事处), not a responsible unit"},
 {"rule":I,"line":6,"text":"2025年3月18日","why":"the notice's issue date, not a deadline"},
 {"rule":B,"line":ln("（国发〔2022〕14号）、"),"text":"宁政发〔2023〕17号","why":"both basis citations in the preamble are correct: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号） and 《自治区人民政府关于加强数字政府建设的实施意见》（宁政发〔2023〕17号）"},
 {"rule":B,"line":ln("宁政办发〔2020〕14号"),"text":"宁政办发〔2020〕14号","why":"retrospective mention of the superseded 2020 工作要点 in the review (自2020年…以来), correct title and 文号, not cited as a basis"},
 {"rule":I,"line":ln("宁政办发〔2020〕14号"),"why":"past dates in the review (2020年, 2023年5月, 截至2024年底, 2023年、2024年): background, not deadlines"},
 {"rule":I,"line":ln("（一）工作体系逐步健全"),"why":"review of 2023 work with the dates things were done (2023年6月/7月/9月/12月): past facts, not deadlines"},
 {"rule":B,"line":ln("（一）工作体系逐步健全"),"text":"《青铜峡市2023年数字政府建设工作要点》","why":"the city's own earlier document named in the review, not a basis citation"},
 {"rule":I,"line":ln("（二）支撑体系不断夯实"),"why":"review of 2023–2024 work with completion dates (2023年8月…2024年11月): past facts, not deadlines"},
 {"rule":B,"line":ln("（二）支撑体系不断夯实"),"text":"《青铜峡市政务信息化项目管理办法》","why":"the city's own documents (网络安全工作责任制实施细则, 项目管理办法) named in the review, not basis citations"},
 {"rule":I,"line":ln("（三）履职能力明显提升"),"why":"review of 2023–2024 work with completion dates (2023年底, 2024年6月/8月/9月): past facts, not deadlines"},
 {"rule":I,"line":ln("（四）存在的主要问题"),"why":"mentions the region's 2025 tasks; no deadline of the city's own and nothing before 2025"},
 {"rule":D,"line":ln("到2025年底，2023—2024年"),"text":"到2025年底","why":"主要目标 equal to the region's 到2025年 goal; the 2023—2024 in the line names the period being consolidated"},
 {"rule":I,"line":ln("到2025年底，2023—2024年"),"why":"2023—2024 names past work being consolidated, not a deadline"},
 {"rule":D,"line":ln("到2035年"),"text":"到2035年","why":"equal to the region's 到2035年 goal"},
 {"rule":I,"line":ln("指标名称\t2024年底"),"text":"2024年底","why":"indicator-table header: 2024年底 is the baseline value column (past), not a deadline"},
 {"rule":D,"line":t("1．"),"why":R.format(3,'持续推进，2025年取得明显成效')+"; the city writes 持续推进，2025年底前取得明显成效: equal"},
 {"rule":D,"line":t("2．"),"why":R.format(5,'持续推进，2025年取得明显成效')+"; equal"},
 {"rule":D,"line":t("3．"),"why":R.format(6,'持续推进，2025年取得明显成效')+"; equal"},
 {"rule":D,"line":t("4．"),"why":"tasks 7 (2023年形成试点经验，2025年取得明显成效) and 8 (持续推进，2025年取得明显成效); the city writes 2025年底前取得明显成效: equal"},
 {"rule":U,"line":t("4．"),"text":"市卫健局","why":"official short name of 市卫生健康局 in units.txt"},
 {"rule":D,"line":t("5．"),"why":R.format(9,'持续推进，2025年取得明显成效')+" (各地级市牵头, 各县（市、区）配合); 2025年底前: equal"},
 {"rule":U,"line":t("6．"),"text":"各乡镇人民政府","why":"collective subject"},
 {"rule":D,"line":t("6．"),"why":R.format(10,'持续推进，2025年取得明显成效')+"; equal"},
 {"rule":D,"line":t("7．"),"why":R.format(11,'2023年完成主要建设任务，2025年取得明显成效')+"; the city consolidates (巩固) and dates 2025年底前取得明显成效: equal to the completing milestone"},
 {"rule":U,"line":t("7．"),"text":"市供销社","why":"official short name of 市供销合作社联合社 in units.txt"},
 {"rule":D,"line":t("8．"),"why":R.format(12,'2025年')+"; 2025年底前: equal (the line's mistake is the unit, not the date)"},
 {"rule":D,"line":t("10．"),"text":"2025年6月底前","why":C+"tasks 14 and 15, 完成时限 2023年; the review (line %d) records the 责任制实施细则 issued 2023年8月; the 2025年6月底前 date is for a 落实情况检查 of a finished task, not for completing it.%s"%(ln("（二）支撑体系不断夯实"),NF)},
 {"rule":I,"line":t("10．"),"text":"2023年8月","why":"past date naming the base being consolidated, not a deadline"},
 {"rule":U,"line":t("10．"),"text":"各乡镇（街道）","why":"collective subject; 市直各部门（单位） too"},
 {"rule":D,"line":t("11．"),"why":R.format(18,'2023年形成机制，长期坚持')+" (and 17, 2023年); the review records yearly drills since 2023; the city writes 长期坚持 with no new milestone"},
 {"rule":D,"line":t("12．"),"why":R.format(22,'2025年')+"; 2025年底前: equal"},
 {"rule":U,"line":t("12．"),"text":"市市场监管局","why":"official short names 市市场监管局, 市住建局 in units.txt; 市直有关部门（单位） is a collective"},
 {"rule":D,"line":t("13．"),"text":"2025年6月底前","why":C+"task 24, 完成时限 2023年; the review (line %d) records the 项目管理办法 issued 2023年10月; the 2025 date is for revising it.%s"%(ln("（二）支撑体系不断夯实"),NF)},
 {"rule":I,"line":t("13．"),"text":"2023年10月","why":"past date naming the base being consolidated"},
 {"rule":D,"line":t("14．"),"why":R.format(28,'2023年启动，2025年取得明显成效')+"; 2025年底前取得明显成效: equal"},
 {"rule":D,"line":t("15．"),"why":R.format(29,'2023年启动，2025年完成')+"; 2025年底前: equal"},
 {"rule":D,"line":t("16．"),"text":"2025年6月底前","why":C+"task 30, 完成时限 2023年; the review (line %d) records the 目录/\"一本账\" done 2023年12月; the 2025 date is for the yearly update.%s"%(ln("（二）支撑体系不断夯实"),NF)},
 {"rule":I,"line":t("16．"),"text":"2023年12月","why":"past date naming the base being consolidated"},
 {"rule":D,"line":t("17．"),"why":C+"task 36, 完成时限 2023年; the review records the 供需对接/通报 mechanism built 2023年11月; the city writes 长期坚持 (quarterly reports), no new completion milestone."+NF},
 {"rule":D,"line":t("18．"),"text":"2025年9月底前","why":C+"tasks 43 (2024年建成，持续推进) and 46 (2024年); the review (line %d) records 46 systems migrated 2024年11月; the 2025 date is for a 资源使用评估和优化调度 of systems already on the cloud, and the remaining migration is the 持续推进 the region itself allows after 2024.%s See notes."%(ln("（二）支撑体系不断夯实"),NF)},
 {"rule":I,"line":t("18．"),"text":"2024年11月","why":"past date naming the base being consolidated"},
 {"rule":D,"line":t("19．"),"text":"2025年9月底前","why":C+"task 48 (城域网 5级全覆盖), 完成时限 2024年; the review records 市、镇、村 full coverage 2024年10月; the 2025 date is for a 运行质量评估.%s"%NF},
 {"rule":I,"line":t("19．"),"text":"2024年10月","why":"past date naming the base being consolidated"},
 {"rule":D,"line":t("20．"),"why":R.format(49,'2025年')+"; 2025年底前: equal"},
 {"rule":D,"line":t("21．"),"text":"2025年10月底前","why":R.format(52,'2025年')+"; earlier than the region"},
 {"rule":D,"line":t("22．"),"why":R.format(56,'2025年')+"; the year 2025 is equal (the day is impossible, see expect)"},
 {"rule":D,"line":t("23．"),"text":"2025年6月底前","why":R.format(64,'2025年')+"; earlier"},
 {"rule":I,"line":t("23．"),"text":"2023年","why":"在2023年调整充实…的基础上: past base, not a deadline"},
 {"rule":D,"line":t("24．"),"why":"六级贯通/层级职责 body text of the region (no single task; the 指挥调度 work is due 2025 in the region, e.g. task 81 2025年); 2025年底前: not later"},
 {"rule":D,"line":t("25．"),"why":R.format(66,'2025年')+"; equal"},
 {"rule":D,"line":t("26．"),"text":"2025年底前","why":C+"task 70, 完成时限 2024年; the review (line %d) records 信用风险分类管理 and 差异化监管 fully in force in 2024; the 2025 target (联合抽查占比稳定在30%%以上) is a consolidation target.%s"%(ln("（三）履职能力明显提升"),NF)},
 {"rule":D,"line":t("27．"),"why":R.format(83,'2025年')+"; equal"},
 {"rule":D,"line":t("28．"),"text":"2025年底前","why":C+"task 84, 完成时限 2024年; the review records 网上可办率98%% and 一网通办 in 2024; the 2025 date is for raising the rate to 99%%.%s"%NF},
 {"rule":D,"line":t("29．"),"text":"2025年底前","why":C+"task 85, 完成时限 2023年; the review records 免证办 156项 by 2023年底; the 2025 date is for extending the list to 260项.%s"%NF},
 {"rule":U,"line":t("29．"),"text":"市审批局","why":"official short name of 市审批服务管理局 in units.txt"},
 {"rule":D,"line":t("30．"),"why":"tasks 87 (2023年启动，2025年完成) and 92 (2025年); 2025年底前: equal"},
 {"rule":D,"line":t("31．"),"text":"2025年底前","why":C+"task 93, 完成时限 2024年; the review records the 适老化 retrofit done 2024年6月; the 2025 date is for a 复查.%s"%NF},
 {"rule":I,"line":t("31．"),"text":"2024年","why":"在2024年完成改造的基础上: past base"},
 {"rule":D,"line":t("32．"),"why":R.format(96,'2025年')+"; equal"},
 {"rule":D,"line":t("33．"),"text":"2025年11月底前","why":R.format(95,'2025年')+"; earlier"},
 {"rule":U,"line":t("33．"),"text":"吴忠市生态环境局青铜峡分局","why":"listed in units.txt (the 吴忠 bureau's branch that serves as the city's environmental body)"},
 {"rule":D,"line":t("34．"),"why":R.format(100,'2025年')+"; equal"},
 {"rule":D,"line":t("35．"),"text":"2025年底前","why":C+"task 105, 完成时限 2024年; the review records 宁政通 full coverage 2024年8月; the 2025 date is for an 应用成效评估.%s"%NF},
 {"rule":D,"line":t("37．"),"why":R.format(107,'2025年')+"; equal"},
 {"rule":D,"line":t("39．"),"text":"2025年底前","why":C+"tasks 112 and 114, 完成时限 2024年; the review records the 平台集约整合 and 新媒体矩阵 done 2024年9月; the 2025 date is for the yearly 新媒体检查.%s"%NF},
 {"rule":I,"line":t("39．"),"text":"2024年","why":"past base, not a deadline"},
 {"rule":D,"line":ln("（一）加强组织领导"),"text":"每年3月底前","why":R.format(116,'2023年完成并长期坚持')+"; the review records 一把手工程 and the 2023 工作要点; 长期坚持 and a recurring yearly date, no late milestone"},
 {"rule":D,"line":ln("（二）加大财政投入"),"why":"task 25 (2023年) is an ongoing funding measure here written 长期坚持 with no completion milestone"},
 {"rule":D,"line":ln("（三）提升数字素养"),"why":R.format(118,'2023年完成并长期坚持')+" (and 117 2024年, 120 2025年); the review records yearly training since 2023; 长期坚持"},
 {"rule":D,"line":ln("（四）强化考核评价"),"why":"tasks 122/123 (2023年完成，长期坚持) and 124 (2023年形成机制，长期坚持); the review records 效能考核 from 2023年12月; 继续纳入…长期坚持"},
 {"rule":I,"line":ln("（一）细化任务分工"),"text":"2025年4月底前","why":"the office's own internal date for drawing up measures, after the issue date"},
 {"rule":I,"line":ln("（二）加强调度督办"),"text":"2025年12月10日前","why":"the office's own reporting dates (每季度末月25日前, 2025年12月10日前), not task deadlines"},
]
covers=[(3,"1．"),(5,"2．"),(6,"3．"),(7,"4．"),(8,"4．"),(9,"5．"),(10,"6．"),(11,"7．"),(12,"8．"),
 (14,"10．"),(15,"10．"),(18,"11．"),(22,"12．"),(24,"13．"),(28,"14．"),(29,"15．"),(30,"16．"),(36,"17．"),
 (43,"18．"),(48,"19．"),(49,"20．"),(52,"21．"),(56,"22．"),(64,"23．"),(66,"25．"),(70,"26．"),(83,"27．"),
 (84,"28．"),(85,"29．"),(87,"30．"),(92,"30．"),(93,"31．"),(96,"32．"),(95,"33．"),(100,"34．"),(105,"35．"),
 (106,"36．"),(107,"37．"),(111,"38．"),(112,"39．"),(114,"39．")]
cov=[{"task":k,"line":t(p)} for k,p in covers]
cov+= [{"task":116,"line":ln("（一）加强组织领导")},{"task":25,"line":ln("（二）加大财政投入")},
       {"task":118,"line":ln("（三）提升数字素养")},{"task":122,"line":ln("（四）强化考核评价")},
       {"task":123,"line":ln("（四）强化考核评价")},{"task":124,"line":ln("（四）强化考核评价")}]
key={
 "writer":"blind writer, round 443; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-06",
 "draft":"draft.txt",
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2025,
 "expect":expect,
 "mustNotFlag":mnf,
 "covers":cov,
 "notes":("青铜峡市 (county-level city under 吴忠市) plan issued 2025-03-18 by 青政办发〔2025〕9号, based on 宁政发〔2023〕17号 only (no parent plan is cited; 吴忠市 is mentioned only as a body the city cooperates with). "
  "Lines %d-%d review 2023-2024 with the dates things were done. Work the region dated 2023 or 2024 appears as 巩固提升/持续优化 with a 2025 date (the draft's items 10, 13, 16, 18, 19, 26, 28, 29, 31, 35, 39; also 11, 17 and the 党的领导 items as 长期坚持); each is backed by a dated entry in the review and its 2025 date is for checking, updating, evaluating or raising a target, not for completing the regional task; these are in mustNotFlag as deadline-later near misses that a careful reviewer would not flag. "
  "The most arguable of them is item 18 (政务云): it also says 持续推进剩余系统迁移 without a date; the region's task 43 itself reads 2024年建成，持续推进. "
  "New work runs to 2025年底前 or earlier, except the planted 2026 dates. The draft numbers its tasks 1-39 inline with （责任单位：…；完成时限：…）; the 党的领导 items carry 长期坚持. The line-21 goal is also inconsistent with line 20 (all tasks done by 2025年底), which is part of the slip.")%(ln("自2020年自治区印发"),ln("（四）存在的主要问题"))
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(mnf),len(cov))
for e in expect: print(e['rule'],e['line'],e.get('text'))
