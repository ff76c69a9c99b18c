# Helper kept in the case folder: builds key.json and checks every line/text against draft.txt.
import json
lines = open('draft.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '':
    lines = lines[:-1]

def L(n): return lines[n-1]

N = "Regional task numbers: the 43 inline notes (責任單位…完成時限…) of the guangxi seed, numbered 1-43 in order of appearance."
expect = [
 {"rule":"deadline-later-than-baseline","line":49,"text":"2026年底",
  "why":"12345 hotline task = regional task 8 (持續優化12345政務服務便民熱線平臺…), 完成時限 2025年底; the county writes 2026年底"},
 {"rule":"deadline-invalid","line":93,"text":"2022年12月",
  "why":"open-data catalogue = regional task 35 (編制公共數據開放目錄…), 完成時限 持續開展; the plan is issued 2023-08-28, so a 2022年12月底前 deadline lies before the year of issue (stale template date)"},
 {"rule":"unknown-unit","line":71,"text":"县经信局",
  "why":"old/colloquial name not in units.txt (the registry has 县工业和信息化局 = 县工信局 only)"},
 {"rule":"basis-mismatch","line":117,"text":"广西壮族自治区人民政府关于加强数字政府建设的实施方案",
  "why":"桂政发〔2022〕31号 is the 实施意见, not a 实施方案; wrong title (line 9 cites it correctly)"},
 {"rule":"garbled-text","line":91,"text":"鍏呭垎鍙戞尌",
  "why":"UTF-8 bytes read as GBK: 充分发挥政务数据共享协调机制作用"},
 {"rule":"missing-pillar","line":0,"pillar":"生态环境保护",
  "why":"the 七个能力 section (二) skips 提升生态环境保护能力 entirely: no 生态环境 monitoring, 自然资源一张图 or 绿色低碳 content anywhere; (一)-(六) renumbered so the gap is hidden"},
 {"rule":"task-uncovered","line":0,"task":16,"why":"生态环保协同治理 (持續開展, 各市人民政府) deliberately left out with the missing pillar"},
 {"rule":"task-uncovered","line":0,"task":17,"why":"提高自然資源利用效率 (持續開展, 各市人民政府) deliberately left out with the missing pillar"},
 {"rule":"task-uncovered","line":0,"task":18,"why":"推動綠色低碳轉型 (持續開展, 各市人民政府) deliberately left out with the missing pillar"},
]

mnf = [
 {"rule":"basis-mismatch","line":2,"text":"平政发〔2023〕12号","why":"the document's own 文号, not a cited basis"},
 {"rule":"basis-mismatch","line":9,"text":"国发〔2022〕14号","why":"correct title and 文号 of the national 指导意见"},
 {"rule":"basis-mismatch","line":9,"text":"桂政发〔2022〕31号","why":"correct: 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 with its 文号"},
 {"rule":"basis-mismatch","line":9,"text":"关于加强数字政府建设的实施方案","why":"the parent city's (贵港市) plan cited by title alone, as city plans often are; not the regional document"},
 {"rule":"basis-mismatch","line":12,"text":"国发〔2016〕55号","why":"retrospective mention of an older, different document in the background section; its real title does contain 加快推进 and its 文号 is correct"},
 {"rule":"basis-mismatch","line":17,"text":"数字中国建设整体布局规划","why":"real central document (2023) without 文号, named in the 指导思想, not a wrong basis"},
 {"rule":"deadline-invalid","line":6,"text":"2023年8月28日","why":"issuance date of the notice"},
 {"rule":"deadline-invalid","line":12,"text":"2021年","why":"past dates (2021年, 2022年) in the background section, not deadlines"},
 {"rule":"deadline-later-than-baseline","line":26,"text":"到2023年底","why":"local interim goal, earlier than the regional 到2025年 goal"},
 {"rule":"deadline-later-than-baseline","line":27,"text":"到2025年","why":"equal to the regional 主要目标 (到2025年…体系框架基本形成)"},
 {"rule":"deadline-later-than-baseline","line":32,"text":"到2035年","why":"equal to the regional 2035 goal (数字政府基本建成)"},
 {"rule":"deadline-later-than-baseline","line":38,"text":"2025年底","why":"regional task 3 (一體化在線監管), 完成時限 2025年底: equal; note keeps Traditional labels 責任單位/完成時限"},
 {"rule":"deadline-later-than-baseline","line":42,"text":"持續開展","why":"regional task 4, 完成時限 持續開展: equal, written in Traditional characters"},
 {"rule":"deadline-later-than-baseline","line":50,"text":"2024年底","why":"regional task 9 (智桂通), 完成時限 2025年底: the county's deadline is earlier"},
 {"rule":"deadline-later-than-baseline","line":52,"text":"持續開展","why":"regional task 11 (智慧人社), 完成時限 持續開展: equal, Traditional"},
 {"rule":"deadline-later-than-baseline","line":64,"text":"2025年12月底前","why":"regional task 22 (政務公開), 完成時限 2025年底: equal (month given)"},
 {"rule":"deadline-later-than-baseline","line":67,"text":"2023年11月底前","why":"regional task 23 (安全工作協調機制), 完成時限 持續開展: a 2023 milestone plus 长期坚持 is not later"},
 {"rule":"deadline-later-than-baseline","line":100,"text":"持續開展","why":"regional task 38 (數據智能支撐), 完成時限 持續開展: equal, Traditional"},
 {"rule":"deadline-invalid","line":116,"text":"2023年9月底前","why":"county's own internal arrangement in the year of issue, after the issuance date"},
 {"rule":"deadline-invalid","line":123,"text":"25日前","why":"the office's own reporting dates (每季度最后一个月25日前, 每年12月10日前), not task deadlines"},
 {"rule":"deadline-invalid","line":127,"text":"2023年8月28日印发","why":"printing date in the footer"},
 {"rule":"unknown-unit","line":38,"text":"發展改革局","why":"Traditional form of 县发展改革局 (prefix 县 distributes), listed in units.txt"},
 {"rule":"unknown-unit","line":42,"text":"信訪局","why":"Traditional form of 县信访局 (prefix 县 distributes)"},
 {"rule":"unknown-unit","line":42,"text":"住房城鄉建設局","why":"Traditional form of 县住房城乡建设局, an alias in units.txt"},
 {"rule":"unknown-unit","line":42,"text":"县人民检察院","why":"in units.txt; 县人民法院 likewise"},
 {"rule":"unknown-unit","line":35,"text":"各乡镇人民政府","why":"collective subject"},
 {"rule":"unknown-unit","line":44,"text":"消防救援大队","why":"prefix 平南县 distributes: 平南县消防救援大队, in units.txt (so is 平南县气象局)"},
 {"rule":"unknown-unit","line":48,"text":"县残联","why":"official short name of 县残疾人联合会 in units.txt"},
 {"rule":"unknown-unit","line":50,"text":"县大数据局","why":"short name of 县大数据发展局 in units.txt"},
 {"rule":"unknown-unit","line":50,"text":"县直有关部门","why":"collective subject"},
 {"rule":"unknown-unit","line":54,"text":"县住建局","why":"short name of 县住房和城乡建设局 in units.txt"},
 {"rule":"unknown-unit","line":67,"text":"县直各部门（单位）","why":"collective subject"},
 {"rule":"unknown-unit","line":69,"text":"县委保密办","why":"in units.txt"},
 {"rule":"unknown-unit","line":75,"text":"工信局","why":"prefix 县 distributes: 县工信局, short name of 县工业和信息化局; 县科技局 is the short name of 县科学技术局"},
 {"rule":"unknown-unit","line":102,"text":"平南县税务局","why":"short name of 国家税务总局平南县税务局 in units.txt"},
 {"rule":"unknown-unit","line":123,"text":"县数字政府建设工作领导小组办公室","why":"a coordinating body the plan itself sets up (line 116), named as a report recipient, not as a responsible unit"},
 {"rule":"unknown-unit","line":126,"text":"县人大常委会办公室","why":"抄送 (copy-to) list, not responsible units (县政协办公室 likewise)"},
 {"rule":"garbled-text","line":41,"text":"堅持和發展新時代“楓橋經驗”","why":"sentence copied from the regional text in Traditional characters, not mojibake"},
 {"rule":"garbled-text","line":111,"text":"全社會共建共治共享的數字生態","why":"Traditional sentence copied from the regional text, not mojibake"},
 {"rule":"garbled-text","line":38,"text":"責任單位","why":"Traditional labels (責任單位, 完成時限) kept from the regional notes"},
 {"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"present: line 110-111 (营造良好数字生态: 数据要素市场, 公平竞争审查)"},
 {"rule":"missing-pillar","line":0,"pillar":"政务公开","why":"present: lines 61-64"},
]

covers_map = {1:35,2:37,3:38,4:40,5:43,6:44,7:46,8:49,9:50,10:51,11:52,12:53,13:54,14:55,15:56,
 19:58,20:59,21:60,22:62,23:67,24:69,25:71,26:73,27:75,28:78,29:80,30:82,31:84,32:86,33:89,34:91,
 35:93,36:96,37:98,38:100,39:101,40:103,41:106,42:109,43:111}
covers = [{"task":t,"line":l} for t,l in sorted(covers_map.items())]

bad = 0
for e in expect + mnf:
    if e["line"] and "text" in e and e["text"] not in L(e["line"]):
        print("MISMATCH", e["line"], e["text"]); bad += 1
print("lines", len(lines), "bad", bad)

key = {
 "writer": "blind writer, round 954; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-08",
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": N + " 平南县 (贵港市) 2023 plan, issued 2023-08-28, mostly Simplified; some notes and two sentences keep the regional Traditional characters (責任單位, 完成時限, 持續開展, 發展改革局, 信訪局, 住房城鄉建設局) and must be read as their Simplified equivalents. Line 118 states that the first-listed unit of each note leads; every note starts with a county unit. Tasks 16-18 are left out on purpose (missing 生态环境保护 pillar); task 23 is regional-only but the county takes it up anyway. The 贵港市 plan cited on line 9 is not supplied (parents: none)."
}
json.dump(key, open('key.json','w',encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(mnf), len(covers))
