# writes key.json for blind725 (kept in the case folder)
import json
D='deadline-later-than-baseline'; I='deadline-invalid'; U='unknown-unit'; B='basis-mismatch'; G='garbled-text'; P='missing-pillar'
expect=[
 {"rule":B,"line":7,"text":"宁政办发〔2023〕17号","why":"the title 《自治区人民政府关于加强数字政府建设的实施意见》 belongs to 宁政发〔2023〕17号 (an 自治区人民政府 document, not a 政府办公厅 宁政办发 one); a slip by analogy with the 1244+N citation (宁政办发〔2023〕11号) right after it"},
 {"rule":G,"line":71,"text":"鏁版嵁渚涢渶瀵规帴鏈哄埗","why":"UTF-8 bytes of '数据供需对接机制' read as GBK inside an otherwise clean sentence (建立健全政务…和数据异议处理机制)"},
 {"rule":D,"line":106,"text":"2025年底前","why":"适老化与信息无障碍 of government websites, mobile apps and service venues is task 93, 完成时限 2024年; the city moves it to end-2025 (the task is not in the annex table)"},
 {"rule":D,"line":151,"text":"2025年6月底前","why":"annex row 17 (公共数据开放目录及责任清单, 分类分级开放公共数据) is task 41, 完成时限 2024年; body line 73 carries no date"},
 {"rule":U,"line":172,"text":"市行政审批局","why":"not in units.txt; the city's body is 市审批服务管理局 (市审批局), used for the same work on lines 64, 101, 102 and annex rows 11, 39"},
]
mnf=[]
def m(rule,line,why,text=None,**kw):
    e={"rule":rule,"line":line}
    if text: e["text"]=text
    e.update(kw); e["why"]=why; mnf.append(e)
