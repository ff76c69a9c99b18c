#!/usr/bin/env python3
"""Check key.json against draft.txt: every entry with a text must find it on its line."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
lines = open(os.path.join(HERE, 'draft.txt'), encoding='utf-8').read().split('\n')
key = json.load(open(os.path.join(HERE, 'key.json'), encoding='utf-8'))
bad = 0
for sect in ('expect', 'mustNotFlag', 'covers'):
    for e in key[sect]:
        ln = e['line']
        if ln == 0:
            continue
        t = e.get('text')
        if t and t not in lines[ln - 1]:
            print('MISMATCH', sect, ln, t); bad += 1
        if not t and not lines[ln - 1].strip():
            print('EMPTY LINE', sect, ln); bad += 1
print('lines', len([l for l in lines if l or True]) - (1 if lines[-1] == '' else 0),
      'expect', len(key['expect']), 'mustNotFlag', len(key['mustNotFlag']), 'covers', len(key['covers']), 'bad', bad)
