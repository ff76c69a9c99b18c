# Builds key.json from draft.txt, checking every line number and text against the final draft.
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')[:-1]
def ln(sub):
    hits=[i+1 for i,l in enumerate(L) if sub in l]
    assert len(hits)==1,(sub,hits)
    return hits[0]
def pt(n):
    hits=[i+1 for i,l in enumerate(L) if l.startswith(f'{n}.')]
    assert len(hits)==1,(n,hits); return hits[0]
def chk(line,text):
    assert text in L[line-1],(line,text)
    return line
goal_line=ln('基层干部填表报数工作量压减50%以上；')
expect=[
 {"rule":"basis-mismatch","line":chk(ln('宁政发〔2022〕17号'),'宁政发〔2022〕17号'),"text":"宁政发〔2022〕17号","why":"the regional 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号 (2023-05-16); the year in the 文号 is wrong"},
 {"rule":"unknown-unit","line":chk(pt(4),'县经信局'),"text":"县经信局","why":"not in units.txt: there is no 经济和信息化局 in this registry; the county unit is 县工业信息化和商务局 (县工信商务局), used correctly in points 6, 12 and 24"},
 {"rule":"deadline-invalid","line":chk(pt(20),'20255年'),"text":"20255年","why":"impossible year (typo for 2025年9月底前); the point takes up task 49 (视频共享平台/视频一张网), 完成时限 2025年"},
 {"rule":"deadline-later-than-baseline","line":chk(pt(37),'2026年6月底前'),"text":"2026年6月底","why":f"task 106 (宁政通 填表报数系统, 基层填表报数工作量压减50%以上) 完成时限 2025年; the draft's own goal (line {goal_line}) also says 到2025年底"},
 {"rule":"garbled-text","line":chk(pt(39),'鎺ㄥ箍搴旂敤'),"text":"鎺ㄥ箍搴旂敤","why":"UTF-8 bytes read as GBK: 鎺ㄥ箍搴旂敤鍏ㄥ尯鏈哄叧浜嬪姟绠＄悊缁熶竴闂ㄦ埛 = 推广应用全区机关事务管理统一门户"},
 {"rule":"missing-pillar","line":0,"pillar":"数字生态","why":"the 三个驱动 section takes up only 数字经济 and 数字社会; nothing anywhere on 数据要素市场, 数据交易, 数据运营 or the policy/network environment (营造良好数字生态 in both 宁政发〔2023〕17号 and the 吴忠 plan)"},
 {"rule":"task-uncovered","line":0,"task":12,"why":"consequence of the missing 数字生态 pillar: task 12 (数据要素市场, 各市、县（区）配合, 2025年) is not taken up"},
]
M=[]
def mn(rule,line,why,text=None):
    e={"rule":rule,"line":line}
    if text is not None:
        assert text in L[line-1],(line,text); e["text"]=text
    e["why"]=why; M.append(e)
