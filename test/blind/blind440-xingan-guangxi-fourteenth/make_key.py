# helper kept in the case folder: writes key.json and checks every line/text against draft.txt
import json
D=open('draft.txt',encoding='utf-8').read().split('\n')
NUM="Task numbers are the 43 inline (責任單位…完成時限…) notes of the 广西 实施意见 (桂政发〔2022〕31号) counted in document order, 1-43; the quoted opening words identify each task."
expect=[
 {"rule":"deadline-later-than-baseline","line":44,"text":"2026年6月底前","why":"广西 task 8 '持續優化12345政務服務便民熱線平臺（以下簡稱12345熱線）功能…推動12345熱線與110、119、120、122等緊急熱線以及水電氣等公共事業服務熱線聯動' has 完成時限 2025年底; the draft's completing milestone (联动) is 2026年6月底前, later. The earlier milestone 2024年底前 (热线归并) on the same line is fine."},
 {"rule":"deadline-later-than-baseline","line":59,"text":"2026年底前","why":"广西 task 22 '優化政策信息數字化發布。持續優化全區政府網站集約化平臺功能…政策文件庫…' (二(七) 提升政務公開水平) has 完成時限 2025年底; the draft gives 2026年底前."},
 {"rule":"deadline-invalid","line":73,"text":"2023年底前","why":"the plan is issued 2024年5月20日 (planYear 2024); a 完成时限 of 2023年底前 lies before the document's own year (copied from the 2023 工作要点). 广西 task 34 '充分發揮政務數據共享協調機制作用…政務數據目錄…一數一源一標準' is 持續開展, so this is not a copied regional date."},
 {"rule":"unknown-unit","line":77,"text":"县信息中心","why":"not in units.txt (units.txt notes that the former 县信息中心 was merged into 县大数据发展局); stale name. Other units on the line (县大数据发展局, 县工业和信息化局, 各乡镇人民政府) are fine."},
 {"rule":"unknown-unit","line":79,"text":"自治区大数据发展局","why":"a regional body named as lead of a local task: line 29 says the first-listed 责任单位 is the 牵头单位, and 自治区大数据发展局 is listed first for the county's 共性应用 task (广西 task 39 '推進數字化共性應用集約建設…', 持續開展). The other units on the line (县行政审批局, 县财政局, 县自然资源局, 县发展和改革局, 兴安县税务局) are in units.txt."},
 {"rule":"basis-mismatch","line":89,"text":"桂政发〔2023〕31号","why":"the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (dated 2022-11-30, as correctly cited on line 9); 〔2023〕 is a wrong 文号 for that title."},
 {"rule":"garbled-text","line":76,"text":"鍏ㄩ儴杩佺Щ涓婁簯","why":"UTF-8 bytes of 全部迁移上云 read as GBK (re-encode as GBK, decode as UTF-8 to recover)."},
]
M=[
 {"rule":"basis-mismatch","line":9,"text":"桂政发〔2022〕31号","why":"correct citation of the national 指导意见 (国发〔2022〕14号) and the 广西 实施意见 (桂政发〔2022〕31号), both with the right title and 文号"},
 {"rule":"basis-mismatch","line":2,"text":"兴政办发〔2024〕15号","why":"the draft's own 文号 (印发通知 of 兴安县人民政府办公室), not a cited basis document"},
 {"rule":"basis-mismatch","line":12,"text":"国发〔2016〕55号","why":"retrospective mention in 发展现状 of an older national document (《国务院关于加快推进“互联网+政务服务”工作的指导意见》, correctly numbered); not cited as basis. The same line also mentions 《兴安县2023年数字政府建设工作要点》 retrospectively."},
 {"rule":"deadline-invalid","line":12,"text":"2022年","why":"past dates (2016年以来, 2022年, 2023年) in the 发展现状 background describe work already done, not deadlines"},
 {"rule":"deadline-invalid","line":6,"text":"2024年5月20日","why":"the document's issue date"},
 {"rule":"deadline-later-than-baseline","line":25,"text":"“十四五”末","why":"主要目标 '到“十四五”末…数字政府体系框架基本形成' = end of 2025, equal to the 广西 主要目标 '到2025年…數字政府體系框架基本形成'"},
 {"rule":"deadline-later-than-baseline","line":27,"text":"到2035年","why":"the 2035 远景目标 (a long-range vision, not a task date), equal to the 广西 '到2035年，廣西數字政府體系框架更加成熟完備…基本建成'"},
 {"rule":"deadline-later-than-baseline","line":26,"text":"2024年底前","why":"a local 2024 goal (网上可办率, 专网整合), earlier than any 广西 date; the 专网整合 part matches task 37 '強化電子政務網絡統籌建設管理…' which is 持續開展"},
 {"rule":"deadline-later-than-baseline","line":35,"text":"2025年底前","why":"广西 task 3 '以一體化在線監管提升監管協同化水平…' has 完成時限 2025年底: equal; the intermediate 2024年底前 (清单认领) is earlier"},
 {"rule":"deadline-later-than-baseline","line":45,"text":"“十四五”期间","why":"广西 task 9 '持續完善“智桂通”移動開放生態體系…' has 完成時限 2025年底; “十四五”期间 ends 2025年底: equal"},
 {"rule":"deadline-later-than-baseline","line":38,"text":"2024年底前","why":"广西 task 5 '推進社會治安防控體系智能化…實現鄉鎮、行政村監控網絡全覆蓋' is 持續開展; a 2024 milestone inside an ongoing task is not later; the note says 持续开展"},
 {"rule":"deadline-later-than-baseline","line":56,"text":"2024年底前","why":"广西 task 20 '提升行政執行能力…' is 持續開展; a 2024 completion date for the county's part is earlier than, not later than, the region"},
 {"rule":"deadline-later-than-baseline","line":89,"text":"6月底前","why":"the office's own reporting dates (每年6月底前和11月底前 报送进展), not task deadlines"},
 {"rule":"unknown-unit","line":3,"text":"驻兴各有关单位","why":"collective addressees (各乡镇人民政府, 县直各部门（单位）, 驻兴各有关单位)"},
 {"rule":"unknown-unit","line":70,"text":"县直有关部门","why":"collective subject (also 各乡镇人民政府 on the line)"},
 {"rule":"unknown-unit","line":35,"text":"县发改局","why":"official short names listed in units.txt: 县发改局 = 县发展和改革局, 县市场监管局 = 县市场监督管理局"},
 {"rule":"unknown-unit","line":47,"text":"县人社局","why":"short name of 县人力资源和社会保障局 in units.txt"},
 {"rule":"unknown-unit","line":43,"text":"县残联","why":"short name of 县残疾人联合会 in units.txt; 县人力资源和社会保障局 etc. are canonical"},
 {"rule":"unknown-unit","line":51,"text":"桂林市兴安生态环境局","why":"the county-level ecology bureau is a branch of the city bureau and is named so; it is in units.txt, so the 市 prefix does not make it a city body"},
 {"rule":"unknown-unit","line":55,"text":"桂林市大数据发展局","why":"设区市 body named only as guiding ('在桂林市大数据发展局指导下'), not in the 责任单位 note, which lists only county units"},
 {"rule":"unknown-unit","line":45,"text":"自治区大数据发展局","why":"自治区 body named only as issuing the 统一部署; the 责任单位 note lists county units (县大数据发展局 first)"},
 {"rule":"unknown-unit","line":87,"text":"桂林市大数据发展局","why":"自治区 and 设区市 bodies named as giving 业务指导, not responsible; 县数字政府建设领导小组 on the line is in units.txt"},
 {"rule":"unknown-unit","line":89,"text":"桂林市大数据发展局","why":"the city body only receives a copy of the report (抄送), not a responsible unit"},
 {"rule":"unknown-unit","line":16,"text":"市人民政府","why":"'桂林市委、市人民政府决策部署' in 指导思想: the city's leading bodies as source of policy, not responsible units"},
 {"rule":"unknown-unit","line":39,"text":"兴安县消防救援大队","why":"units outside the government proper, listed in units.txt (兴安县气象局, 兴安县消防救援大队)"},
 {"rule":"unknown-unit","line":88,"text":"县委党校","why":"in units.txt"},
 {"rule":"unknown-unit","line":12,"text":"县政务服务中心","why":"in units.txt; also 县委、县人民政府 as the county's leading bodies (in units.txt)"},
 {"rule":"garbled-text","line":79,"text":"“天地图·广西”","why":"a real platform name with a middle dot, not mojibake (likewise “4·27” on line 16 and （IPv6） on line 77)"},
 {"rule":"missing-pillar","line":0,"pillar":"政务公开","why":"taken up on lines 58-59 (二(一)7 提升政务公开水平)"},
 {"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"taken up on line 84 (营造良好数字生态)"},
 {"rule":"missing-pillar","line":0,"pillar":"加强党的领导","why":"section 三 (lines 85-89) takes up 组织领导, 推进机制, 数字素养, 考核评估"},
]
cov={1:32,2:34,3:35,4:37,5:38,6:39,7:41,8:44,9:45,10:46,11:47,12:48,13:49,14:49,15:49,16:51,17:52,18:53,19:55,20:56,21:57,22:59,23:61,24:62,25:63,26:64,27:65,28:67,29:68,30:69,31:69,32:70,33:72,34:73,35:74,36:76,37:77,38:78,39:79,40:80,41:82,42:83,43:84}
covers=[{"task":k,"line":v} for k,v in sorted(cov.items())]
# checks
for e in expect+M:
    if e["line"]>0 and "text" in e:
        assert e["text"] in D[e["line"]-1], (e, D[e["line"]-1][:50])
for c in covers: assert D[c["line"]-1].strip(), c
key={
 "writer":"blind writer, round 440; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-06",
 "draft":"draft.txt",
 "also":[],
 "baseline":"guangxi-2022",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":M,
 "covers":covers,
 "notes":NUM+" 兴安县 (桂林市) county plan of 2024-05-20 implementing the 广西 实施意见 directly (no city plan cited). Line 29 states that the first-listed 责任单位 is the 牵头单位. Task 7 spans lines 41-43 (note on 43); tasks 13-15 are merged on line 49; tasks 30-31 on line 69. 持续开展 in a county note equals the region's 持续開展. Planted: 2 late deadlines (44, 59), 1 deadline before the plan year (73), 1 stale unit (77), 1 regional body as lead (79), 1 wrong 文号 (89), 1 mojibake run (76)."
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(covers))
