# Builds key.json and checks every line/text against draft.txt (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
if L[-1] == '': L = L[:-1]

def chk(line, text):
    if line and text:
        assert text in L[line-1], (line, text, L[line-1][:60])

D = 'deadline-later-than-baseline'; I = 'deadline-invalid'; U = 'unknown-unit'; B = 'basis-mismatch'
expect = [
 dict(rule=B, line=9, text='自治区人民政府关于加强数字政府建设的实施方案',
      why='宁政发〔2023〕17号 is 《自治区人民政府关于加强数字政府建设的实施意见》; the draft cites it as 实施方案 (wrong title)'),
 dict(rule=U, line=40, text='县大数据管理服务局',
      why='no such bureau in units.txt (the county body is 县大数据服务中心, used everywhere else); looks copied from the city name 市大数据管理服务局'),
 dict(rule=D, line=46, text='2024年启动、2025年完成',
      why='task 48 (城域网升级改造，区市县乡村5级全覆盖) 完成时限 2024年; the completing milestone here is 2025'),
 dict(rule=I, line=64, text='2024年6月31日',
      why='impossible date: June has 30 days (task 83, 完成时限 2025年, so not late)'),
 dict(rule=D, line=67, text='2025年上半年',
      why='task 86 (“我的宁夏”政务APP 应上尽上) 完成时限 2024年; 2025年上半年 is later'),
 dict(rule=D, line=83, text='持续推进，2025年取得明显成效',
      why='task 108 (公共资源交易全流程数字化) 完成时限 长期推进，2024年取得明显成效; the draft moves the milestone to 2025'),
 dict(rule=D, line=103, text='年内',
      why='under the heading （三）巩固提升阶段（2025年1月—12月） (line 102), 年内 = 2025; task 40 (电子公文档案数据共享利用长效机制) 完成时限 2024年'),
]

m = []
def n(rule, line, why, text=None):
    e = dict(rule=rule, line=line)
    if text: e['text'] = text
    e['why'] = why
    chk(line, text); m.append(e)

