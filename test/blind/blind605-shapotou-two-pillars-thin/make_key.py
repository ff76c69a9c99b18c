# Helper kept in the case folder: builds key.json and checks every line/text against draft.txt.
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L and L[-1] == '': L.pop()

def ln(snippet, nth=0):
    hits = [i + 1 for i, l in enumerate(L) if snippet in l]
    assert hits, snippet
    return hits[nth]

def chk(line, text):
    assert text in L[line - 1], (line, text)
    return line

E = []
E.append(dict(rule='basis-mismatch', line=chk(10, '宁政办发〔2023〕17号'), text='宁政办发〔2023〕17号',
              why='the 实施意见 《自治区人民政府关于加强数字政府建设的实施意见》 is 宁政发〔2023〕17号; 宁政办发 is the prefix of the 办公厅 (slip copied from the neighbouring 宁政办发〔2023〕11号)'))
E.append(dict(rule='deadline-later-than-baseline', line=chk(ln('适老化与信息无障碍改造'), '2025年6月底'), text='2025年6月底',
              why='task 93 (政府网站、政务移动端、公共服务场所适老化与信息无障碍建设, 各市、县（区）按照职能分别负责) has 完成时限 2024年; the annex row sets 2025年6月底前'))
E.append(dict(rule='deadline-invalid', line=chk(ln('推进协同办公'), '2014年底'), text='2014年底',
              why='2014 lies before the plan\'s own year 2024 (typo for 2024); the measure takes up tasks 104/105 (完成时限 2024年) and 106 (2025年)'))
E.append(dict(rule='unknown-unit', line=chk(ln('完成区直部门非涉密业务专网'), '区数据局'), text='区数据局',
              why='no such unit in units.txt (the district body is 区大数据服务中心 = 区大数据中心); not a regional unit either'))
E.append(dict(rule='missing-pillar', line=0, pillar='数字生态',
              why='only the heading at line 40 with one generic sentence (加强数字生态建设，营造良好发展环境。), plus the word in the slogan list (line 14) and the 三个驱动 enumeration (line 29); nothing on 数据要素市场/数据交易平台, 数据交易政策环境, 网络生态 or any other content of 宁政发〔2023〕17号 二(三). Judged by content: not taken up'))
E.append(dict(rule='missing-pillar', line=0, pillar='政务公开',
              why='appears only as the slogan 政务公开规范化 in the 指导思想 (line 14); section 五 has no 政务公开 part and its intro (line 65) lists only five abilities; no 政务公开平台, 政策文件库, 政务新媒体 or 政民互动 content anywhere'))
E.append(dict(rule='missing-pillar', line=0, pillar='生态环境保护',
              why='left out entirely: no heading, no enumeration, no content (生态环境监测, 数字治水, 自然资源一张图, 碳排放 …) anywhere in the draft'))
E.append(dict(rule='task-uncovered', line=0, task=112,
              why='政务公开信息化平台 (各市、县（区）分别负责, 2024年) left out with the whole 政务公开 part'))
E.append(dict(rule='task-uncovered', line=0, task=114,
              why='政务新媒体矩阵 (各市、县（区）分别负责, 2024年) left out with the whole 政务公开 part'))

M = []
def mp(p, line, why): M.append(dict(rule='missing-pillar', line=line, pillar=p, why=why))
mp('数字经济', 0, 'own section 三(一), lines 30-34, with four measures (算力枢纽, 智慧园区, 产业数字化, 数字经济治理)')
mp('数字社会', 0, 'own section 三(二), lines 35-39 (服务数字化, 互联网+医疗健康, 智慧城市, 数字乡村/数字供销)')
mp('安全保障', 0, 'section 四(一) 筑牢安全保障防线, lines 43-47, four measures')
mp('制度规则', 0, 'taken up under other words: 四(二) 健全管理机制和标准规范 (lines 48-52: 权力事项网上运行/审管协同, 项目会商, 数字资源一本账, 标准规范, 试点示范); also named in the 四大支撑 enumeration line 42')
mp('数据资源', 0, 'section 四(三), lines 53-57 (数据管理机制, 共享回流, 电子公文, 公共数据开放)')
mp('平台支撑', 0, 'section 四(四), lines 58-63 (政务云, 电子政务外网, 视频, 共性应用, 信用/地理信息)')
mp('五个一', 0, 'taken up under other words: 二(一) 健全组织架构 (line 26): 领导小组 (议事协调), 领导小组办公室 in 区人民政府办公室 (行政), 区大数据服务中心 (事业单位), 数字宁夏建设运营有限公司 (企业), 专家咨询 (智库) — the district form of the work system, without the words 五个一')
mp('六级贯通', 0, 'taken up under other words: 二(二) 明确区乡村三级职责 (line 27): district relies on 自治区/中卫市 platforms, 乡镇（街道）/村（社区） duties — the county part of the 层级架构, without the words 六级贯通')
mp('经济调节', 0, 'named in the combined heading 五(一) 提升经济调节和市场监管能力 (line 66) and the intro enumeration (line 65), with its own measure at line 67 (经济运行监测)')
mp('市场监管', 0, 'named in the combined heading line 66 and enumeration line 65, with measures at lines 68-69')
mp('社会管理', 0, 'section 五(二), lines 70-74')
mp('公共服务', 0, 'section 五(三), lines 75-80')
mp('政务运行', 0, 'taken up under other words: 五(四) 提升机关运行效能 (lines 81-85: 辅助决策, 协同办公/宁政通, 视频会议/机关事务, 行政监督)')
mp('组织领导', 0, '六(一) 加强组织领导, line 87')
mp('财政投入', 0, 'taken up under other words: 六(二) 强化资金保障, line 88 (预算, 资金渠道, 运维经费挂钩)')
mp('数字素养', 0, '六(三) 提升数字素养, line 89')
mp('考核评价', 0, '六(四) 强化考核评价, line 90')

