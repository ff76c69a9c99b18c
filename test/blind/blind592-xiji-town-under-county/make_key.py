# Builds key.json; every line number is found from a unique anchor in draft.txt
# (or county.txt for the county items quoted in `why`) and the `text` is checked
# to lie on that line.
import json
D=open('draft.txt',encoding='utf-8').read().split('\n')[:-1]
C=open('county.txt',encoding='utf-8').read().split('\n')[:-1]
def ln(anchor, lines=D):
    r=[i+1 for i,l in enumerate(lines) if anchor in l]
    assert len(r)==1,(anchor,r); return r[0]
def cl(anchor, date):
    n=ln(anchor,C); assert date in C[n-1],(anchor,date); return n
def ent(rule, anchor, text, why, **kw):
    n=ln(anchor)
    if text is not None: assert text in D[n-1],(anchor,text)
    e={'rule':rule,'line':n}
    if text is not None: e['text']=text
    e['why']=why; e.update(kw); return e
L='deadline-later-than-baseline'

expect=[
 ent('basis-mismatch','《国务院关于加强数字政府建设的指导意见》','自治区人民政府关于加快推进数字政府建设的实施意见',
     'wrong title for 宁政发〔2023〕17号: the regional document is 《自治区人民政府关于加强数字政府建设的实施意见》 (加快推进 for 加强); the county plan (county.txt line %d) cites it correctly' % ln('宁政发〔2023〕17号',C)),
 ent('deadline-invalid','11.开展基础数据采集核验','2024年6月31日',
     'impossible date: June has 30 days (the county item 10, county.txt line %d, is due 2024年8月底前; regional task 33 is due 2024年, so only the date itself is wrong)' % cl('10.开展基础数据采集核验','2024年8月底前')),
 ent('unknown-unit','12.推动数据回流共享','县大数据管理服务局',
     'no such county body: units.txt lists 西吉县大数据服务中心 (县大数据服务中心, 县大数据中心); 大数据管理服务局 is the 吴忠 city-level name copied in'),
 ent(L,'19.持续推进“雪亮工程”','2024年11月底前',
     'later than the county plan: county item 18 持续推进“雪亮工程” (county.txt line %d) is due 2024年9月底前; still within regional task 79 (完成时限 2024年)' % cl('18.持续推进“雪亮工程”','2024年9月底前')),
 ent(L,'23.提升“一网通办”能力','2024年10月底前',
     'later than the county plan: county item 21 提升“一网通办”能力, 网上可办率90%%以上 (county.txt line %d) is due 2024年8月底前; still within regional task 84 (完成时限 2024年)' % cl('21.提升“一网通办”能力','2024年8月底前')),
 ent(L,'30.推进视频会议系统向基层延伸','2024年12月底前',
     'later than the county plan: county item 28 推进视频会议系统向基层延伸 (county.txt line %d) is due 2024年10月底前; earlier than regional task 107 (完成时限 2025年)' % cl('28.推进视频会议系统向基层延伸','2024年10月底前')),
 ent('garbled-text','（五）强化宣传引导','鍏呭垎鍒╃敤闀囨斂',
     'UTF-8 read as GBK: the run 鍏呭垎…鏀垮簻 re-encoded as GBK and decoded as UTF-8 is 充分利用镇政务新媒体、村（社区）宣传栏和网格群，宣传数字政府'),
]

def nm(rule, anchor, text, why):
    e=ent(rule,anchor,text,why); return e
