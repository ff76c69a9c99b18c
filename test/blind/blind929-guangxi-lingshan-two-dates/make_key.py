# Builds key.json and checks every line/text against draft.txt (1-based lines).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def at(text, hint=None):
    hits = [i for i, l in enumerate(L, 1) if text in l]
    assert hits, text
    if hint is not None:
        assert hint in hits, (text, hint, hits)
        return hint
    assert len(hits) == 1, (text, hits)
    return hits[0]

E = []  # expect
def ex(rule, text, why, hint=None, **kw):
    d = {"rule": rule, "line": at(text, hint) if text else 0}
    if text: d["text"] = text
    d.update(kw); d["why"] = why; E.append(d)

ex("basis-mismatch", "桂政发〔2022〕13号",
   "the regional 实施意见 (《广西壮族自治区人民政府关于加强数字政府建设的实施意见》) is 桂政发〔2022〕31号; 13号 is a transposition of the number")
ex("deadline-later-than-baseline", "2026年6月底",
   "note '2024年启动，2026年6月底前完成' for 智桂通: regional task 9 (持续完善“智桂通”移动开放生态体系, seed line 65) 完成时限 2025年底; the first step (2024年启动) is fine, the completing milestone is half a year late")
ex("deadline-invalid", "21月",
   "'2024年21月底前完成政务数据目录编制': no 21st month (12月 transposed); regional task 34 is 持续开展, so nothing else is wrong with the line")
ex("unknown-unit", "县卫计局",
   "stale name of the former 县卫生和计划生育局 (now 县卫生健康局, which units.txt lists and the draft uses elsewhere); not in units.txt")
ex("garbled-text", "娣卞寲鏁版嵁",
   "heading 五（二） '深化数据高效共享' as UTF-8 bytes read as GBK (娣卞寲鏁版嵁楂樻晥鍏变韩); the body below it is intact")
E.append({"rule": "task-uncovered", "line": 0, "task": 13,
   "why": "regional task 13 (推动智慧工地监管能力提升, 广西建筑工程智慧安全监管平台; seed line 73; 责任单位 自治区住房城乡建设厅等, 各市人民政府; 持续开展) is deliberately left out: no 智慧工地 / 建筑工程安全监管 item anywhere"})

N = []  # mustNotFlag
def nf(rule, text, why, anchor=None, **kw):
    """text: as written (must occur on the line); anchor: a unique string that locates the line."""
    ln = at(anchor) if anchor else at(text)
    assert text is None or text in L[ln-1], (text, ln)
    d = {"rule": rule, "line": ln}
    if text: d["text"] = text
    d.update(kw); d["why"] = why; N.append(d)

