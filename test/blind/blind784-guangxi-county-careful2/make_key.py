# Writes key.json and checks every (line, text) pair against draft.txt (1-based).
import json, pathlib
here = pathlib.Path(__file__).parent
L = (here / 'draft.txt').read_text(encoding='utf-8').split('\n')
TN = "regional task numbers count the 43 inline (責任單位…完成時限…) notes of guangxi-2022-shishi-yijian.txt in order"

expect = [
  {"rule": "deadline-later-than-baseline", "line": 129, "text": "2026年6月底",
   "why": "task-table row 11 (12345热线归并与联动) = regional task 8 (持续优化12345政务服务便民热线平台…，line 63 of the seed), 完成时限 2025年底; 2026年6月底前 is later. The body measure (line 39) gives no date."},
  {"rule": "deadline-invalid", "line": 151, "text": "9月31日",
   "why": "row 33 项目底数普查: 2023年9月31日前 is an impossible date (September has 30 days); regional task 29 (创新数字政府建设管理机制) is 持续开展, so this is not a late deadline"},
  {"rule": "unknown-unit", "line": 136, "text": "县卫生和计划生育局",
   "why": "row 18 智慧康养 配合单位: the 卫生和计划生育局 was abolished in the 2019 reform (now 县卫生健康局, which the body line 46 uses); not in units.txt nor a regional unit"},
  {"rule": "basis-mismatch", "line": 114, "text": "桂政发〔2023〕31号",
   "why": "the 广西 实施意见 is 桂政发〔2022〕31号 (cited correctly on line 9); the second mention in 强化考核评估 gives the year 2023"},
  {"rule": "garbled-text", "line": 87, "text": "鏀垮姟鏁版嵁",
   "why": "'鏀垮姟鏁版嵁璧勬簮' is 政务数据资源 as UTF-8 bytes read as GBK (mojibake) in 编制县级…目录"},
]

