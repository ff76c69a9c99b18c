#!/usr/bin/env python3
# Builds key.json, locating every line by a unique substring of draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L.pop()

def ln(sub, must_contain=None):
    hits = [i for i, l in enumerate(L, 1) if sub in l]
    assert len(hits) == 1, (sub, hits)
    if must_contain:
        assert must_contain in L[hits[0]-1], (sub, must_contain)
    return hits[0]

def pt(n):  # line of numbered point n
    hits = [i for i, l in enumerate(L, 1) if l.startswith('%d.' % n)]
    assert len(hits) == 1, (n, hits)
    return hits[0]

GX = 'guangxi-2022 task %d (%s, seed line %d), 完成时限 %s'
def gx(n, words, line, due): return GX % (n, words, line, due)

expect = [
 {"rule": "basis-mismatch", "line": ln('桂政发〔2023〕31号'), "text": "桂政发〔2023〕31号",
  "why": "the 广西 实施意见 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 is 桂政发〔2022〕31号 (dated 2022-11-30); the year in the 文号 is wrong"},
 {"rule": "deadline-later-than-baseline", "line": ln('力争到2026年'), "text": "2026年",
  "why": "主要目标: the 广西 实施意见 says 到2025年 …政府数字化履职能力、安全保障、制度规则、数据资源、平台支撑等数字政府体系框架基本形成 (seed line 35); the city puts the same goal at 2026"},
 {"rule": "deadline-later-than-baseline", "line": pt(9), "text": "2026年6月底前",
  "why": gx(8, '持续优化12345政务服务便民热线平台…与110、119、120、122等紧急热线…联动', 63, '2025年底') + "; the point's completing milestone (联动) is 2026年6月底, later"},
 {"rule": "deadline-invalid", "line": pt(27), "text": "2023年12月底前",
  "why": "deadline of a 2024 工作要点 point lies before the year of the document (送审稿 dated 2024-03-15); copied from last year's points. Regional " + gx(26, '加快建設數字政府一體安全平臺…態勢感知…數據備份', 115, '持續開展') + ", so not a late deadline"},
 {"rule": "unknown-unit", "line": pt(36), "text": "市大数据管理服务局",
  "why": "not in units.txt (钦州's body is 市大数据发展局; 市大数据管理服务局 is the 吴忠 name, a copy-paste slip)"},
 {"rule": "garbled-text", "line": pt(35), "text": "鏀垮姟鏁版嵁渚涢渶瀵规帴",
  "why": "UTF-8 bytes of 政务数据供需对接 read as GBK (mojibake run inside an otherwise clean sentence)"},
]

