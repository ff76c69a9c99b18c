# helper: builds key.json; every line number is looked up in the final draft.txt (1-based)
import json
lines=open('draft.txt',encoding='utf-8').read().split('\n')
if lines[-1]=='': lines=lines[:-1]
def L(sub, nth=1):
    hits=[i for i,l in enumerate(lines,1) if sub in l]
    assert len(hits)>=nth, (sub,hits)
    return hits[nth-1]
def M(n):  # measure line for item n
    return [i for i,l in enumerate(lines,1) if l.startswith(f'{n}．')][0]
def N(n):  # note line for item n
    m=M(n); assert lines[m-2].startswith('【'); return m-1

expect=[
 {"rule":"basis-mismatch","line":L('宁政办发〔2023〕17号'),"text":"宁政办发〔2023〕17号",
  "why":"the regional 实施意见《自治区人民政府关于加强数字政府建设的实施意见》is 宁政发〔2023〕17号; '办' slipped in from the neighbouring 宁政办发〔2023〕11号 citation"},
 {"rule":"deadline-invalid","line":N(19),"text":"2014年底",
  "why":"typo for 2024: a deadline ten years before the plan's own year (issued 2024-03-18); the measure on the next line is task 41 (公共数据开放目录、开放平台, 完成时限 2024年) / task 42 (2024年)"},
 {"rule":"unknown-unit","line":N(21),"text":"区大数据管理局",
  "why":"no such body in units.txt; the office's own digital-government body is 区大数据服务中心 (named in the other platform and data notes); the note is the lead of measure 21 on the next line"},
 {"rule":"deadline-later-than-baseline","line":N(22),"text":"2025年12月底",
  "why":"the note belongs to measure 22 on the next line (城域网升级改造, 外网区乡村全覆盖, 按需向企事业单位拓展) = task 48, 完成时限 2024年 (also task 47, 2024年); 2025年12月底 is a year late"},
 {"rule":"unknown-unit","line":N(49),"text":"自治区政府办公厅",
  "why":"a regional body named as the lead (牵头单位) of a local task (measure 49, 宁政通 in 惠农区, task 105); copied from the regional list, where 自治区政府办公厅 leads task 105; the local lead would be 区人民政府办公室"},
 {"rule":"garbled-text","line":M(54),"text":"澶氭牱鍖栨斂绛栬В",
  "why":"UTF-8 bytes read as GBK: '多样化政策解读产品，依托政务新媒体做' (task 114 / 政务新媒体 text) became 澶氭牱鍖栨斂绛栬В璇讳骇鍝侊紝渚濇墭鏀垮姟鏂板獟浣撳仛"},
]

mnf=[]
def add(rule,line,why,text=None):
    e={"rule":rule,"line":line}
    if text: e["text"]=text
    e["why"]=why; mnf.append(e)

