"""Shared writers for the Quảng Ninh red-team corpus (round 17): layout text, Markdown, portal HTML,
Word HTML, .docx (zipfile), NFD, OCR noise. Standard library only."""
import os, unicodedata, zipfile, html

def W(out, name, text, nfd=False, crlf=False):
    if nfd:
        text = unicodedata.normalize("NFD", text)
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        f.write(text)

def layout_header(left, right, width=44):
    """pdftotext -layout: two columns side by side, padded with spaces."""
    n = max(len(left), len(right))
    left = left + [""] * (n - len(left)); right = right + [""] * (n - len(right))
    out = []
    for l, r in zip(left, right):
        out.append(("   " + l).ljust(width) + r if r else "   " + l)
    return "\n".join(out).rstrip() + "\n"

def page_break(page, total=None):
    foot = f"{page}" if total is None else f"Trang {page}/{total}"
    return "\n" + " " * 38 + foot + "\n\f"

def md_table(rows):
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    for r in rows[1:]:
        out.append("| " + " | ".join(r) + " |")
    return "\n".join(out) + "\n"

def tab_table(rows):
    return "\n".join("\t".join(r) for r in rows) + "\n"

def portal(site, crumbs, title, body_html, sidebar):
    side = "\n".join(f'      <li><a href="/van-ban/{i}">{html.escape(t)}</a></li>' for i, t in enumerate(sidebar))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{html.escape(title)} - {html.escape(site)}</title>
<style>.banner{{background:#b00;color:#fff}} .side{{float:right;width:28%}}</style>
<script>window.dataLayer=window.dataLayer||[];</script></head>
<body>
<div class="banner"><a href="/">{html.escape(site)}</a> | Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ</div>
<div class="breadcrumb">{' &raquo; '.join(html.escape(c) for c in crumbs)}</div>
<div class="side"><h3>Văn bản mới</h3>
    <ul>
{side}
    </ul></div>
<div class="content">
{body_html}
</div>
<div class="footer">Bản quyền thuộc {html.escape(site)}. Địa chỉ: Hạ Long, Quảng Ninh. Điện thoại: 0203.3835.xxx</div>
</body></html>
"""

def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))

def _run(t, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(t)}</w:t></w:r>'

def _para(t, bold=False, center=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else ""
    if isinstance(t, list):           # runs split inside words, as hand-typed files have
        return f"<w:p>{ppr}{''.join(_run(x, bold) for x in t)}</w:p>"
    return f"<w:p>{ppr}{_run(t, bold)}</w:p>"

def _cell(paras, width=4500):
    if isinstance(paras, str):
        paras = [paras]
    ps = "".join(_para(p) for p in paras) or "<w:p/>"
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{ps}</w:tc>'

def _tbl(rows, header_repeat=False, borders=True):
    b = ('<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
         '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>') if borders else ""
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>{b}</w:tblPr>']
    for i, r in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if (header_repeat and i == 0) else ""
        out.append("<w:tr>" + trpr + "".join(_cell(c) for c in r) + "</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)

def docx(path, blocks, footnotes=None):
    """blocks: ('p', text|runs, bold?, center?) | ('t', rows, borders) | ('pb',) page break."""
    body = []
    for b in blocks:
        if b[0] == "p":
            body.append(_para(b[1], *(b[2:] if len(b) > 2 else ())))
        elif b[0] == "t":
            body.append(_tbl(b[1], header_repeat=True, borders=b[2] if len(b) > 2 else True))
        elif b[0] == "pb":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif b[0] == "fn":            # paragraph with a footnote reference
            body.append(f'<w:p>{_run(b[1])}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{b[2]}"/></w:r>{_run(b[3])}</w:p>')
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {ns}><w:body>{"".join(body)}<w:sectPr/></w:body></w:document>'
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          + ('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>' if footnotes else "")
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             + ('<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>' if footnotes else "")
             + '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", drels)
        if footnotes:
            fns = "".join(f'<w:footnote w:id="{k}"><w:p>{_run(v)}</w:p></w:footnote>' for k, v in footnotes.items())
            z.writestr("word/footnotes.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {ns}>'
                       '<w:footnote w:type="separator" w:id="-1"><w:p/></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p/></w:footnote>'
                       f'{fns}</w:footnotes>')

OCR = str.maketrans({"ố": "ô", "ế": "ê", "ợ": "o", "ị": "i"})

def ocr_noise(text, rate_lines=(3, 5, 8)):
    """Drop some diacritics on a few lines, as a cheap OCR of a scan does (never on lines with a number)."""
    out = []
    for i, l in enumerate(text.split("\n")):
        if i % 7 in rate_lines and not any(c.isdigit() for c in l):
            l = l.translate(OCR)
        out.append(l)
    return "\n".join(out)