M=[]
# deadlines equal to the county's
M.append(nm(L,'1.健全组织机构','2024年4月底前','equal to county item 1 健全组织机构 (county.txt line %d, 2024年4月底前); regional task 64 (各地参照成立相应的组织机构) is due 2025年 — task 60 concerns the 自治区 leading group itself' % cl('1.健全组织机构','2024年4月底前')))
M.append(nm(L,'2.厘清镇村职责','2025年','equal to county item 2 厘清层级职责 (county.txt line %d, 2025年); regional task 64 due 2025年' % cl('2.厘清层级职责','2025年）')))
M.append(nm(L,'5.推进数字乡村建设','2025年取得明显成效','equal to county item 4 (county.txt line %d: 2024年底前完成年度建设任务，2025年取得明显成效); regional task 10 持续推进，2025年取得明显成效' % cl('4.推进数字乡村建设','2025年取得明显成效')))
M.append(nm(L,'6.扩大数字化公共服务覆盖','持续推进，2025年取得明显成效','equal to county item 5 and to regional task 6 (持续推进，2025年取得明显成效)'))
M.append(nm(L,'9.推动权力事项网上运行','2024年9月底前','equal to county item 8 (county.txt line %d, 2024年9月底前); regional task 21 due 2024年' % cl('8.推动行政权力事项网上运行','2024年9月底前')))
M.append(nm(L,'10.参与试点示范','2024年启动，2025年取得明显成效','equal to county item 9 (2024年启动，2025年取得明显成效); regional task 28 is 2023年启动，2025年取得明显成效 — the completing milestone (2025) is equal, and a 2024 plan cannot start in 2023'))
M.append(nm(L,'14.推广电子证照应用','2024年10月底前','equal to county item 13 (county.txt line %d, 2024年10月底前); regional task 52 (社会化高频场景推广应用) due 2025年' % cl('13.推广电子证照应用','2024年10月底前')))
M.append(nm(L,'15.规范电子文件归档','2024年11月底前','equal to county item 14 (county.txt line %d, 2024年11月底前); regional task 54 due 2024年' % cl('14.规范电子文件归档','2024年11月底前')))
M.append(nm(L,'17.提升市场监管协同水平','2024年','equal to county item 16 (2024年) and regional tasks 70/71 (2024年)'))
M.append(nm(L,'18.推进矛盾纠纷多元化解','2024年6月底前','equal to county item 17 (county.txt line %d, 2024年6月底前); regional task 77 due 2024年' % cl('17.推进矛盾纠纷多元化解','2024年6月底前')))
M.append(nm(L,'20.实施“互联网+基层治理”行动','2024年12月底前全部接入','equal to county item 19 (county.txt line %d: 2024年底前全部接入，2025年形成…联动治理体系); regional task 83 due 2025年' % cl('19.实施“互联网+基层治理”行动','2024年底前全部接入')))
M.append(nm(L,'24.推广“我的宁夏”政务APP','2024年','equal to county item 22 (2024年) and regional task 86 (2024年)'))
M.append(nm(L,'25.优化涉企服务','2024年','equal to county item 23 (2024年) and regional task 89 (2024年)'))
M.append(nm(L,'27.提升生态环境保护数字化水平','2025年取得明显成效','equal to county item 25 (持续推进，2025年取得明显成效); the item is 互联网+城乡供水/数字治水, regional task 96 due 2025年'))
M.append(nm(L,'28.推广使用“宁政通”','2024年6月底前','equal to county item 26 (county.txt line %d, 2024年6月底前); regional task 105 due 2024年' % cl('26.推广使用“宁政通”','2024年6月底前')))
M.append(nm(L,'33.提升政务公开水平','2024年','equal to county item 30 (2024年) and regional task 112 (2024年)'))
M.append(nm(L,'35.畅通政民互动渠道','2024年','equal to county item 32 (2024年) and regional task 115 (2024年)'))
M.append(nm(L,'（三）工作目标。到2024年底','到2024年底','goal equal to the county goal 到2024年底 (county.txt line %d); the region\'s 到2023年底 goals concern 自治区本级 structures, not the town\'s' % cl('（三）工作目标。到2024年底','到2024年底')))
M.append(nm(L,'到2025年，县域数字政府建设','到2025年','equal to the county and regional 到2025年 “34567” goal'))
# deadlines earlier than the county's
M.append(nm(L,'13.推进电子政务外网延伸到村','2024年8月底前','earlier than county item 12 (county.txt line %d, 2024年9月底前); regional task 48 due 2024年' % cl('12.推进电子政务外网向基层延伸','2024年9月底前')))
M.append(nm(L,'26.推进适老化与信息无障碍建设','2024年9月底前','earlier than county item 24 (county.txt line %d, 2024年10月底前); regional task 93 due 2024年' % cl('24.推进适老化与信息无障碍建设','2024年10月底前')))
M.append(nm(L,'29.推动基层减负','2024年11月底前','earlier than county item 27 (2024年底前压减30%以上); regional task 106 due 2025年'))
M.append(nm(L,'34.规范政务新媒体','2024年5月底前','earlier than county item 31 (county.txt line %d, 2024年6月底前); regional task 114 due 2024年' % cl('31.规范政务新媒体','2024年6月底前')))
M.append(nm(L,'31.推广使用协同办公平台','2024年6月底前','within regional task 104 (2024年); earlier than county item 14 (2024年11月底前), the only county item on the 协同办公平台'))
# ongoing, no milestone
M.append(nm(L,'8.压实安全管理责任','长期坚持','ongoing duty with no completing milestone, same as county item 7 (长期坚持); regional tasks 14/18 (2023年 / 2023年形成机制，长期坚持) cannot be met earlier by a 2024 plan'))
M.append(nm(L,'32.规范机关运行','持续推进','ongoing, same as county item 29 (持续推进); no milestone to compare with regional task 110'))
# own reporting / schedule dates
M.append(nm(L,'（一）加强组织领导。镇党委','2024年4月20日前','the office\'s own filing date for this plan, earlier than the county\'s 2024年4月底前 (county.txt line %d); not a deadline for the 一把手工程 of task 116' % cl('（一）加强组织领导','2024年4月底前')))
M.append(nm(L,'（四）强化考核评价','每季度末月25日前','own quarterly reporting dates (村 to 镇 by the 20th, 镇 to 县 by the 25th), equal to the county\'s 每季度末月25日前'))
M.append(nm(L,'总结评估	','2024年12月5日前','own schedule: annual summary, earlier than the county\'s 2024年12月10日前 (county.txt line %d)' % cl('（四）强化考核评价','2024年12月10日前')))
M.append(nm(L,'组织实施	','2024年5月—11月','phase of the town\'s own implementation schedule, not a task deadline'))
# past dates
M.append(nm(L,'2022年，镇综治中心建成','2023年3月','past fact in the background section (leading group set up in 2023), not a deadline'))
M.append(nm('deadline-invalid','2022年，镇综治中心建成','2022年','background date before the plan year, a past fact, not a deadline'))
M.append(nm('basis-mismatch','吉强镇是西吉县城所在地','宁政办发〔2020〕14号','retrospective mention (2020年以来) of the 2020 工作要点 with its correct title and 文号; not cited as the basis'))
# citations
M.append(nm('basis-mismatch','《国务院关于加强数字政府建设的指导意见》','《西吉县2024年数字政府建设实施方案》','the county plan cited by its exact title without its 文号 (西政办发〔2024〕16号)'))
M.append(nm('basis-mismatch','《国务院关于加强数字政府建设的指导意见》','国发〔2022〕14号','correct title and 文号 of the national guiding opinion'))
M.append(nm('basis-mismatch','吉党发〔2024〕19号','吉党发〔2024〕19号','the town\'s own document number, not a basis citation'))
# units
M.append(nm('unknown-unit','1.健全组织机构','县大数据服务中心','county body named as 指导单位 (guiding), listed in units.txt; not the lead of a town task'))
M.append(nm('unknown-unit','5.推进数字乡村建设','县供销社','county body named as 配合单位 (cooperating), alias of 西吉县供销合作社联合社 in units.txt'))
M.append(nm('unknown-unit','18.推进矛盾纠纷多元化解','县委政法委','county bodies 县委政法委, 县信访局 named as 指导单位; both in units.txt'))
M.append(nm('unknown-unit','34.规范政务新媒体','县融媒体中心','county body named as 配合单位; in units.txt'))
M.append(nm('unknown-unit','6.扩大数字化公共服务覆盖','人社局','prefix 县 distributes over 县卫生健康局、人社局、民政局: 县人社局 and 县民政局 are in units.txt'))
M.append(nm('unknown-unit','各村（社区）党组织','各村（社区）','collective subject'))
M.append(nm('unknown-unit','3.完善工作机制','镇属各办（中心）','collective subject (all the town\'s offices)'))
M.append(nm('unknown-unit','6.扩大数字化公共服务覆盖','县直有关部门','collective subject'))
M.append(nm('unknown-unit','（注：牵头单位有多个','县直有关部门（单位）','collective subject in the drafting note'))
M.append(nm('unknown-unit','11.开展基础数据采集核验','吉强派出所','county police station in the town, short name in units.txt (西吉县公安局吉强派出所)'))
M.append(nm('unknown-unit','13.推进电子政务外网延伸到村','电信西吉分公司','enterprise listed in units.txt as cooperating unit'))
M.append(nm('unknown-unit','9.推动权力事项网上运行','镇党政办','official short name of 吉强镇党政综合办公室'))
M.append(nm('unknown-unit','20.实施“互联网+基层治理”行动','宁夏社会治理基层综合指挥平台','a platform, not a unit'))