def dl(snip, text, why, nth=0):
    line = ln(snip, nth); chk(line, text)
    M.append(dict(rule='deadline-later-than-baseline', line=line, text=text, why=why))
dl('到2024年底，电子政务外网', '2024年底', '主要目标 2024 goals: 外网三级全覆盖 = task 48 (2024年), 政务云迁移 = task 46 (2024年), 网上办/掌上办/就近办 = task 84 (2024年); equal. No 2023 regional goal is restated')
dl('到2025年，全区数字政府建设体系框架全面成型', '2025年', 'equal to the regional goal 到2025年，…“34567”体系框架全面成型')
dl('到2035年', '2035年', 'equal to the regional 2035 goal')
dl('服务算力枢纽建设', '2025年取得明显成效', 'task 1 完成时限 持续推进，2025年取得明显成效; equal')
dl('推进智慧园区建设', '2025年', 'task 3 完成时限 持续推进，2025年取得明显成效; equal')
dl('推动产业数字化', '2024年底前', 'task 2 完成时限 2023年启动，2024年取得明显成效; equal')
dl('推动服务数字化普惠应用', '2025年取得明显成效', 'task 6 持续推进，2025年取得明显成效 and task 7 2023年形成试点经验，2025年取得明显成效; equal')
dl('深化“互联网+医疗健康”', '2025年', 'task 8 持续推进，2025年取得明显成效; equal')
dl('加快智慧城市建设', '2025年', 'task 9 持续推进，2025年取得明显成效; equal')
dl('推进数字乡村建设。', '2025年取得明显成效', 'task 10 持续推进，2025年取得明显成效 and task 11 2023年完成主要建设任务，2025年取得明显成效; equal')
dl('推动权力事项网上运行', '2024年', 'task 21 完成时限 2024年 (equal); 审管协同 task 22 2025年 (earlier)')
dl('推进数字资源“一本账”管理', '2024年9月底前', 'task 23 (一体化数字资源管理系统/一本账) 完成时限 2024年; earlier')
dl('开展试点示范。', '2025年取得明显成效', 'task 28 2023年启动，2025年取得明显成效; equal')
dl('深化数据共享回流', '2024年底前', 'tasks 33 and 34 (基础库/主题库) 完成时限 2024年; equal')
dl('加强电子公文和电子档案管理', '2024年底前', 'task 40 (电子公文) and task 54 (电子文件归档/档案) 完成时限 2024年; equal')
dl('推进公共数据开放和融合应用', '2024年', 'tasks 41 and 42 完成时限 2024年; equal')
dl('用好政务云', '2024年底前', 'task 43 2024年建成，持续推进 and task 46 2024年; equal')
dl('完善电子政务外网', '2024年10月底前', 'tasks 47, 48, 50 完成时限 2024年; earlier')
dl('整合视频资源', '2025年', 'task 49 视频一张网 完成时限 2025年; equal')
dl('推广共性应用', '2024年底前', 'task 52 (2025年), 53 (2024年), 55 (2024年), 56 (2025年); equal or earlier')
dl('推进信用和地理信息共享', '2024年', 'tasks 57 and 58 完成时限 2024年; equal')
dl('加强经济运行监测', '2024年底前', 'task 65 2024年 (equal) and task 66 经济运行大数据平台 2025年 (earlier)')
dl('提升矛盾纠纷化解能力', '2024年', 'task 77 完成时限 2024年; equal')
dl('提升社会治安防控能力', '2024年底前', 'task 79 雪亮工程 完成时限 2024年; equal')
dl('提升应急管理能力', '2024年', 'task 80 智慧应急 2024年 (equal), task 81 视频指挥调度 2025年 (earlier)')
dl('提升基层治理能力', '2025年', 'task 83 互联网+基层治理 完成时限 2025年; equal')
dl('打造泛在可及的服务体系', '2024年底前', 'task 84 完成时限 2024年; equal')
dl('用好移动端和热线', '2024年', 'task 86 我的宁夏 2024年 (equal), task 87 12345 2023年启动，2025年完成 (earlier)')
dl('优化涉企服务', '2024年', 'tasks 88 and 89 完成时限 2024年; equal')
dl('强化辅助决策', '2024年底前', 'task 103 完成时限 2024年; equal')
dl('统筹视频会议和机关事务', '2025年', 'task 107 视频会议 2025年 and task 111 机关事务 2025年; equal')
dl('（一）加强组织领导', '长期坚持', 'task 116 一把手工程 2023年完成并长期坚持: the district states only the ongoing part, no milestone later than the region\'s')
dl('探索“多卡合一”', '2025年底前', 'task 92 多卡合一 完成时限 2025年; equal')
dl('推进非税收入收缴电子化', '2024年底前', 'task 56 非税收入电子化 完成时限 2025年; earlier')
dl('建设区级指挥调度中心', '2024年底前', 'task 81 统一视频指挥调度体系 完成时限 2025年; earlier')
dl('完成区直部门非涉密业务专网', '2024年', 'task 50 专网整合迁移 完成时限 2024年; equal')
dl('推进数字乡村试点建设', '2025年', 'task 10 数字乡村 持续推进，2025年取得明显成效; equal')
dl('完成区级档案数字化', '2024年底前', 'task 54 电子档案 完成时限 2024年; equal')
dl('（五）抓好督促落实', '2024年12月10日', 'the office\'s own reporting date (年度总结), not a task deadline')

