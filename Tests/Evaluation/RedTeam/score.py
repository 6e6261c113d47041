#!/usr/bin/env python3
"""Score docgraph `check --format json --all` output against key.json.

Usage: score.py dg.json key.json [--summary]
(--summary prints one JSON object per rule instead of the report: what RedTeamTests holds floors on.)
Runs nothing itself.  Per rule: planted found / planted, false alarms; then misses and false
alarms with file:line.  A false alarm is any error or warning that matches no planted defect
(temporal findings inside a planted cycle are expected), and any `dangling` note naming a
numbered id that is neither planted nor one of the central documents the corpus cites on
purpose.  Other notes (pending/fulfilled plans, unmet obligations, named documents) are counted
but not scored.
"""
import json, os, re, sys, unicodedata
from collections import defaultdict

RULES = ["cycle", "dangling", "metadata-conflict", "superseded-citation", "overdue-plan"]

def norm(s):
    s = unicodedata.normalize("NFC", s).upper()
    return re.sub(r"\s*([-/])\s*", r"\1", s)

def id_re(ident):
    n = norm(ident)
    m = re.match(r"0*(\d+)(.*)", n)
    num, rest = m.group(1), m.group(2)
    return re.compile(r"(?<![\d/])0*" + re.escape(num) + re.escape(rest) + r"(?![A-ZĐ0-9])")

def has_id(msg, ident):
    return bool(id_re(ident).search(norm(msg)))

PATH = re.compile(r"([^\s,;()'\"]+\.(?:txt|md)):(\d+)")

def files_of(f):
    out = {os.path.basename(f["file"])}
    for r in f.get("related", []):
        out.add(os.path.basename(r.rsplit(":", 2)[0]))
    for m in PATH.finditer(f.get("message", "")):
        out.add(os.path.basename(m.group(1)))
    return out

NUMBERED = re.compile(r"(?<![\w/])(\d+[a-z]?(?:-[A-ZĐa-zđ]+/[A-ZĐa-zđ0-9\-]+|(?:/\d{4})?/[A-ZĐa-zđ]+-[A-ZĐa-zđ0-9\-]+))")

def main():
    dg = json.load(open(sys.argv[1], encoding="utf-8"))
    key = json.load(open(sys.argv[2], encoding="utf-8"))
    planted = key["planted"]
    for p in planted: p["found_by"] = None
    used = set()

    def matches(p, i, f):
        r = p["rule"]
        if f["rule"] != r: return False
        fs = files_of(f)
        msg = f["message"]
        if r == "cycle":
            hits = sum(1 for x in p["ids"] if has_id(msg, x))
            pfiles = {p["file"], *p.get("others", [])}
            return hits >= 2 and bool(fs & pfiles)
        if r == "dangling":
            return has_id(msg.split(" is cited")[0], p["ids"][0]) and p["file"] in fs
        if r == "metadata-conflict":
            return has_id(msg, p["ids"][0]) and p["file"] in fs
        if r == "superseded-citation":
            return os.path.basename(f["file"]) == p["file"] and has_id(msg, p["ids"][0])
        if r == "overdue-plan":
            return f["severity"] != "note" and "overdue" in msg and os.path.basename(f["file"]) == p["file"] and has_id(msg, p["ids"][0])
        return False

    for p in planted:
        for i, f in enumerate(dg):
            if matches(p, i, f):
                if p["found_by"] is None: p["found_by"] = i
                used.add(i)

    collateral = defaultdict(set)
    for c in key.get("collateral", []):
        collateral[c["rule"]].update(c["files"])
    external = key["external_dangling"]
    fa, expected, ignored = [], [], defaultdict(int)
    ext_found = set()
    for i, f in enumerate(dg):
        if i in used: continue
        r, sev, msg = f["rule"], f["severity"], f["message"]
        if sev in ("error", "warning"):
            if r in collateral and os.path.basename(f["file"]) in collateral[r]:
                expected.append(f); continue
            fa.append(f); continue
        if r == "dangling":
            head = msg.split(" is cited")[0]
            m = NUMBERED.search(head)
            if not m:
                ignored["dangling (named document, not scored)"] += 1; continue
            ext = [e for e in external if has_id(head, e)]
            if ext:
                ext_found.update(ext); expected.append(f); continue
            fa.append(f); continue
        ignored[f"{r} ({sev})"] += 1

    # traps touched by false alarms
    traps = key.get("traps", [])
    def trap_of(f):
        fs = files_of(f)
        for t in traps:
            tf = {t["file"], *( [t["also"]] if isinstance(t.get("also"), str) else t.get("also", []) or [])}
            if fs & tf and (not t["ids"] or any(has_id(f["message"], x) for x in t["ids"])):
                return t["kind"]
        return None

    if "--summary" in sys.argv:
        # One JSON object for a test to hold floors on: per rule, planted found, planted, false alarms.
        summary = {}
        for r in sorted(set(RULES) | {f["rule"] for f in fa}):
            ps = [p for p in planted if p["rule"] == r]
            summary[r] = {"found": sum(1 for p in ps if p["found_by"] is not None), "planted": len(ps),
                          "false": sum(1 for f in fa if f["rule"] == r)}
        print(json.dumps(summary, sort_keys=True))
        return
    print("| rule | planted found / planted | false alarms |")
    print("|---|---:|---:|")
    fa_by_rule = defaultdict(list)
    for f in fa: fa_by_rule[f["rule"]].append(f)
    for r in RULES:
        ps = [p for p in planted if p["rule"] == r]
        print(f"| `{r}` | {sum(1 for p in ps if p['found_by'] is not None)} / {len(ps)} | {len(fa_by_rule.get(r, []))} |")
    for r in sorted(set(fa_by_rule) - set(RULES)):
        print(f"| `{r}` (nothing planted) | – | {len(fa_by_rule[r])} |")
    tot = len(planted); found = sum(1 for p in planted if p["found_by"] is not None)
    print(f"| **all** | **{found} / {tot}** | **{len(fa)}** |")
    print()
    print(f"external central documents reported dangling (expected): {len(ext_found)} / {len(external)}: missing {sorted(set(external) - ext_found)}")
    print(f"expected collateral findings (temporal inside planted cycles): {sum(1 for f in expected if f['rule'] == 'temporal')}")
    for k, v in sorted(ignored.items()): print(f"not scored: {k}: {v}")
    print()
    print("## Misses")
    for p in planted:
        if p["found_by"] is None:
            print(f"- [{p['rule']}] corpus/{p['file']}:{p['line']} ids {', '.join(p['ids'])} — {p.get('form') or p.get('what', '')}" + (f" (table: {p['table']}, due {p['due']})" if p.get('table') else ""))
    print()
    print("## False alarms")
    for f in fa:
        t = trap_of(f)
        print(f"- [{f['rule']}/{f['severity']}] corpus/{os.path.basename(f['file'])}:{f['line']}: {f['message'][:400]}" + (f"  ← trap: {t}" if t else ""))

if __name__ == "__main__":
    main()