# layout near misses (round 890): a note belongs to the FOLLOWING measure
add("deadline-later-than-baseline",N(24),"note for measure 24 (视频一张网 = task 49, 完成时限 2025年): equal. The measure just above it (23, 专网整合 = task 50, 2024年) is not what this note is for","2025年")
add("deadline-later-than-baseline",N(18),"note for measure 18 (一体化政务大数据体系 = task 29, 2023年启动，2025年完成): the completing milestone 2025 is equal; '2024年启动' is not the completing milestone. The measure above (17, 基础库主题库 = tasks 33/34, 2024年) is not what this note is for","2024年启动，2025年完成")
add("deadline-later-than-baseline",N(37),"note for measure 37 (互联网+基层治理 = task 83, 2025年): equal. The measure above (36, 智慧应急 = task 80, 2024年) is not what this note is for","2025年")
add("deadline-later-than-baseline",N(44),"note for measure 44 (互联网+城乡供水 = task 96, 2025年): equal. The measure above (43, 生态环境数据 = task 94, 2024年) is not what this note is for","2025年")
add("deadline-later-than-baseline",N(50),"note for measure 50 (填表报数减负 = task 106, 2025年): 2025年6月底 is earlier. The measure above (49, 宁政通 = task 105, 2024年) is not what this note is for","2025年6月底")
# equal / earlier deadlines
add("deadline-later-than-baseline",N(1),"measure 1 = task 3 (智慧园区), 完成时限 持续推进，2025年取得明显成效: copied, equal","持续推进，2025年取得明显成效")
add("deadline-later-than-baseline",N(2),"measure 2 = task 2 (产业云), 完成时限 2023年启动，2024年取得明显成效: 2024年12月底 is equal","2024年12月底")
add("deadline-later-than-baseline",N(4),"measure 4 = task 6 (服务数字化), 完成时限 持续推进，2025年取得明显成效: 2025年 is equal","2025年")
add("deadline-later-than-baseline",N(6),"measure 6 = task 9 (智慧城市、一网统管), 完成时限 持续推进，2025年取得明显成效: 2025年建成 is the same year","2024年启动，2025年建成")
add("deadline-later-than-baseline",N(12),"measure 12 = task 19 (政务信创云), 完成时限 2023年启动，2024年建成 (and task 43, 2024年建成，持续推进): 2024年11月底 is earlier","2024年11月底")
add("deadline-later-than-baseline",N(14),"measure 14 = task 22 (审管协同), 完成时限 2025年: 2024年12月底 is earlier","2024年12月底")
add("deadline-later-than-baseline",N(16),"measure 16 = task 28 (试点示范), 完成时限 2023年启动，2025年取得明显成效: equal completing milestone","持续推进，2025年取得明显成效")
add("deadline-later-than-baseline",N(26),"measure 26 = task 56 (非税收入收缴电子化), 完成时限 2025年 (and task 55, 2024年): 2024年12月底 is earlier or equal","2024年12月底")
add("deadline-later-than-baseline",N(28),"measure 28 = task 64 (各地参照自治区做法成立相应组织机构), 完成时限 2025年: 2024年6月底 is earlier","2024年6月底")
add("deadline-later-than-baseline",N(40),"measure 40 = task 87 (12345 一呼即应), 完成时限 2023年启动，2025年完成: 2024年 is earlier","2024年")
add("deadline-later-than-baseline",N(51),"measure 51 = task 107 (视频会议平台), 完成时限 2025年: 2024年12月底 is earlier","2024年12月底")
add("deadline-later-than-baseline",L('到2025年，“34567”'),"主要目标: 到2025年 '34567' 体系框架全面成型 is the region's own 2025 goal: equal","到2025年")
add("deadline-later-than-baseline",L('到2024年底，区级政务信息系统'),"2024 goals: 迁移上云 = task 46 (2024年), 公共数据开放 = task 41 (2024年), 填表报数减负 = task 106 (2025年): equal or earlier","到2024年底")
# copied regional deadline before the plan year
add("deadline-invalid",N(10),"copied regional deadline of task 18 (2023年形成机制，长期坚持; also tasks 14/15, 2023年): the mechanism already exists and the duty is ongoing; a copied regional deadline before the plan's year, not a typo","2023年形成机制，长期坚持")
add("deadline-later-than-baseline",N(10),"identical to task 18's 完成时限 (2023年形成机制，长期坚持); task 14 is 2023年: equal","2023年形成机制，长期坚持")
# past dates in the background, office's own dates
add("deadline-invalid",L('我区于2023年9月完成责任分解'),"工作基础 (background): 2023年9月, 2023年, 截至2023年12月底 are past achievements, and 2023年底前 restates the region's requirement (task 14, 2023年); none is a deadline of this plan","2023年9月")
add("deadline-invalid",L('各牵头单位于每季度最后一个月25日前'),"the office's own reporting dates (quarterly reports, 2024年12月10日前 annual summary), not task deadlines","2024年12月10日")
add("deadline-invalid",L('2024年3月18日'),"issue date of the notice","2024年3月18日")
# basis near misses
add("basis-mismatch",L('（国发〔2022〕14号）'),"the national 指导意见 is cited with its correct title and 文号","国发〔2022〕14号")
add("basis-mismatch",L('宁政办发〔2023〕11号'),"《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号）is cited exactly as in the 吴忠 plan","宁政办发〔2023〕11号")
add("basis-mismatch",L('石嘴山市人民政府《关于加强数字政府建设的实施方案》'),"the city plan cited by title alone, as a county plan does; correct title (加强, 实施方案)","石嘴山市人民政府《关于加强数字政府建设的实施方案》")
add("basis-mismatch",L('宁政办发〔2020〕14号'),"retrospective mention of the 2020 工作要点 in the background (自…印发以来), correct title and 文号; not cited as a basis","宁政办发〔2020〕14号")
add("basis-mismatch",L('惠政办发〔2024〕9号'),"the notice's own 文号, not a basis document","惠政办发〔2024〕9号")
# units near misses
add("unknown-unit",N(34),"prefix distributes: '区司法局、信访局' = 区司法局, 区信访局 (both in units.txt)","信访局")
add("unknown-unit",N(3),"惠农公安分局 is the registered short name of 石嘴山市公安局惠农区分局; two leads, the first is the main lead (stated in 任务标注说明)","惠农公安分局")
add("unknown-unit",N(8),"区发改局 is the registered short name of 区发展和改革局","区发改局")
add("unknown-unit",N(14),"区审批局 is the registered short name of 区行政审批服务局","区审批局")
add("unknown-unit",N(5),"区卫健局 is the registered short name of 区卫生健康局","区卫健局")
add("unknown-unit",N(26),"区税务局 is the registered short name of 国家税务总局石嘴山市惠农区税务局","区税务局")
add("unknown-unit",N(17),"区人社局, 区市场监管局, 区自然资源分局, 区卫健局 are registered short names","区自然资源分局")
add("unknown-unit",N(7),"各乡镇人民政府、各村（社区）: collective subjects","各村（社区）")
add("unknown-unit",N(37),"各乡镇人民政府、各街道办事处、各村（社区）: collective subjects","各街道办事处")
add("unknown-unit",N(42),"区直各部门 as lead: a collective subject (each department for its own site/hall), as in task 93","区直各部门")
add("unknown-unit",N(3),"区直有关部门: collective subject","区直有关部门")
add("unknown-unit",L('各乡镇人民政府、街道办事处，区直各部门'),"addressee line: 各 distributes over 乡镇人民政府、街道办事处; collectives","街道办事处")
add("unknown-unit",M(12),"自治区政府办公厅 appears in the measure text as the regional owner of the 政务信创云 (在…统一部署下), not as a responsible unit of the local task","自治区政府办公厅")
add("unknown-unit",N(36),"惠农区消防救援大队 is in units.txt","惠农区消防救援大队")
add("garbled-text",L('以12345政务服务便民热线为枢纽'),"Latin and digits (12345, APP) and quoted names (“我的宁夏”) are ordinary text, not mojibake","APP")