mnf = [
 {"rule": "unknown-unit", "line": 2, "text": "各县（区）人民政府", "why": "collective subject (the city's 县（区）), addressee line"},
 {"rule": "basis-mismatch", "line": ln('桂政发〔2023〕31号'), "text": "国发〔2022〕14号", "why": "correct 文号 and title of the national 指导意见"},
 {"rule": "deadline-invalid", "line": ln('2023年11月底前完成'), "text": "2023年11月底前", "why": "background: a 2023 achievement, not a deadline of this document"},
 {"rule": "basis-mismatch", "line": ln('《钦州市2023年数字政府建设工作要点》'), "text": "钦州市2023年数字政府建设工作要点", "why": "retrospective mention of last year's points, not a basis citation"},
 {"rule": "deadline-later-than-baseline", "line": ln('到2025年底，以“智桂通”'), "text": "2025年底", "why": "equal to the 广西 主要目标 到2025年 (“一部手机助广西”发展格局初步形成, 一体化政务服务和一体化在线监管模式广泛普及)"},
 {"rule": "deadline-later-than-baseline", "line": ln('主要目标：2024年'), "why": "2024 annual indicators; earlier than any regional goal"},
 {"rule": "deadline-later-than-baseline", "line": pt(1), "text": "2024年12月底前", "why": "2024 date for " + gx(1, '經濟調節', 43, '持續開展') + "; a dated milestone for an ongoing task is not later"},
 {"rule": "unknown-unit", "line": pt(1), "text": "统计局", "why": "prefix 市 distributes: 市统计局、市财政局、市大数据发展局"},
 {"rule": "unknown-unit", "line": pt(1), "text": "钦州市税务局", "why": "listed in units.txt (vertical body outside the city government proper)"},
 {"rule": "deadline-later-than-baseline", "line": pt(3), "text": "2025年底前", "why": "equal: " + gx(3, '以一體化在線監管提升監管協同化水平', 49, '2025年底')},
 {"rule": "deadline-later-than-baseline", "line": pt(4), "text": "2024年12月底前", "why": "2024 date for " + gx(4, '數字化網格治理/矛盾化解', 53, '持續開展')},
 {"rule": "unknown-unit", "line": pt(4), "text": "市中级人民法院", "why": "listed in units.txt; mirrors 自治区高级法院/检察院 in the regional task"},
 {"rule": "unknown-unit", "line": pt(6), "text": "各乡镇（街道）", "why": "collective subject"},
 {"rule": "unknown-unit", "line": pt(6), "text": "钦州市消防救援支队", "why": "listed in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": pt(6), "text": "2024年10月底前", "why": "2024 date for " + gx(6, '推進智慧應急建設', 57, '持續開展')},
 {"rule": "unknown-unit", "line": pt(8), "text": "人社局", "why": "市 prefix distributes; 市人社局 and 市卫健委 are aliases in units.txt; 残联 → 市残联 listed"},
 {"rule": "deadline-later-than-baseline", "line": pt(10), "text": "2025年底前", "why": "equal: " + gx(9, '持續完善“智桂通”移動開放生態體系', 65, '2025年底')},
 {"rule": "unknown-unit", "line": pt(10), "text": "自治区大数据发展局", "why": "regional body mentioned in the body (按照…统一部署), not a responsible unit of the point"},
 {"rule": "unknown-unit", "line": pt(14), "text": "市住建局", "why": "alias of 市住房城乡建设局 in units.txt"},
 {"rule": "unknown-unit", "line": pt(15), "text": "浦北县人民政府", "why": "listed in units.txt"},
 {"rule": "unknown-unit", "line": pt(20), "text": "市政府办公室", "why": "alias of 市人民政府办公室 in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": pt(22), "text": "2025年6月底前", "why": "earlier than " + gx(22, '優化政策信息數字化發布', 97, '2025年底')},
 {"rule": "deadline-later-than-baseline", "line": pt(23), "text": "2024年12月底前", "why": "earlier than " + gx(22, '政務新媒體/政民互動 part of 優化政策信息數字化發布', 97, '2025年底')},
 {"rule": "basis-mismatch", "line": 3, "text": "钦州市2024年数字政府建设工作要点", "why": "the document's own title in the issuing notice, not a basis citation"},
 {"rule": "deadline-later-than-baseline", "line": pt(24), "text": "2024年6月底前", "why": "2024 date for " + gx(23, '建立健全數字政府安全工作協調機制', 103, '持續開展')},
 {"rule": "unknown-unit", "line": pt(24), "text": "国安办", "why": "prefix 市委 distributes: 市委国安办 (and 保密办 → 市委保密办 in point 25), both listed"},
 {"rule": "unknown-unit", "line": pt(26), "text": "钦州市通信发展管理办公室", "why": "listed in units.txt"},
 {"rule": "unknown-unit", "line": pt(32), "text": "市市场监督管理局", "why": "alias of 市市场监管局 in units.txt"},
 {"rule": "unknown-unit", "line": pt(33), "text": "钦州港经济技术开发区管委会", "why": "alias of 钦州港片区管委会 in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": pt(37), "text": "2024年12月底前", "why": "2024 date for " + gx(36, '強化政務雲平臺支撐能力', 161, '持續開展')},
 {"rule": "unknown-unit", "line": pt(40), "text": "发改委", "why": "市 prefix distributes: 市发改委, an alias of 市发展改革委 in units.txt"},
 {"rule": "garbled-text", "line": pt(43), "text": "坭兴陶", "why": "real product name (钦州 坭兴陶), rare but correct characters"},
 {"rule": "garbled-text", "line": pt(44), "text": "犀牛脚镇", "why": "real town in 钦南区"},
 {"rule": "unknown-unit", "line": pt(44), "text": "各县区", "why": "collective subject"},
 {"rule": "deadline-later-than-baseline", "line": pt(44), "text": "2024年12月底前", "why": "2024 date for " + gx(42, '引領數字社會建設', 183, '持續開展')},
 {"rule": "unknown-unit", "line": pt(48), "text": "市委党校", "why": "listed in units.txt"},
 {"rule": "deadline-later-than-baseline", "line": ln('2025年1月10日前'), "text": "2025年1月10日前", "why": "the office's own reporting dates, not task deadlines"},
 {"rule": "deadline-invalid", "line": ln('2025年1月10日前'), "text": "2024年6月25日前", "why": "the office's own reporting dates"},
 {"rule": "unknown-unit", "line": ln('2025年1月10日前'), "text": "自治区大数据发展局", "why": "recipient of the report, not a responsible unit"},
 {"rule": "unknown-unit", "line": ln('排在第一位的为牵头单位'), "text": "钦南区", "why": "explanatory note: 钦南区、钦北区、灵山县、浦北县人民政府 (the suffix 人民政府 applies to each; all four are listed in units.txt)"},
 {"rule": "deadline-invalid", "line": ln('2023年完成值'), "text": "2023年完成值", "why": "table header for last year's baseline values"},
 {"rule": "unknown-unit", "line": ln('（代拟）'), "text": "钦州市大数据发展局", "why": "drafting office signature; alias in units.txt"},
 {"rule": "deadline-invalid", "line": len(L), "text": "2024年3月15日", "why": "the draft's own date"},
]

