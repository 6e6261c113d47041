#!/usr/bin/env python3
"""Score `docgraph check --format json --all` output against key.json (red team 9).

Usage: score.py dg.json key.json [--summary]

A planted defect is found when a finding of its rule (or of an accepted alternative rule) names its
ids at its place:
  cycle                  >= 2 of the ids in the message, one of the cycle's files among the finding's files
  dangling               the id before "is cited" (anywhere: one note per id)
  metadata-conflict      the id in the message, the planted file among the finding's files
  superseded-citation    the id in the message, finding placed in the planted file
  overdue-plan           warning, finding placed in the planted file, the id in the message
                         (no id: within 2 lines of the row)
  inverse-inconsistency  >= 2 of the ids in the message, the planted file among the finding's files
  count-mismatch         finding placed in the planted file within 10 lines after the count
  unmet-obligation       the id in the message, finding placed in the file within 2 lines
  ambiguous-id           the id in the message, finding placed in the planted file
False alarms: every error or warning matching no planted defect (temporal findings in a planted
cycle's files are expected collateral); every `dangling` note naming a numbered id that the corpus
holds (an identity resolution failure) or that is no id the corpus cites; every `unmet-obligation`
note on a line the key marks as fulfilled.  Other notes are counted, not scored.
"""
import json, os, re, sys, unicodedata
from collections import defaultdict

RULES = ["cycle", "dangling", "metadata-conflict", "superseded-citation", "overdue-plan", "inverse-inconsistency",
         "count-mismatch", "unmet-obligation", "ambiguous-id"]


def norm(s):
    s = unicodedata.normalize("NFC", s).upper()
    return re.sub(r"\s*([-/])\s*", r"\1", s)


def has_id(msg, ident):
    n = norm(ident)
    m = re.match(r"0*(\d+)(.*)", n)
    rx = re.compile(r"(?<![\d/])0*" + re.escape(m.group(1)) + re.escape(m.group(2)) + r"(?![A-ZĐ0-9])")
    return bool(rx.search(norm(msg)))


def loc(s):
    f, l = s.rsplit(":", 2)[0], s.rsplit(":", 2)[1]
    return os.path.basename(f), int(l)


def places(f):
    out = [(os.path.basename(f["file"]), f["line"])]
    for r in f.get("related", []):
        try: out.append(loc(r))
        except Exception: pass
    for m in re.finditer(r"([^\s,;()'\"]+\.(?:txt|md|html)):(\d+)", f.get("message", "")):
        out.append((os.path.basename(m.group(1)), int(m.group(2))))
    return out


def files_of(f):
    return {p[0] for p in places(f)}


NUMBERED = re.compile(r"(?<![\w/])(\d+[a-z]?(?:-[A-ZĐa-zđ]+/[A-ZĐa-zđ0-9\-]+|(?:/\d{4})?/[A-ZĐa-zđ]+-[A-ZĐa-zđ0-9\-]+))")


def matches(p, f):
    rules = [p["rule"]] + p.get("alt_rules", [])
    if f["rule"] not in rules: return False
    r, msg, ff = f["rule"], f["message"], os.path.basename(f["file"])
    ids = p["ids"]
    if r == "dangling" and p["rule"] != "dangling":
        return has_id(msg.split(" is cited")[0], ids[0]) and p["file"] in files_of(f)
    if r == "cycle":
        return sum(has_id(msg, x) for x in ids) >= 2 and bool(files_of(f) & {p["file"], *p.get("others", [])})
    if r == "dangling":
        return has_id(msg.split(" is cited")[0], ids[0])
    if r == "metadata-conflict":
        return has_id(msg, ids[0]) and p["file"] in files_of(f)
    if r == "superseded-citation":
        return ff == p["file"] and has_id(msg, ids[0])
    if r == "overdue-plan":
        if f["severity"] == "note" or ff != p["file"]: return False
        return has_id(msg, ids[0]) if ids else abs(f["line"] - p["line"]) <= 2
    if r == "inverse-inconsistency":
        return sum(has_id(msg, x) for x in ids) >= 2 and p["file"] in files_of(f)
    if r == "count-mismatch":
        return ff == p["file"] and 0 <= f["line"] - p["line"] <= 10
    if r == "unmet-obligation":
        return ff == p["file"] and abs(f["line"] - p["line"]) <= 2 and has_id(msg, ids[0])
    if r == "ambiguous-id":
        return ff == p["file"] and has_id(msg, ids[0])
    return False


