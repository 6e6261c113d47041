#!/usr/bin/env python3
"""Write NNN-*.txt and raw/NNN.json from the excerpts in raw/part*.py (copied from the search tool's JSON)."""
import json, os, glob, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__))
NAMES = json.load(open(os.path.join(HERE, 'raw', 'names.json'), encoding='utf-8'))
R = {}
for p in sorted(glob.glob(os.path.join(HERE, 'raw', 'part*.py'))):
    spec = importlib.util.spec_from_file_location('m', p); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    R.update(m.R)
for k, (url, esc) in sorted(R.items()):
    text = json.loads('"' + esc.replace('\n', '\\n') + '"')
    name = NAMES[k]
    open(os.path.join(HERE, f'{k}-{name}.txt'), 'w', encoding='utf-8').write(text + ('\n' if not text.endswith('\n') else ''))
    json.dump(dict(url=url, excerpt=text, start=0, end=len(text), note='whole excerpt kept, no cut'), open(os.path.join(HERE, 'raw', f'{k}.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print(k, name, len(text))