# basis near misses
m(B,7,"correct: national guiding opinion and its 文号","国发〔2022〕14号")
m(B,7,"correct citation of the 1244+N plan, same 文号 as in the 吴忠 plan of the seeds","宁政办发〔2023〕11号")
m(B,12,"retrospective mention of the superseded 2020 工作要点 in the 发展基础 background, correct title and 文号; not cited as a basis","宁政办发〔2020〕14号")
m(B,14,"retrospective mention of the regional 实施意见 in the background, no 文号, title paraphrased in running text","自治区印发加强数字政府建设的实施意见")
m(B,2,"the plan's own title in the issuing notice, not a basis citation","《石嘴山市关于加强数字政府建设的实施方案》")
m(B,129,"the city's own old plan, named only to repeal it; not cited as a basis","《石嘴山市推进“数字政府”建设实施方案（2020—2022年）》")
# goals
m(D,22,"2024年底 goals are tasks 43 (2024年建成), 37 (2024年) and 48 (2024年): equal. They are not the region's 2023年底 goals (政策体系, 自治区本级五个一, 家底理清)","到2024年底")
m(D,23,"equal to the regional 主要目标 到2025年 (34567 体系框架全面成型)","到2025年")
m(D,24,"equal to the regional 2035 vision","到2035年")
# body dates equal/earlier
m(D,29,"task 64 (各地参照自治区做法成立组织机构) 完成时限 2025年; 2024年6月底前 is earlier","2024年6月底前")
m(D,65,"task 22 (审管协同) 完成时限 2025年; equal","2025年底前")
m(D,75,"task 34 (主题数据库纳入全区一体化政务大数据体系) 完成时限 2024年; equal (task 35, also 2024年, for 地方主题数据库)","2024年底前")
m(D,77,"task 43 完成时限 '2024 年建成，持续推进'; equal","2024年底前")
m(D,103,"task 87 (12345 热线) 完成时限 '2023年启动，2025年完成'; 2025年6月底前 is earlier","2025年6月底前")
# annex rows equal/earlier
rows=[
 (135,"2024年底前取得明显成效","task 2 '2023年启动，2024年取得明显成效': completing milestone equal"),
 (136,"持续推进，2025年取得明显成效","task 3 '持续推进，2025年取得明显成效': equal"),
 (137,"持续推进，2025年取得明显成效","task 5 '持续推进，2025年取得明显成效': equal"),
 (138,"持续推进，2025年取得明显成效","task 6 '持续推进，2025年取得明显成效': equal"),
 (139,"2025年取得明显成效","task 7 '2023年形成试点经验，2025年取得明显成效': completing milestone equal"),
 (140,"持续推进，2025年取得明显成效","task 8 '持续推进，2025年取得明显成效': equal"),
 (141,"2025年底前","task 9 '持续推进，2025年取得明显成效': equal"),
 (142,"持续推进，2025年取得明显成效","task 10 '持续推进，2025年取得明显成效': equal"),
 (143,"2025年取得明显成效","task 11 '2023年完成主要建设任务，2025年取得明显成效': completing milestone equal"),
 (144,"2025年","task 12 '2025年': equal"),
 (145,"2024年底前","task 21 '2024年': equal"),
 (146,"2025年底前","task 22 '2025年': equal"),
 (147,"持续推进，2025年取得明显成效","task 28 '2023年启动，2025年取得明显成效': completing milestone equal"),
 (148,"2024年底前","task 37 '2024年': equal"),
 (149,"2024年10月底前","task 39 '2024年': earlier"),
 (150,"2024年","task 40 '2024年': equal"),
 (152,"2024年底前","task 42 '2024年': equal"),
 (153,"2024年底前","task 34 '2024年': equal"),
 (154,"2024年底前完成，持续推进","task 43 '2024 年建成，持续推进': equal"),
 (155,"2024年","task 45 '2024 年': equal"),
 (156,"2024年9月底前","task 47 '2024 年': earlier"),
 (157,"2024年底前","task 48 '2024 年': equal"),
 (158,"2025年","task 49 '2025 年': equal"),
 (159,"2025年6月底前","task 52 '2025年': earlier"),
 (160,"2024年底前","task 54 '2024年': equal"),
 (161,"2024年底前","task 56 '2025年': earlier"),
 (162,"2024年","task 57 '2024年': equal"),
 (163,"2024年底前","task 58 '2024年': equal"),
 (164,"2024年6月底前","task 64 '2025年': earlier"),
 (165,"2025年","task 66 '2025年': equal"),
 (166,"2024年底前","tasks 70 and 71 '2024年': equal"),
 (167,"2024年","task 74 '2024年': equal"),
 (168,"2024年底前","task 77 '2024年': equal"),
 (169,"2024年","task 79 '2024年': equal"),
 (170,"2024年底前","task 80 '2024年': equal"),
 (171,"2025年","task 83 '2025年': equal"),
 (172,"2024年底前","task 84 '2024年': equal (only the lead unit of this row is wrong)"),
 (173,"2024年","task 86 '2024年': equal"),
 (174,"2025年6月底前","task 87 '2023年启动，2025年完成': earlier"),
 (175,"2024年","task 88 '2024年': equal"),
 (176,"2024年底前","task 90 '2024年': equal"),
 (177,"2025年","task 92 '2025年': equal"),
 (178,"2024年","task 94 '2024年': equal"),
 (179,"2025年","task 95 '2025年': equal"),
 (180,"2025年","task 96 '2025年': equal"),
 (181,"2024年底前","task 97 '2024年': equal"),
 (182,"2025年","task 101 '2025年': equal"),
 (183,"2024年","tasks 104 and 105 '2024年': equal"),
 (184,"2025年6月底前","task 106 '2025年': earlier"),
 (185,"2025年","task 107 '2025年': equal"),
 (186,"2024年取得明显成效","task 108 '长期推进，2024年取得明显成效': equal"),
 (187,"2025年","task 111 '2025年': equal"),
 (188,"2024年","task 112 '2024年': equal"),
 (189,"2024年","task 113 '2024年': equal"),
 (190,"2024年","task 115 '2024年': equal"),
 (192,"每年","task 121 '长期坚持': an annual obligation, no milestone later than the region's"),
]
for ln,t,w in rows: m(D,ln,w,t)
# copied regional deadline before the plan year
m(D,191,"task 116 '2023年完成并长期坚持' copied verbatim; equal, and line 13 records that it was done in 2023","2023年完成并长期坚持")
m(I,191,"copied regional deadline that lies before the plan's year (KEY-FORMAT near miss); the background (line 13) says it was done in 2023","2023年完成并长期坚持")
# past dates in the background, own dates
m(I,4,"the plan's own issue date","2024年3月15日")
m(I,13,"past date in the 发展基础 background (what was done in 2023)","2023年9月")
m(I,13,"past year in the background","2023年")
m(I,14,"past date in the background (when the region issued its opinion)","2023年5月")
m(I,70,"past year in the background of a measure (the 2023 census the catalogue builds on)","2023年")
m(I,129,"period of the repealed old plan","2020—2022年")
m(I,12,"year inside the title of a retrospectively mentioned document","2020年")
m(I,132,"the plan's own period in the annex title","2024—2025年")
# office reporting dates
m(I,31,"the office's own reporting date for the annual summary, not a task deadline","2024年12月10日前")
m(D,31,"quarterly reporting date of the office, not a task deadline","每季度末月25日前")
m(D,37,"the counties' report on how they split up the plan's tasks: an office reporting date, not a task deadline","2024年4月底前")
m(D,128,"the office's own evaluation of the plan at its end, not a task deadline","2025年11月底前")
m(I,37,"reporting date within the plan year","2024年4月底前")
# collectives
for ln,t in [(1,"各县（区）人民政府"),(29,"各县（区）人民政府"),(30,"市直各部门（单位）"),(46,"各县（区）人民政府"),(54,"市直有关部门"),(58,"市直各部门（单位）"),(78,"各乡镇（街道）"),(91,"承担监管职责的市直有关部门"),(93,"承担监管职责的市直有关部门"),(106,"市直各部门（单位）"),(138,"各县（区）人民政府"),(157,"各乡镇（街道）"),(167,"承担监管职责的市直有关部门"),(191,"市直各部门（单位）")]:
    m(U,ln,"collective subject (lead or cooperating), not a unit name",t)
