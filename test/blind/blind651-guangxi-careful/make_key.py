# helper: builds key.json and checks every line number against draft.txt (1-based)
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
if L[-1]=='': L=L[:-1]
def at(line,text):
    assert 1<=line<=len(L) and text in L[line-1], (line,text)
    return line
def find(text):
    hits=[i+1 for i,l in enumerate(L) if text in l]
    assert len(hits)==1,(text,hits)
    return hits[0]
E=[]; M=[]; C=[]
def e(rule,line,text,why,**kw):
    d={"rule":rule,"line":at(line,text) if text else line}
    if text: d["text"]=text
    d.update(kw); d["why"]=why; E.append(d)
def m(rule,line,text,why):
    d={"rule":rule,"line":at(line,text)}
    if text: d["text"]=text
    d["why"]=why; M.append(d)

# ---------------- planted mistakes ----------------
e("basis-mismatch",105,"桂政办发〔2022〕31号",
  "wrong 文号 for 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》: it is 桂政发〔2022〕31号 (as cited correctly on line 9); 桂政办发 is the 自治区人民政府办公厅 series")
e("deadline-later-than-baseline",142,"2026年底前",
  "annex row 22 (政策信息数字化发布/政策精准推送) = regional task 22 (优化政策信息数字化发布…, 责任单位 自治区信访局、大数据发展局等，各市人民政府), 完成时限 2025年底; the body (line 55) says 2025年底前, the annex row was typed as 2026")
e("deadline-invalid",89,"2022年12月底前",
  "完成时限 before the year the plan is issued (2023-07-14): 专网整合迁移 cannot be due 2022年12月底; the annex row 37 (line 157) says 2023年12月底前. (Regional task 37, 电子政务网络, is 持续开展, so it is not a late deadline.)")
e("unknown-unit",87,"市大数据中心",
  "配合单位 not in units.txt: 横州 has 市大数据发展局 (short name 市大数据局), no 市大数据中心; the annex row 36 omits it")
e("garbled-text",82,"鏀垮姟鏁版嵁",
  "mojibake: UTF-8 bytes of 政务数据 read as GBK (re-encode as GBK, decode as UTF-8)")