covers=[]
for t,a in [(64,'1.健全组织机构'),(10,'5.推进数字乡村建设'),(6,'6.扩大数字化公共服务覆盖'),(14,'8.压实安全管理责任'),
            (21,'9.推动权力事项网上运行'),(28,'10.参与试点示范'),(33,'11.开展基础数据采集核验'),(48,'13.推进电子政务外网延伸到村'),
            (52,'14.推广电子证照应用'),(54,'15.规范电子文件归档'),(70,'17.提升市场监管协同水平'),(77,'18.推进矛盾纠纷多元化解'),
            (79,'19.持续推进“雪亮工程”'),(83,'20.实施“互联网+基层治理”行动'),(84,'23.提升“一网通办”能力'),(86,'24.推广“我的宁夏”政务APP'),
            (89,'25.优化涉企服务'),(93,'26.推进适老化与信息无障碍建设'),(96,'27.提升生态环境保护数字化水平'),(105,'28.推广使用“宁政通”'),
            (106,'29.推动基层减负'),(107,'30.推进视频会议系统向基层延伸'),(104,'31.推广使用协同办公平台'),(110,'32.规范机关运行'),
            (112,'33.提升政务公开水平'),(114,'34.规范政务新媒体'),(115,'35.畅通政民互动渠道'),(116,'（一）加强组织领导。镇党委'),
            (118,'（三）提升数字素养')]:
    covers.append({'task':t,'line':ln(a)})

key={
 'writer':'blind writer, round 592; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
 'written':'2026-12-07',
 'draft':'draft.txt',
 'baseline':'ningxia-2023',
 'build':None,
 'parents':['county.txt'],
 'units':'units.txt',
 'planYear':2024,
 'expect':expect,
 'mustNotFlag':M,
 'covers':covers,
 'notes':('Town (吉强镇, seat of 西吉县) 2024 落实方案 checked against the writer-made county plan county.txt (西政办发〔2024〕16号, 2024-03-08) '
          'and the regional baseline. Three deadlines are late only against the county (lines %d, %d, %d) and within the region. '
          'All framework pillars are taken up by content (七个能力 split over headings （四）–（八）, 党的领导 items in 五、保障措施). '
          'No task-uncovered is planted; a town plan naturally leaves out many regional tasks (e.g. 2, 3, 12), which are information only. '
          'County bodies appear only as 指导单位/配合单位, never as 牵头单位 of a town task.') % (expect[3]['line'],expect[4]['line'],expect[5]['line']),
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=2)
print(len(expect),len(M),len(covers))