def inv(line, text, why):
    chk(line, text); M.append(dict(rule='deadline-invalid', line=line, text=text, why=why))
inv(11, '2022年', 'past date in the background (what was done in 2022), not a deadline')
inv(11, '2023年', 'past date in the background (外网延伸至11个乡镇 in 2023), not a deadline')
inv(11, '2020年', 'year of a retrospective document mention, not a deadline')
inv(7, '2024年4月12日', 'the issue date of the document')
inv(ln('（五）抓好督促落实'), '每季度末月25日前', 'the office\'s own recurring reporting date')

def uu(line, text, why):
    chk(line, text); M.append(dict(rule='unknown-unit', line=line, text=text, why=why))
uu(4, '各乡镇人民政府', 'collective subject (addressees)')
uu(4, '区直各部门（单位）', 'collective subject')
uu(ln('（二）明确区乡村三级职责'), '各乡镇（街道）', 'collective subject')
uu(ln('完善电子政务外网'), '各村（社区）', 'collective subject')
uu(ln('推动权力事项网上运行'), '承担监管职责的区直有关部门（单位）', 'collective subject, district form of 承担监管职责的自治区有关部门（单位）')
uu(ln('服务算力枢纽建设'), '工信商务局', 'prefix 区 distributes over the list: 区工信商务局, short name of 区工业信息化和商务局 in units.txt')
uu(ln('服务算力枢纽建设'), '区直有关部门（单位）', 'collective subject')
uu(ln('规范政务信息化项目管理'), '审计局', 'prefix 区 distributes: 区审计局 is in units.txt')
uu(ln('规范政务信息化项目管理'), '大数据服务中心', 'prefix 区 distributes: 区大数据服务中心 is in units.txt')
uu(ln('建设区级指挥调度中心'), '区大数据中心', 'listed short name of 区大数据服务中心')
uu(ln('完善数字经济治理'), '中卫市公安局沙坡头区分局', 'the city bureau\'s district branch, listed in units.txt (a local body, not a regional one)')
uu(ln('完善数字经济治理'), '区市场监管分局', 'listed short name of 中卫市市场监督管理局沙坡头区分局')
uu(ln('推动服务数字化普惠应用'), '区人社局', 'listed short name of 区人力资源和社会保障局')
uu(ln('加快智慧城市建设'), '区住建交通局', 'listed short name of 区住房城乡建设和交通局')
uu(ln('推动产业数字化'), '区农业农村和水务局', 'one unit in units.txt; must not be split at 和')
uu(ln('拓展普惠民生服务'), '区残联', 'listed short name of 区残疾人联合会')
uu(ln('（五）抓好督促落实'), '区数字政府建设领导小组办公室', 'listed in units.txt')

