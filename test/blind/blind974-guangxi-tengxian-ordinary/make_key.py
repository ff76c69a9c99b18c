# Builds key.json; every line number is found by searching draft.txt (1-based) and asserted.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '':
    L = L[:-1]

def ln(needle, nth=1):
    hits = [i + 1 for i, l in enumerate(L) if needle in l]
    assert len(hits) >= nth, (needle, hits)
    return hits[nth - 1]

def uniq(needle):
    hits = [i + 1 for i, l in enumerate(L) if needle in l]
    assert len(hits) == 1, (needle, hits)
    return hits[0]

expect = [
    {"rule": "basis-mismatch", "line": uniq("桂政发〔2022〕13号"), "text": "桂政发〔2022〕13号",
     "why": "the 广西 实施意见 is 桂政发〔2022〕31号; digits transposed in the preamble citation"},
    {"rule": "deadline-later-than-baseline", "line": uniq("到2026年，"), "text": "2026年",
     "why": "主要目标: the region's goal is 到2025年 for the same sentence (履职能力、安全保障、制度规则、数据资源、平台支撑等数字政府体系框架基本形成; 一体化政务服务和一体化在线监管模式广泛普及); the county puts it at 2026"},
    {"rule": "deadline-later-than-baseline", "line": uniq("2026年6月底前"), "text": "2026年6月底",
     "why": "12345热线 (归并、与110/119/120/122联动、社情民意分析) is regional task 8 (guangxi line 63), 完成时限 2025年底; the county says 2026年6月底前"},
    {"rule": "deadline-invalid", "line": uniq("2022年底前完成县直部门非涉密业务专网"), "text": "2022年底",
     "why": "a deadline before 2023, the year the plan is issued (2023-09-20); left over from an older draft (the plan's own 主要目标 puts the same migration at 到2024年底). Regional task 37 is 持续开展, so it is not a late deadline"},
    {"rule": "unknown-unit", "line": uniq("县信息中心"), "text": "县信息中心",
     "why": "not in units.txt (no such county body; its work belongs to 县大数据发展局, which is already listed in the same cell)"},
    {"rule": "garbled-text", "line": uniq("娣卞寲鏁版嵁"), "text": "娣卞寲鏁版嵁",
     "why": "heading 五（二） is UTF-8 read as GBK: 娣卞寲鏁版嵁楂樻晥鍏变韩 = 深化数据高效共享 (re-encode as GBK, decode as UTF-8)"},
]

M = []
def m(rule, line, why, text=None):
    e = {"rule": rule, "line": line}
    if text is not None:
        e["text"] = text
    e["why"] = why
    M.append(e)

