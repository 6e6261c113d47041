#!/usr/bin/env python3
"""Score `docgraph check CORPUS --format json --as-of 2026-11-26 --all` against key.json (red team 10).

Usage: score.py dg.json key.json [--json | --summary]

--summary prints {rule: {found, planted, false}} (false: errors and warnings and false notes), as RedTeamTests reads it.

Matching is by file (not by line: .docx lines are paragraph numbers), and by id in the finding's message:
  cycle                  >= 2 of the planted ids in the message, one planted file among the finding's files
  superseded-citation    first planted id in the message, finding placed in the planted file
  temporal               the id in the message, finding placed in the planted file
  metadata-conflict      the id in the message, the first planted file among the finding's files
  duplicate-identity     the id in the message, every planted file named (message or related)
  inverse-inconsistency  the first id in the message, one planted file among the finding's files
  overdue-plan           severity warning, placed in the planted file, the id in the message
  unmet-obligation       the id in the message, placed in the planted file
  count-mismatch         placed in the planted file
  ambiguous-id           the id in the message, placed in the planted file
  dangling               every id of key.external must get a dangling note naming it (anywhere)
A finding of the files and rules listed in key.collateral (temporal findings inside a planted cycle), and a
superseded-citation on an id of a planted inverse-inconsistency in its files, is neither found nor false.
False alarms: every error or warning matching nothing planted; every dangling note whose subject is an id the
corpus holds (identity failure); every unmet-obligation note that a trap says is fulfilled.
Each trap is reported as passed or failed (a false finding of a must_not rule in its files naming its id).
"""
import json, os, re, sys, unicodedata
from collections import defaultdict

RULES = ["cycle", "superseded-citation", "temporal", "metadata-conflict", "duplicate-identity", "inverse-inconsistency",
         "overdue-plan", "unmet-obligation", "count-mismatch", "ambiguous-id", "dangling"]


def norm(s):
    s = unicodedata.normalize("NFC", s).upper()
    return re.sub(r"\s*([-/])\s*", r"\1", s)


def has_id(msg, ident):
    n = norm(ident)
    m = re.match(r"0*(\d+)(.*)", n)
    rx = re.compile(r"(?<![\d/])0*" + re.escape(m.group(1)) + re.escape(m.group(2)) + r"(?![A-ZĐ0-9])")
    return bool(rx.search(norm(msg)))


def base(p):
    return os.path.basename(p.split(":")[0]) if p else ""


def files_of(f):
    s = {base(f["file"])} | {base(r) for r in f.get("related", [])}
    s |= set(re.findall(r"[\w.-]+\.(?:txt|md|html|docx)", f["message"]))
    return s


def matches(p, f):
    if f["rule"] != p["rule"]:
        return False
    ids, files, msg, fb = p["ids"], p["files"], f["message"], base(f["file"])
    r = p["rule"]
    if r == "cycle":
        return sum(has_id(msg, i) for i in ids) >= 2 and bool(set(files) & files_of(f))
    if r == "unmet-obligation":
        return has_id(msg, ids[0]) and fb == files[0] and norm(p.get("actor", "")) in norm(msg)
    if r in ("superseded-citation", "temporal", "ambiguous-id"):
        return has_id(msg, ids[0]) and fb == files[0]
    if r == "metadata-conflict":
        return has_id(msg, ids[0]) and files[0] in files_of(f)
    if r == "duplicate-identity":
        return has_id(msg, ids[0]) and set(files) <= files_of(f)
    if r == "inverse-inconsistency":
        return has_id(msg, ids[0]) and bool(set(files) & files_of(f))
    if r == "overdue-plan":
        return f["severity"] == "warning" and fb == files[0] and all(has_id(msg, i) for i in ids)
    if r == "count-mismatch":
        return fb == files[0]
    return False


def dangling_subject(msg):
    m = re.match(r"(\S+) (?:\(|is cited)", msg)
    return m.group(1) if m else None