mn("basis-mismatch",ln('国发〔2022〕14号'),"national 指导意见 cited with its correct title and 文号","国发〔2022〕14号")
mn("basis-mismatch",ln('宁政办发〔2023〕11号'),"《数字宁夏“1244+N”行动计划实施方案》（宁政办发〔2023〕11号） is cited exactly as the parent 吴忠 plan cites it","宁政办发〔2023〕11号")
mn("basis-mismatch",ln('吴忠市人民政府《关于加强数字政府建设的实施方案》'),"parent city plan cited by title alone, correct title (实施方案, 加强); the city plan has no 文号","吴忠市人民政府《关于加强数字政府建设的实施方案》")
mn("basis-mismatch",ln('宁政办发〔2020〕14号'),"retrospective mention of the superseded 2020 工作要点 (how the county started in 2020), not cited as a basis of this document","宁政办发〔2020〕14号")
mn("basis-mismatch",ln('盐政办发〔2024〕7号'),"retrospective mention of the county's own 2024 要点 in the review of 2024 work, not a basis","盐政办发〔2024〕7号")
mn("deadline-invalid",ln('自2020年按照'),"2020 is the start of the county's work, background history","2020年")
mn("deadline-invalid",ln('2024年，全县认真落实'),"past dates in the review of 2024 work, not deadlines","2024年")
mn("deadline-invalid",pt(4),"2024年 recalls a completed phase (园区综合管理平台一期); the point's deadline is 2025年底前 (task 3: 持续推进，2025年取得明显成效; equal)","2024年")
mn("deadline-invalid",pt(9),"2024年 recalls the 医共体 platform launch; deadline 2025年底前 equals task 8 (持续推进，2025年取得明显成效)","2024年")
mn("deadline-invalid",pt(18),"“2023年启动，2025年完成” quotes the regional schedule of task 29 (2023年启动，2025年完成); the point's own deadline 2025年底前 equals it","2023年启动")
mn("deadline-invalid",pt(19),"2024年 recalls the finished 数据资源目录 (task 30 work); the deadline 2025年11月底前 is the point's own","2024年")
mn("deadline-invalid",pt(38),"2024年 recalls the 视频会议 upgrade; the deadline 2025年8月底前 is earlier than task 107 (2025年)","2024年")
mn("deadline-later-than-baseline",pt(20),"20255年 is an impossible date (deadline-invalid), not a late deadline; the intended 2025年9月底前 is earlier than task 49 (2025年)","20255年")
mn("deadline-invalid",ln('2026年1月10日前'),"the office's own reporting date for the 2025 annual summary, not a task deadline","2026年1月10日前")
mn("deadline-later-than-baseline",ln('2026年1月10日前'),"reporting date (年度工作总结 and 2026年工作打算), not a task deadline","2026年1月10日前")
mn("deadline-invalid",ln('于2025年4月底前将具体推进计划'),"office's own date for units to submit their plans, within the issue year","2025年4月底前")
mn("deadline-later-than-baseline",ln('主要目标：到2025年底'),"到2025年底 “1347” 体系框架全面成型 equals the regional goal (到2025年 “34567” 体系框架全面成型) and the 吴忠 goal (到2025年 “1347” 全面成型); the 2035 goal equals the region's 2035 goal","到2025年底")
mn("deadline-later-than-baseline",goal_line,f"goal under 到2025年底 equals task 106 (2025年); only the point at line {pt(37)} is late")
mn("deadline-later-than-baseline",pt(1),"2025年6月底前 is earlier than task 64 (各市、县（区）参照自治区成立组织机构, 2025年)","2025年6月底前")
mn("deadline-later-than-baseline",pt(7),"2025年底前 equals the completing milestone of task 11 (2023年完成主要建设任务，2025年取得明显成效)","2025年底前")
mn("deadline-later-than-baseline",pt(8),"2025年底前 equals task 7 (2023年形成试点经验，2025年取得明显成效)","2025年底前")
mn("deadline-later-than-baseline",pt(10),"2025年底前 equals task 9 (持续推进，2025年取得明显成效)","2025年底前")
mn("deadline-later-than-baseline",pt(14),"长期坚持 matches task 18 (2023年形成机制，长期坚持); ongoing, no later milestone","长期坚持")
mn("deadline-later-than-baseline",pt(15),"2025年10月底前 is earlier than task 22 (审管协同, 2025年)","2025年10月底前")
mn("deadline-later-than-baseline",pt(16),"2025年底前 equals task 28 (2023年启动，2025年取得明显成效)","2025年底前")
mn("deadline-later-than-baseline",pt(17),"长期坚持 for following the 会商机制 of task 24 (2023年): an ongoing duty with no completing milestone, not a late one","长期坚持")
mn("deadline-later-than-baseline",pt(21),"2025年底前 equals task 52 (电子证照社会化场景, 2025年)","2025年底前")
mn("deadline-later-than-baseline",pt(22),"2025年11月底前 is earlier than task 56 (非税收入收缴电子化, 2025年)","2025年11月底前")
mn("deadline-later-than-baseline",pt(28),"2025年10月底前 is earlier than task 81 (视频指挥调度体系, 2025年)","2025年10月底前")
mn("deadline-later-than-baseline",pt(29),"2025年底前 equals task 87 (12345, 2023年启动，2025年完成)","2025年底前")
mn("deadline-later-than-baseline",pt(40),"长期坚持 for routine 政务公开 work (task 112, 2024年): an ongoing duty, no completing milestone later than the region's","长期坚持")
mn("deadline-later-than-baseline",pt(42),"长期坚持 matches task 116 (2023年完成并长期坚持)","长期坚持")
mn("deadline-later-than-baseline",pt(46),"长期坚持 matches tasks 121 (长期坚持), 122/123 (2023年完成，长期坚持), 124 (2023年形成机制，长期坚持)","长期坚持")
mn("unknown-unit",pt(41),"prefix 县委 distributes: 县委宣传部、网信办 = 县委宣传部, 县委网信办, both in units.txt","网信办")
mn("unknown-unit",pt(32),"vertically managed county branch, listed in units.txt","吴忠市生态环境局盐池分局")
mn("unknown-unit",pt(4),"official short name of 盐池工业园区管理委员会 in units.txt","盐池工业园区管委会")
mn("unknown-unit",pt(17),"short name of 县发展和改革局 in units.txt","县发改局")
mn("unknown-unit",pt(22),"short names 县教体局 / 县卫健局 in units.txt","县教体局、县卫健局")
mn("unknown-unit",pt(29),"short name of 县审批服务管理局 in units.txt","县审批局")
mn("unknown-unit",pt(28),"short name of 县林业和草原局 in units.txt","县林草局")
mn("unknown-unit",pt(26),"collective subjects 各乡镇人民政府, 各村（社区）","各村（社区）")
mn("unknown-unit",pt(3),"collective subject 县直各部门（单位）","县直各部门（单位）")
mn("unknown-unit",pt(15),"collective subject 县直有关部门","县直有关部门")
mn("unknown-unit",pt(27),"a township government listed in units.txt","花马池镇人民政府")
mn("unknown-unit",ln('设在县大数据管理服务中心'),"the leading group's office, in units.txt; named in body text, not in a responsibility cell","县推进数字政府建设领导小组办公室")
cov=[]; seen=set()
for t,n in [(64,1),(3,4),(10,5),(11,7),(7,8),(8,9),(9,10),(6,11),(18,14),(22,15),(28,16),(24,17),(29,18),(49,20),(52,21),(56,22),(59,23),(66,24),(5,25),(83,26),(81,28),(87,29),(92,30),(95,32),(96,33),(100,34),(101,35),(102,35),(99,36),(106,37),(107,38),(111,39),(112,40),(114,41),(116,42),(25,43),(118,44),(120,45),(121,46),(122,46),(123,46),(124,46)]:
    if t in seen: continue
    seen.add(t); cov.append({"task":t,"line":pt(n)})