# deadlines
m("deadline-later-than-baseline", uniq("完成时限：2024年底"), "regional task 3 (一体化在线监管, guangxi line 49) is due 2025年底; the county's 2024年底 is earlier", "2024年底")
m("deadline-later-than-baseline", uniq("完成时限：2025年底）"), "regional task 9 (智桂通, guangxi line 65) is due 2025年底; equal", "2025年底")
m("deadline-later-than-baseline", uniq("完成时限：2025年12月底前"), "regional task 22 (政务公开/政策文件库, guangxi line 97) is due 2025年底; 2025年12月底 is the same milestone", "2025年12月底前")
m("deadline-later-than-baseline", uniq("到2035年，"), "equal to the region's 到2035年 goal (数字政府基本建成)", "2035年")
m("deadline-later-than-baseline", uniq("到2024年底，"), "intermediate county goal, earlier than the region's 到2025年", "2024年底")
m("deadline-later-than-baseline", uniq("2023年底前，完成全县"), "a county-only first-year goal (普查、项目库), earlier than any regional milestone", "2023年底前")
m("deadline-later-than-baseline", uniq("2024年6月底前出台"), "regional task 29 (创新数字政府建设管理机制) is 持续开展 with no dated milestone; a dated local milestone cannot be later", "2024年6月底前")
m("deadline-later-than-baseline", uniq("完成时限：长期坚持"), "regional task 35 is 持续开展; 长期坚持 is the same ongoing form", "长期坚持")
m("deadline-later-than-baseline", uniq("统计局、大数据发展局，各乡镇人民政府。完成时限：持续开展"), "regional task 1 is 持续开展; equal", "持续开展")
m("deadline-later-than-baseline", uniq("2023年10月31日前"), "the office's own reporting dates (工作措施、半年/年度进展报送), not task deadlines", "2023年10月31日")
# invalid dates / past dates
m("deadline-invalid", uniq("截至2022年底"), "background statistic in 发展基础, not a deadline", "2022年底")
m("deadline-invalid", uniq("2022年，全县依托"), "background year in 发展基础", "2022年")
m("deadline-invalid", uniq("（2018—2020年）"), "years inside the title of a retrospectively mentioned plan", "2018—2020年")
m("deadline-invalid", ln("2023年9月20日", 1), "the notice's signing date", "2023年9月20日")
m("deadline-invalid", ln("2023年9月20日印发"), "the 印发 date in the colophon", "2023年9月20日")
m("deadline-invalid", uniq("2023年底前，完成全县"), "same year as the plan (2023), not before it", "2023年底前")
m("deadline-invalid", uniq("每年6月25日、12月10日前"), "recurring reporting dates, valid month/day", "12月10日")
# basis
m("basis-mismatch", uniq("国发〔2022〕14号"), "correct national basis: 《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）", "国发〔2022〕14号")
m("basis-mismatch", uniq("《数字广西建设三年行动计划"), "retrospective mention in 发展基础 of an earlier plan, not cited as a basis", "数字广西建设三年行动计划（2018—2020年）")
m("basis-mismatch", uniq("《藤县加强数字政府建设实施方案》已经"), "the plan's own title in the covering notice", "藤县加强数字政府建设实施方案")
m("basis-mismatch", uniq("藤政办发〔2023〕41号"), "the notice's own 文号, not a citation", "藤政办发〔2023〕41号")
m("basis-mismatch", uniq("《藤县政务信息化项目建设管理办法》"), "a county measure still to be issued (2024年6月底前出台), not a basis document", "藤县政务信息化项目建设管理办法")
# units
m("unknown-unit", 3, "collective subjects in the notice's addressee line", "县直各部门（单位）")
m("unknown-unit", uniq("统计局、大数据发展局，各乡镇人民政府"), "collective subject", "各乡镇人民政府")
m("unknown-unit", uniq("县民政局、住房城乡建设局，各乡镇人民政府，各村（社区）"), "collective subject", "各村（社区）")
m("unknown-unit", uniq("司法局、大数据发展局，县直有关部门"), "collective subject", "县直有关部门")
m("unknown-unit", uniq("县发改局、县大数据局"), "official short name of 县发展和改革局 listed in units.txt", "县发改局")
m("unknown-unit", uniq("县发改局、县大数据局"), "official short name of 县大数据发展局 listed in units.txt", "县大数据局")
m("unknown-unit", uniq("统计局、大数据发展局，各乡镇人民政府"), "prefix 县 distributes: 县统计局, 县大数据发展局", "统计局")
m("unknown-unit", uniq("县民政局、人社局、司法局、医保局、残联"), "prefix distributes: 县人社局, 县医保局, 县残联 are short names in units.txt", "残联")
m("unknown-unit", uniq("责任单位：梧州市藤县生态环境局，县水利局"), "registered name of the county bureau (a 梧州市 branch by naming only); must not be split or read as a city unit", "梧州市藤县生态环境局")
m("unknown-unit", uniq("国家税务总局藤县税务局"), "registered name of the county tax bureau; not split into 国家税务总局", "国家税务总局藤县税务局")
m("unknown-unit", uniq("林业局、气象局，县消防救援大队"), "县气象局 and 县消防救援大队 are short names of 藤县气象局 and 藤县消防救援大队 in units.txt", "县消防救援大队")
m("unknown-unit", uniq("县市场监督管理局、商务局"), "full name of 县市场监管局; both forms are in units.txt", "县市场监督管理局")
m("unknown-unit", uniq("司法局，县人民法院，县人民检察院"), "courts and procuratorate are in units.txt", "县人民检察院")
m("unknown-unit", uniq("县委机要保密局"), "in units.txt", "县委机要保密局")
m("unknown-unit", uniq("县政府办公室、大数据发展局，县直各部门"), "prefix 县 from 县政府办公室 distributes to 大数据发展局", "大数据发展局")
m("unknown-unit", uniq("抄送："), "抄送 recipients, not responsible units; 县委各部门 is a collective", "县委各部门")
m("unknown-unit", uniq("对接自治区、梧州市对口部门"), "collective reference to higher-level counterparts, not a responsible unit", "梧州市对口部门")
m("unknown-unit", uniq("县人民政府督查室"), "in units.txt; body text, not a responsibility cell", "县人民政府督查室")
# garbled look-alikes
m("garbled-text", uniq("天地图·广西"), "platform name with a middle dot, not mojibake", "天地图·广西")
m("garbled-text", uniq("“4·27”"), "name of a speech with a middle dot", "4·27")
# pillars present
m("missing-pillar", 0, "数字生态 is taken up in 七（三）营造良好数字生态", None)
M[-1]["pillar"] = "数字生态"
m("missing-pillar", 0, "政务公开 is taken up in 二（七）", None)
M[-1]["pillar"] = "政务公开"
m("missing-pillar", 0, "党的领导 section 八 has 组织领导, 推进机制, 数字素养, 考核评估", None)
M[-1]["pillar"] = "党的领导"