def trap_of(f, traps):
    best = None
    for t in traps:
        if f["rule"] not in t["must_not"]: continue
        pl = places(f)
        if not any(fn == t["file"] for fn, _ in pl): continue
        if t["ids"] and not any(has_id(f["message"], x) for x in t["ids"]): continue
        near = any(fn == t["file"] and abs(ln - t["line"]) <= 2 for fn, ln in pl)
        if near: return t
        best = best or t
    return best


def main():
    dg = json.load(open(sys.argv[1], encoding="utf-8"))
    key = json.load(open(sys.argv[2], encoding="utf-8"))
    planted, traps = key["planted"], key["traps"]
    used = set()
    for p in planted:
        p["found_by"] = None
        for i, f in enumerate(dg):
            if matches(p, f):
                if p["found_by"] is None: p["found_by"] = i
                used.add(i)
    cycle_files = set()
    for p in planted:
        if p["rule"] == "cycle": cycle_files |= {p["file"], *p.get("others", [])}
    corpus_ids = key["corpus_ids"]
    cited = set(key["external"]) | set(corpus_ids)
    fa, collateral, unscored = [], [], defaultdict(int)
    for i, f in enumerate(dg):
        if i in used: continue
        r, sev, msg = f["rule"], f["severity"], f["message"]
        if sev in ("error", "warning"):
            if r == "temporal" and os.path.basename(f["file"]) in cycle_files:
                collateral.append(f); continue
            fa.append(f); continue
        if r == "dangling":
            head = msg.split(" is cited")[0]
            m = NUMBERED.search(head)
            if not m:
                unscored["dangling (named document)"] += 1; continue
            if any(has_id(head, c) for c in corpus_ids):
                fa.append(f); continue
            if any(has_id(head, c) for c in cited):
                unscored["dangling (cited, outside the corpus, not planted)"] += 1; continue
            fa.append(f); continue
        if r == "unmet-obligation":
            t = trap_of(f, traps)
            if t and t["kind"] == "obligation-fulfilled":
                fa.append(f); continue
        unscored[f"{r} ({sev})"] += 1

    rules = sorted(set(RULES) | {f["rule"] for f in fa}, key=lambda r: (r not in RULES, RULES.index(r) if r in RULES else 0, r))
    if "--summary" in sys.argv:
        out = {}
        for r in rules:
            ps = [p for p in planted if p["rule"] == r]
            out[r] = {"found": sum(p["found_by"] is not None for p in ps), "planted": len(ps),
                      "false": sum(f["rule"] == r for f in fa)}
        print(json.dumps(out, sort_keys=True)); return
    print("| rule | found / planted | false alarms |")
    print("|---|---:|---:|")
    for r in rules:
        ps = [p for p in planted if p["rule"] == r]
        print(f"| `{r}` | {sum(p['found_by'] is not None for p in ps)} / {len(ps)} | {sum(f['rule'] == r for f in fa)} |")
    print(f"| **all** | **{sum(p['found_by'] is not None for p in planted)} / {len(planted)}** | **{len(fa)}** |")
    print()
    print(f"collateral (temporal in planted cycles): {len(collateral)}")
    for k, v in sorted(unscored.items()): print(f"not scored: {k}: {v}")
    print()
    print("## Misses")
    for p in planted:
        if p["found_by"] is None:
            print(f"- [{p['rule']}] corpus/{p['file']}:{p['line']} {', '.join(p['ids'])} — {p.get('what', '')}")
    print()
    print("## False alarms")
    for f in fa:
        t = trap_of(f, traps)
        print(f"- [{f['rule']}/{f['severity']}] corpus/{os.path.basename(f['file'])}:{f['line']}: {f['message'][:300]}"
              + (f"  <- trap: {t['kind']} (line {t['line']})" if t else ""))


if __name__ == "__main__":
    main()
