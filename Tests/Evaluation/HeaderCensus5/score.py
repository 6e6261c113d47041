#!/usr/bin/env python3
"""Score docgraph's reading of each document's own identity against the hand-made gold.

Runs `docgraph docs <NNN-*.txt> --format json` (the .txt files of this folder only, so that
README/REPORT and repro/ are not read), pairs the gold documents of each file with docgraph's
documents of the same file in order (by startLine), and compares id, typeCode, issuer, date,
locality.  Standard library only.

usage: python3 score.py [--bin PATH] [--json OUT]
"""
import glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
BIN = '/work/bin/docgraph-s24-a'
FIELDS = ['id', 'typeCode', 'issuer', 'date', 'locality']

ABBR = [(r'\bubnd\b', 'uy ban nhan dan'), (r'\bhdnd\b', 'hoi dong nhan dan'), (r'\bbtv\b', 'ban thuong vu')]

def fold(s):
    if s is None:
        return None
    s = s.replace('Đ', 'D').replace('đ', 'd').replace('Ð', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    s = s.lower()
    for pat, rep in ABBR:
        s = re.sub(pat, rep, s)
    s = re.sub(r'\s+', ' ', s).strip()
    return s

def canon_id(s):
    return None if s is None else re.sub(r'\s+', '', s)

NORM = {'id': canon_id, 'typeCode': lambda s: s, 'issuer': fold, 'date': lambda s: s, 'locality': fold}

def main():
    args = sys.argv[1:]
    binp = BIN
    out_json = None
    if '--bin' in args:
        binp = args[args.index('--bin') + 1]
    if '--json' in args:
        out_json = args[args.index('--json') + 1]
    txts = sorted(glob.glob(os.path.join(HERE, '[0-9][0-9][0-9]-*.txt')))
    r = subprocess.run([binp, 'docs', *txts, '--format', 'json'], capture_output=True, text=True)
    if r.returncode != 0:
        print(r.stderr, file=sys.stderr); sys.exit(2)
    got = json.loads(r.stdout)
    by_file = {}
    for d in got:
        by_file.setdefault(os.path.basename(d['file']), []).append(d)
    for v in by_file.values():
        v.sort(key=lambda d: d.get('startLine') or 0)
    totals = {f: [0, 0] for f in FIELDS}
    rows = []
    extra = 0
    for t in txts:
        name = os.path.basename(t)
        gold = json.load(open(t[:-4] + '.gold.json', encoding='utf-8'))
        gd = gold['documents']
        dd = by_file.get(name, [])
        for i, g in enumerate(gd):
            d = dd[i] if i < len(dd) else None
            doubt = 'DOUBTFUL' in (g.get('note') or '')
            for f in FIELDS:
                totals[f][1] += 1
                gv = g.get(f)
                dv = d.get(f) if d else None
                ok = d is not None and NORM[f](gv) == NORM[f](dv)
                if ok:
                    totals[f][0] += 1
                else:
                    shown = dv if d else '∅ (no document)'
                    tag = f'#{i+1}' if len(gd) > 1 or len(dd) > 1 else ''
                    rows.append(dict(file=name, doc=i + 1, field=f, got=shown, gold=gv, doubtful=doubt))
                    print(f"{name}{tag} {f}: {shown} ≠ {gv}" + ('   [gold DOUBTFUL]' if doubt else ''))
        if len(dd) > len(gd):
            for d in dd[len(gd):]:
                extra += 1
                print(f"{name} extra document: id={d.get('id')} typeCode={d.get('typeCode')} line {d.get('startLine')}")
    print()
    print('  '.join(f"{f} {a}/{b}" for f, (a, b) in totals.items()) + f"  (extra documents: {extra}; files: {len(txts)})")
    if out_json:
        json.dump(dict(totals=totals, mismatches=rows, extra=extra), open(out_json, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

if __name__ == '__main__':
    main()
