#!/usr/bin/env python3
"""scan_variant.py OUT.pdf: n04's page drawn with single-line table borders (BORDER=0 CELLBORDER=1), to show the OCR
table miss does not depend on gen.py's double outer border."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen
g, c, ctx = gen.gv()
rows = []
for ln in gen.SCANS["n04_ninhthuan_stp_kh05_2026_scan.pdf"]:
    if isinstance(ln, tuple):
        t = '<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="6">'
        t += "".join("<TR>" + "".join(f'<TD ALIGN="LEFT">{gen.escape(x)}</TD>' for x in r) + "</TR>" for r in ln[1])
        rows.append(f'<TR><TD ALIGN="LEFT">{t}</TABLE></TD></TR>')
    else:
        rows.append(f'<TR><TD ALIGN="LEFT">{gen.escape(ln) if ln else " "}</TD></TR>')
dot = ('digraph{graph[dpi=200,bgcolor=white,pad=0.6,margin=0];node[shape=plaintext,fontname="DejaVu Sans",fontsize=11,margin=0];'
       'a[label=<<TABLE BORDER="0" CELLSPACING="2">' + "".join(rows) + '</TABLE>>]}')
gr = c.agmemread(dot.encode()); g.gvLayout(ctx, gr, b"dot"); png = sys.argv[1] + ".png"
g.gvRenderFilename(ctx, gr, b"png:cairo:gd", png.encode()); gen.png_to_pdf(png, sys.argv[1]); os.remove(png)
