# helper: builds key.json, finding every line number by its text in draft.txt (1-based)
import json
L=open('draft.txt',encoding='utf-8').read().split('\n')
def ln(s,occ=1):
    hits=[i for i,l in enumerate(L,1) if s in l]
    assert len(hits)>=occ, (s,hits)
    return hits[occ-1]
def ln1(s):
    hits=[i for i,l in enumerate(L,1) if s in l]
    assert len(hits)==1,(s,hits); return hits[0]

TASK=("tasks are numbered 1-43 in the order of the inline (責任單位:…完成時限:…) notes of "
      "guangxi-2022-shishi-yijian.txt; the seed line of each note is given")
expect=[
 {"rule":"basis-mismatch","line":ln1("桂政发〔2022〕13号"),"text":"桂政发〔2022〕13号",
  "why":"the 广西 实施意见 implemented here is 桂政发〔2022〕31号 (KEY-FORMAT baseline guangxi-2022); digits transposed, so the 文号 does not belong to the title"},
 {"rule":"deadline-later-than-baseline","line":ln1("完成时限：2026年底前"),"text":"2026年底",
  "why":"measure (八) 12345热线 takes up guangxi task 8 (seed line 63, 持续优化12345政务服务便民热线平台…), 完成時限 2025年底; the city puts it at 2026年底前"},
 {"rule":"deadline-invalid","line":ln1("2024年6月31日前"),"text":"2024年6月31日",
  "why":"June has 30 days: impossible date (measure (二十二), guangxi task 26, 持续開展)"},
 {"rule":"unknown-unit","line":ln1("市海洋局"),"text":"市海洋局",
  "why":"not in units.txt; 来宾 is inland and has no 海洋局 (copied along with 海洋资源保护利用 from the regional text of task 17)"},
 {"rule":"unknown-unit","line":ln1("牵头单位：自治区大数据发展局"),"text":"自治区大数据发展局",
  "why":"a regional body named as 牵头单位 of a local task (measure (二十七) 健全标准规范, guangxi task 31); the city lead should be a city unit such as 市大数据发展局"},
 {"rule":"garbled-text","line":ln1("寤虹珛鍋ュ叏"),"text":"寤虹珛鍋ュ叏",
  "why":"UTF-8 bytes read as GBK: 寤虹珛鍋ュ叏鏀垮姟鏁版嵁渚涢渶瀵规帴 = 建立健全政务数据供需对接"},
]
M=[]
def m(rule,line,why,text=None,**kw):
    e={"rule":rule,"line":line}
    if text: e["text"]=text
    e.update(kw); e["why"]=why; M.append(e)