n(B, 4, 'the county plan\'s own title in its 印发 notice, not a basis citation', '同心县加强数字政府建设实施方案')
n(I, 12, 'background: past dates (2020年以来, 2023年) describe work already done, not deadlines', '2023年')
n(B, 12, 'retrospective mention of the 2020 工作要点 with its correct title and 文号; it is history, not cited as the basis', '宁政办发〔2020〕14号')
n(D, 14, 'local 2024 goal with no counterpart among the regional goals (2023/2025/2035); its content maps to tasks 46 and 84, both 2024年', '到2024年底')
n(D, 15, 'equal to the regional goal 到2025年 (34567 框架全面成型)', '到2025年')
n(D, 16, 'equal to the regional goal 到2035年', '到2035年')
n(B, 17, 'the city plan cited by title without 文号; 吴忠市人民政府《关于加强数字政府建设的实施方案》 is its real title (实施方案 is right here)', '关于加强数字政府建设的实施方案')
n(D, 20, 'task 3 完成时限 持续推进，2025年取得明显成效; identical', '持续推进，2025年取得明显成效')
n(D, 21, 'task 5 完成时限 持续推进，2025年取得明显成效; 2025年底前 is the same year', '2025年底前')
n(U, 21, '县市场监管局 is the registered short name of 县市场监督管理局', '县市场监管局')
n(D, 23, 'task 6 完成时限 持续推进，2025年取得明显成效; 2025年底前 equal', '2025年底前')
n(U, 23, 'collective subjects (县直有关部门…按职责分别负责, 各乡镇人民政府)', '各乡镇人民政府')
n(D, 24, 'tasks 7 (2023年形成试点经验，2025年取得明显成效) and 8 (持续推进，2025年取得明显成效); completing milestone 2025 equal', '2025年底前')
n(D, 25, 'task 9 完成时限 持续推进，2025年取得明显成效; 2024—2025年 completes in 2025, equal', '2024—2025年')
n(U, 25, '县住建局 is a registered short name of 县住房和城乡建设局', '县住建局')
n(D, 26, 'task 10 完成时限 持续推进，2025年取得明显成效; identical', '持续推进，2025年取得明显成效')
n(D, 28, 'task 12 完成时限 2025年; 2025年上半年 is earlier', '2025年上半年')
n(D, 29, 'no regional task row (body text of 营造良好数字生态); 长期坚持 is ongoing with no dated milestone', '长期坚持')
n(D, 32, 'tasks 14/15 完成时限 2023年; 长期坚持 is ongoing with no dated milestone, so nothing is later', '长期坚持')
n(D, 33, 'task 18 完成时限 2023年形成机制，长期坚持; 常态化推进 is ongoing, no dated milestone', '常态化推进')
n(D, 35, 'task 21 完成时限 2024年; 2024年第三季度 is earlier', '2024年第三季度')
n(D, 36, 'task 23 完成时限 2024年; 2024年12月31日前 equal', '2024年12月31日前')
n(U, 37, '县政府办 is a registered short name of 县人民政府办公室', '县政府办')
n(D, 37, 'task 28 完成时限 2023年启动，2025年取得明显成效; the completing milestone (2025) is equal, only the start is later', '2024年启动，2025年取得明显成效')
n(D, 39, 'task 29 完成时限 2023年启动，2025年完成; completing milestone 2025 equal (start 2024 is not the completing milestone)', '2024年启动、2025年完成')
n(B, 39, '《全国一体化政务大数据体系建设指南》 cited by title only, exactly as the regional task 29 does', '全国一体化政务大数据体系建设指南')
n(D, 40, 'task 34 完成时限 2024年; 2024年下半年 equal', '2024年下半年')
n(D, 41, 'task 41 完成时限 2024年; 2024年第三季度 earlier', '2024年第三季度')
n(D, 42, 'task 42 完成时限 2024年; 2024年内 equal', '2024年内')
n(U, 42, '国网同心县供电公司 is in units.txt', '国网同心县供电公司')
n(D, 44, 'task 46 (and 43) 完成时限 2024年; 2024年底前 equal', '2024年底前')
n(D, 45, 'task 47 完成时限 2024年; 2024年12月31日前 equal', '2024年12月31日前')
n(D, 47, 'task 50 完成时限 2024年; 2024年下半年 equal', '2024年下半年')
n(U, 47, 'prefix distributes: 县人社局、医保局、民政局 = 县人社局, 县医保局, 县民政局, all registered', '医保局')
n(D, 48, 'task 49 完成时限 2025年; 2025年底前 equal', '2025年底前')
n(D, 49, 'task 52 完成时限 2025年; 本方案实施期内 = by end of 2025 (line 9: 实施期为2024年至2025年)', '本方案实施期内')
n(D, 50, 'task 54 完成时限 2024年; 2024年底前 equal', '2024年底前')
n(D, 51, 'task 56 完成时限 2025年; 2025年6月底前 earlier', '2025年6月底前')
n(D, 53, 'task 64 完成时限 2025年; 印发后6个月内 = by 2024-08 (issued 2024-02-23), earlier', '印发后6个月内')
n(U, 53, 'collectives 各乡镇人民政府, 县直各部门（单位）', '县直各部门（单位）')
n(D, 54, '厘清层级职责 has no own task row; nearest tasks (81 指挥调度, 83 基层治理) are 2025年; 2025年底前 equal', '2025年底前')
n(D, 56, 'task 66 完成时限 2025年; 2025年底前 equal', '2025年底前')
n(D, 58, 'task 71 完成时限 2024年; equal', '2024年底前')
n(D, 59, 'task 73 完成时限 2024年; 2024年下半年 equal', '2024年下半年')
n(U, 61, 'prefix distributes: 县公安局、司法局、信访局 = 县司法局, 县信访局; 县人民法院, 县人民检察院 registered', '司法局')
n(D, 61, 'task 77 完成时限 2024年; 2024年下半年 equal', '2024年下半年')
n(D, 62, 'task 79 完成时限 2024年; equal', '2024年底前')
n(D, 63, 'task 80 完成时限 2024年; 2024年内 equal', '2024年内')
n(U, 63, '同心县消防救援大队 and 同心县气象局 are in units.txt', '同心县消防救援大队')
n(D, 64, 'task 83 完成时限 2025年; the (impossible) date lies in 2024, earlier, so it is invalid but not late', '2024年6月31日')
n(D, 66, 'task 84 完成时限 2024年; equal', '2024年底前')
n(D, 68, 'task 87 完成时限 2023年启动，2025年完成; 2025年底前 equal', '2025年底前')
n(D, 69, 'tasks 88, 89 完成时限 2024年; 2024年内 equal', '2024年内')
n(D, 70, 'task 93 完成时限 2024年; 2024年12月31日前 equal', '2024年12月31日前')
n(D, 71, 'task 92 完成时限 2025年; 2024—2025年 completes in 2025, equal', '2024—2025年')
n(U, 73, '吴忠市生态环境局同心分局 is the county-level branch, registered in units.txt (not a city unit)', '吴忠市生态环境局同心分局')
n(D, 73, 'task 94 完成时限 2024年; equal', '2024年底前')
n(D, 74, 'task 96 完成时限 2025年; 持续推进，2025年取得明显成效 completes in 2025, equal', '持续推进，2025年取得明显成效')
n(D, 75, 'task 98 完成时限 2024年; 2024年下半年 equal', '2024年下半年')
n(D, 76, 'task 102 完成时限 2025年; 本方案实施期内 = 2025', '本方案实施期内')
n(D, 78, 'task 103 完成时限 2024年; 2024年内 equal', '2024年内')
n(D, 79, 'task 104 完成时限 2024年; equal', '2024年底前')
n(D, 80, 'task 105 完成时限 2024年; 2024年下半年 equal', '2024年下半年')
n(D, 81, 'task 106 完成时限 2025年; 2025年上半年 earlier', '2025年上半年')
n(D, 82, 'task 107 完成时限 2025年; 2024—2025年 equal', '2024—2025年')
n(D, 84, 'task 111 完成时限 2025年; 本方案实施期内 = 2025', '本方案实施期内')
n(D, 86, 'task 112 完成时限 2024年; 2024年内 equal', '2024年内')
n(D, 87, 'task 115 完成时限 2024年; 2024年12月31日前 equal', '2024年12月31日前')
n(D, 89, 'task 116 完成时限 2023年完成并长期坚持, copied verbatim; equal', '2023年完成并长期坚持')
n(I, 89, 'a copied regional deadline that lies before the plan\'s year (task 116), not an invalid date', '2023年完成并长期坚持')
n(D, 90, 'task 25 完成时限 2023年; 长期坚持 is ongoing with no dated milestone', '长期坚持')
n(D, 91, 'task 117 完成时限 2024年; equal', '2024年底前')
n(D, 92, 'task 118 完成时限 2023年完成并长期坚持; 长期坚持 ongoing, no dated milestone', '长期坚持')
n(D, 93, 'task 121 完成时限 长期坚持; 每年12月底前 is a recurring yearly date, not a later completion', '每年12月底前')
n(D, 94, 'tasks 122/123 完成时限 2023年完成，长期坚持; 次年3月底前 is the recurring yearly assessment date (每年开展)', '次年3月底前')
n(D, 95, 'task 124 完成时限 2023年形成机制，长期坚持; 常态化推进 ongoing', '常态化推进')
n(D, 98, 'phase heading: the office\'s own schedule (2024年3月底前), not a task deadline', '2024年3月底前')
n(D, 99, 'the office\'s own reporting date (3月底前 报送任务分工)', '3月底前')
n(D, 101, '年内 under the heading （二）全面推进阶段（2024年4月—12月） (line 100) = 2024; tasks 114 and 57 完成时限 2024年, equal', '年内')
n(D, 102, 'phase heading (2025年1月—12月), not a deadline of its own', '2025年1月—12月')
n(D, 105, 'the office\'s own reporting dates (每季度末月25日前, 每年12月底前)', '每年12月底前')

