# Builds draft.txt from draft.src: table rows use " ¦ " as the cell separator (turned into tabs).
import pathlib
src = pathlib.Path(__file__).with_name('draft.src').read_text(encoding='utf-8')
out = [l.replace(' ¦ ', '\t') for l in src.split('\n')]
while out and out[-1] == '':
    out.pop()
pathlib.Path(__file__).with_name('draft.txt').write_text('\n'.join(out) + '\n', encoding='utf-8')
print(len(out), 'lines')
