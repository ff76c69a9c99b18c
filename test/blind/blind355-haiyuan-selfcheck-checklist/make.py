# builds draft.txt from draft.src.txt, filling the counts in the covering note and checking box/state agreement
import re
t=open('draft.src.txt',encoding='utf-8').read()
n=a=b=c=0; nums=[]
for l in t.split('\n'):
    m=re.match(r'^([☑◐☐])　(\d+)．',l)
    if m:
        n+=1; nums.append(int(m.group(2)))
        s=re.search(r'状态：(已完成|推进中|未启动)',l).group(1)
        assert s=={'☑':'已完成','◐':'推进中','☐':'未启动'}[m.group(1)], l[:20]
        a+=m.group(1)=='☑'; b+=m.group(1)=='◐'; c+=m.group(1)=='☐'
assert nums==list(range(1,n+1))
t=t.replace('@N@',str(n)).replace('@A@',str(a)).replace('@B@',str(b)).replace('@C@',str(c))
if not t.endswith('\n'): t+='\n'
open('draft.txt','w',encoding='utf-8').write(t)
print(n,a,b,c)
