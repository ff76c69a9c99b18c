# helper kept in the case folder: builds key.json and checks every line/text against draft.txt
import json, datetime
lines = open("draft.txt", encoding="utf-8").read().split("\n")
def ln(s, nth=1):
    hits = [i+1 for i,l in enumerate(lines) if s in l]
    assert len(hits) >= nth, (s, hits)
    return hits[nth-1]
def chk(line, text):
    assert text in lines[line-1], (line, text)
    return line
G = "数据共享交换平台".encode("utf-8").decode("gbk")
gx = "广西 实施意见 (桂政发〔2022〕31号) task "   # inline (責任單位…完成時限…) clauses numbered 1-43 in order
expect = [
 {"rule":"basis-mismatch","line":chk(9,"桂政发〔2022〕13号"),"text":"桂政发〔2022〕13号",
  "why":"《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号; 13号 is a transposed 文号 that does not belong to this title"},
 {"rule":"deadline-later-than-baseline","line":chk(25,"到2026年"),"text":"2026年",
  "why":"主要目标: 广西 says 到2025年 …政府数字化履职能力、安全保障、制度规则、数据资源、平台支撑等数字政府体系框架基本形成; the county puts the same goal at 2026"},
 {"rule":"deadline-later-than-baseline","line":chk(ln("一体化在线监管\t"),"2026年底前"),"text":"2026年底",
  "why":gx+"3 (以一體化在線監管提升監管協同化水平…互聯網+監管…監管事項清單認領), 完成時限 2025年底; row 3 says 2026年底前"},
 {"rule":"deadline-invalid","line":chk(ln("智慧工地\t"),"2022年底前"),"text":"2022年底",
  "why":"task row deadline before the year the plan is issued (2023-09-18); "+gx+"13 (推動智慧工地監管能力提升) is 持續開展, so it is not a late deadline, only an impossible one"},
 {"rule":"unknown-unit","line":chk(ln("安全保障能力\t"),"自治区大数据发展局"),"text":"自治区大数据发展局",
  "why":"regional body named as 牵头单位 of a county task (row 27, "+gx+"26 一体安全平台/态势感知); copied from the regional text; the county lead would be 县委网信办 or 县大数据发展局"},
 {"rule":"unknown-unit","line":chk(ln("审管协同\t"),"县审批服务管理局"),"text":"县审批服务管理局",
  "why":"not in units.txt; the county body is 县行政审批局 (简称 县审批局); 审批服务管理局 is another region's naming"},
 {"rule":"garbled-text","line":chk(60,G),"text":G[:6],
  "why":"UTF-8 bytes of 数据共享交换平台 read as GBK (mojibake, no ? marker)"},
]
M = []
def nm(rule, line, text, why):
    if text: chk(line, text)
    e = {"rule":rule,"line":line}
    if text: e["text"]=text
    e["why"]=why; M.append(e)