def main():
    dg = json.load(open(sys.argv[1], encoding="utf-8"))
    key = json.load(open(sys.argv[2], encoding="utf-8"))
    as_json = "--json" in sys.argv
    corpus_ids = {norm(c["id"]) for c in key["corpus_ids"]}
    external = key["external"]
    found = defaultdict(int); planted = defaultdict(int); misses = []; false = []; matched = set()
    for i, p in enumerate(key["planted"]):
        planted[p["rule"]] += 1
        hits = [j for j, f in enumerate(dg) if matches(p, f)]
        if hits:
            found[p["rule"]] += 1; matched |= set(hits)
        else:
            misses.append(p)
    # dangling: external ids
    dnotes = [f for f in dg if f["rule"] == "dangling"]
    for e in external:
        planted["dangling"] += 1
        hits = [j for j, f in enumerate(dg) if f["rule"] == "dangling" and dangling_subject(f["message"])
                and norm(dangling_subject(f["message"])) == norm(e)]
        if hits:
            found["dangling"] += 1; matched |= set(hits)
        else:
            misses.append({"rule": "dangling", "ids": [e], "files": [], "what": "external id, no dangling note"})
    collateral = key.get("collateral", [])
    inverse_ids = [(p["ids"], p["files"]) for p in key["planted"] if p["rule"] == "inverse-inconsistency"]
    for j, f in enumerate(dg):
        if j in matched:
            continue
        fb = base(f["file"])
        if any(c["rule"] == f["rule"] and fb in c["files"] for c in collateral):
            continue
        if f["rule"] == "superseded-citation" and any(fb in fs and has_id(f["message"], ids[0]) for ids, fs in inverse_ids):
            continue
        if f["severity"] in ("error", "warning"):
            false.append(f)
        elif f["rule"] == "dangling":
            s = dangling_subject(f["message"])
            if s and norm(s) in corpus_ids:
                false.append(f)
        elif f["rule"] == "unmet-obligation":
            for t in key["traps"]:
                if t["kind"] == "obligation-fulfilled" and fb in t["files"] and has_id(f["message"], t["ids"][0]):
                    if not any("@" in m and m.split("@")[1] not in f["message"] for m in t["must_not"]):
                        false.append(f)
                        break
    # traps
    trap_res = []
    for t in key["traps"]:
        failed = []
        for f in false:
            fb = base(f["file"])
            rules = {m.split("@")[0].split(":")[0] for m in t["must_not"]}
            if f["rule"] in rules and (fb in t["files"] or (f["rule"] == "duplicate-identity" and set(t["files"]) & files_of(f))):
                if not t["ids"] or any(has_id(f["message"], i) for i in t["ids"]) or f["rule"] == "count-mismatch":
                    failed.append(f)
        trap_res.append((t, failed))
    fal_by = defaultdict(lambda: defaultdict(int))
    for f in false:
        fal_by[f["rule"]][f["severity"]] += 1
    if "--summary" in sys.argv:
        print(json.dumps({r: {"found": found[r], "planted": planted[r], "false": sum(fal_by.get(r, {}).values())} for r in RULES}))
        return
    if as_json:
        print(json.dumps({"found": found, "planted": planted, "false": {r: dict(v) for r, v in fal_by.items()},
                          "traps_failed": sum(1 for _, fl in trap_res if fl), "traps": len(trap_res)}, indent=1))
        return
    print(f"{'rule':24} found/planted  false(error/warning/note)")
    tf = tp = 0
    for r in RULES:
        fa = fal_by.get(r, {})
        print(f"{r:24} {found[r]:>3}/{planted[r]:<3}       {fa.get('error', 0)}/{fa.get('warning', 0)}/{fa.get('note', 0)}")
        tf += found[r]; tp += planted[r]
    sev = defaultdict(int)
    for f in false:
        sev[f["severity"]] += 1
    print(f"{'TOTAL':24} {tf:>3}/{tp:<3}       {sev['error']}/{sev['warning']}/{sev['note']}")
    np_ = sum(1 for p in key["planted"])
    fp_ = sum(1 for p in key["planted"] if p not in misses)
    print(f"planted defects without dangling: {fp_}/{np_}")
    print(f"traps: {sum(1 for _, fl in trap_res if not fl)}/{len(trap_res)} passed")
    print("\nMISSES")
    for p in misses:
        print(f"  [{p['rule']}] {', '.join(p['ids'])} in {', '.join(p['files'])}: {p['what']}")
    print("\nFALSE ALARMS")
    for f in false:
        print(f"  {base(f['file'])}:{f['line']}: {f['severity']}: [{f['rule']}] {f['message'][:220]}")
    print("\nTRAPS FAILED")
    for t, fl in trap_res:
        if fl:
            print(f"  {t['kind']} ({', '.join(t['ids'])}) in {', '.join(t['files'])}: {t['what']}")
            for f in fl:
                print(f"      <- {base(f['file'])}:{f['line']} [{f['rule']}] {f['message'][:160]}")


if __name__ == "__main__":
    main()
