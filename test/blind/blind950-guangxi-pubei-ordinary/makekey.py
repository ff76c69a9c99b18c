# helper: builds key.json, finding each line number by its text in draft.txt
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def ln(s, start=None):
    hits=[i for i,l in enumerate(L,1) if s in l and (start is None or l.startswith(start))]
    assert len(hits)==1,(s,hits)
    return hits[0]
E1=lambda rule,s,text,why,start=None: {"rule":rule,"line":ln(s,start),"text":text,"why":why}
expect=[
 E1("basis-mismatch","国发〔2021〕14号","国发〔2021〕14号","《国务院关于加强数字政府建设的指导意见》 is 国发〔2022〕14号 (as the 广西 实施意见 cites it); year mistyped as 2021"),
 E1("deadline-later-than-baseline","完成时限：2026年底","2026年底","12345 hotline paragraph = guangxi task 8 (持续优化12345政务服务便民热线平台…, seed line 63), 完成时限 2025年底; the county puts 2026年底"),
 E1("deadline-invalid","完成时限：2022年12月底","2022年12月底","deadline before the plan's own year (issued 2023-07-14); e-government extranet / IPv6 paragraph = guangxi task 37 (強化電子政務網絡統籌建設管理…, seed line 165), 完成時限 持續開展 — a date copied from an older plan"),
 E1("unknown-unit","灵山县大数据发展局","灵山县大数据发展局","a neighbouring county's bureau (copy-paste slip), not in units.txt; the lead of a 浦北 task must be a 浦北 unit (task 38, 持續開展)"),
 E1("garbled-text","鏁版嵁鍏变韩浜ゆ崲骞冲彴","鏁版嵁鍏变韩","UTF-8 bytes read as GBK: 数据共享交换平台 → 鏁版嵁鍏变韩浜ゆ崲骞冲彴"),
 {"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"guangxi 七(三) 营造良好数字生态 (数据要素市场规则, 数据产权交易, 公平竞争审查, 数据交易场所, 数据要素应用场景) is not taken up anywhere: section 七 has only 数字经济 and 数字社会, and the 指导思想/基本原则 mention only 数字经济、数字社会"},
 {"rule":"task-uncovered","line":0,"task":43,"why":"guangxi task 43 (建立健全數據要素市場規則…, seed line 187, 各市人民政府, 持續開展) left out together with the 数字生态 pillar"},
 {"rule":"task-uncovered","line":0,"task":40,"why":"guangxi task 40 (強化開放生態支撐能力, seed line 173, 各市人民政府, 持續開展) is not taken up; 六(三) stops at 共性应用 (information only, left out by the writer)"},
]
M=lambda rule,s,why,text=None,start=None: dict({"rule":rule,"line":ln(s,start)},**({"text":text} if text else {}),why=why)
mnf=[
 M("basis-mismatch","浦政办发〔2023〕21号","the notice's own 文号, not a cited basis document","浦政办发〔2023〕21号"),
 M("basis-mismatch","已经县人民政府同意","the draft's own title in 《》; 实施方案 is right for the county's own document","《浦北县加强数字政府建设实施方案》"),
 M("basis-mismatch","国发〔2016〕55号","retrospective mention in the 发展现状 background; 国发〔2016〕55号 is indeed 《国务院关于加快推进“互联网+政务服务”工作的指导意见》, not cited as the basis","国发〔2016〕55号"),
 M("basis-mismatch","二〇三五年远景目标纲要","the county's own 十四五 规划纲要, cited by title only as context, not a basis of the plan","《浦北县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》"),
 M("deadline-invalid","2023年7月14日","the notice's own date","2023年7月14日"),
 M("deadline-invalid","截至2022年底","past date in the 发展现状 background","2022年底"),
 M("deadline-invalid","2021年12月上线运行","past dates (2022年, 2021年12月) in the background","2021年12月"),
 M("deadline-invalid","2023年8月31日前","the office's own reporting date, after the issue date and a valid day","2023年8月31日"),
 M("deadline-invalid","每年6月30日、12月20日前","the office's recurring reporting dates (no year)","6月30日"),
 M("deadline-later-than-baseline","到2023年底，县数字政府建设","a local interim goal earlier than any regional goal","2023年底"),
 M("deadline-later-than-baseline","到2025年，与政府治理能力现代化","主要目标 到2025年 体系框架基本形成 equals the guangxi goal 到2025年","2025年"),
 M("deadline-later-than-baseline","到2035年，全县数字政府","主要目标 到2035年 基本建成 equals the guangxi goal 到2035年","2035年"),
 M("deadline-later-than-baseline","2023年9月至2025年9月","the office's own implementation schedule, within 2025","2025年9月"),
 M("deadline-later-than-baseline","2025年10月至12月","the office's own evaluation phase ends in 2025, equal to the 2025 goal","2025年10月至12月"),
 M("deadline-later-than-baseline","完成时限：2025年底","一体化在线监管 = guangxi task 3 (以一體化在線監管提升監管協同化水平, seed line 49), 完成時限 2025年底: equal","2025年底"),
 M("deadline-later-than-baseline","2023年启动，2025年底前完成","智桂通 = guangxi task 9 (持續完善“智桂通”移動開放生態體系, seed line 65), 完成時限 2025年底: completing milestone equal; 2023年启动 is an extra start milestone","2025年底前完成"),
 M("deadline-later-than-baseline","变“人找政策”为“政策找人”","政务公开 = guangxi task 22 (優化政策信息數字化發布, seed line 97), 完成時限 2025年底: 2024年底 is earlier","2024年底"),
 M("deadline-later-than-baseline","建立健全政务云资源使用管理机制","政务云 = guangxi task 36 (完善政務云服務體系, seed line 161), 完成時限 持續開展: a local 2024年底 milestone for an ongoing task is not later","2024年底"),
 M("deadline-invalid","持续优化12345政务服务便民热线","12345, 110, 119, 120, 122 are hotline numbers, not dates","12345"),
 M("unknown-unit","各镇人民政府、各街道办事处，县直各部门（单位）：","addressee line: collective subjects","各镇人民政府"),
 M("unknown-unit","财政局、大数据发展局，各镇人民政府","各镇人民政府 is a collective; 统计局/财政局/大数据发展局 take the 县 prefix of 县发展和改革局","统计局"),
 M("unknown-unit","县委网信办、国安办，县公安局、大数据发展局等，县直各部门（单位）","国安办 takes the 县委 prefix (县委国安办 in units.txt); 县直各部门（单位） is a collective","国安办"),
 M("unknown-unit","县委网信办、国安办、保密办","保密办 = 县委保密办 by prefix distribution","保密办"),
 M("unknown-unit","提升生态环保协同治理能力","钦州市浦北生态环境局 is the county-level environment branch listed in units.txt, not a city unit","钦州市浦北生态环境局"),
 M("unknown-unit","中国联通浦北分公司等","operators outside the government proper, listed in units.txt","中国电信浦北分公司"),
 M("unknown-unit","浦北县气象局，县消防救援大队","vertically managed units listed in units.txt","浦北县气象局"),
 M("unknown-unit","各镇人民政府，各村（社区）","collective subjects","各村（社区）"),
 M("unknown-unit","县直各有关部门（单位），各镇（街道）。完成时限：2023年启动","collective subjects","县直各有关部门（单位）"),
 M("unknown-unit","主动对接自治区大数据发展局","a regional body mentioned in the body as the one the county reaches out to; the task's 责任单位 is 县大数据发展局","自治区大数据发展局"),
 M("unknown-unit","浦北县税务局，县档案馆","in units.txt (浦北县税务局 canonical, 县档案馆)","浦北县税务局"),
 M("garbled-text","“天地图·广西”","the middle dot is part of the platform's name, not damage","天地图·广西"),
 M("garbled-text","“4·27”重要讲话","4·27 is the name of the 2017-04-27 speech, not damage","4·27"),
]
covers=[(1,"围绕林产林化"),(2,"充分运用数字技术支撑构建新型监管机制"),(3,"以一体化在线监管提升监管协同化水平"),(4,"推进数字化网格治理能力建设"),(5,"推进社会治安防控体系智能化"),(6,"推进智慧应急建设"),(7,"打造泛在可及的服务体系"),(8,"持续优化12345政务服务便民热线"),(9,"持续完善“智桂通”浦北专区"),(10,"推动智慧教育服务能力提升"),(11,"推动智慧人社服务能力提升"),(12,"推动智慧医疗服务能力提升"),(13,"推动智慧工地监管能力提升"),(14,"推动智慧体育服务能力提升"),(15,"推动智慧康养服务能力提升"),(16,"提升生态环保协同治理能力"),(17,"提高自然资源利用效率"),(18,"推动绿色低碳转型"),(19,"提升辅助决策能力"),(20,"提升行政执行能力"),(21,"提升行政监督水平"),(22,"优化政策信息数字化发布"),(23,"建立健全县数字政府安全工作协调机制"),(24,"建立健全数据分类分级保护"),(25,"建立健全数据安全监管责任体系"),(26,"加强县级电子政务外网安全防护"),(27,"强化安全可靠技术和产品应用"),(28,"推动政府履职更加协同高效"),(29,"统筹全县数字政府建设，落实"),(30,"认真贯彻落实数字政府建设相关法律法规"),(31,"认真执行数据开发利用"),(32,"围绕重点领域、关键环节、共性需求"),(33,"强化政府部门数据管理职责"),(34,"充分发挥政务数据共享协调机制作用"),(35,"编制县级公共数据开放目录"),(36,"依托自治区、钦州市政务云资源"),(37,"推动县级电子政务外网扩容升级"),(38,"强化数据智能支撑能力"),(39,"推进数字化共性应用集约建设"),(41,"主动融入中国—东盟信息港建设"),(42,"推进数字乡村建设")]
key={
 "writer":"blind writer, round 950; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-08",
 "draft":"draft.txt",
 "baseline":"guangxi-2022",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2023,
 "expect":expect,
 "mustNotFlag":mnf,
 "covers":[{"task":t,"line":ln(s)} for t,s in covers],
 "notes":"Task numbers for guangxi-2022 are the order of its inline (責任單位…完成時限…) notes, 1–43 (seed lines 43…187); task 23 (安全管理责任) is the only one without 各市人民政府. 浦北县 is under 钦州市; no parent plan is given, so the draft names 钦州市 only as 工作部署 without a title. Units: units.txt; prefixes distribute as in the region (县发展和改革局、统计局 → 县统计局; 县委网信办、国安办 → 县委国安办). 县直各部门（单位）, 县直各有关部门（单位）, 各镇人民政府, 各镇（街道）, 各村（社区） are collectives. Line 9 also cites 桂政发〔2022〕31号 correctly (only the 国发 year is wrong; no mustNotFlag there, to keep one entry per rule and line). The title of the regional document is taken as 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 (the seed's text has no title line). Planted: wrong 国发 year (line 9), 12345 hotline 2026年底 (task 8), a pre-2023 deadline (task 37), a neighbouring county's unit (task 38), one mojibake run (task 34), 数字生态 left out (task 43); task 40 also left out (information)."
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(mnf),len(key['covers']))
for e in expect: print(e['rule'],e['line'],e.get('text',e.get('pillar',e.get('task'))))
for m in mnf: print(m['rule'],m['line'],m.get('text'))
