#!/usr/bin/env bash
# Makes the .docx and .pdf fixtures of this folder from the sample corpus and from documents of
# the evaluation set, once, with LibreOffice (not needed to build or test docgraph):
#   apt-get install -y libreoffice-writer
#   Tests/DocGraphTests/Formats/make-fixtures.sh
# Each text becomes HTML first (a paragraph per line; runs of tab-separated lines, blank lines
# between them included, one table with a row per line; `<p>`, `<b>`, `<i>`, `<sup>` kept as
# markup), so that the Word and PDF files hold real tables, with rows that break across pages,
# as documents typed in Word do. Then, for each:
#   soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir OUT X.html
#   soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir OUT X.html
set -euo pipefail
cd "$(dirname "$0")/../../.."
out=Tests/DocGraphTests/Formats
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sources=(Corpus/*.txt)
for name in 101-chinhphu-38-nd-cp-2022-luong-toi-thieu 102-bonoivu-03-tt-bnv-2021-nang-bac-luong \
            104-kontum-435-qd-ubnd-2020-ctr-chi-thi-37 105-chinhphu-91-nd-cp-2022-sua-doi-nd-126 \
            107-bolaodong-02-tt-bldtbxh-2022-sua-doi-tt-07 108-thutuong-28-qd-ttg-2021-ho-tro-covid \
            109-ubkttw-06-hd-2018-ky-luat-to-chuc-dang 112-bolaodong-15-tt-bldtbxh-2024-bai-bo-14-van-ban; do
    sources+=("Tests/Evaluation/Real/$name.txt")
done
for src in "${sources[@]}"; do
    stem=$(basename "$src" .txt)
    python3 - "$src" "$work/$stem.html" <<'PY'
import html, re, sys
src, dst = sys.argv[1], sys.argv[2]
lines = open(src, encoding="utf-8").read().split("\n")
keep = re.compile(r"(</?(?:p|b|i|sup|strong|em|u)>)")
def markup(s):
    return "".join(part if keep.fullmatch(part) else html.escape(part, quote=False) for part in keep.split(s))
out = ['<html><head><meta charset="utf-8"><style>body{font-family:"Liberation Serif";font-size:12pt} td{vertical-align:top}</style></head><body>']
i = 0
while i < len(lines):
    if "\t" in lines[i]:
        rows = []
        while i < len(lines) and ("\t" in lines[i] or (lines[i].strip() == "" and i + 1 < len(lines) and "\t" in lines[i + 1])):
            if "\t" in lines[i]:
                rows.append(lines[i].split("\t"))
            i += 1
        width = max(len(r) for r in rows)
        out.append('<table border="1" cellpadding="4" cellspacing="0" width="100%">')
        for r in rows:
            out.append("<tr>" + "".join("<td>%s</td>" % markup(c) for c in r + [""] * (width - len(r))) + "</tr>")
        out.append("</table>")
        continue
    out.append("<p>%s</p>" % markup(lines[i]) if lines[i].strip() else "<p></p>")
    i += 1
out.append("</body></html>")
open(dst, "w", encoding="utf-8").write("\n".join(out))
PY
    soffice --headless --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$out" "$work/$stem.html" >/dev/null
    soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$out" "$work/$stem.html" >/dev/null
done
ls -l "$out"