# ---------------- near misses ----------------
# deadlines equal / earlier / ongoing
m("deadline-later-than-baseline",31,"2025年底前","task 3 (以一体化在线监管提升监管协同化水平) 完成时限 2025年底; local completing milestone 2025年底前 is equal (2024年底前 is an earlier interim milestone)")
m("deadline-later-than-baseline",31,"2024年底前","interim milestone of task 3, earlier than the regional 2025年底")
m("deadline-later-than-baseline",123,"2025年底前","annex row 3 = task 3, 完成时限 2025年底: equal")
m("deadline-later-than-baseline",38,"2025年底前","task 8 (12345热线) 完成时限 2025年底: equal")
m("deadline-later-than-baseline",128,"2025年底前","annex row 8 = task 8, 完成时限 2025年底: equal")
m("deadline-later-than-baseline",55,"2025年底前","task 22 (优化政策信息数字化发布) 完成时限 2025年底: the body note is equal (only the annex row 22 is late)")
m("deadline-later-than-baseline",39,"2024年底前","task 9 (“智桂通”移动开放生态体系) 完成时限 2025年底: local is earlier")
m("deadline-later-than-baseline",129,"2024年底前","annex row 9 = task 9, 完成时限 2025年底: earlier")
m("deadline-later-than-baseline",24,"到2025年","主要目标: the region's goal 到2025年 …数字政府体系框架基本形成; same year")
m("deadline-later-than-baseline",25,"到2035年","主要目标: the region's 到2035年 …数字政府基本建成; same year")
m("deadline-later-than-baseline",23,"到2023年底","local interim goal, earlier than any regional goal")
m("deadline-later-than-baseline",77,"2025年","task 32 (开展试点示范) is 持续开展; a local 2023年启动，2025年形成经验 milestone is not later than an ongoing task")
m("deadline-later-than-baseline",152,"2025年","annex row 32, same as line 77")
m("deadline-later-than-baseline",92,"2024年底前","task 39 (推进数字化共性应用集约建设) is 持续开展; a 2024 milestone plus 持续推进 is not later")
m("deadline-later-than-baseline",30,"持续推进","task 2 is 持续开展; 持续推进 is the same ongoing deadline")
m("deadline-later-than-baseline",98,"持续推进","task 42 (引领数字社会建设) is 持续开展; equal")
# dates that are not invalid
m("deadline-invalid",6,"2023年7月14日","the notice's own issue date")
m("deadline-invalid",13,"2021年2月","background: 撤县设市, a past fact, not a deadline")
m("deadline-invalid",13,"2022年9月","background: platform went online, a past fact, not a deadline")
m("deadline-invalid",12,"2018—2020年","part of an old document's title in the background")
m("deadline-invalid",17,"4·27","name of the “4·27” speech (习近平总书记视察广西), not a date or deadline")
m("deadline-invalid",157,"2023年12月底前","annex row 37: within the issue year 2023, valid (unlike the body note on line 89)")
m("deadline-invalid",23,"到2023年底","issue year itself, not before it")
m("deadline-invalid",105,"2023年9月底前","the office's own working date for lead units, after the 2023-07-14 issue date")
m("deadline-invalid",105,"每年12月10日前","the office's own annual reporting date")
m("deadline-invalid",105,"每季度结束后5个工作日内","the office's own quarterly reporting date")
m("deadline-invalid",119,"每年12月10日前","annex note: the office's own reporting date")
# citations
m("basis-mismatch",9,"国发〔2022〕14号","correct title and 文号 of the national 指导意见")
m("basis-mismatch",9,"桂政发〔2022〕31号","correct title and 文号 of the 广西 实施意见 (the baseline)")
m("basis-mismatch",2,"横政办发〔2023〕21号","the notice's own 文号, not a basis citation")
m("basis-mismatch",12,"国发〔2016〕55号","retrospective mention in 发展现状 of an older document with its correct title and 文号; not cited as the plan's basis")
m("basis-mismatch",12,"数字广西建设三年行动计划（2018—2020年）","retrospective mention of an expired regional plan in the background, not a basis")
m("basis-mismatch",73,"国务院令第716号","a regulation the plan tells units to apply (《国务院关于在线政务服务的若干规定》), correct number; not a basis document")
# units
m("unknown-unit",3,"市直各委、办、局","collective addressees of the notice")
m("unknown-unit",33,"各镇人民政府","collective subject")
m("unknown-unit",31,"市直有关部门","collective subject")
m("unknown-unit",60,"市直各部门（单位）","collective subject")
m("unknown-unit",28,"统计局","prefix 市 distributes: 市统计局 (second lead unit), in units.txt")
m("unknown-unit",28,"横州市税务局","short name of 国家税务总局横州市税务局 in units.txt")
m("unknown-unit",28,"市发展改革局","official short name of 市发展和改革局")
m("unknown-unit",37,"市场监管局","in the list 市民政局、司法局、…、市场监管局 the prefix 市 distributes: 市市场监管局, a listed short name of 市市场监督管理局")
m("unknown-unit",127,"市场监管局","annex row 7, same list as line 37")
m("unknown-unit",37,"残联","prefix distributes: 市残联, listed short name of 市残疾人联合会")
m("unknown-unit",41,"市医保局","listed short name of 市医疗保障局 (written in full on line 42)")
m("unknown-unit",41,"市人力资源社会保障局","official short name of 市人力资源和社会保障局")
m("unknown-unit",66,"市科技局","listed short name of 市科学技术局")
m("unknown-unit",43,"市住房城乡建设局","official short name of 市住房和城乡建设局")
m("unknown-unit",75,"市市场监督管理局","the canonical full name")
m("unknown-unit",47,"南宁市横州生态环境局","looks like a 南宁 city body but is the local ecology bureau, listed in units.txt")
m("unknown-unit",64,"中国电信横州分公司","enterprise outside government, listed in units.txt")
m("unknown-unit",89,"中国移动横州分公司","enterprise outside government, listed in units.txt")
m("unknown-unit",58,"市委保密办","listed in units.txt")
m("unknown-unit",33,"市人民检察院","listed in units.txt (court and procuratorate as 配合单位, as in the regional text)")
m("unknown-unit",105,"自治区大数据发展局","regional body named only as giving guidance in prose, not as the lead of a local task")
m("unknown-unit",105,"南宁市大数据发展局","parent-city body named only as giving guidance; also listed in units.txt")
m("unknown-unit",42,"市人民医院","hospitals named in the measure text, not responsible units")
m("unknown-unit",35,"横州市消防救援大队","listed in units.txt")
# text that is not garbled
m("garbled-text",92,"天地图·广西","genuine platform name with a middle dot")
m("garbled-text",96,"中国—东盟信息港","genuine name with an em dash")
m("garbled-text",89,"IPv6","genuine Latin term")
m("garbled-text",34,"第五代移动通信（5G）","genuine term")
m("garbled-text",39,"爱南宁","genuine name of 南宁's government app")