key={
 "writer":"blind writer, round 949; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-08",
 "draft":"draft.txt",
 "baseline":"ningxia-2023",
 "build":None,
 "parents":["wuzhong"],
 "units":"units.txt",
 "planYear":2025,
 "expect":expect,
 "mustNotFlag":M,
 "covers":cov,
 "notes":"盐池县 2025年数字政府建设工作要点 (盐政办发〔2025〕9号, issued 2025-03-18): 46 numbered points under the 吴忠 “1347” framework, each ending （责任单位：…；完成时限：…）; the notice says the first-listed unit leads. Points were chosen so that their regional tasks fall due in 2025 or are ongoing; points whose nearest regional task fell due in 2023/2024 carry 长期坚持 (points 17, 40, 41, 43) as continuing duties, not late deadlines. Years 2020/2023/2024 appear only in background, recalls of finished work or a quoted regional schedule. Point 19 (数据回流 and data scenarios) and point 31 (15分钟政务服务圈) follow the 吴忠 plan; I know of no regional numbered task with that content (nearest: tasks 35/36 and 84, due 2024/2023/2024), so their 2025 deadlines are not meant as late. The goal on line 23 and point 37 conflict on purpose: the goal follows the region, the point slipped to 2026. Helper make_key.py rebuilds this key and checks every line against draft.txt."
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=2)
print(len(expect),len(M),len(cov))