nf("basis-mismatch", "国发〔2016〕55号", "retrospective mention in the 发展现状 background of an older national document, with its correct title and 文号; not cited as a basis")
nf("basis-mismatch", "灵政办发〔2023〕27号", "the draft's own 文号 (the 印发 notice), not a cited basis")
nf("basis-mismatch", "《灵山县加强数字政府建设实施方案》", "the plan's own title in the 印发 notice")
nf("deadline-invalid", "2023年6月28日", "the document's own issue date")
nf("deadline-invalid", "2022年", "past dates in the 发展现状 background (2021年 and 2022年 achievements)", anchor="2022年，全县")
nf("deadline-invalid", "2020年以来", "past date in the background")
nf("deadline-later-than-baseline", "到2023年底", "local interim goal, earlier than the regional 主要目标 (到2025年)")
nf("deadline-later-than-baseline", "到2025年", "same goal and year as the regional 主要目标 (到2025年 … 数字政府体系框架基本形成 … 一体化政务服务和一体化在线监管模式广泛普及)", anchor="到2025年，与政府治理")
nf("deadline-later-than-baseline", "到2035年", "same year as the regional 2035 goal (广西数字政府基本建成)")
nf("deadline-later-than-baseline", "2025年底", "regional task 3 (以一体化在线监管提升监管协同化水平/互联网+监管, seed line 49) 完成时限 2025年底: the note '2023年启动，2025年底前完成' is equal; 2023年启动 is a first step", anchor="以一体化在线监管提升监管协同化水平")
nf("deadline-invalid", "2023年3月起", "first step (pilot start) dated before the issue date 2023-06-28 but in the plan's own year; a start already made, not a deadline")
nf("deadline-later-than-baseline", "2024年", "regional task 4 (数字化网格治理/基层治理, seed line 53) is 持续开展: '2023年试点，2024年全县推广' is not later", anchor="2024年全县推广")
nf("deadline-invalid", "2022年", "'已于2022年启动': a first step already taken before the plan's year (retrospective), not a deadline", anchor="已于2022年启动")
nf("deadline-later-than-baseline", "2025年底", "regional task 5 (社会治安防控体系智能化, seed line 55) is 持续开展: nothing to be later than", anchor="已于2022年启动")
nf("deadline-later-than-baseline", "2024年底", "regional task 8 (持续优化12345政务服务便民热线, seed line 63) 完成时限 2025年底; the note '2023年启动，2024年底前完成' is a year earlier", anchor="优化12345政务服务便民热线")
nf("deadline-later-than-baseline", "2025年底", "regional task 11 (智慧人社, seed line 69) is 持续开展; '2023年启动，2025年底前完成' is not later", anchor="推动智慧人社服务能力提升")
nf("deadline-later-than-baseline", "2025年", "regional task 15 (智慧康养, seed line 77) is 持续开展; '2024年试点，2025年推广' is not later", anchor="推动智慧康养服务能力提升")
nf("deadline-later-than-baseline", "2024年底", "regional task 20 (提升行政执行能力, seed line 91) is 持续开展; '2023年启动，2024年底前完成' is not later", anchor="提升行政执行能力")
nf("deadline-later-than-baseline", "2025年", "regional task 22 (优化政策信息数字化发布/政务公开, seed line 97) 完成时限 2025年底; '2024年试点，2025年推广' completes in the same year: equal. 2024年试点 is a first step", anchor="依托统一知识问答库")
nf("deadline-later-than-baseline", "2023年", "regional task 23 (强化安全管理责任, seed line 103) is 持续开展; '2023年建立机制，长期坚持' is a first step plus ongoing", anchor="2023年建立机制，长期坚持")
nf("deadline-later-than-baseline", "2023年9月底", "regional task 29 (创新数字政府建设管理机制, seed line 129) is 持续开展; '2023年9月底前出台项目管理办法，长期坚持' is an early first step plus ongoing", anchor="2023年9月底前出台项目管理办法")
nf("deadline-invalid", "2023年9月底", "in the plan's own year, after the issue date: a valid early first step", anchor="2023年9月底前出台项目管理办法")
nf("deadline-later-than-baseline", "2025年", "regional task 32 (开展试点示范, seed line 141) is 持续开展; '2024年试点，2025年推广' is not later", anchor="推广“一地创新、各地复用”成果")
nf("deadline-later-than-baseline", "2025年底", "regional task 33 (创新数据管理机制, seed line 147) is 持续开展; '2023年启动，2025年底前完成' is not later", anchor="确保政务数据真实、准确、完整")
nf("deadline-later-than-baseline", "2025年底", "regional task 36 (政务云, seed line 161) is 持续开展; '2023年启动，2025年底前完成' is not later", anchor="原则上不再新建、扩建机房")
nf("deadline-later-than-baseline", "2025年底", "regional task 37 (网络平台/电子政务外网, seed line 165) is 持续开展; '2024年试点，2025年底前全面完成' is not later and 2024年试点 is a first step", anchor="2024年试点，2025年底前全面完成")
nf("deadline-later-than-baseline", "2025年底", "regional task 39 (数字化共性应用集约建设, seed line 171) is 持续开展; '2023年启动，2025年底前完成' is not later", anchor="非税收入收缴电子化")
nf("deadline-later-than-baseline", "2025年", "regional task 42 (引领数字社会建设, seed line 183) is 持续开展; '2024年试点，2025年推广' is not later", anchor="构建农业农村大数据体系")
nf("deadline-invalid", "2023年7月底", "the office's own date for units to file their work measures (in the plan's year, after issue); not a task deadline")
nf("deadline-later-than-baseline", "12月10日", "the office's recurring reporting dates (每年6月20日、12月10日前), not task deadlines")
nf("unknown-unit", "各乡镇人民政府", "collective subject (with 县直各部门（单位） on the same line)", anchor="各乡镇人民政府，县直各部门（单位）：")
nf("unknown-unit", "县直有关部门", "collective subject", anchor="加强监管事项清单数字化管理")
nf("unknown-unit", "各乡镇（街道）", "collective subject", anchor="实施“互联网+基层治理”行动")
nf("unknown-unit", "公安局", "prefix 县 distributes over '县信访局、公安局、民政局、司法局、住房城乡建设局': all in units.txt (住房城乡建设局 as the short name of 县住房和城乡建设局)", anchor="实施“互联网+基层治理”行动")
nf("unknown-unit", "县人民检察院", "judicial bodies (县人民法院, 县人民检察院) listed in units.txt", anchor="实施“互联网+基层治理”行动")
nf("unknown-unit", "灵山县消防救援大队", "vertically managed local bodies (灵山县气象局, 灵山县消防救援大队) listed in units.txt", anchor="推进智慧应急建设")
nf("unknown-unit", "残联", "县残联 (prefix 县 distributed from 县政务服务中心) is an alias of 县残疾人联合会; 县政务服务中心 is an alias of 县政务服务中心管理办公室", anchor="拓展公平普惠的民生服务")
nf("unknown-unit", "县政府办", "alias of 灵山县人民政府办公室; 县公安局, 县卫生健康局, 县大数据发展局 by distribution", anchor="优化12345政务服务便民热线")
nf("unknown-unit", "钦州市灵山生态环境局", "the county branch of the city ecology bureau (real naming pattern), listed in units.txt", anchor="提升生态环保协同治理能力")
nf("unknown-unit", "融媒体中心", "县融媒体中心 by distribution, listed in units.txt", anchor="依托统一知识问答库")
nf("unknown-unit", "国安办", "prefix 县委 distributes over '县委网信办、国安办、保密办': 县委国安办 and 县委保密办 are in units.txt", anchor="建立健全县数字政府安全工作协调机制")
nf("unknown-unit", "国家税务总局灵山县税务局", "full name of the local tax bureau, listed in units.txt")
nf("unknown-unit", "县发展改革局", "official short name of 县发展和改革局; 县统计局, 县财政局, 县大数据发展局 by distribution", anchor="依托自治区经济治理数据")
N.append({"rule": "missing-pillar", "line": 0, "pillar": "党的领导", "why": "八、保障措施 takes up all four items of the region's 八、加强党对数字政府建设工作的领导 (组织领导, 推进机制, 数字素养, 考核评估) under a different heading"})
N.append({"rule": "missing-pillar", "line": 0, "pillar": "数字生态", "why": "七（三）营造良好数字生态 (lines 108-109)"})