covers_map = [
 (1,1),(2,2),(3,3),(4,4),(5,5),(6,6),(7,7),(7,8),(8,9),(9,10),(10,11),(11,12),(12,13),(13,14),(14,15),(15,15),
 (16,16),(17,17),(18,18),(19,19),(20,20),(21,21),(22,22),(22,23),(23,24),(24,25),(25,26),(26,27),(27,28),
 (28,29),(29,30),(30,31),(31,32),(32,33),(33,34),(34,35),(35,36),(36,37),(37,38),(38,39),(39,40),(39,41),(40,42),
 (41,43),(42,44),(43,45)]
covers = [{"task": t, "line": pt(p)} for t, p in covers_map]

key = {
 "writer": "blind writer, round 290; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": mnf,
 "covers": covers,
 "notes": ("钦州市2024年数字政府建设工作要点（送审稿）, 49 numbered points under the 广西 桂政发〔2022〕31号 framework "
           "(七个能力, 安全保障, 制度规则, 数据资源, 平台支撑, 数字经济/社会/生态, 党的领导). Guangxi task numbers here are the order of "
           "the 43 inline (责任单位…完成时限…) notes in seeds/guangxi-2022-shishi-yijian.txt; the seed line is given in each why. "
           "Tasks with 2025年底 in the seed: 3, 8, 9, 22; all others 持续开展; task 23 (seed line 103) names no 各市人民政府. "
           "The draft's note (second-to-last text line before the 附件) says the first-listed unit is the lead. "
           "No pillar and no task is deliberately left out, so expect has no missing-pillar or task-uncovered entries."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(L), 'lines;', len(expect), 'expect;', len(mnf), 'mustNotFlag;', len(covers), 'covers')
for e in expect + mnf:
    if 'text' in e: assert e['text'] in L[e['line']-1], e
for c in covers: pass
