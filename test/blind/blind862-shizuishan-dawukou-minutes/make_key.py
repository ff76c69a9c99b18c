# Builds key.json from draft.txt; every line number is looked up, never typed by hand.
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')[:-1]
def ln(sub, start=None):
    r=[i+1 for i,l in enumerate(L) if sub in l and (start is None or l.startswith(start))]
    assert len(r)==1,(sub,start,r); return r[0]
def it(n): # measure n of 三、重点任务 (the lines that carry a （牵头单位…） note)
    r=[i+1 for i,l in enumerate(L) if l.startswith(f'{n}.') and '（牵头单位' in l]
    assert len(r)==1,(n,r); return r[0]
def chk(line, text):
    assert text in L[line-1], (line,text); return line
expect=[
 {"rule":"basis-mismatch","line":chk(9,"宁政办发〔2023〕17号"),"text":"宁政办发〔2023〕17号",
  "why":"the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (a 人民政府 document, not a 办公厅 宁政办发 one); the draft itself gives the right number at line 59"},
 {"rule":"deadline-later-than-baseline","line":chk(it(18),"2025年底前"),"text":"2025年底前",
  "why":"item 18 (城域网升级改造, 电子政务外网 to every 村（社区）, 专网整合) is task 48 (开展各级城域网升级改造，推进区市县乡村5级全覆盖, 完成时限 2024年), also task 47 (2024年) and task 50 (2024年); the draft's own 主要目标 at line 69 says 2024年底"},
 {"rule":"deadline-invalid","line":chk(it(24),"2024年6月31日前"),"text":"6月31日",
  "why":"June has 30 days: 2024年6月31日 does not exist (task 77, 矛盾纠纷多元化解, is due 2024年, so the year itself is not late)"},
 {"rule":"unknown-unit","line":chk(it(12),"牵头单位：区信息办"),"text":"区信息办",
  "why":"区信息办 (原区信息化管理办公室) was abolished in 2023年8月 (lines 16 and 133) and is not in units.txt; its project-management duties went to 区人民政府办公室"},
 {"rule":"unknown-unit","line":chk(it(17),"牵头单位：自治区政府办公厅"),"text":"自治区政府办公厅",
  "why":"a regional body named as the lead (牵头单位) of a district task, copied from task 46 (自治区政府办公厅牵头负责); not a district unit"},
 {"rule":"garbled-text","line":chk(it(29),"鏀垮姟鏈嶅姟"),"text":"鏀垮姟鏈嶅姟銆佸叕鍏",
  "why":"UTF-8 bytes read as GBK: re-encoding as GBK and decoding as UTF-8 gives 政务服务、公共服务和便民服务"},
]
M=[]
def m(rule,line,why,text=None,**kw):
    d={"rule":rule,"line":line}
    if text is not None:
        assert line==0 or text in L[line-1],(line,text)
        d["text"]=text
    d.update(kw); d["why"]=why; M.append(d)