covers = [(3,20),(5,21),(6,23),(7,24),(8,24),(9,25),(10,26),(12,28),(14,32),(15,32),(18,33),(21,35),(23,36),
 (28,37),(29,39),(34,40),(41,41),(42,42),(46,44),(47,45),(48,46),(50,47),(49,48),(52,49),(54,50),(56,51),
 (64,53),(66,56),(71,58),(73,59),(77,61),(79,62),(80,63),(83,64),(84,66),(86,67),(87,68),(88,69),(89,69),
 (93,70),(92,71),(94,73),(96,74),(98,75),(102,76),(103,78),(104,79),(105,80),(106,81),(107,82),(108,83),
 (111,84),(112,86),(115,87),(116,89),(25,90),(117,91),(118,92),(121,93),(122,94),(123,94),(124,95),
 (114,101),(57,101),(40,103)]
for e in expect: chk(e['line'], e.get('text'))
key = {
 "writer": "blind writer, round 272; read only DOMAIN.md, the seeds, seeds/units/wuzhong.units.txt and KEY-FORMAT.md",
 "written": "2026-12-06",
 "draft": "draft.txt",
 "also": [],
 "baseline": "ningxia-2023",
 "build": None,
 "parents": [],
 "units": "units.txt",
 "planYear": 2024,
 "expect": expect,
 "mustNotFlag": m,
 "covers": [dict(task=t, line=l) for t, l in covers],
 "notes": ("同心县 数字政府建设实施方案, issued 2024-02-23 (同政发〔2024〕8号), checked against ningxia-2023 only (no parent plan). "
   "Every task line carries an inline note （牵头单位：…；配合单位：…；完成时限：…）. Plan period 2024—2025 is stated on line 9, so 本方案实施期内 = 2025; "
   "印发后6个月内 = 2024-08. 年内 takes its year from the phase heading above it (line 100: 2024, line 102: 2025). "
   "Deadlines compare the completing milestone: a later start (2024年启动) with an equal completion is not late. "
   "Tasks whose regional deadline is 2023 are given ongoing forms only (长期坚持, 常态化推进, 每年…), never a dated 2024 milestone, "
   "except line 89 which copies task 116's 2023年完成并长期坚持 verbatim. All framework pillars are present.")
}
json.dump(key, open('key.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print(len(expect), len(m), len(covers))