m(U,65,"'等有关部门' closes the list; 市水务局 is in units.txt and the tail is a collective","市水务局等有关部门")
m(U,37,"the office that receives reports; line 29 says it sits in 市大数据管理服务局; not a responsible-unit cell","市推进数字政府建设领导小组办公室")
# aliases
for ln,t,c in [(29,"市大数据局","市大数据管理服务局"),(42,"市工信局","市工业和信息化局"),(42,"高新区管委会","石嘴山高新技术产业开发区管委会"),(48,"市卫健委","市卫生健康委"),(46,"市人社局","市人力资源社会保障局"),(46,"市文旅局","市文化旅游体育广电局"),(65,"市审批局","市审批服务管理局"),(65,"市住建局","市住房城乡建设局"),(79,"市城管局","市城市管理局"),(79,"市应急局","市应急管理局"),(92,"市市场监督管理局","市市场监管局"),(104,"市发改委","市发展改革委"),(125,"市委党校","市委党校 (= 市行政学院)")]:
    m(U,ln,"official short name listed in units.txt for "+c,t)
# prefix distribution and registered outside bodies
m(U,49,"prefix 市 distributes over the list: 市工业和信息化局, 市公安局, 市自然资源局, 市交通运输局, 市城市管理局, all in units.txt","工业和信息化局")
m(U,141,"prefix 市 distributes over the list (same as line 49)","城市管理局")
m(U,98,"vertical body in units.txt","石嘴山市消防救援支队")
m(U,98,"vertical body in units.txt","石嘴山市气象局")
m(U,89,"vertical body in units.txt","石嘴山市税务局")
m(U,109,"county government in units.txt","平罗县人民政府")
m(U,42,"district government in units.txt","惠农区人民政府")
# garbled near misses
m(G,34,"normal Latin/number mix","5G+工业互联网")
m(G,49,"normal abbreviation","（CIM）")
m(G,102,"normal: 政务APP","APP")
m(G,67,"em dash range, not damage","1—2个")
# pillars
m(P,52,"数字生态 is short but present (数据要素市场, 网络生态)",pillar="数字生态")
m(P,29,"五个一 taken up as the city's 组织机构 (领导小组, 办公室, 运营团队, 专家咨询组)",pillar="五个一")
m(P,30,"六级贯通 layer duties for 市, 县（区）, 乡镇（街道）, 村（社区）",pillar="六级贯通")
m(P,122,"党的领导 is section 六 ('加强党的领导，强化保障措施') with 组织领导, 财政投入, 数字素养, 考核评价 on lines 123–126",pillar="党的领导")
m(P,55,"四个支撑 all present (lines 57, 63, 69, 76)",pillar="制度规则")
m(P,84,"七个能力 all present (lines 86–117)",pillar="政务公开")
covers={2:135,3:136,5:137,6:138,7:139,8:140,9:141,10:142,11:143,12:144,14:58,15:58,17:59,18:60,21:145,22:146,23:66,24:66,25:124,28:147,30:70,32:70,34:153,35:75,37:148,39:149,40:150,41:151,42:152,43:154,45:155,46:77,47:156,48:157,49:158,52:159,54:160,55:82,56:161,57:162,58:163,64:164,65:87,66:165,67:89,68:91,70:166,71:166,72:94,73:94,74:167,75:93,77:168,78:97,79:169,80:170,81:79,83:171,84:172,85:102,86:173,87:174,88:175,89:104,90:176,92:177,93:106,94:178,95:179,96:180,97:181,98:109,100:109,101:182,102:110,103:112,104:183,105:183,106:184,107:185,108:186,111:187,112:188,113:189,114:120,115:190,116:191,117:125,118:125,121:192,122:126,123:126,124:126}
key={
 "writer":"blind writer, round 725; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":mnf,
 "covers":[{"task":t,"line":l} for t,l in sorted(covers.items())],
 "notes":"石嘴山市 2024 实施方案 (issued 2024-03-15) against 宁政发〔2023〕17号, no parent plan. Careful office: five planted slips only. Annex note (line 133) says a year without month means end of that year and the first of several leads is the main lead. Task 36 (供需对接) is taken up on line 71 but its key words are inside the garbled run, so it is deliberately not in covers. Regional tasks due 2023 are taken up without dates (lines 58-60, 66, 70, 91, 94) or, for task 116, with the region's own wording copied (line 191)."
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