D="deadline-later-than-baseline"; U="unknown-unit"; B="basis-mismatch"; I="deadline-invalid"
nm(B,9,"国发〔2022〕14号","correct 文号 and title of the national 指导意见")
nm(B,12,"国发〔2016〕55号","retrospective mention of an old national document in the 发展现状 background, correct 文号; not a basis citation")
nm(B,2,"融政办发〔2023〕46号","the notice's own 文号, not a cited document")
nm(B,4,"《融水苗族自治县数字政府建设实施方案》","the plan's own title in the 印发 notice")
nm(I,12,"截至2022年底","past dates (2022年, 截至2022年底) describing achievements in the background, not deadlines")
nm(I,6,"2023年9月18日","issue date of the notice")
nm(D,26,"到2035年","2035 goal equal to 广西's 到2035年…基本建成")
nm(D,38,"2025年底前","12345 hotline merger 力争2025年底前 equals "+gx+"8 完成時限 2025年底")
nm(D,39,"2024年底前","智桂通 work due 2024年底前, earlier than "+gx+"9 完成時限 2025年底")
nm(D,49,"每年","每年至少开展一次 checks: recurring, "+gx+"24 is 持續開展")
nm(D,74,"每年6月30日、12月10日前","the office's own reporting dates, not task deadlines")
nm(I,74,"12月10日","reporting dates, valid")
nm(D,ln("经济运行监测分析\t"),"2023年起持续开展","row 1: ongoing from 2023, "+gx+"1 持續開展")
nm(I,ln("经济运行监测分析\t"),"2023年起持续开展","2023 is the plan's own year, not before it")
nm(D,ln("智慧监管\t"),"长期","row 2: 长期 = ongoing, "+gx+"2 持續開展")
nm(D,ln("社会治安防控智能化\t"),"长期","row 5: 长期, "+gx+"5 持續開展")
nm(D,ln("12345热线\t"),"2025年（阶段性）","row 8: 2025 milestone equals "+gx+"8 完成時限 2025年底")
nm(D,ln("“智桂通”融水专区\t"),"2024年底前完成并持续开展","row 9: completes 2024, earlier than "+gx+"9 完成時限 2025年底, then ongoing")
nm(D,ln("智慧康养\t"),"2023年起持续开展","row 15: "+gx+"15 持續開展")
nm(D,ln("森林碳汇监测\t"),"“十四五”期间","row 18: within 2021–2025; "+gx+"18 持續開展 has no later milestone")
nm(D,ln("数字政府大脑\t"),"按自治区部署","row 19: follows the region's schedule, "+gx+"19 持續開展")
nm(D,ln("政策文件库和政府网站\t"),"“十四五”期间","row 22: “十四五”期间 ends 2025, equal to "+gx+"22 完成時限 2025年底")
nm(D,ln("政策传播和精准推送\t"),"2025年前","row 23: 2025年前 is not later than "+gx+"22 完成時限 2025年底")
nm(D,ln("安全检查\t"),"每年","row 25: recurring, "+gx+"24 持續開展")
nm(D,ln("项目和经费管理\t"),"每年","row 30: annual budgeting, "+gx+"29 持續開展")
nm(D,ln("公共数据开放\t"),"按自治区部署","row 35: follows the region, "+gx+"35 持續開展")
nm(D,ln("政务云\t"),"2024年底前完成并持续开展","row 36: "+gx+"36 持續開展; a 2024 milestone plus ongoing is not later")
nm(D,ln("电子政务外网\t"),"2025年前","row 37: "+gx+"37 持續開展; dated milestone within the period")
nm(U,ln("生态环境智能感知\t"),"柳州市生态环境局融水分局","柳州市 body stationed in the county (the county's environment authority), listed in units.txt; not a 自治区 body")
nm(U,ln("森林碳汇监测\t"),"县发改局","official short name of 县发展和改革局 in units.txt (row also names 柳州市生态环境局融水分局)")
nm(U,44,"柳州市大数据发展局","柳州市 body above the county, named as the body to liaise with, not as a lead; listed in units.txt")
nm(U,72,"柳州市大数据发展局","柳州市 body above the county, liaison only; listed in units.txt")
nm(U,ln("数字化网格治理\t"),"各乡镇人民政府","collective subject; 县人民法院/县人民检察院 in the same cell are in units.txt")
nm(U,78,"各乡镇人民政府","collective subject in the table note")
nm(U,3,"县直各委、办、局","collective addressees of the notice")
nm(U,ln("一体化政务服务\t"),"县直各部门（单位）","collective subject")
nm(U,ln("智慧监管\t"),"县直有关部门","collective subject")
nm(U,ln("智慧人社\t"),"县人社局","official short name of 县人力资源和社会保障局")
nm(U,ln("12345热线\t"),"县卫健局","official short name of 县卫生健康局")
nm(U,ln("行政监督\t"),"县政府办公室","short name of 县人民政府办公室")
nm(U,ln("自主可控\t"),"县工信局","official short name of 县工业和信息化局")
nm(U,ln("项目和经费管理\t"),"县发展改革局","official short name of 县发展和改革局")
nm(U,ln("安全检查\t"),"县委保密办","in units.txt")
nm(U,ln("电子政务外网\t"),"中国电信融水分公司","operators outside government, listed in units.txt")
nm("missing-pillar",0,None,"数字生态 taken up at line 69 (营造良好数字生态) and row 41")
nm("missing-pillar",0,None,"政务公开 taken up at line 46 and rows 22–23")
M[-2]["pillar"]="数字生态"; M[-1]["pillar"]="政务公开"
cov = {1:29,2:31,3:31,4:33,5:34,6:35,7:37,8:38,9:39,10:40,11:40,12:40,13:40,14:40,15:40,16:42,17:42,18:42,
       19:44,20:44,21:44,22:46,23:48,24:49,25:50,26:51,27:52,28:54,29:55,30:56,31:56,32:57,33:59,34:60,35:61,
       36:63,37:64,38:65,39:65,40:65,41:67,42:68,43:69}
covers=[{"task":t,"line":l} for t,l in sorted(cov.items())]
key = {
 "writer":"blind writer, round 321; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": datetime.date.today().isoformat(),
 "draft":"draft.txt",
 "baseline":"guangxi-2022","build":None,"parents":[],"units":"units.txt","planYear":2023,
 "expect":expect,"mustNotFlag":M,"covers":covers,
 "notes":("广西 has no separate task list: task numbers here count the inline (責任單位…完成時限…) clauses of guangxi-2022-shishi-yijian.txt in order, 1–43 "
          "(1 經濟調節 … 3 以一體化在線監管 … 8 12345熱線 … 9 智桂通 … 13 智慧工地 … 22 政策信息數字化發布 … 23 安全管理責任 (no 各市) … 26 一體安全平台 … 36 政務雲 … 43 數字生態). "
          "Only tasks 3, 8, 9, 22 carry 2025年底; all others 持續開展. Table 序号 is the county's own numbering, not 广西's. "
          "No parent plan: 柳州市 has no plan in the seeds, and the preamble cites 柳州 only as 有关工作部署. "
          "柳州市 bodies are in units.txt under a separate comment because the county office liaises with them.")
}
for e in expect+M:
    if e["line"]: assert 1 <= e["line"] <= len(lines)
json.dump(key, open("key.json","w",encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(covers), len([l for l in lines if l]))
