#!/usr/bin/env python3
"""Writes bad-scanned.pdf, bad-recursive.pdf and bad-recursive-form.pdf (see README.md) into this folder."""
import os

def pdf(objects, root=1):
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return out

here = os.path.dirname(os.path.abspath(__file__))
content = b"0 0 1 rg 100 100 400 600 re f"
open(os.path.join(here, "bad-scanned.pdf"), "wb").write(pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
    b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
]))
open(os.path.join(here, "bad-recursive.pdf"), "wb").write(pdf([
    b"<< /Type /Catalog /Pages 2 0 R /Outlines 5 0 R >>",
    b"<< /Type /Pages /Kids [2 0 R 3 0 R 2 0 R] /Count 1000000 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources 3 0 R >>",
    b"<< /Length 4 0 R >>\nstream\nBT /F1 12 Tf 72 720 Td (Loop) Tj ET\nendstream",
    b"<< /First 5 0 R /Last 5 0 R /Next 5 0 R /Count 1 /A " + b"[" * 100000 + b"]" * 100000 + b" >>",
]))

# A page whose text says "STT" (so docgraph draws it to find a table's borders) and whose form
# XObject draws itself, directly and through a second form: drawing must stop, not recurse.
form = b"/X Do /Y Do 0 0 m 500 0 l S"
page = b"BT /F1 12 Tf 72 720 Td (STT Noi dung Thoi gian) Tj ET /X Do"
open(os.path.join(here, "bad-recursive-form.pdf"), "wb").write(pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
    b" /Resources << /Font << /F1 7 0 R >> /XObject << /X 5 0 R >> >> >>",
    b"<< /Length %d >>\nstream\n" % len(page) + page + b"\nendstream",
    b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X 5 0 R /Y 6 0 R >> >> /Length %d >>\nstream\n" % len(form) + form + b"\nendstream",
    b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X 5 0 R /Y 6 0 R >> >> /Length %d >>\nstream\n" % len(form) + form + b"\nendstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
]))
