# helper kept by the blind writer: builds key.json, resolving every line number from draft.txt
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')[:-1]
def ln(text, start=None):
    hits=[i for i,l in enumerate(L,1) if text in l and (start is None or l.startswith(start))]
    assert len(hits)==1,(text,start,hits)
    return hits[0]
T='guangxi-2022 task {n} (seed line {s}, 完成時限：{d})'
def t(n,s,d): return T.format(n=n,s=s,d=d)
expect=[
 {"rule":"basis-mismatch","line":ln("桂政发〔2022〕13号"),"text":"桂政发〔2022〕13号",
  "why":"the 广西 实施意见 on 加强数字政府建设 is 桂政发〔2022〕31号; digits transposed"},
 {"rule":"deadline-later-than-baseline","line":ln("2026年6月底前"),"text":"2026年6月底前",
  "why":t(8,63,"2025年底")+": 12345热线 task; the district sets 2026年6月底, half a year after the region"},
 {"rule":"deadline-invalid","line":ln("20225年底前"),"text":"20225年",
  "why":"impossible five-digit year (typo for 2025年底前); "+t(10,67,"持續開展")},
 {"rule":"unknown-unit","line":ln("区电子政务办"),"text":"区电子政务办",
  "why":"not in units.txt (an old name; the district's e-government work sits with 区大数据发展局)"},
 {"rule":"garbled-text","line":ln("鎻愬崌绀句細"),"text":"鎻愬崌绀句細",
  "why":"UTF-8 bytes read as GBK: '鎻愬崌绀句細鐭涚浘鍖栬В鑳藉姏' recovers to 提升社会矛盾化解能力"},
 {"rule":"missing-pillar","line":0,"pillar":"数字生态",
  "why":"section 七 takes up only 数字经济 and 数字社会; nothing on 营造良好数字生态 (数据要素市场规则, 数据产权/交易, 公平竞争审查); 数字生态 appears only as a word in 指导思想 (line %d)"%ln("数字生态的引领作用")},
 {"rule":"task-uncovered","line":0,"task":43,
  "why":"task 43 (营造良好数字生态, seed line 187, 各市人民政府 included) deliberately left out with the pillar"},
]
mnf=[
 {"rule":"basis-mismatch","line":ln("国发〔2022〕14号"),"text":"国发〔2022〕14号","why":"correct title and 文号 of the national 指导意见"},
 {"rule":"basis-mismatch","line":ln("国发〔2016〕55号"),"text":"国发〔2016〕55号","why":"retrospective mention in 发展现状 of an old document, correctly numbered; not a basis citation"},
 {"rule":"basis-mismatch","line":ln("海城政办发〔2023〕21号"),"text":"海城政办发〔2023〕21号","why":"the notice's own 文号, not a cited document"},
 {"rule":"basis-mismatch","line":ln("《海城区加强数字政府建设实施方案》已经"),"text":"《海城区加强数字政府建设实施方案》","why":"the plan's own title in the cover notice"},
 {"rule":"deadline-later-than-baseline","line":ln("2025年底前实现监管数据全面汇聚"),"text":"2025年底前","why":t(3,49,"2025年底")+"; local final milestone equal, first milestone 2024年底 earlier"},
 {"rule":"deadline-later-than-baseline","line":ln("完成时限：2025年底前）"),"text":"2025年底前","why":t(9,65,"2025年底")+"; equal"},
 {"rule":"deadline-later-than-baseline","line":ln("完成时限：2024年底前）"),"text":"2024年底前","why":t(22,97,"2025年底")+"; earlier"},
 {"rule":"deadline-later-than-baseline","line":ln("2024年6月底前完成区级政务数据资源目录编制"),"text":"2024年6月底前","why":t(34,151,"持續開展")+"; a dated milestone under an ongoing regional task cannot be later"},
 {"rule":"deadline-later-than-baseline","line":ln("2025年底前完成专网整合迁移"),"text":"2025年底前","why":t(37,165,"持續開展")+"; also within the 2025 goal"},
 {"rule":"deadline-later-than-baseline","line":ln("到2025年，与政府治理能力"),"text":"到2025年","why":"主要目标 goal 体系框架基本形成 equal to the region's 到2025年"},
 {"rule":"deadline-later-than-baseline","line":ln("到2035年"),"text":"到2035年","why":"equal to the region's 2035 goal (数字政府基本建成)"},
 {"rule":"deadline-later-than-baseline","line":ln("——到2025年底"),"text":"到2025年底","why":"local indicator goal, within the region's 到2025年"},
 {"rule":"deadline-later-than-baseline","line":ln("（三）总结评估阶段（2025年10月—12月）"),"text":"2025年10月—12月","why":"the plan's own 实施步骤 stage, ends within 2025"},
 {"rule":"deadline-later-than-baseline","line":ln("确保各项任务于2025年底前落实到位"),"text":"2025年底前","why":"overall close-out equal to the region's 2025 deadlines"},
 {"rule":"deadline-invalid","line":ln("截至2022年底"),"text":"2022年底","why":"past date in 发展现状 background (also 2021年 on the same line), not a deadline"},
 {"rule":"deadline-invalid","line":ln("2022年通过平台受理"),"text":"2022年","why":"past date in background"},
 {"rule":"deadline-invalid","line":ln("——到2023年底"),"text":"到2023年底","why":"the plan's own issue year, not before it"},
 {"rule":"deadline-invalid","line":ln("2023年底前实现区直部门"),"text":"2023年底前","why":"milestone in the issue year; "+t(20,91,"持續開展")},
 {"rule":"deadline-invalid","line":ln("2023年10月31日前"),"text":"2023年10月31日前","why":"office's own reporting date (and 每年6月25日、12月20日前 on the same line), after the 2023-09-12 issue date"},
 {"rule":"deadline-invalid","line":ln("（一）动员部署阶段（2023年9月—10月）"),"text":"2023年9月","why":"实施步骤 stage starting in the issue month"},
 {"rule":"deadline-invalid","line":ln("2023年9月12日"),"text":"2023年9月12日","why":"the notice's own issue date"},
 {"rule":"unknown-unit","line":ln("区发展改革局、统计局、财政局"),"text":"统计局","why":"区 prefix distributes: 区统计局, 区财政局, 区大数据发展局 are in units.txt; 区发展改革局 is a listed short name"},
 {"rule":"unknown-unit","line":ln("区市场监管局、发展改革局"),"text":"区市场监管局","why":"short name of 区市场监督管理局 in units.txt"},
 {"rule":"unknown-unit","line":ln("区市场监管局、司法局、大数据发展局，区直有关部门"),"text":"区直有关部门","why":"collective subject"},
 {"rule":"unknown-unit","line":ln("区人民法院、区人民检察院"),"text":"区人民法院","why":"short names of 北海市海城区人民法院/人民检察院 in units.txt; 北海市公安局海城分局 on the same line is listed whole"},
 {"rule":"unknown-unit","line":ln("区消防救援大队，各街道办事处"),"text":"区消防救援大队","why":"short name of 北海市海城区消防救援大队 in units.txt; 各街道办事处 is a collective"},
 {"rule":"unknown-unit","line":ln("区残联，各街道办事处"),"text":"区残联","why":"short name of 区残疾人联合会; 人力资源社会保障局 distributes to 区人力资源社会保障局, a listed short name"},
 {"rule":"unknown-unit","line":ln("区委网信办、区委保密办"),"text":"区委保密办","why":"in units.txt"},
 {"rule":"unknown-unit","line":ln("国家税务总局北海市海城区税务局"),"text":"国家税务总局北海市海城区税务局","why":"listed whole in units.txt; must not be split at 北海市; 区档案馆 on the same line also listed"},
 {"rule":"unknown-unit","line":ln("区大数据发展局，区直各部门（单位），各街道办事处"),"text":"区直各部门（单位）","why":"collective subject"},
 {"rule":"unknown-unit","line":ln("涠洲镇人民政府；完成时限：持续开展）","推进智慧城区"),"text":"涠洲镇人民政府","why":"in units.txt; 区委网信办 then 区发展改革局… distributes correctly"},
 {"rule":"unknown-unit","line":ln("报送区大数据局"),"text":"区大数据局","why":"listed short name of 区大数据发展局"},
 {"rule":"unknown-unit","line":ln("区政府督查室"),"text":"区政府督查室","why":"in units.txt"},
 {"rule":"unknown-unit","line":ln("区委党校"),"text":"北海市大数据发展局","why":"city bureau listed in units.txt; mentioned as a partner, not a responsible unit (区委党校 on the same line is listed too)"},
 {"rule":"unknown-unit","line":ln("　　　　区发展和改革局局长"),"text":"区发展和改革局局长","why":"附件 member list: a listed unit followed by a post title"},
 {"rule":"unknown-unit","line":ln("北海市公安局海城分局分管副局长"),"text":"北海市公安局海城分局","why":"member list: listed unit + post title"},
 {"rule":"unknown-unit","line":ln("各街道办事处主任"),"text":"各街道办事处","why":"collective in the member list"},
 {"rule":"unknown-unit","line":ln("领导小组办公室设在区大数据发展局","领导小组办公室"),"text":"领导小组办公室","why":"the plan's own leading-group office (set up on line 109), in the 附件"},
 {"rule":"garbled-text","line":ln("4·27"),"text":"“4·27”","why":"the genuine name of the 4·27 speech with a middle dot"},
 {"rule":"garbled-text","line":ln("“1+6+N”"),"text":"“1+6+N”","why":"the region's own name of the 数字政府大脑 system"},
]
covers=[]
for n,start in [(1,"依托国家、自治区经济运行"),(2,"加强监管事项清单"),(3,"全面推行“互联网+监管”"),(4,"推进数字化网格治理能力建设"),
 (5,"推进社会治安防控"),(6,"推进智慧应急建设"),(7,"打造泛在可及"),(8,"优化12345"),(9,"推广应用“智桂通”"),(10,"推动智慧教育"),
 (11,"推动智慧人社"),(12,"推动智慧医疗"),(13,"推动智慧工地"),(14,"推动智慧体育"),(15,"推动智慧康养"),(16,"提升生态环保"),
 (17,"提高自然资源"),(18,"推动绿色低碳"),(19,"提升辅助决策"),(20,"提升行政执行"),(21,"提升行政监督"),(22,"依托全区政府网站"),
 (23,"建立健全区数字政府安全"),(24,"落实数据分类分级"),(25,"压实企业参与"),(26,"接入北海市电子政务外网"),(27,"强化安全可靠技术"),
 (28,"依托全国行政许可"),(29,"严格执行“四改四转”"),(30,"贯彻执行数字政府领域"),(32,"鼓励区直各部门"),(33,"明确区直部门数据"),
 (34,"编制区级政务数据"),(35,"按照自治区公共数据"),(36,"区直部门新建非涉密"),(37,"推动电子政务外网"),(39,"全面应用广西线上线下"),
 (41,"抢抓中国—东盟"),(42,"推进智慧城区")]:
    hits=[i for i,l in enumerate(L,1) if l.startswith(start)]
    assert len(hits)==1,(n,start,hits)
    covers.append({"task":n,"line":hits[0]})
key={
 "writer":"blind writer, round 926; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "baseline":"guangxi-2022",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2023,
 "expect":expect,
 "mustNotFlag":mnf,
 "covers":covers,
 "notes":"Task numbers: the 广西 实施意见 (seed guangxi-2022-shishi-yijian.txt) has no numbered list; the writer numbered its 43 clauses that carry a (責任單位…完成時限…) note, 1–43 in document order, and gives the seed line for each. Only tasks 3, 8, 9, 22 have a dated 完成時限 (2025年底); all others are 持續開展. Task 23 (安全管理責任, seed line 103) names no 各市人民政府 but the district takes it up anyway (line %d). Task 14 is covered; task 31 (标准规范) is only touched on line %d together with 30; tasks 38 (智能算法库) and 40 (开放生态支撑平台) are not taken up, as ordinary district omissions of regional platform builds (information only, not planted). Issue date 2023-09-12; planYear 2023. 附件 member list (lines %d–%d) names units followed by post titles."%(ln("建立健全区数字政府安全"),ln("贯彻执行数字政府领域"),ln("组　长："),ln("涠洲镇人民政府镇长")),
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(mnf),len(covers))
