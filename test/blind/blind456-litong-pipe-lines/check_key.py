# Helper kept by the blind writer: checks that every key entry with a line and text
# points at a line of draft.txt that contains that text (1-based).
import json
L = open('draft.txt', encoding='utf-8').read().split('\n')
k = json.load(open('key.json', encoding='utf-8'))
bad = 0
for sec in ('expect', 'mustNotFlag'):
    for e in k[sec]:
        if e['line'] and 'text' in e:
            if e['text'] not in L[e['line'] - 1]:
                print('BAD', sec, e); bad += 1
for c in k['covers']:
    if not L[c['line'] - 1].split('｜')[0].isdigit():
        print('COVER not a task row', c); bad += 1
print('lines', len(L) - (L[-1] == ''), 'expect', len(k['expect']), 'mustNotFlag', len(k['mustNotFlag']), 'covers', len(k['covers']), 'bad', bad)