C = []
def c(task, needle):
    C.append({"task": task, "line": uniq(needle)})
c(1, "1.加强经济运行监测分析")
c(2, "3.构建新型监管机制")
c(3, "5.以一体化在线监管")
c(4, "6.提升社会矛盾化解能力")
c(5, "8.推进社会治安防控体系智能化")
c(6, "9.推进智慧应急建设")
c(7, "10.打造泛在可及的政务服务体系")
c(8, "13.持续优化12345热线功能")
c(9, "14.推广应用“智桂通”")
c(10, "15.推动智慧教育服务能力提升")
c(11, "16.推动智慧人社服务能力提升")
c(12, "17.推动智慧医疗服务能力提升")
c(13, "18.推动智慧工地监管能力提升")
c(14, "19.推动智慧体育和智慧康养")
c(15, "19.推动智慧体育和智慧康养")
c(16, "20.提升生态环保协同治理能力")
c(17, "21.提高自然资源利用效率")
c(18, "22.推动绿色低碳转型")
c(19, "23.提升辅助决策能力")
c(20, "24.提升行政执行能力")
c(21, "25.提升行政监督水平")
c(22, "26.优化政策信息数字化发布")
c(23, "建立健全县级数字政府安全工作协调机制")
c(24, "建立健全数据分类分级保护")
c(25, "建立健全数据安全监管责任体系")
c(26, "依托电子政务外网安全态势感知平台")
c(27, "强化安全可靠技术和产品应用")
c(28, "推动各类行政权力事项网上运行")
c(29, "强化政务信息化项目统筹管理")
c(30, "持续抓好现行法律法规")
c(31, "认真执行国家、自治区数字政府建设标准规范")
c(32, "选择有条件的县直部门和乡镇开展试点示范")
c(33, "强化县直部门数据管理职责")
c(34, "依托自治区数据共享交换平台")
c(35, "按照自治区公共数据开放目录要求")
c(36, "推动县直部门政务信息系统向自治区政务云迁移")
c(37, "推动电子政务外网向村（社区）延伸")
c(38, "推广应用自治区统一的智能算法库")
c(39, "推广应用广西线上线下一体化统一身份认证")
c(40, "推广应用自治区统一的智能算法库")
c(41, "依托中国—东盟信息港建设")
c(42, "推进智慧城市建设")
c(43, "落实数据要素市场规则")

key = {
    "writer": "blind writer, round 974; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
    "written": "2026-12-08",
    "draft": "draft.txt",
    "baseline": "guangxi-2022",
    "build": None,
    "parents": [],
    "units": "units.txt",
    "planYear": 2023,
    "expect": expect,
    "mustNotFlag": M,
    "covers": C,
    "notes": ("Regional task numbers are the 43 inline (責任單位…完成時限…) notes of guangxi-2022-shishi-yijian.txt counted in document order "
              "(task 1 = line 43 … task 43 = line 187); only tasks 3, 8, 9 and 22 carry 2025年底, the rest 持续开展. Task 23 (安全管理责任) names no 各市人民政府 but the county takes it up anyway. "
              "The county plan cites its city only as 按照梧州市数字政府建设工作部署 (no title), so no parent plan is supplied. "
              "The regional title is assumed to be 《广西壮族自治区人民政府关于加强数字政府建设的实施意见》 (the seed carries no title). "
              "Every 县… unit in the responsibility notes resolves through units.txt, with 县 distributing over 、-lists; 县信息中心 is the only unknown one. "
              "Line 25's 到2024年底 (专网迁移基本完成) and line 103's 2022年底前 describe the same migration: line 103 is the planted slip."),
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(expect), len(M), len(C), len(L))
