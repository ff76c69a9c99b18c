# helper: builds key.json and checks every line/text against draft.txt
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
T="Guangxi task numbers: the 43 inline notes (责任單位…完成時限…) of seeds/guangxi-2022-shishi-yijian.txt numbered 1-43 in order"
expect=[
 dict(rule="basis-mismatch",line=8,text="桂政发〔2022〕13号",why="the 广西 实施意见 (《广西壮族自治区人民政府关于加强数字政府建设的实施意见》) is 桂政发〔2022〕31号; digits transposed"),
 dict(rule="deadline-later-than-baseline",line=20,text="2026年",why="主要目标: 广西 sets 到2025年 for the same goal (数字政府体系框架基本形成, 一体化政务服务和一体化在线监管模式广泛普及), seed line 35"),
 dict(rule="deadline-invalid",line=29,text="2022年底",why="a target the 2023 plan sets (镇、村两级视频监控全覆盖) dated before the plan's own year 2023; task 5 (推进社会治安防控体系智能化, 雪亮工程), 完成时限 持续开展"),
 dict(rule="unknown-unit",line=32,text="市政务服务监督管理办公室",why="old/defunct body name, not in units.txt (政务服务 work lies with 市行政审批局 / 市大数据发展局); named as lead"),
 dict(rule="deadline-later-than-baseline",line=33,text="2026年底",why="task 8 (持续优化12345政务服务便民热线, 热线归并与联动), 完成时限 2025年底"),
 dict(rule="unknown-unit",line=47,text="市大数据管理局",why="misnamed: the registry body is 市大数据发展局 (short 市大数据局); line 65 gives the same task to 市大数据发展局"),
]
mnf=[
 dict(rule="deadline-invalid",line=4,text="2023-08-21",why="the release's own publication timestamp"),
 dict(rule="unknown-unit",line=5,text="岑溪市融媒体中心",why="byline: publisher, in units.txt as alias of 市融媒体中心; 黄丽萍/莫俊杰 are reporter and correspondent names, not units"),
 dict(rule="deadline-invalid",line=7,text="近日",why="release's 'recently', not a deadline"),
 dict(rule="basis-mismatch",line=7,text="岑政办发〔2023〕26号",why="the plan's own 文号, not a basis document"),
 dict(rule="basis-mismatch",line=8,text="国发〔2022〕14号",why="correct title and 文号 of the national guiding opinion"),
 dict(rule="basis-mismatch",line=9,text="同年11月30日",why="retrospective mention of the national and regional documents by short title, dates correct (2022-06, 2022-11-30), no 文号"),
 dict(rule="deadline-invalid",line=9,text="2022年6月",why="past date in the background (issue of 国发〔2022〕14号)"),
 dict(rule="deadline-invalid",line=12,text="2019年",why="past achievements (2019, 2021) in the background"),
 dict(rule="deadline-invalid",line=13,text="截至2022年底",why="retrospective statistics (截至2022年底, 截至2023年6月底), not targets"),
 dict(rule="deadline-invalid",line=14,text="2022年",why="past achievement inside an official's quote"),
 dict(rule="deadline-later-than-baseline",line=19,text="2023年底",why="interim goal, earlier than 广西's 到2025年"),
 dict(rule="deadline-later-than-baseline",line=21,text="2035年",why="equal to 广西's 到2035年 基本建成 goal"),
 dict(rule="unknown-unit",line=25,text="各镇人民政府",why="collective subject (岑溪 has 14 镇); also lines 28, 43, 54, 61, 68, 73, 82"),
 dict(rule="unknown-unit",line=26,text="市发改局",why="official short name of 市发展和改革局 in units.txt; also line 80"),
 dict(rule="deadline-later-than-baseline",line=27,text="2024年底",why="task 3 (一体化在线监管, 互联网+监管), 完成时限 2025年底: earlier"),
 dict(rule="unknown-unit",line=30,text="岑溪市消防救援大队",why="in units.txt, as is 岑溪市气象局 on the same line"),
 dict(rule="deadline-later-than-baseline",line=34,text="2025年底",why="task 9 (智桂通移动开放生态体系), 完成时限 2025年底: equal"),
 dict(rule="unknown-unit",line=36,text="市卫健局",why="short name of 市卫生健康局 in units.txt"),
 dict(rule="unknown-unit",line=37,text="梧州市岑溪生态环境局",why="the real local body name (Guangxi county ecology bureaus are branches of the city bureau); in units.txt"),
 dict(rule="deadline-later-than-baseline",line=39,text="2024年6月底",why="task 22 (政策信息数字化发布/政务公开), 完成时限 2025年底: earlier"),
 dict(rule="unknown-unit",line=49,text="自治区大数据发展局",why="regional unit of the baseline, mentioned as builder of the regional 政务云 platform, not as lead of a local task"),
 dict(rule="deadline-later-than-baseline",line=49,text="2025年底",why="task 37 (电子政务外网) and task 36 (政务云, 2024年底) are 持续开展: a local date cannot be later"),
 dict(rule="unknown-unit",line=50,text="国家税务总局岑溪市税务局",why="in units.txt (vertical-managed local body)"),
 dict(rule="unknown-unit",line=54,text="各村（社区）",why="collective subject; 岑城镇、南渡镇、归义镇 on this line are pilot places, not responsible units"),
 dict(rule="deadline-later-than-baseline",line=60,text="2024年底",why="table row, task 3, 完成时限 2025年底: earlier"),
 dict(rule="deadline-later-than-baseline",line=63,text="2025年底",why="table row, task 9, 完成时限 2025年底: equal"),
 dict(rule="deadline-later-than-baseline",line=64,text="2024年6月底",why="table row, task 22, 完成时限 2025年底: earlier"),
 dict(rule="deadline-later-than-baseline",line=67,text="2025年底",why="table row, task 37, 完成时限 持续开展"),
 dict(rule="deadline-later-than-baseline",line=68,text="2023年启动，2025年取得明显成效",why="table row, task 42 (数字乡村), 完成时限 持续开展"),
 dict(rule="unknown-unit",line=65,text="市直各部门",why="collective subject; also lines 45, 48, 49, 66, 73, 82"),
 dict(rule="unknown-unit",line=73,text="岑溪市数字政府建设工作领导小组",why="the plan's own coordinating body, in units.txt"),
 dict(rule="basis-mismatch",line=78,text="自治区实施意见",why="short reference to the correct regional document inside a quote"),
 dict(rule="unknown-unit",line=79,text="自治区大数据发展局",why="regional body in a quote (统一部署), not lead of a local task"),
 dict(rule="deadline-invalid",line=79,text="今年底前",why="in an official's quote; = end of 2023, the plan year"),
 dict(rule="deadline-later-than-baseline",line=80,text="2024年",why="project milestone in a quote (2023年下半年启动, 2024年建成投用); task 34 is 持续开展"),
 dict(rule="deadline-invalid",line=81,text="2022年",why="a firm's past experience in a quote"),
 dict(rule="deadline-invalid",line=82,text="2023年9月底",why="the office's own follow-up reporting date, in the plan year"),
 dict(rule="unknown-unit",line=84,text="覃雪梅",why="editor / reviewer names (覃雪梅, 李志坚, 陈国华), not units"),
 dict(rule="deadline-invalid",line=85,text="2023年8月21日",why="the release's own date"),
 dict(rule="garbled-text",line=50,text="天地图·广西",why="genuine interpunct in the platform's name, not mojibake"),
 dict(rule="missing-pillar",line=0,text="数字生态",why="taken up on line 55 (营造良好数字生态); 考核评估 on line 75, 数字素养 on line 74 — a news release's short retelling still covers every pillar"),
]
covers=[(1,25),(2,26),(3,27),(4,28),(5,29),(6,30),(7,31),(8,33),(9,34),(10,35),(11,35),(12,35),(15,36),(16,37),(17,37),(18,37),(19,38),(20,38),(21,38),(22,39),(23,42),(24,43),(25,43),(26,44),(27,44),(28,45),(29,45),(30,46),(31,46),(32,46),(33,47),(34,48),(35,48),(36,49),(37,49),(39,50),(41,53),(42,54),(43,55)]
ok=True
for e in expect+mnf:
    if e['line']==0: continue
    if e.get('text') and e['text'] not in L[e['line']-1]:
        print('MISMATCH',e); ok=False
key=dict(
 writer="blind writer, round 323; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 written="2026-12-06", draft="draft.txt", baseline="guangxi-2022", build=None, parents=[], units="units.txt", planYear=2023,
 expect=expect, mustNotFlag=mnf, covers=[dict(task=t,line=l) for t,l in covers],
 notes=("A news release (岑溪市融媒体中心, 2023-08-21) retelling 岑溪市's 2023 实施方案; checked against guangxi-2022 (桂政发〔2022〕31号). "
  + T + " (seed lines 43,47,49,53,55,57,61,63,65,67,69,71,73,75,77,81,83,85,89,91,93,97,103,107,111,115,119,125,129,133,137,141,147,151,155,161,165,169,171,173,179,183,187). "
  "Only tasks 3, 8, 9, 22 carry a dated 完成时限 (2025年底); all others 持续开展. Not taken up (summary omits them, not deliberate, not in expect): tasks 13 智慧工地, 14 智慧体育, 38 数据智能, 40 开放生态支撑; task 23 has no 各市人民政府. "
  "Planned: 6 mistakes over 4 rules (basis-mismatch, deadline-later-than-baseline x2, deadline-invalid, unknown-unit x2)."))
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print('ok' if ok else 'FAIL', len(expect), len(mnf), len(covers))