# basis-mismatch near misses
m("basis-mismatch",9,"correct citation of the national 指导意见","国发〔2022〕14号")
m("basis-mismatch",9,"the 数字宁夏 1244+N 实施方案 is 宁政办发〔2023〕11号, as the 吴忠 plan also cites it; a real, current basis document","宁政办发〔2023〕11号")
m("basis-mismatch",9,"the city plan is cited by title alone, as DOMAIN.md says city plans often are; no parent plan is supplied, so nothing contradicts it","《石嘴山市关于加强数字政府建设的实施方案》")
m("basis-mismatch",2,"the notice's own 文号, not a basis document","石大政办发〔2024〕6号")
m("basis-mismatch",ln("2021年6月，区政府印发"),"retrospective mention of the district's expired 2021–2023 three-year plan in the 工作回顾; not cited as a basis","石大政发〔2021〕19号")
m("basis-mismatch",ln("2020年，我区按照"),"the superseded 2020 工作要点 is named as the basis of 2020 work, in the history section; title and 文号 are correct","宁政办发〔2020〕14号")
m("basis-mismatch",ln("2022年3月，区政府办公室印发"),"an expired district measure mentioned as history (its expiry is stated)","石大政办发〔2022〕5号")
m("basis-mismatch",ln("2022年，依据《大武口区2022年"),"the district's 2022 工作要点 named as the basis of 2022 work, in the history section","石大政办发〔2022〕11号")
m("basis-mismatch",ln("2021年11月，原区信息办印发"),"an old 区信息办 document mentioned in the history; not a basis of this plan","石大信办发〔2021〕3号")
m("basis-mismatch",ln("2023年5月16日，自治区人民政府印发"),"correct title and 文号 of the regional 实施意见, in the background","宁政发〔2023〕17号")
# deadline-invalid near misses: past dates in the background
m("deadline-invalid",ln("2021年3月，区政府成立"),"past date in the 工作回顾 (history), not a deadline","2021年3月")
m("deadline-invalid",ln("2021年，依托原宁夏公共云平台"),"a completed past milestone told as history","2021年底前")
m("deadline-invalid",ln("2020年，我区按照"),"quotation of the 2020 要点's own old target, as history","力争2020年底前")
m("deadline-invalid",ln("2023年6月，按照自治区推进"),"past milestone already achieved, told as history","2023年底前")
m("deadline-invalid",ln("按照自治区“到2023年底"),"quotation of the region's 2023 goal and the district's 2023 result, as history","2023年11月底前")
m("deadline-invalid",ln("2022年3月，区政府办公室印发"),"the expiry date of an old document, as history","2023年12月31日")
m("deadline-invalid",ln("2021年6月，区政府印发"),"status of the old plan at the end of 2023, as history","截至2023年底")
m("deadline-invalid",ln("2023年5月16日，自治区人民政府印发"),"date of the regional document, as history","2023年5月16日")
# deadline-later-than-baseline near misses
m("deadline-later-than-baseline",ln("到2024年底，区数字政府"),"goals due 2024年底 match tasks 43/46 (政务信创云, 2024年), 48 (外网5级全覆盖, 2024年) and 33/34 (基础库、主题库, 2024年): equal. The region's 2023 goal (自治区本级“五个一”的组织架构基本建立) concerns the region's own bodies, not a district's 领导体制","到2024年底")
m("deadline-later-than-baseline",ln("到2025年，我区数字政府建设体系框架"),"same year as the region's 主要目标 (到2025年，“34567”体系框架全面成型)","到2025年")
m("deadline-later-than-baseline",ln("到2035年，与政府治理"),"same year as the region's 2035 goal","到2035年")
m("deadline-later-than-baseline",it(1),"task 64 (各地各部门参照自治区做法，成立相应的组织机构) is due 2025年: earlier. Task 60 (充实自治区领导小组, 2023年) is the region's own leading group, 自治区政府办公厅负责, not a county task","2024年6月底前")
m("deadline-later-than-baseline",it(4),"task 3 (智慧园区): 持续推进，2025年取得明显成效 — equal","持续推进，2025年取得明显成效")
m("deadline-later-than-baseline",it(5),"task 2 (产业数字化): 2023年启动，2024年取得明显成效 — equal","2024年底前取得明显成效")
m("deadline-later-than-baseline",it(6),"tasks 6 and 8 (持续推进，2025年取得明显成效) and 7 (2023年形成试点经验，2025年取得明显成效) — equal final milestone","持续推进，2025年取得明显成效")
m("deadline-later-than-baseline",it(7),"task 9 (智慧城市、一网统管): 持续推进，2025年取得明显成效 — equal year","2025年底前")
m("deadline-later-than-baseline",it(9),"task 12 (数据要素市场): 2025年 — equal","2025年底前")
m("deadline-later-than-baseline",it(10),"task 18 (安全技术保障体系、常态化安全防护和应急演练): 2023年形成机制，长期坚持 — the district copies the ongoing part; the 2023 milestone lies before the plan's year","长期坚持")
m("deadline-later-than-baseline",it(12),"task 23 (一本账, 一体化数字资源管理系统): 2024年 — earlier month in the same year (the line's real fault is its unit)","2024年9月底前")
m("deadline-later-than-baseline",it(13),"task 28 (试点示范): 2023年启动，2025年取得明显成效 — equal","2025年取得明显成效")
m("deadline-later-than-baseline",it(14),"tasks 33 and 34 (基础数据资源库、主题数据库): 2024年 — equal year","2024年11月底前")
m("deadline-later-than-baseline",it(17),"tasks 43 (2024年建成，持续推进) and 46 (2024年) — equal (the line's fault is its lead unit)","2024年底前")
m("deadline-later-than-baseline",it(19),"task 49 (视频一张网): 2025年 — earlier","2025年6月底前")
m("deadline-later-than-baseline",it(20),"task 52 (电子证照, 2025年) — earlier; tasks 53 and 55 (2024年) — equal","2024年底前")
m("deadline-later-than-baseline",it(21),"task 66 (经济运行大数据平台): 2025年 — equal","2025年")
m("deadline-later-than-baseline",it(27),"task 83 (互联网+基层治理): 2025年 — equal","2025年")
m("deadline-later-than-baseline",it(30),"task 87 (12345热线): 2023年启动，2025年完成 — equal","2025年底前完成")
m("deadline-later-than-baseline",it(34),"tasks 96 (互联网+城乡供水) and 102 (绿色低碳转型): 2025年 — equal","2025年")
m("deadline-later-than-baseline",it(37),"tasks 106 (填表报数, 2025年) and 107 (视频会议平台, 2025年) — earlier","2025年6月底前")
m("deadline-later-than-baseline",ln("（三）总结评估"),"the office's own reporting and evaluation dates, not task deadlines","2025年1月底前")
m("deadline-later-than-baseline",ln("（二）推进实施"),"the office's own quarterly reporting date","每季度末月25日前")
# unknown-unit near misses
m("unknown-unit",ln("2021年3月，区政府成立"),"former body named in the history (abolished 2023年8月), not a responsible unit","原区信息化管理办公室")
m("unknown-unit",ln("2021年3月，区政府成立"),"the leading group's former name, told as history","区推进“数字政府”建设领导小组")
m("unknown-unit",ln("2022年6月，原区政务服务中心"),"former body (now 区审批服务管理局) told as history","原区政务服务中心")
m("unknown-unit",ln("2022年，原区经济和信息化局"),"former body told as history; its successor is named","原区经济和信息化局")
m("unknown-unit",ln("2021年至2023年，“雪亮工程”"),"former body merged in 2022, told as history","原区综治中心")
m("unknown-unit",ln("2022年5月，区政府与"),"companies named in the history as contract partners, not responsible units","中国电信石嘴山分公司")
m("unknown-unit",ln("（二）做好工作衔接"),"the former body is named only to hand its projects over to 区大数据服务中心","原区信息办")
m("unknown-unit",it(1),"collective subject","区直各部门（单位）")
m("unknown-unit",it(2),"collective subject","各街道（镇）")
m("unknown-unit",it(11),"collective subject","区直有关部门")
m("unknown-unit",it(4),"official short name of 区工业信息化和商务局 (units.txt)","区工信商务局")
m("unknown-unit",it(4),"short name of 区发展和改革局 (units.txt)","区发改局")
m("unknown-unit",it(4),"full name of a 市直派驻 body listed in units.txt","石嘴山市生态环境局大武口分局")
m("unknown-unit",it(6),"the 区 prefix distributes: 区卫生健康局 and 区民政局 are in units.txt; 区教育局 is the lead as the first-listed unit (line 75)","卫生健康局")
m("unknown-unit",it(6),"short name of 区人力资源和社会保障局","区人社局")
m("unknown-unit",it(7),"short names of 区住房和城乡建设局 / 区城市管理综合执法局","区住建局")
m("unknown-unit",it(8),"town government listed in units.txt","星海镇人民政府")
m("unknown-unit",it(10),"short name of 石嘴山市公安局大武口区分局 (units.txt)","大武口公安分局")
m("unknown-unit",it(16),"short name of 区委办公室","区委办")
m("unknown-unit",it(22),"short name of 石嘴山市市场监督管理局大武口区分局","区市场监管分局")
m("unknown-unit",it(22),"short name of 区卫生健康局","区卫健局")
m("unknown-unit",it(32),"short name of 区残疾人联合会 (units.txt)","区残联")
m("unknown-unit",it(33),"short name of 石嘴山市自然资源局大武口分局","区自然资源分局")
# missing-pillar near misses
m("missing-pillar",0,"the 党的领导 items (组织领导、财政投入、数字素养、考核评价) are all in 四、保障措施 (lines 122–125), under another heading",pillar="党的领导")
m("missing-pillar",0,"the work system is taken up as 一套体系 (健全组织机构、厘清层级职责、完善工作机制, lines 77–79), as the 吴忠 plan does",pillar="五个一和六级贯通")
m("missing-pillar",0,"数字生态 is item 9 (line 86)",pillar="数字生态")
cov=[(64,1),(2,5),(3,4),(6,6),(7,6),(8,6),(9,7),(10,8),(12,9),(18,10),(21,11),(23,12),(28,13),(33,14),(34,14),(41,15),(42,15),(40,16),(54,16),(43,17),(46,17),(47,18),(48,18),(50,18),(49,19),(52,20),(53,20),(66,21),(70,22),(71,22),(73,23),(77,24),(79,25),(80,26),(83,27),(84,28),(86,29),(87,30),(88,31),(89,31),(93,32),(94,33),(96,34),(102,34),(103,35),(104,36),(105,36),(106,37),(107,37),(111,38),(112,39),(113,39),(114,40),(115,41)]
covers=[{"task":t,"line":it(i)} for t,i in cov]
covers+=[{"task":116,"line":ln("（一）加强组织领导")},{"task":25,"line":ln("（二）加大财政投入")},{"task":118,"line":ln("（三）提升数字素养")},{"task":122,"line":ln("（四）强化考核评价")},{"task":123,"line":ln("（四）强化考核评价")},{"task":124,"line":ln("（四）强化考核评价")}]
covers.sort(key=lambda c:(c["line"],c["task"]))
key={"writer":"blind writer, round 862; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07","draft":"draft.txt","baseline":"ningxia-2023","build":None,"parents":[],"units":"units.txt","planYear":2024,
 "expect":expect,"mustNotFlag":M,"covers":covers,
 "notes":"大武口区 2024 实施方案 (issued 2024-03-18) with a long 工作回顾 (lines 10–59) full of past dates, old district documents, the superseded 2020 要点 and former bodies (区信息办, 原区政务服务中心, 原区经济和信息化局, 原区综治中心) told as history. Measures 1–41 (lines 77–120) carry inline notes (牵头单位/配合单位/责任单位/完成时限); line 75 says the first-listed lead is the main lead and that measures without a 完成时限 are ongoing (item 3, line 79, has none). units.txt is the district registry after the 2023 reorganisation and deliberately omits 区信息办. Deadlines were kept clear of regional tasks due 2023 (except item 10's 长期坚持, see mustNotFlag). No task-uncovered entries are planted."}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(covers))