C = []
for t, anchor in [(1,"依托自治区经济治理数据"),(2,"加强监管事项清单数字化管理"),(3,"以一体化在线监管提升监管协同化水平"),
    (4,"推进数字化网格治理"),(5,"推进社会治安防控体系智能化"),(6,"推进智慧应急建设"),(7,"打造泛在可及的服务体系"),
    (8,"优化12345政务服务便民热线"),(9,"推广应用“智桂通”"),(10,"推动智慧教育服务能力提升"),(11,"推动智慧人社服务能力提升"),
    (12,"推动智慧医疗服务能力提升"),(14,"推动智慧体育服务能力提升"),(15,"推动智慧康养服务能力提升"),(16,"提升生态环保协同治理能力"),
    (17,"提高自然资源利用效率"),(18,"推动绿色低碳转型"),(19,"提升辅助决策能力"),(20,"提升行政执行能力"),(21,"提升行政监督水平"),
    (22,"依托全区政府网站集约化平台"),(23,"建立健全县数字政府安全工作协调机制"),(24,"建立健全数据分类分级保护"),
    (25,"建立健全数据安全监管责任体系"),(26,"依托自治区数字政府一体安全平台"),(27,"强化安全可靠技术和产品应用"),
    (28,"依托全国行政许可管理等信息系统"),(29,"落实“四改四转”"),(30,"及时清理县级规范性文件"),(31,"贯彻落实国家、自治区数字政府标准规范"),
    (32,"围绕重点领域、关键环节有序开展试点示范"),(33,"明确各部门数据归集"),(34,"建立全县标准统一、动态管理的政务数据目录"),
    (35,"按照自治区公共数据开放目录"),(36,"推进县直各部门政务信息系统向自治区政务云迁移"),(37,"推动电子政务外网向村（社区）延伸"),
    (38,"强化数据智能支撑能力"),(39,"推进数字化共性应用集约建设"),(40,"强化开放生态支撑能力"),(41,"积极融入中国—东盟信息港建设"),
    (42,"推进智慧县城建设"),(43,"配合建立健全数据要素市场规则")]:
    C.append({"task": t, "line": at(anchor)})

key = {
  "writer": "blind writer, round 929; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": E,
  "mustNotFlag": N,
  "covers": C,
  "notes": ("Task numbers are the order of the 43 (責任單位…完成時限…) notes in seeds/guangxi-2022-shishi-yijian.txt (task 1 = seed line 43 经济调节 … task 43 = seed line 187 数字生态); "
            "only tasks 3, 8, 9 and 22 carry 2025年底, all others 持续开展. The draft is a 灵山县 (钦州市) plan issued 2023-06-28; line 30 states that a two-date note gives a start/pilot date and then a completion date, "
            "and that the first-listed unit leads. No parent plan: the 钦州 city plan is not cited by title. Near misses concentrate on two-date notes whose first step is early "
            "(2023年启动, 2024年试点, 2023年3月起, 已于2022年启动) and on dated completions of 持续开展 tasks.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), len(N), len(C), len(L))
for n in N: print(n['rule'], n['line'], n.get('text', n.get('pillar')))
