# Builds key.json and checks every line number against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]
def ln(s, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if s in l]
    assert len(hits) == 1, (s, hits)
    return hits[nth - 1]
def at(line, s):
    assert s in L[line - 1], (line, s, L[line - 1][:60])
    return line

# regional task numbering: the 43 inline notes (責任單位…完成時限) of the 广西 实施意见, counted in order
expect = [
 {"rule": "basis-mismatch", "line": at(7, "桂政发〔2023〕31号"), "text": "桂政发〔2023〕31号",
  "why": "the 广西 实施意见 (2022-11-30) is 桂政发〔2022〕31号; the draft gives the year as 2023"},
 {"rule": "deadline-later-than-baseline", "line": ln("优化12345热线功能"), "text": "2026年底",
  "why": "table row 8 (12345热线与紧急热线联动) is regional task 8 (持续优化12345政务服务便民热线平台…), 完成时限 2025年底; the body (line 37) itself says 到2025年底"},
 {"rule": "deadline-invalid", "line": ln("IPv6改造，整合非涉密业务专网"), "text": "20224年",
  "why": "impossible five-digit year (typo for 2024) in table row 36 (regional task 37, 电子政务外网, 完成时限 持续开展)"},
 {"rule": "unknown-unit", "line": ln("市工信委"), "text": "市工信委",
  "why": "not in units.txt: the old 市工业和信息化委员会 short name; the body is 市工业和信息化局 (市工信局), used correctly on lines 124, 134 and 136"},
 {"rule": "garbled-text", "line": ln("鏁版嵁"), "text": "鏁版嵁鍏变韩",
  "why": "UTF-8 read as GBK: 鏁版嵁鍏变韩浜ゆ崲骞冲彴 = 数据共享交换平台 (市级数据共享交换平台)"},
 {"rule": "task-uncovered", "line": 0, "task": 14,
  "why": "regional task 14 (推动智慧体育服务能力提升, 各市人民政府, 持续开展) deliberately left out: no 智慧体育 paragraph, no table row, 市体育局 never named"},
]

N = []
def nm(rule, line, why, text=None, **kw):
    e = {"rule": rule, "line": line}
    if text is not None:
        assert line == 0 or text in L[line - 1], (rule, line, text)
        e["text"] = text
    e.update(kw); e["why"] = why; N.append(e)