# deadlines
m("deadline-later-than-baseline",ln1("完成时限：2025年底前）"),"measure (三) takes up guangxi task 3 (seed line 49, 一体化在线监管), 完成時限 2025年底: equal","2025年底前")
m("deadline-later-than-baseline",ln1("完成时限：2024年底前）"),"measure (九) 智桂通 takes up guangxi task 9 (seed line 65), 完成時限 2025年底: the city's 2024年底 is earlier","2024年底前")
m("deadline-later-than-baseline",ln1("2025年底前全面完成"),"measure (十八) takes up guangxi task 22 (seed line 97, 政务公开), 完成時限 2025年底: an intermediate 2023 milestone and completion 2025年底, equal","2025年底前全面完成")
m("deadline-later-than-baseline",ln1("2023年底前完成平台接入"),"measure (十二) takes up guangxi task 13 (seed line 73, 智慧工地), 完成時限 持续開展: a 2023 milestone on an ongoing task is not late","2023年底前")
m("deadline-invalid",ln1("2023年底前完成平台接入"),"2023 is the plan's own year (issued 2023-06-28), not before it","2023年底前")
m("deadline-later-than-baseline",ln1("到2025年，与政府治理"),"主要目标 到2025年 体系框架基本形成, the same year as the region's goal (seed line 35)","到2025年")
m("deadline-later-than-baseline",ln1("到2035年，整体协同"),"主要目标 到2035年 基本建成, the same year as the region's goal (seed line 37)","到2035年")
m("deadline-later-than-baseline",ln1("到2023年底，市本级"),"a local intermediate goal for 2023, earlier than any regional milestone (智桂通 task 9 is due 2025年底)","到2023年底")
m("deadline-invalid",ln1("2020年建成市级政务云平台"),"past dates in the background paragraph (2020, 2021, 2022), not deadlines","2020年")
m("deadline-invalid",ln1("2023年6月28日"),"the issuing date of the notice","2023年6月28日")
m("deadline-invalid",ln1("每年11月底前"),"the office's own recurring reporting date, not a task deadline","每年11月底前")
m("deadline-later-than-baseline",ln1("2024年6月31日前"),"guangxi task 26 is 持续開展; 2024 is not later than anything (the date is invalid, not late)","2024年6月31日")
# basis
m("basis-mismatch",ln1("《数字广西建设规划（2018—2025年）》"),"retrospective mention in the background of an older regional plan, not cited as the basis","数字广西建设规划（2018—2025年）")
m("basis-mismatch",ln1("来政办发〔2023〕19号"),"the notice's own 文号","来政办发〔2023〕19号")
m("basis-mismatch",ln1("现将《来宾市加强数字政府建设实施方案》"),"the plan's own title in the covering notice","来宾市加强数字政府建设实施方案")
# units
m("unknown-unit",ln1("市发改委"),"colloquial alias of 市发展改革委, listed in units.txt","市发改委")
m("unknown-unit",ln1("牵头单位：市大数据局"),"alias of 市大数据发展局, listed in units.txt","市大数据局")
m("unknown-unit",ln1("市人社局"),"alias of 市人力资源社会保障局, listed in units.txt","市人社局")
m("unknown-unit",ln1("市公安局、司法局、信访局"),"prefix 市 distributes: 司法局, 信访局, 民政局, 住房城乡建设局 are 市司法局 etc., all in units.txt","司法局")
m("unknown-unit",ln1("各乡镇（街道）"),"collective subject","各乡镇（街道）")
m("unknown-unit",ln1("市中级人民法院，市人民检察院"),"judicial organs listed in units.txt","市中级人民法院")
m("unknown-unit",ln1("来宾市气象局、来宾市消防救援支队"),"vertically managed units listed in units.txt","来宾市气象局")
m("unknown-unit",ln1("来宾市税务局"),"vertically managed unit listed in units.txt","来宾市税务局")
m("unknown-unit",ln1("合山市人民政府，各县"),"county-level city government listed in units.txt; not a city-level 市… body and not split","合山市人民政府")
m("unknown-unit",ln1("来宾高新区管委会"),"development zone committee listed in units.txt","来宾高新区管委会")
m("unknown-unit",ln1("在自治区党委网信办统筹指导下"),"regional body mentioned in body text as giving guidance, not named as a lead or responsible unit","自治区党委网信办")
m("unknown-unit",ln1("按照自治区“智桂通”"),"regional platform/system named in body text, not a unit","自治区“智桂通”")
m("unknown-unit",ln("（牵头单位：市大数据发展局；责任单位：市直各有关部门，各县（市、区）人民政府；完成时限：持续推进）"),"collective subjects 市直各有关部门, 各县（市、区）人民政府","市直各有关部门")
m("unknown-unit",ln1("市直各部门（单位），各县（市、区）人民政府；完成时限：长期坚持"),"collective subject 市直各部门（单位）","市直各部门（单位）")
m("unknown-unit",ln1("牵头单位：市教育局、市人力资源社会保障局"),"two co-lead city units, both in units.txt","市教育局")
m("unknown-unit",ln1("市文化广电体育和旅游局"),"full official name listed in units.txt","市文化广电体育和旅游局")
m("unknown-unit",ln1("市委党校（市行政学院）"),"one body with two names; both forms in units.txt","市委党校（市行政学院）")
m("unknown-unit",ln1("充分发挥市数字政府建设领导小组作用"),"the city's leading group and its office, listed in units.txt","市数字政府建设领导小组")
m("unknown-unit",ln1("各县（市、区）人民政府，市人民政府各组成部门"),"addressees of the notice: collective subjects","市人民政府各组成部门")
m("unknown-unit",ln1("市委保密办"),"listed in units.txt (市委保密办 = 市国家保密局)","市委保密办")
m("unknown-unit",ln1("（牵头单位：市委网信办；责任单位：市国家安全局、市公安局、市大数据发展局；完成时限：持续推进）"),"city units only; no county collective because guangxi task 23 (seed line 103) is itself addressed to regional bodies only","市国家安全局")
# garbled near misses
m("garbled-text",ln1("“4·27”"),"ordinary text: middle dot in a date-style name","“4·27”")
m("garbled-text",ln1("“天地图·广西”"),"ordinary text: the platform's official name with a middle dot","天地图·广西")
m("garbled-text",ln1("“1+6+N”"),"ordinary text","1+6+N")
m("garbled-text",ln1("金秀瑶族自治县生态"),"ordinary place name","金秀瑶族自治县")
# pillars
m("missing-pillar",0,"党的领导 is taken up in part 八 (measures (三十九) and (四十), lines %d-%d)"%(ln1("（三十九）"),ln1("（四十）")+2),pillar="党的领导")
m("missing-pillar",0,"数字生态 is taken up in measure (三十八) at line %d"%ln1("营造良好数字生态"),pillar="数字生态")