covers=[(1,28),(2,30),(3,31),(4,33),(5,34),(6,35),(7,37),(8,38),(9,39),(10,40),(11,41),(12,42),(13,43),(14,44),(15,45),
 (16,47),(17,48),(18,49),(19,51),(20,52),(21,53),(22,55),(23,58),(24,60),(25,62),(26,64),(27,66),(28,69),(29,71),(30,73),
 (31,75),(32,77),(33,80),(34,82),(35,84),(36,87),(37,89),(38,91),(39,92),(40,93),(41,96),(42,98),(43,100)]
for t,l in covers:
    assert '牵头单位' in L[l-1],(t,l)
    row=L[119+t]; assert row.startswith(str(t)+'\t'),(t,row)
C=[{"task":t,"line":l} for t,l in covers]

key={
 "writer":"blind writer, round 651; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "baseline":"guangxi-2022",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2023,
 "expect":E,
 "mustNotFlag":M,
 "covers":C,
 "notes":("横州市 (county-level city under 南宁市) plan of 2023-07-14 implementing 桂政发〔2022〕31号; no parent plan. "
  "Regional task numbers: the 广西 实施意见 has no numbered list, so tasks are numbered 1-43 in the order of its inline "
  "(責任單位:…。完成時限:…) notes: 1 经济调节, 2 智慧监管, 3 一体化在线监管 (2025年底), 4 网格治理, 5 治安防控, 6 智慧应急, 7 政务服务体系, "
  "8 12345热线 (2025年底), 9 智桂通 (2025年底), 10 教育, 11 人社, 12 医疗, 13 工地, 14 体育, 15 康养, 16 生态环保, 17 自然资源, 18 绿色低碳, "
  "19 辅助决策, 20 行政执行, 21 行政监督, 22 政务公开 (2025年底), 23 安全管理责任 (no 各市 role), 24 安全制度, 25 数据安全监管, 26 安全保障能力, "
  "27 自主可控, 28 职能转变, 29 管理机制, 30 法规制度, 31 标准规范, 32 试点示范, 33 数据管理机制, 34 数据共享, 35 数据开发利用, 36 政务云, "
  "37 电子政务网络, 38 数据智能, 39 共性应用, 40 开放生态, 41 数字经济, 42 数字社会, 43 数字生态; all others 持续开展. "
  "The body numbers its measures in the same order and the annex rows 1-43 (lines 121-163) follow the same numbering, so each annex row also covers its task. "
  "Framework: sections 二 to 七 mirror the 广西 framework (七个能力, 安全保障, 制度规则, 数据资源, 平台支撑, 数字经济/社会/生态); 八、保障措施 carries the "
  "党的领导 items (组织领导, 推进机制, 数字素养, 考核评估) plus 资金保障 and 宣传引导, so no pillar is missing. "
  "Annex and body disagree on purpose in three places: row 22 (late, planted), row 36 (omits the unknown unit) and row 37 (valid year, body invalid).")
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(E),len(M),len(C),len(L))