def bm(line, text, why):
    chk(line, text); M.append(dict(rule='basis-mismatch', line=line, text=text, why=why))
bm(10, '国发〔2022〕14号', 'correct 文号 of 《国务院关于加强数字政府建设的指导意见》')
bm(10, '宁政办发〔2023〕11号', 'correct 文号 of 《数字宁夏“1244+N”行动计划实施方案》 (as cited in the 吴忠 plan)')
bm(10, '中卫市人民政府《关于加强数字政府建设的实施方案》', 'the city plan cited by title alone (no 文号), correct title (加强, 实施方案)')
bm(11, '宁政办发〔2020〕14号', 'retrospective mention of the 2020 工作要点 with its correct 文号, in the background, not cited as a basis')
bm(2, '卫沙政办发〔2024〕23号', 'the document\'s own 文号, not a citation')

C = []
def cv(task, snip):
    C.append(dict(task=task, line=ln(snip)))
for t, s in [(1,'服务算力枢纽建设'),(2,'推动产业数字化'),(3,'推进智慧园区建设'),(5,'完善数字经济治理'),
             (6,'推动服务数字化普惠应用'),(8,'深化“互联网+医疗健康”'),(9,'加快智慧城市建设'),(10,'推进数字乡村建设。'),(11,'推进数字乡村建设。'),
             (14,'压实安全管理责任'),(15,'压实安全管理责任'),(17,'落实安全制度要求'),(18,'提升安全防护能力'),
             (21,'推动权力事项网上运行'),(23,'推进数字资源“一本账”管理'),(24,'规范政务信息化项目管理'),(28,'开展试点示范。'),
             (30,'完善数据管理机制'),(32,'完善数据管理机制'),(36,'完善数据管理机制'),(40,'加强电子公文和电子档案管理'),
             (41,'推进公共数据开放和融合应用'),(42,'推进公共数据开放和融合应用'),(46,'用好政务云'),(47,'完善电子政务外网'),
             (48,'完善电子政务外网'),(50,'完善电子政务外网'),(49,'整合视频资源'),(52,'推广共性应用'),(56,'推进非税收入收缴电子化'),
             (57,'推进信用和地理信息共享'),(64,'（一）健全组织架构'),(66,'加强经济运行监测'),(68,'推进精准监管'),(72,'强化协同和智能监管'),
             (77,'提升矛盾纠纷化解能力'),(79,'提升社会治安防控能力'),(80,'提升应急管理能力'),(83,'提升基层治理能力'),
             (84,'打造泛在可及的服务体系'),(85,'推行便捷服务方式'),(86,'用好移动端和热线'),(87,'用好移动端和热线'),
             (88,'优化涉企服务'),(89,'优化涉企服务'),(92,'探索“多卡合一”'),(93,'拓展普惠民生服务'),
             (103,'强化辅助决策'),(104,'推进协同办公'),(105,'推进协同办公'),(106,'推进协同办公'),(107,'统筹视频会议和机关事务'),
             (111,'统筹视频会议和机关事务'),(116,'（一）加强组织领导'),(25,'（二）强化资金保障'),(118,'（三）提升数字素养'),
             (123,'（四）强化考核评价'),(124,'（四）强化考核评价')]:
    cv(t, s)

key = dict(
    writer='blind writer, round 605; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md',
    written='2026-12-07',
    draft='draft.txt',
    also=[],
    baseline='ningxia-2023',
    build=None,
    parents=[],
    units='units.txt',
    planYear=2024,
    expect=E,
    mustNotFlag=M,
    covers=C,
    notes=('沙坡头区 (a district of 中卫市) 2024 实施方案 checked against ningxia-2023 only (no parent plan); units from units.txt. '
           'Pillar judgement: of the two thin parts, neither counts as taken up — 数字生态 has only a heading with one generic sentence (line 40) and 政务公开 only a slogan in the 指导思想 (line 14); '
           '生态环境保护 is absent. Pillars taken up under other words (五个一, 六级贯通, 制度规则, 政务运行, 财政投入) and pillars named in enumerations with real content (经济调节, 市场监管) are in mustNotFlag. '
           'Measures with a 完成时限 avoid tasks whose regional deadline is 2023 (those measures carry unit notes only), so no 2024 date is set against a 2023 task. '
           'The annex table lists 7 rows; row 1 is the planted late deadline (task 93), row 5 the planted unknown unit. '
           'Possible disagreement: 公共数据开放 (line 57) sits under 数据资源 as in the region (task 41), though the 吴忠 plan files data opening under 数字生态; the writer does not count it as 数字生态 content.')
)
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=2)
print(len(E), 'expect;', len(M), 'mustNotFlag;', len(C), 'covers')