covers=[]
for t,s in [(1,"经济数据分类分级整合"),(2,"运用多源数据为市场主体精准"),(3,"推进市、县两级监管事项清单认领"),(4,"枫桥经验"),
 (5,"雪亮工程”建设应用"),(6,"“互联网+应急”"),(7,"依托广西数字政务一体化平台"),(8,"12345热线）功能"),(9,"“智桂通”移动开放生态体系制度"),
 (10,"“互联网+教育”"),(11,"强化人社业务系统整合"),(12,"市级全民健康信息平台"),(13,"广西建筑工程智慧安全监管平台"),
 (14,"“体育+数字”"),(15,"智慧养老服务体系"),(16,"生态环境智能感知"),(17,"自然资源“一张图”"),(18,"碳排放智能监测"),
 (19,"“1+6+N”"),(20,"一体化协同办公体系"),(21,"“桂在行”"),(22,"市级政策文件库"),(23,"数字政府安全工作协调机制"),
 (24,"数据分类分级保护"),(25,"数据安全监管责任体系"),(26,"一体安全平台"),(27,"安全可靠技术和产品应用"),
 (28,"全国行政许可管理等信息系统"),(29,"“四改四转”"),(30,"数字法治政府"),(31,"严格执行数据开发利用"),(32,"有序开展试点示范"),
 (33,"强化政府部门数据管理职责"),(34,"一数一源一标准"),(35,"公共数据开放目录"),(36,"多云共治平台"),(37,"IPv6"),
 (38,"智能算法库"),(39,"统一身份认证体系"),(40,"开放生态支撑平台"),(41,"中国—东盟信息港"),(42,"推进智慧城市建设"),(43,"数据要素市场规则")]:
    covers.append({"task":t,"line":ln1(s)})
key={
 "writer":"blind writer, round 835; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written":"2026-12-07",
 "draft":"draft.txt","also":[],
 "baseline":"guangxi-2022","build":None,"parents":[],"units":"units.txt","planYear":2023,
 "expect":expect,"mustNotFlag":M,"covers":covers,
 "notes":("来宾市 2023 实施方案 implementing 桂政发〔2022〕31号, measures numbered （一）…（四十） continuously under parts 一、…八、, each ending with an inline note "
  "（牵头单位：…；责任单位：…；完成时限：…）. Task numbers: "+TASK+". Only tasks 3, 8, 9 and 22 carry 2025年底 in the seed; all others are 持续開展 "
  "(task 23 has no 各市人民政府 and is covered anyway). Line %d also cites 国发〔2022〕14号 correctly; the only basis error on that line is the regional 文号. "
  "The regional title is written 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》; the writer could not verify the official title from the seeds (the seed text carries no title), "
  "so a checker holding a different official title may raise a second basis finding on the same line. No task is deliberately left out."%ln1("国发〔2022〕14号"))
}
json.dump(key,open('key.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(expect),len(M),len(covers))
for e in expect: print(e['line'],e['rule'],e['text'],'|',L[e['line']-1][:40])