nm("unknown-unit", 1, "collective subject (addressees)", "各县（区）人民政府")
nm("basis-mismatch", 7, "correct citation of the national 指导意见 with its own 文号", "国发〔2022〕14号")
nm("basis-mismatch", 10, "background mention of another valid national regulation with its correct 令号, not a basis document of the plan", "国务院令第716号")
nm("basis-mismatch", 2, "the plan's own title in the 印发 sentence, not a basis citation", "柳州市加强数字政府建设实施方案")
nm("deadline-invalid", 10, "past dates describing achievements in the 发展现状 background (2020, 2021, 2022), not deadlines", "2020年")
nm("deadline-invalid", 4, "the document's own issue date", "2023年6月12日")
nm("deadline-invalid", 13, "name of the 4·27 speech, not a date", "4·27")
nm("deadline-invalid", 22, "a 2023 goal in a plan issued in 2023 is valid (not before the issue year)", "到2023年底")
nm("deadline-later-than-baseline", 23, "equal to the regional 主要目标 到2025年 (体系框架基本形成)", "到2025年")
nm("deadline-later-than-baseline", 24, "equal to the regional 到2035年 goal (数字政府基本建成)", "到2035年")
nm("deadline-later-than-baseline", at(30, "到2025年底"), "regional task 3 (一体化在线监管), 完成时限 2025年底: equal", "2025年底")
nm("deadline-later-than-baseline", ln("全面对接自治区“互联网+监管”系统，实现"), "table row 3 = regional task 3, 2025年底: equal", "2025年底")
nm("deadline-later-than-baseline", at(37, "到2025年底"), "regional task 8 (12345热线), 2025年底: equal (the planted slip is the table row)", "2025年底")
nm("deadline-later-than-baseline", at(38, "2024年底前"), "regional task 9 (智桂通), 2025年底: earlier", "2024年底前")
nm("deadline-later-than-baseline", ln("完善“智桂通”柳州专区，接入"), "table row 9 = regional task 9, 2025年底: earlier", "2024年底")
nm("deadline-later-than-baseline", at(53, "2025年6月底前"), "regional task 22 (政务公开), 2025年底: earlier by month", "2025年6月底前")
nm("deadline-later-than-baseline", ln("建成全市统一的政策文件库"), "table row 21 = regional task 22, 2025年底: earlier", "2025年6月底")
nm("deadline-later-than-baseline", at(49, "2025年底前"), "regional task 19 (辅助决策/数字政府大脑), 持续开展: a dated milestone for an ongoing task is not later", "2025年底前")
nm("deadline-later-than-baseline", ln("建设柳州城市数字政府大脑，提升辅助决策能力"), "table row 18 = regional task 19, 持续开展; not later", "2023年启动，2025年底基本建成")
nm("deadline-later-than-baseline", ln("推进“双随机、一公开”差异化监管"), "table row 2 = regional task 2, 持续开展; a 2024 milestone is not later", "2024年底")
nm("deadline-later-than-baseline", ln("编制全市政务数据目录"), "table row 33 = regional task 34, 持续开展; 2023年底 is not later (and not before the issue year)", "2023年底")
nm("deadline-later-than-baseline", ln("打造经济治理数据“一张图”\t"), "table row 1 = regional task 1, 持续开展: equal", "持续开展")
nm("deadline-later-than-baseline", ln("开展干部数字素养培训"), "党的领导 item (数字素养), no regional task deadline; 长期坚持 is not later", "长期坚持")
nm("deadline-later-than-baseline", ln("IPv6改造，整合非涉密业务专网"), "the date is an impossible typo (deadline-invalid, in expect), and regional task 37 is 持续开展; one issue, not a late deadline", "20224年")
nm("deadline-invalid", at(102, "6月25日、12月20日"), "the office's own recurring reporting dates (每年), not task deadlines", "6月25日")
nm("deadline-later-than-baseline", 102, "the office's own reporting dates, not task deadlines", "12月20日")
nm("unknown-unit", ln("市发展改革委、统计局、大数据发展局"), "prefix 市 distributes: 市统计局, 市大数据发展局 are in units.txt", "统计局")
nm("unknown-unit", ln("市委政法委，市信访局、公安局"), "prefix 市 distributes: 市公安局, 市民政局, 市司法局, 市住房城乡建设局", "住房城乡建设局")
nm("unknown-unit", ln("柳州市中级人民法院、柳州市人民检察院"), "court and procuratorate, listed in units.txt (mirrors 自治区高级法院/检察院 of task 4)", "柳州市人民检察院")
nm("unknown-unit", ln("市卫健委、市医保局、市大数据局"), "official short names listed as aliases in units.txt", "市大数据局")
nm("unknown-unit", ln("市住建局，各县（区）人民政府"), "alias of 市住房城乡建设局", "市住建局")
nm("unknown-unit", ln("市科技局、市工信局"), "市工信局 is the listed alias of 市工业和信息化局 (contrast with 市工信委 on line 149)", "市工信局")
nm("unknown-unit", ln("柳州市气象局、柳州市消防救援支队"), "units outside the city government proper, listed in units.txt", "柳州市消防救援支队")
nm("unknown-unit", ln("市档案馆、柳州市税务局"), "listed in units.txt (国家税务总局柳州市税务局)", "柳州市税务局")
nm("unknown-unit", ln("市委网信办、市委国安办、市公安局"), "市委国安办 is in units.txt (city counterpart of 自治区党委国安办)", "市委国安办")
nm("unknown-unit", ln("健全数据管理机制，完善基础库"), "collective city-level subject", "市直各部门")
nm("unknown-unit", 102, "a coordinating body named in the text, not a responsible unit in the task table", "市数字政府建设领导小组")
nm("unknown-unit", 106, "市委 is in units.txt (中共柳州市委员会); 市人民政府 is the issuer", "市委")
nm("unknown-unit", 10, "regional bodies named as background context (自治区党委、自治区人民政府的决策部署), not as responsible units of a local task", "自治区党委")
nm("unknown-unit", at(32, "各乡镇（街道）"), "collective subjects 各乡镇（街道）、各村（社区）", "各乡镇（街道）")
nm("garbled-text", at(93, "螺蛳粉"), "螺蛳粉 is a real word (柳州's signature industry), not mojibake", "螺蛳粉")
nm("missing-pillar", 0, "数字生态 is taken up (section 七（三）, line 97 and table row 41)", pillar="数字生态")
nm("missing-pillar", 0, "政务公开 is taken up (section 二（七）, line 53 and table row 21)", pillar="政务公开")

cov = [(1,27),(2,29),(3,30),(4,32),(5,33),(6,34),(7,36),(8,37),(9,38),(10,39),(11,40),(12,41),(13,42),
       (15,43),(16,45),(17,46),(18,47),(19,49),(20,50),(21,51),(22,53),(23,56),(24,58),(25,60),(26,62),(27,64),
       (28,67),(29,69),(30,71),(31,73),(32,75),(33,78),(34,80),(35,82),(36,85),(37,87),(38,89),(39,90),
       (41,93),(42,95),(43,97)]
covers = [{"task": t, "line": l} for t, l in cov]

key = {
 "writer": "blind writer, round 675; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-07",
 "draft": "draft.txt",
 "baseline": "guangxi-2022",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2023,
 "expect": expect,
 "mustNotFlag": N,
 "covers": covers,
 "notes": ("Regional task numbers are the 43 inline (責任單位…完成時限…) notes of guangxi-2022-shishi-yijian.txt counted in order "
           "(task 8 = 12345热线, 2025年底; task 9 = 智桂通, 2025年底; task 3 = 一体化在线监管, 2025年底; task 22 = 政务公开, 2025年底; all others 持续开展; "
           "task 23 has no 各市人民政府). covers use the body line; each task also has a table row (lines 111-151). "
           "Task 40 (开放生态支撑) is not taken up, not deliberately planted. The table's 说明 says the first unit is the lead. "
           "The 广西 title is cited as 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》; the seed text carries no title line, so the title is the writer's reading.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(N), len(covers), len(L))
