#!/usr/bin/env python3
"""Write NNN-slug.txt from raw/NNN.json (source excerpt as the search tool returned it, cut only at document boundaries)."""
import json, glob, os
here = os.path.dirname(os.path.abspath(__file__))
for f in sorted(glob.glob(os.path.join(here, 'raw', '*.json'))):
    r = json.load(open(f, encoding='utf-8'))
    t = r['excerpt']
    if r.get('start'):
        i = t.index(r['start']); t = t[i:]
    if r.get('end'):
        t = t[:t.index(r['end'])]
    n = os.path.basename(f)[:3]
    out = os.path.join(here, f"{n}-{r['slug']}.txt")
    open(out, 'w', encoding='utf-8').write(t)
    print(out.split('/')[-1], len(t))
