# Builds key.json; every line number is looked up in the final draft.txt (1-based).
import json
D = open('draft.txt', encoding='utf-8').read().split('\n')
if D[-1] == '':
    D = D[:-1]
def ln(s, nth=0):
    hits = [i + 1 for i, l in enumerate(D) if s in l]
    assert hits, s
    return hits[nth]
def row(n):  # table row n
    l = ln('序號\t重點任務') + n
    assert D[l - 1].startswith(str(n) + '\t'), n
    return l
G = '桂政發〔2022〕31號'
expect = [
 {"rule": "deadline-later-than-baseline", "line": ln('2026年6月底前'), "text": "2026年6月",
  "why": "12345熱線 measure = regional task 8 (持續優化12345政務服務便民熱線平臺…), 完成時限：2025年底; the county note says 2026年6月底前"},
 {"rule": "deadline-invalid", "line": row(10), "text": "13月",
  "why": "table row 10 (縣域遠程醫療, regional task 12, 持續開展) gives 2024年13月底前, an impossible month"},
 {"rule": "unknown-unit", "line": ln('縣發展改革委'), "text": "縣發展改革委",
  "why": "copied from 自治區發展改革委 (regional task 18); the county body is 縣發展和改革局 (縣發展改革局, 縣發改局); 縣發展改革委 is not in units.txt"},
 {"rule": "basis-mismatch", "line": ln('桂政發〔2022〕13號'), "text": "桂政發〔2022〕13號",
  "why": "《廣西壯族自治區人民政府關于加強數字政府建設的實施意見》 is " + G + "; 13號 is a digit transposition"},
 {"rule": "garbled-text", "line": ln('ㄋ模┏掷m'), "text": "ㄋ模┏掷m",
  "why": "heading （四）持續優化利企便民數字化服務 copied with its mojibake from the Traditional copy of the regional text (GBK read one byte off)"},
 {"rule": "missing-pillar", "line": 0, "pillar": "數字生態",
  "why": "section 七 has only （一）數字經濟 and （二）數字社會; nothing on 營造良好數字生態 (數據要素市場, 數據產權/交易, 公平競爭審查…); the word 數字生態 does not occur (dropped even from 指導思想)"},
 {"rule": "task-uncovered", "line": 0, "task": 43, "why": "營造良好數字生態 (各市人民政府, 持續開展) left out with the 數字生態 pillar"},
 {"rule": "task-uncovered", "line": 0, "task": 14, "why": "推動智慧體育服務能力提升 (各市人民政府, 持續開展) left out of the 公共服務 section"},
 {"rule": "task-uncovered", "line": 0, "task": 40, "why": "強化開放生態支撐能力 (開放生態支撐平臺, 各市人民政府, 持續開展) left out; line 84 takes up only task 38 (智能算法庫、智能模型庫)"},
]
M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)
# basis
m("basis-mismatch", 2, "the plan's own 文號 (昭平縣政府辦公室 通知), not a basis citation", "昭政辦發〔2023〕18號")
m("basis-mismatch", ln('國發〔2022〕14號'), "correct title and 文號 of the national 指導意見", "國發〔2022〕14號")
m("basis-mismatch", ln('國發〔2016〕55號'), "retrospective background mention of a real older document; 《國務院關于加快推進“互聯網+政務服務”工作的指導意見》 is 國發〔2016〕55號, its own title does say 加快推進", "國發〔2016〕55號")
m("basis-mismatch", ln('關於加強數字政府建設的實施意見'), "correct title of the regional 實施意見 cited without 文號; 關於/關于 is only a character variant (the seed copy writes 關于)", "關於加強數字政府建設的實施意見")
m("basis-mismatch", ln('對照本方案和自治區實施意見'), "short reference 自治區實施意見 to the regional document", "自治區實施意見")
# deadlines / dates
m("deadline-invalid", 6, "issue date of the 通知, not a deadline", "2023年6月26日")
m("deadline-invalid", ln('截至2022年底'), "past date in the background (發展現狀), not a deadline", "2022年底")
m("deadline-later-than-baseline", ln('到2023年底，全縣'), "local stage goal for 2023 with no later regional counterpart; earlier than the regional 到2025年 goal", "2023年底")
m("deadline-later-than-baseline", ln('到2025年，與政府治理'), "same goal and same year as the regional 主要目標 (到2025年…數字政府體系框架基本形成)", "2025年")
m("deadline-later-than-baseline", ln('到2035年，與全區同步'), "same as the regional 到2035年…基本建成", "2035年")
m("deadline-later-than-baseline", ln('2023年啟動，2025年底前完成'), "regional task 3 (一體化在線監管), 完成時限：2025年底; completing milestone 2025年底 is equal", "2025年底")
m("deadline-later-than-baseline", ln('2025年12月底前）'), "regional task 9 (智桂通), 完成時限：2025年底; 2025年12月底前 is the same date", "2025年12月底前")
m("deadline-later-than-baseline", ln('完成時限：長期堅持'), "regional task 12 (智慧醫療), 完成時限：持續開展; 長期堅持 is the same ongoing deadline", "長期堅持")
m("deadline-later-than-baseline", ln('完成時限：2024年底前'), "regional task 22 (政務公開), 完成時限：2025年底; 2024年底 is earlier", "2024年底前")
m("deadline-invalid", ln('于2023年7月31日前'), "the office's own work-plan and yearly reporting dates (2023年7月31日, 每年12月10日), not task deadlines, and within the plan year", "2023年7月31日")
m("deadline-later-than-baseline", row(2), "table row 2 = regional task 3, 完成時限：2025年底; 2023年12月底前 is earlier", "2023年12月底前")
m("deadline-later-than-baseline", row(7), "table row 7 = regional task 9, 完成時限：2025年底; equal", "2025年底")
m("deadline-later-than-baseline", row(13), "table row 13 = regional task 22, 完成時限：2025年底; 2024年底前 is earlier", "2024年底前")
m("deadline-later-than-baseline", row(18), "table row 18 = regional task 37 (電子政務外網), 完成時限：持續開展; a dated 2025 milestone is not later than an ongoing task", "2025年底")
m("deadline-later-than-baseline", row(19), "table row 19 = regional task 37, 完成時限：持續開展; dated milestone, not later", "2025年12月底前")
m("deadline-later-than-baseline", row(21), "table row 21 = regional task 42 (數字社會), 完成時限：持續開展; dated milestone, not later", "2025年6月底前")
m("deadline-later-than-baseline", row(15), "table row 15 = regional task 29, 完成時限：持續開展; 2023年啟動，長期堅持 is ongoing too", "2023年啟動，長期堅持")
m("deadline-invalid", row(2), "2023年12月底前 lies in the plan's own year, not before it", "2023年12月底前")
# units
m("unknown-unit", 3, "collectives 各鄉鎮人民政府 and 縣直各部門（單位） in the 通知 address", "縣直各部門（單位）")
m("unknown-unit", ln('在自治區大數據發展局、賀州市大數據發展局的指導下'), "regional and city bodies named in background text, not responsible units of any measure", "賀州市大數據發展局")
m("unknown-unit", ln('縣發展和改革局、統計局、財政局、大數據發展局等'), "prefix 縣 distributes: 縣統計局, 縣財政局, 縣大數據發展局 are all in units.txt", "統計局")
m("unknown-unit", ln('縣市場監督管理局，縣直有關部門'), "縣直有關部門 is a collective", "縣直有關部門")
m("unknown-unit", ln('縣委政法委，縣信訪局、公安局'), "縣委政法委, prefix-distributed 縣信訪局…縣住房和城鄉建設局, 縣人民法院, 縣人民檢察院 all in units.txt; 各鄉鎮人民政府 is a collective", "縣人民檢察院")
m("unknown-unit", ln('昭平縣氣象局，昭平縣消防救援大隊等，各鄉鎮'), "昭平縣氣象局 and 昭平縣消防救援大隊 are units outside the county government listed in units.txt", "昭平縣消防救援大隊")
m("unknown-unit", ln('縣殘聯等'), "縣殘聯 is in units.txt (昭平縣殘疾人聯合會)", "縣殘聯")
m("unknown-unit", ln('縣大數據局，縣直有關部門'), "縣大數據局 is an alias of 縣大數據發展局 in units.txt", "縣大數據局")
m("unknown-unit", ln('縣人社局等'), "縣人社局 is an alias of 縣人力資源和社會保障局", "縣人社局")
m("unknown-unit", ln('依托縣人民醫院'), "縣人民醫院 is named in the body as a facility, not as a responsible unit", "縣人民醫院")
m("unknown-unit", ln('賀州市昭平生態環境局、縣林業局、水利局'), "賀州市昭平生態環境局 (the city bureau's county branch) is in units.txt; 縣林業局, 縣水利局 too", "賀州市昭平生態環境局")
m("unknown-unit", ln('文化廣電體育和旅遊局、工業和信息化局等'), "縣文化廣電體育和旅遊局 and 縣工業和信息化局 (prefix-distributed) are in units.txt", "文化廣電體育和旅遊局")
m("unknown-unit", ln('縣委網信辦、保密辦'), "prefix 縣委 distributes: 保密辦 = 縣委保密辦, in units.txt (as 自治區黨委網信辦、國安辦、保密辦 in the regional note)", "保密辦")
m("unknown-unit", ln('縣委網信辦，縣發改局'), "縣發改局 is an alias of 縣發展和改革局", "縣發改局")
m("unknown-unit", ln('縣大數據發展局、機關事務管理局等'), "縣機關事務管理局 (prefix-distributed) is in units.txt", "機關事務管理局")
m("unknown-unit", ln('縣稅務局等'), "縣稅務局 = 國家稅務總局昭平縣稅務局, in units.txt", "縣稅務局")
m("unknown-unit", ln('縣大數據發展局，縣直各部門（單位）。完成時限：持續開展）'), "縣直各部門（單位） is a collective", "縣直各部門（單位）")
m("unknown-unit", row(21), "黃姚鎮人民政府 is in units.txt", "黃姚鎮人民政府")
m("unknown-unit", row(22), "縣委組織部, 縣委黨校 are in units.txt", "縣委黨校")
# text
m("garbled-text", ln('區塊鏈'), "區塊鏈 is ordinary Traditional text (鏈 also occurs in UTF-8-as-GBK mojibake, but not here)", "區塊鏈")
m("garbled-text", ln('延伸茶產業鏈'), "產業鏈 is ordinary Traditional text", "產業鏈")
m("garbled-text", ln('（一）發展現狀。'), "clean Traditional heading; the regional copy's version of this heading is damaged, this one is not", "發展現狀")
m("garbled-text", 1, "the whole document is in Traditional characters (mainland-converter style: 關于, 并, 云, 干部); that is not mojibake", "關于印發")
covers = [(1,'經濟數據分類分級整合'),(2,'加強監管事項清單數字化管理'),(3,'以一體化在線監管提升監管協同化水平'),
 (4,'提升社會矛盾化解能力'),(5,'推進社會治安防控體系智能化'),(6,'推進智慧應急建設'),(7,'打造泛在可及的服務體系'),
 (8,'持續優化12345政務服務便民熱線'),(9,'持續完善“智桂通”昭平服務專區'),(10,'推動智慧教育服務能力提升'),
 (11,'推動智慧人社服務能力提升'),(12,'推動智慧醫療服務能力提升'),(13,'推動智慧工地監管能力提升'),(15,'推動智慧康養服務能力提升'),
 (16,'提升生態環保協同治理能力'),(17,'提高自然資源利用效率'),(18,'推動綠色低碳轉型'),(19,'提升輔助決策能力'),
 (20,'提升行政執行能力'),(21,'提升行政監督水平'),(22,'依托全區政府網站集約化平臺'),(23,'建立健全我縣數字政府安全工作協調機制'),
 (24,'建立健全數據分類分級保護'),(25,'建立健全數據安全監管責任體系'),(26,'接入數字政府一體安全平臺'),(27,'切實提高自主可控水平'),
 (28,'推進體制機制改革與數字技術應用深度融合'),(29,'落實“四改四轉”'),(30,'推動電子證照、電子印章等電子材料互認互信'),
 (31,'加大數字政府標準推廣執行力度'),(32,'圍繞政務服務、基層治理等重點領域開展應用創新試點'),(33,'明確各部門數據歸集'),
 (34,'編制縣級政務數據目錄，實行'),(35,'按照自治區公共數據開放目錄'),(36,'全縣政務信息系統按要求遷移上云'),
 (37,'推動電子政務外網向鄉鎮'),(38,'推廣應用自治區智能算法庫'),(39,'推廣應用統一身份認證'),(41,'積極融入中國—東盟信息港建設'),
 (42,'推進智慧城市建設，推動縣城')]
C = [{"task": t, "line": ln(s)} for t, s in covers]
key = {
 "writer": "blind writer, round 717; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "also": [],
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": M,
 "covers": C,
 "notes": ("昭平縣 (賀州市) 2023 實施方案 in Traditional characters, implementing 桂政發〔2022〕31號 with no parent plan. "
   "Task numbers: the 43 inline notes (責任單位…完成時限…) of the seed guangxi-2022-shishi-yijian.txt counted in text order "
   "(1 = 經濟調節 at seed line 43 … 43 = 數字生態 at seed line 187); regional deadlines are 2025年底 for tasks 3, 8, 9, 22 and 持續開展 for all others. "
   "units.txt is written in Traditional characters like the draft; canonical names use the 縣… short form with 昭平縣… full names as aliases. "
   "Line 33 is the regional heading （四）持續優化利企便民數字化服務 copied byte for byte with its damage from the seed. "
   "The table (lines 107-129) says the first-listed unit leads. make_draft.py and make_key.py rebuild draft.txt and key.json.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(M), len(C))
for e in expect: print(e['rule'], e['line'], e.get('text'))