M = []
def m(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None: e["text"] = text
    e.update(kw); e["why"] = why; M.append(e)

D = "deadline-later-than-baseline"
m(D, 31, "earlier than regional task 3 (以一体化在线监管提升监管协同化水平, 完成时限 2025年底)", "2024年6月底前")
m(D, 31, "equal to regional task 3 (2025年底)", "2025年底")
m(D, 121, "row 3: earlier than regional task 3 (2025年底)", "2024年6月底前")
m(D, 122, "row 4: equal to regional task 3 (2025年底)", "2025年底前")
m(D, 130, "row 12 智桂通: final milestone 2025年底 equals regional task 9 (持续完善“智桂通”移动开放生态体系, 2025年底); 2023年启动 is an earlier step", "2023年启动，2025年底前全面完成")
m(D, 143, "row 25 政策文件库: earlier than regional task 22 (优化政策信息数字化发布, 2025年底)", "2024年底前")
m(D, 144, "row 26 政务新媒体矩阵: equal to regional task 22 (2025年底)", "2025年底前")
m(D, 21, "主要目标 interim goal for 2023, earlier than any regional goal", "到2023年底")
m(D, 22, "主要目标 interim goal for 2024 (外网三级覆盖, 共享率), earlier than the regional 2025 goal", "到2024年底")
m(D, 23, "主要目标: 体系框架基本形成 到2025年 equals the regional 主要目标 (到2025年…体系框架基本形成)", "到2025年")
m(D, 24, "主要目标: 基本建成 到2035年 equals the regional 2035 goal", "到2035年")
m(D, 124, "row 6 智慧小区: regional task 4 (推进数字化网格治理能力建设…智慧小区) is 持续开展; a dated 2025 milestone inside the plan period is not later", "2025年底前")
m(D, 139, "row 21 绿色低碳: regional task 18 is 持续开展; 2025年底 is within the period", "2025年底前")
m(D, 149, "row 31 自主可控: regional task 27 is 持续开展", "2025年底前")
m(D, 155, "row 37 试点示范: regional task 32 is 持续开展", "2025年底前")
m(D, 161, "row 43 共性应用: regional task 39 is 持续开展", "2025年底前")
m(D, 145, "row 27 安全管理责任: regional task 23 is 持续开展; 2023年底前建立，长期坚持 is not later", "2023年底前建立，长期坚持")
m(D, 157, "row 39 数据共享: regional task 34 is 持续开展; 2023年12月底前 is the same as 2023年底", "2023年12月底前")
m(D, 167, "row 49: the office's own mid-term and final evaluation of the plan, not a regional task; 2025年12月底 is not later than 2025年底 anyway", "2025年12月底前")

V = "deadline-invalid"
m(V, 12, "background: past years describing what was done before the plan (2021 document, status at end of 2022), not deadlines", "截至2022年底")
m(V, 12, "year range in the title of an old local document mentioned retrospectively", "2021—2022年")
m(V, 6, "the notice's own signing date", "2023年6月16日")
m(V, 110, "the office's own administrative date (联络员备案), after the issue date and valid", "2023年7月14日前")
m(V, 111, "recurring reporting dates without a year (每年6月25日和12月15日前)", "6月25日")
m(V, 117, "recurring reporting date for 持续推进 rows", "每年12月15日前")
m(V, 146, "recurring annual deadline", "每年12月底前")
m(V, 128, "row 10: 2023年底前 is in the issue year, not before it", "2023年底前")
m(V, 39, "12345, 110, 119, 120, 122 are hotline numbers, not dates", "110、119、120、122")

U = "unknown-unit"
m(U, 3, "official short name of 鹿寨经济开发区管理委员会 (units.txt)", "鹿寨经济开发区管委会")
m(U, 28, "prefix 县 distributes over the list: 县财政局, 县大数据发展和政务局", "财政局、大数据发展和政务局")
m(U, 30, "县市场监管局, 县发改局, 县大数据局 are the short names listed in units.txt", "县发改局")
m(U, 33, "distributed list: 县住房城乡建设局 is an alias of 县住房和城乡建设局; 县人民法院 and 县人民检察院 are in units.txt", "住房城乡建设局")
m(U, 38, "distributed list: 县人社局, 县卫健局, 县市场监管局, 县残联 are short names in units.txt", "残联")
m(U, 48, "柳州市鹿寨生态环境局 is the county-based branch of the city bureau that does the county's environmental work; it is in units.txt and is not a regional body", "柳州市鹿寨生态环境局")
m(U, 137, "same unit as lead of row 19", "柳州市鹿寨生态环境局")
m(U, 139, "鹿寨生态环境局 is a short name in units.txt", "鹿寨生态环境局")
m(U, 63, "县委网信办、保密办: the prefix 县委 distributes, giving 县委保密办 (units.txt)", "保密办")
m(U, 89, "distributed list: 县文广体旅局 is the short name of 县文化广电体育和旅游局", "文广体旅局")
m(U, 111, "regional and city bodies named only as sources of guidance and support, not as leads of county tasks; 柳州市大数据发展局 is in units.txt", "自治区大数据发展局")
m(U, 110, "collective subjects (各乡镇人民政府, 县直各部门（单位）) and the county's own 领导小组 (units.txt)", "县直各部门（单位）")
m(U, 40, "collective subject", "县直各部门（单位）")
m(U, 117, "各牵头单位 is a collective reference to the leads in the table", "各牵头单位")
m(U, 124, "a township government listed in units.txt", "鹿寨镇人民政府")
m(U, 54, "县政府办 is a short name of 县人民政府办公室", "县政府办")
m(U, 142, "县政府办公室 is a short name of 县人民政府办公室", "县政府办公室")
m(U, 167, "the county's own leading-group office, listed in units.txt", "县数字政府建设领导小组办公室")
m(U, 43, "县域医共体 is a service arrangement named in the text, not a responsible unit", "县域医共体")
m(U, 44, "body measures name one lead each; 县住房和城乡建设局 is canonical", "县住房和城乡建设局")

B = "basis-mismatch"
m(B, 2, "the notice's own document number, not a cited basis", "鹿政办发〔2023〕21号")
m(B, 9, "correct national basis", "国发〔2022〕14号")
m(B, 9, "correct regional basis (桂政发〔2022〕31号)", "桂政发〔2022〕31号")
m(B, 12, "retrospective mention of a correctly cited 2018 national document, not a basis of this plan", "国发〔2018〕27号")
m(B, 12, "retrospective mention of the county's own earlier document, whose real title is 工作方案; it expired in 2022 and is not cited as a basis", "鹿寨县推进数字政府建设工作方案")
m(B, 63, "laws and a State Council regulation cited by their correct titles, without document numbers", "中华人民共和国数据安全法")
m(B, 87, "correctly cited State Council office document on data sharing; an additional reference, not a wrong basis", "国办发〔2021〕6号")
m(B, 87, "national guideline cited by title only", "全国一体化政务大数据体系建设指南")
m(B, 4, "the plan's own title in the covering notice", "鹿寨县加强数字政府建设实施方案")

G = "garbled-text"
m(G, 15, "the middle dot in “4·27” is normal", "4·27")
m(G, 97, "“天地图·广西” is the service's real name", "天地图·广西")
m(G, 103, "the dash in 中国—东盟 is normal", "中国—东盟")
m(G, 52, "“1+6+N” is the regional name of the 数字政府大脑 system", "1+6+N")

P = "missing-pillar"
m(P, 0, "党的领导 is covered under the heading 八、保障措施 (lines 109–114: 党的全面领导, 组织领导, 推进机制, 数字素养, 考核评估)", pillar="党的领导")
m(P, 0, "数字生态 is covered at line 107 (七(三) 营造良好数字生态) and in table row 47", pillar="数字生态")
m(P, 0, "政务公开 is covered at lines 55–57 and rows 25–26", pillar="政务公开")
m(P, 0, "安全保障 is section 三 (lines 58–69)", pillar="安全保障")

covers = [(1,28),(2,30),(3,31),(4,33),(5,34),(6,35),(7,37),(8,39),(9,40),(10,41),(11,42),(12,43),(13,44),(14,45),(15,46),
          (16,48),(17,49),(18,50),(19,52),(20,53),(21,54),(22,56),(23,61),(24,63),(25,65),(26,67),(27,69),(28,73),(29,75),
          (30,77),(31,79),(32,81),(33,85),(34,87),(35,89),(36,93),(37,95),(38,99),(39,97),(40,99),(41,103),(42,105),(43,107)]
hints = {1:'经济',2:'监管',3:'互联网+监管',4:'枫桥',5:'雪亮',6:'应急',7:'一网通办',8:'12345',9:'智桂通',10:'教育',11:'社会保障卡',12:'健康',
         13:'工地',14:'体育',15:'养老',16:'生态',17:'自然资源',18:'碳',19:'决策',20:'办公',21:'督查',22:'政策',23:'安全工作协调',
         24:'等级保护',25:'数据安全',26:'安全态势',27:'安全可靠',28:'行政许可',29:'四改四转',30:'电子证照',31:'标准',32:'复用',
         33:'数据质量',34:'共享',35:'开放目录',36:'政务云',37:'外网',38:'智能算法',39:'电子印章',40:'开放生态',41:'东盟',42:'数字乡村',43:'数据要素'}
for t, ln in covers:
    assert hints[t] in L[ln-1], (t, ln, hints[t])

for e in expect + M:
    if e['line'] and 'text' in e:
        assert e['text'] in L[e['line']-1], (e['line'], e['text'])

key = {
  "writer": "blind writer, round 784; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": expect,
  "mustNotFlag": M,
  "covers": [{"task": t, "line": ln} for t, ln in covers],
  "notes": ("鹿寨县 (柳州市) 2023 实施方案 implementing 桂政发〔2022〕31号, 167 lines: body measures with inline 牵头/配合 notes, "
            "then 附件 task table (tab-separated, 49 rows, lines 118–167). " + TN + " (1 = 经济调节, 3 = 互联网+监管 2025年底, "
            "8 = 12345热线 2025年底, 9 = 智桂通 2025年底, 22 = 政务公开 2025年底, 23 = 安全管理责任 without 各市人民政府; all others 持续开展). "
            "All 43 regional tasks are taken up, so no task-uncovered is expected. The first-listed unit of a cell is the lead (note on line 117). "
            "The county's 大数据 bureau is named 县大数据发展和政务局 in units.txt (short names 县大数据和政务局, 县大数据局). "
            "Dated county deadlines for regional tasks that are 持续开展 are all ≤ 2025年底 and are not late. "
            "The planted invalid date is a day-of-month error (9月31日), not a month error.")
}
(here / 'key.json').write_text(json.dumps(key, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
print('expect', len(expect), 'mustNotFlag', len(M), 'covers', len(covers))