def pil(name,why):
    mnf.append({"rule":"missing-pillar","line":0,"pillar":name,"why":why})
pil("数字经济",f"二（一）, measures 1-3 (lines {M(1)}-{M(3)})")
pil("数字社会",f"二（二）, measures 4-7 (lines {M(4)}-{M(7)})")
pil("数字生态",f"二（三）, measures 8-9 (lines {M(8)}-{M(9)}): 数据要素市场, 数据交易政策环境")
pil("五个一",f"四（一）健全组织机构, measure 28 (line {M(28)}); the county mirrors the regional 五个一 by 参照自治区做法成立相应组织机构 (task 64)")
pil("六级贯通",f"四（二）厘清层级职责, measure 29 (line {M(29)})")
pil("财政投入",f"六（二）加大财政投入 (line {L('（二）加大财政投入')})")
pil("数字素养",f"六（三）提升数字素养 (line {L('（三）提升数字素养')})")
pil("考核评价",f"六（四）强化考核评价 (line {L('（四）强化考核评价')})")

covers=[
 (3,M(1)),(2,M(2)),(5,M(3)),(6,M(4)),(8,M(5)),(9,M(6)),(10,M(7)),(12,M(8)),(13,M(9)),
 (18,M(10)),(14,M(10)),(16,M(11)),(19,M(12)),(21,M(13)),(22,M(14)),(23,M(15)),(28,M(16)),
 (33,M(17)),(34,M(17)),(29,M(18)),(41,M(19)),(42,M(19)),(40,M(20)),(46,M(21)),(48,M(22)),(50,M(23)),
 (49,M(24)),(54,M(25)),(56,M(26)),(57,M(27)),(64,M(28)),(65,M(31)),(70,M(32)),(71,M(33)),
 (77,M(34)),(79,M(35)),(80,M(36)),(83,M(37)),(84,M(38)),(86,M(39)),(87,M(40)),(88,M(41)),(89,M(41)),
 (93,M(42)),(94,M(43)),(96,M(44)),(97,M(45)),(102,M(46)),(103,M(47)),(104,M(48)),(105,M(49)),
 (106,M(50)),(107,M(51)),(111,M(52)),(112,M(53)),(114,M(54)),(115,M(55)),
 (116,L('纳入“一把手工程”')),(118,L('将提高领导干部数字治理能力')),(122,L('将数字政府建设纳入区效能目标管理考核')),
 (123,L('将数字政府建设纳入区效能目标管理考核')),(124,L('建立容错和奖惩机制')),
]
key={
 "writer":"blind writer, round 890; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt",
 "baseline":"ningxia-2023",
 "build":None,
 "parents":[],
 "units":"units.txt",
 "planYear":2024,
 "expect":expect,
 "mustNotFlag":mnf,
 "covers":[{"task":t,"line":l} for t,l in covers],
 "notes":("惠农区 2024 annual 实施方案 with the notes-first layout: every measure's 【牵头单位：…；配合单位：…；完成时限：…】 note stands on the line BEFORE the measure it governs (stated in the draft's own 任务标注说明, which also says the first-listed lead is the main lead). "
          "Deadline and unit findings are reported on the note line; covers point at the measure line. Parent: none (石嘴山市 plan is cited by title only and is not supplied). "
          "Section 六 保障措施 is prose without notes. Several 2025 notes deliberately follow a measure whose task is due 2024, so attaching a note to the preceding line gives false alarms; the planted late deadline (line of measure 22's note) is the only real late one."),
}
for e in expect+mnf:
    assert e.get('text') is None or e['text'] in lines[e['line']-1], e
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(mnf),len(covers))
for e in expect: print(e['rule'],e['line'],e['text'],'|',lines[e['line']-1][:40])
