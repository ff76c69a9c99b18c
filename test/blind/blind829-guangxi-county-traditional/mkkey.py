#!/usr/bin/env python3
"""Builds key.json for blind829: every line number is looked up in draft.txt (1-based)."""
import json

L = open("draft.txt", encoding="utf-8").read().split("\n")
if L and L[-1] == "":
    L = L[:-1]

def ln(needle, nth=1, also=None):
    hits = [i + 1 for i, l in enumerate(L) if needle in l and (also is None or also in l)]
    assert len(hits) >= nth, (needle, also, hits)
    return hits[nth - 1]

def row(n):
    """line of task-table row number n"""
    hits = [i + 1 for i, l in enumerate(L) if l.startswith("%d\t" % n)]
    assert len(hits) == 1, (n, hits)
    return hits[0]

def check(line, text):
    assert text in L[line - 1], (line, text, L[line - 1][:60])
    return line

# Regional task numbers: the 43 inline notes "(責任單位:…完成時限:…)" of guangxi-2022-shishi-yijian.txt,
# counted in order of appearance (1 = 經濟調節, seed line 43 … 43 = 營造良好數字生態, seed line 187).
E = []
def e(rule, line, text=None, why="", **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        if line:
            check(line, text)
        d["text"] = text
    d.update(kw)
    d["why"] = why
    E.append(d)

e("basis-mismatch", ln("桂政辦發〔2022〕31號"), "桂政辦發〔2022〕31號",
  "the 廣西 實施意見 (關於加強數字政府建設的實施意見, 2022-11-30) is 桂政發〔2022〕31號; 桂政辦發 is the 自治區政府辦公廳 series, so the 文號 does not belong to the title")
e("deadline-later-than-baseline", row(10), "2026年底",
  "regional task 8 (持續優化12345熱線…推動全區各類政務服務熱線歸并至12345熱線…與110、119、120、122等緊急熱線聯動, seed line 63) 完成時限 2025年底; the draft's own body note (line %d) even says 2025年底" % ln("12345政務服務便民熱線"))
e("deadline-invalid", row(28), "2024年6月31日",
  "June has 30 days; 6月31日 does not exist (regional task 37, 提升網絡平台支撐能力/IPv6, is 持續開展, so only the date itself is wrong)")
e("unknown-unit", ln("縣電子政務辦公室"), "縣電子政務辦公室",
  "no such body in 田林縣 (units.txt) nor in the regional baseline; the county's e-government work sits with 县大数据发展局")
e("garbled-text", ln("鏁稿瓧閯夋潙寤鸿ō"), "鏁稿瓧閯夋潙寤鸿ō",
  "UTF-8 bytes of 數字鄉村建設,構建農業農村 read as GBK (鏁稿瓧閯夋潙寤鸿ō,妲嬪缓杈叉キ杈叉潙); re-encoding as GBK and decoding as UTF-8 recovers it")
E.append({"rule": "missing-pillar", "line": 0, "pillar": "數字生態",
  "why": "section 七 has only (一)助推數字經濟發展 and (二)引領數字社會建設; nothing anywhere takes up 營造良好數字生態 (數據要素市場規則, 數據產權交易, 公平競爭審查, 數據交易場所, 數據要素應用場景). The words 數字生態 do not occur; 開放生態支撐 (platform, line %d) and 生態環境保護 are other things" % ln("強化開放生態支撐能力")})
E.append({"rule": "task-uncovered", "line": 0, "task": 43,
  "why": "regional task 43 = 七(三)營造良好數字生態 (seed line 187, 責任單位 …各市人民政府, 完成時限 持續開展), left out with the whole pillar. Numbering: the 43 inline notes of the seed, in order"})

M = []
def m(rule, line, why, text=None, **kw):
    d = {"rule": rule, "line": line}
    if text is not None:
        check(line, text); d["text"] = text
    d.update(kw)
    d["why"] = why
    M.append(d)

# basis
m("basis-mismatch", ln("國發〔2022〕14號"), "國務院關於加強數字政府建設的指導意見 with its correct 文號", "國發〔2022〕14號")
m("basis-mismatch", ln("國發〔2016〕55號"), "retrospective mention in 發展基礎 of an old document (title and 文號 match: 國務院關於加快推進“互聯網+政務服務”工作的指導意見, 2016); it is not cited as a basis", "國發〔2016〕55號")
m("basis-mismatch", 2, "the notice's own 文號, not a basis citation", "田政辦發〔2023〕27號")
m("basis-mismatch", ln("按照百色市數字政府建設工作部署"), "the city's work arrangements are referred to without a title; no parent plan is given for this case and nothing is cited wrongly", "百色市數字政府建設工作部署")
# deadlines: goals
m("deadline-later-than-baseline", ln("到2025年,與政府治理能力"), "主要目標 到2025年 體系框架基本形成 equals the regional goal 到2025年 (seed line 35)", "到2025年")
m("deadline-later-than-baseline", ln("到2035年,整體協同"), "到2035年 基本建成 equals the regional 到2035年 goal (seed line 37)", "到2035年")
m("deadline-later-than-baseline", ln("到2023年底,全縣數字政府"), "local interim goal, earlier than any regional goal (統籌協調機制 is due 到2025年 regionally)", "到2023年底")
# deadlines: body notes
m("deadline-later-than-baseline", ln("2024年底前完成縣級監管事項清單認領"), "regional task 3 (以一體化在線監管提升監管協同化水平, seed line 49) 完成時限 2025年底: the note's 2025年底 is equal and the inline 2024年底前 is earlier", "2025年底")
m("deadline-later-than-baseline", ln("12345政務服務便民熱線"), "regional task 8 (12345熱線, seed line 63) 完成時限 2025年底: equal", "2025年底")
m("deadline-later-than-baseline", ln("持續完善“智桂通”田林專區"), "regional task 9 (智桂通移動開放生態體系, seed line 65) 完成時限 2025年底: equal", "2025年底")
m("deadline-later-than-baseline", ln("依托全區政府網站集約化平台"), "regional task 22 (政務公開, seed line 97) 完成時限 2025年底: equal", "2025年底")
m("deadline-later-than-baseline", ln("推動智慧康養服務能力提升"), "regional task 15 (智慧康養, seed line 77) is 持續開展 with no dated milestone; a dated local deadline is not later", "2025年底")
m("deadline-later-than-baseline", ln("力爭2024年底前縣直部門"), "regional task 36 (政務云, seed line 161) is 持續開展; the local 力爭2024年底前 milestone is not later", "2024年底前")
m("deadline-invalid", ln("2023年12月底前完成全縣政務數據資源普查"), "2023年12月底 / 2023年底 lie in the plan's own year (issued 2023-08-21), not before it; regional task 33 is 持續開展", "2023年12月底前")
# deadlines: table
m("deadline-later-than-baseline", row(3), "regional task 3 is due 2025年底; 2024年6月底 is earlier (and a valid date)", "2024年6月底")
m("deadline-later-than-baseline", row(4), "regional task 3 完成時限 2025年底: equal", "2025年底")
m("deadline-later-than-baseline", row(11), "regional task 9 完成時限 2025年底: 2023年啟動,2025年底完成 is equal", "2025年底")
m("deadline-later-than-baseline", row(21), "regional task 22 完成時限 2025年底: equal", "2025年底")
m("deadline-later-than-baseline", row(12), "regional task 10 (智慧教育, seed line 67) is 持續開展; a dated 2025年底 is not later", "2025年底")
m("deadline-later-than-baseline", row(29), "regional task 37 (網絡平台/專網整合, seed line 165) is 持續開展; 2025年底 is not later", "2025年底")
m("deadline-later-than-baseline", row(32), "regional task 42 (數字社會/數字鄉村, seed line 183) is 持續開展; 2025年底 is not later", "2025年底")
m("deadline-invalid", row(24), "2023年形成機制,長期堅持 is a valid milestone-plus-ongoing form in the plan's own year", "2023年形成機制")
# dates that are not deadlines
m("deadline-invalid", 6, "the notice's issue date", "2023年8月21日")
m("deadline-invalid", ln("2021年,建成覆蓋縣、鄉、村三級"), "past dates in the background section (2021年, 2022年底) describe achievements, they are not deadlines", "2022年底")
m("deadline-invalid", ln("動員部署階段"), "the office's own schedule and reporting date (台賬 by 2023年9月30日)", "2023年9月30日")
m("deadline-later-than-baseline", ln("總結評估階段"), "the office's own evaluation phase (2025年7月—12月, report by 2025年11月底); not a task deadline and within 2025 anyway", "2025年7月—12月")
m("deadline-invalid", ln("每季度末月20日前"), "the office's quarterly reporting date", "每季度末月20日前")
# units
m("unknown-unit", 3, "collective subjects (各鄉鎮人民政府, 縣直各部門(單位))", "各鄉鎮人民政府")
m("unknown-unit", ln("縣直有關部門。完成時限:2025年底"), "collective subject", "縣直有關部門")
m("unknown-unit", ln("(責任單位:縣發展改革局、統計局、財政局"), "prefix 縣 distributes: 統計局 = 县统计局, 財政局 = 县财政局; 縣發展改革局 is the listed short name of 县发展和改革局 (Traditional characters)", "統計局")
m("unknown-unit", ln("(責任單位:百色市田林生態環境局、縣水利局"), "the county's ecology bureau is a branch of the city bureau and is registered under that name in units.txt", "百色市田林生態環境局")
m("unknown-unit", ln("國家稅務總局田林縣稅務局"), "registered in units.txt (a vertically managed body)", "國家稅務總局田林縣稅務局")
m("unknown-unit", ln("縣委網信辦、保密辦"), "縣委 distributes: 保密辦 = 县委保密办 (units.txt)", "保密辦")
m("unknown-unit", ln("縣氣象局、消防救援大隊等"), "縣 distributes: 消防救援大隊 = 县消防救援大队, listed short name of 田林县消防救援大队; 縣氣象局 is the short name of 田林县气象局", "消防救援大隊")
m("unknown-unit", ln("縣人民法院、縣人民檢察院"), "court and procuratorate are in units.txt", "縣人民檢察院")
m("unknown-unit", ln("縣殘聯等"), "listed short name of 县残疾人联合会", "縣殘聯")
m("unknown-unit", ln("加強與自治區大數據發展局等上級部門"), "a regional body mentioned in prose as a counterpart, not as the lead (or any unit) of a local task", "自治區大數據發展局")
m("unknown-unit", ln("報送田林縣大數據發展局"), "full name with the county prefix, listed in units.txt as an alias of 县大数据发展局", "田林縣大數據發展局")
m("unknown-unit", ln("報送縣數字政府建設領導小組辦公室"), "listed in units.txt; the 領導小組辦公室 is set up in 县大数据发展局", "縣數字政府建設領導小組辦公室")
m("unknown-unit", row(33), "縣委黨校 and 縣委組織部 are in units.txt", "縣委黨校")
m("unknown-unit", ln("(責任單位:縣政府辦公室,縣委宣傳部,縣融媒體中心"), "縣政府辦公室 is a listed short name; 信訪局 after 縣融媒體中心、 takes the prefix 縣", "縣融媒體中心")
# garbled
m("garbled-text", ln("“天地圖·廣西”"), "Traditional characters and the middle dot of 天地圖·廣西 are intended text, not mojibake (the whole draft is in Traditional characters)", "天地圖·廣西")
m("garbled-text", ln("視察廣西“4·27”"), "“4·27”重要講話 is the name of a speech", "4·27")
# pillars present
for p, needle in [("數字經濟", "(一)助推數字經濟發展"), ("數字社會", "(二)引領數字社會建設"),
                  ("安全保障", "三、構建數字政府全方位安全保障體系"), ("制度規則", "四、構建科學規範的數字政府建設制度規則體系"),
                  ("數據資源", "五、構建開放共享的數據資源體系"), ("平台支撐", "六、構建智能集約的平台支撐體系"),
                  ("黨的領導", "八、加強黨對數字政府建設工作的領導"), ("政務公開", "(七)推進公開平台智能集約發展")]:
    M.append({"rule": "missing-pillar", "line": 0, "pillar": p, "why": "taken up at line %d" % ln(needle)})

C = []
covers = [
 (1, "加快推動全縣各類經濟數據分類分級整合"), (2, "推進智慧監管。加強監管事項清單"), (3, "以一體化在線監管提升監管協同化水平"),
 (4, "推進數字化網格治理能力建設"), (5, "推進社會治安防控體系智能化"), (6, "推進智慧應急建設"),
 (7, "打造泛在可及的服務體系"), (8, "12345政務服務便民熱線"), (9, "持續完善“智桂通”田林專區"),
 (10, "推動智慧教育服務能力提升"), (11, "推動智慧人社服務能力提升"), (12, "推動智慧醫療服務能力提升"),
 (13, "推動智慧工地監管能力提升"), (14, "推動智慧體育服務能力提升"), (15, "推動智慧康養服務能力提升"),
 (16, "提升生態環保協同治理能力"), (17, "提高自然資源利用效率"), (18, "推動綠色低碳轉型"),
 (19, "提升輔助決策能力"), (20, "提升行政執行能力"), (21, "提升行政監督水平"), (22, "依托全區政府網站集約化平台"),
 (23, "(一)強化安全管理責任"), (24, "(二)落實安全制度要求"), (25, "(三)加強數據安全監管"), (26, "(四)提升安全保障能力"),
 (27, "(五)提高自主可控水平"), (28, "(一)以數字化改革助力政府職能轉變"), (29, "(二)創新數字政府建設管理機制"),
 (30, "(三)完善法規制度"), (31, "(四)健全標準規範"), (32, "(五)開展試點示範"), (33, "(一)創新數據管理機制"),
 (34, "(二)深化數據高效共享"), (35, "(三)促進數據有序開發利用"), (36, "(一)強化政務云平台支撐能力"),
 (37, "(二)提升網絡平台支撐能力"), (38, "強化數據智能支撐能力"), (39, "推進數字化共性應用集約建設"),
 (40, "強化開放生態支撐能力"), (41, "(一)助推數字經濟發展"), (42, "(二)引領數字社會建設"),
]
for t, needle in covers:
    C.append({"task": t, "line": ln(needle)})

key = {
  "writer": "blind writer, round 829; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
  "written": "2026-12-07",
  "draft": "draft.txt",
  "baseline": "guangxi-2022",
  "build": None,
  "parents": [],
  "units": "units.txt",
  "planYear": 2023,
  "expect": E,
  "mustNotFlag": M,
  "covers": C,
  "notes": ("田林縣 (百色市) 2023 實施方案 typed in Traditional characters by an outside consultant; units.txt is Simplified, so unit matching needs Traditional->Simplified folding. "
            "Regional task numbers are my own: the 43 inline notes (責任單位…完成時限…) of guangxi-2022-shishi-yijian.txt counted in order (1 = 經濟調節 at seed line 43; 8 = 12345熱線, line 63; 43 = 營造良好數字生態, line 187); task 23 (強化安全管理責任) names no 各市人民政府. "
            "Only tasks 3, 8, 9 and 22 carry a dated regional deadline (2025年底); all others are 持續開展, so dated local deadlines against them are treated as not later. "
            "The table note says the first-listed unit leads. The body note for task 8 says 2025年底 while table row 10 says 2026年底: only the table row is wrong. "
            "The regional title is cited as 《廣西壯族自治區人民政府關於加強數字政府建設的實施意見》, inferred from the seed preamble; the seed carries no title line, so the only planted basis error is the 文號 桂政辦發 (for 桂政發).")
}
json.dump(key, open("key.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print(len(E), len(M), len(C))
