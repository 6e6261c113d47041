#!/usr/bin/env python3
"""Score `docgraph check CORPUS --format json --as-of 2026-11-26 --all` against key.json (red team 12; copied from
RedTeam4/score.py with three changes: an overdue-plan of an announced document is matched only when the key says
`announces`, else its id must be named; a dangling note is an identity failure only in the files its trap lists; a trap
with `requires_planted` fails when that planted defect is missed, i.e. the trap text masked it).

Usage: score.py DG.json KEY.json [--json | --summary]

--summary prints {rule: {found, planted, false}} as RedTeamTests reads it (dangling: the external ids).

A planted defect is found when a finding of its rule
  - names the first planted id in its message (ids compared after NFC, upper case, spaces around - / removed,
    leading zeros of the number ignored; for cycle: at least two planted ids), and
  - is placed in, or relates (`related`, or a file name in the message), the planted file(s):
      duplicate-identity: every planted file; cycle, inverse-inconsistency: any planted file;
      metadata-conflict: the first planted file (the citing one) among the finding's files;
      every other rule: the finding's own file is the first planted file.
  - when the key gives `contains` (unmet-obligation: the assigned body), the message must contain it (diacritics ignored);
  - overdue-plan must be a warning (notes list pending/fulfilled plans under --all); for a planned task announcing a
    new document (no cited id) the file alone decides.
External ids (key.external) must each get a `dangling` finding naming them.
False alarms: every error/warning not matching a planted defect nor key.collateral; every dangling finding naming an id
that a trap says resolves to a corpus document (an identity failure); every unmet-obligation note that a trap says is fulfilled.
Traps: failed when a finding of a must_not rule is placed in/related to one of the trap's files and names one of its ids.
"""
import json, os, re, sys, unicodedata
from collections import defaultdict, Counter

RULES = ["cycle", "superseded-citation", "temporal", "metadata-conflict", "duplicate-identity", "inverse-inconsistency",
         "overdue-plan", "unmet-obligation", "count-mismatch", "ambiguous-id", "dangling"]


def strip(s):
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return s.replace("đ", "d").replace("Đ", "D")


def norm(s):
    s = strip(unicodedata.normalize("NFC", s)).upper()
    return re.sub(r"\s*([-/.])\s*", r"\1", s)


def has_id(msg, ident):
    n = norm(ident)
    m = re.match(r"0*(\d+)(.*)", n)
    rx = re.compile(r"(?<![\d/])0*" + re.escape(m.group(1)) + re.escape(m.group(2)) + r"(?![A-Z0-9])")
    return bool(rx.search(norm(msg)))


def base(p):
    return os.path.basename(p.split(":")[0]) if p else ""


def files_of(f):
    s = {base(f.get("file") or "")} | {base(r if isinstance(r, str) else (r.get("file") or "")) for r in f.get("related") or []}
    s |= set(re.findall(r"[\w.-]+\.(?:txt|md|html|docx|pdf)", f.get("message", "")))
    return s


def matches(p, f):
    if f["rule"] != p["rule"]:
        return False
    if p.get("contains") and strip(p["contains"]).lower() not in strip(f["message"]).lower():
        return False
    ids, files, msg, fb, r = p["ids"], p["files"], f["message"], base(f.get("file") or ""), p["rule"]
    fs = files_of(f)
    if r == "cycle":
        return sum(has_id(msg, i) for i in ids) >= 2 and any(x in fs for x in files)
    if r == "duplicate-identity":
        return has_id(msg, ids[0]) and all(x in fs for x in files)
    if r == "inverse-inconsistency":
        return has_id(msg, ids[0]) and any(x in fs for x in files)
    if r == "metadata-conflict":
        return has_id(msg, ids[0]) and files[0] in fs
    if r == "overdue-plan":
        if p.get("announces"):
            return f["severity"] == "warning" and fb == files[0] and ("announc" in msg.lower() or not re.search(r"\d+/", msg))
        return f["severity"] == "warning" and fb == files[0] and has_id(msg, ids[0])
    if r == "count-mismatch":
        return fb == files[0]
    return has_id(msg, ids[0]) and fb == files[0]


def main():
    dg = json.load(open(sys.argv[1], encoding="utf-8"))
    key = json.load(open(sys.argv[2], encoding="utf-8"))
    findings = dg if isinstance(dg, list) else dg.get("findings", dg)
    used = set()
    res = []
    for p in key["planted"]:
        hit = [i for i, f in enumerate(findings) if matches(p, f)]
        used.update(hit)
        res.append((p, hit))
    for c in key.get("collateral", []):
        for i, f in enumerate(findings):
            if f["rule"] == c["rule"] and base(f.get("file") or "") in c["files"] and any(has_id(f["message"], x) for x in c["ids"]) \
                    and (not c.get("contains") or c["contains"] in f["message"]):
                used.add(i)
    ext = []
    for e in key["external"]:
        hit = [i for i, f in enumerate(findings) if f["rule"] == "dangling" and has_id(f["message"], e)]
        used.update(hit)
        ext.append((e, hit))
    holds = [(t["ids"], set(t["files"])) for t in key["traps"] if "dangling" in t["must_not"]]
    false = []
    for i, f in enumerate(findings):
        if i in used:
            continue
        if f["severity"] in ("error", "warning"):
            false.append(f)
        elif f["rule"] == "dangling" and any(base(f.get("file") or "") in fs and has_id(f["message"], x) for ids, fs in holds for x in ids):
            false.append(f)
        elif f["rule"] == "unmet-obligation":
            for t in key["traps"]:
                if "unmet-obligation" in t["must_not"] and base(f.get("file") or "") in t["files"] and any(has_id(f["message"], x) for x in t["ids"]):
                    false.append(f)
                    break
    traps = []
    for t in key["traps"]:
        bad = [f for i, f in enumerate(findings) if i not in used and f["rule"] in t["must_not"] and (files_of(f) & set(t["files"]))
               and any(has_id(f["message"], x) for x in t["ids"])
               and (f["rule"] not in ("overdue-plan",) or f["severity"] != "note")]
        if "unmet-obligation" in t["must_not"]:
            bad = [f for f in bad if f["rule"] != "unmet-obligation" or base(f.get("file") or "") in t["files"]]
        rp = t.get("requires_planted")
        if rp:
            for p, h in res:
                if p["rule"] == rp["rule"] and p["ids"][0] == rp["id"] and p["files"][0] == rp["file"] and not h:
                    bad.append({"rule": rp["rule"], "file": rp["file"], "severity": "-",
                                "message": "planted defect masked: " + p["what"]})
        traps.append((t, bad))
    if "--summary" in sys.argv:
        # {rule: {found, planted, false}}, as RedTeamTests reads it; `dangling` counts the external ids.
        summary = {}
        for p, h in res:
            s = summary.setdefault(p["rule"], {"found": 0, "planted": 0, "false": 0})
            s["planted"] += 1
            s["found"] += bool(h)
        d = summary.setdefault("dangling", {"found": 0, "planted": 0, "false": 0})
        d["planted"] += len(ext)
        d["found"] += sum(1 for _, h in ext if h)
        for f in false:
            summary.setdefault(f["rule"], {"found": 0, "planted": 0, "false": 0})["false"] += 1
        print(json.dumps(summary))
        return
    if "--json" in sys.argv:
        out = {"planted": [{"rule": p["rule"], "ids": p["ids"], "files": p["files"], "found": bool(h)} for p, h in res],
               "external": [{"id": e, "found": bool(h)} for e, h in ext],
               "false": [{k: f.get(k) for k in ("rule", "severity", "message", "file")} for f in false],
               "traps": [{"kind": t["kind"], "ids": t["ids"], "passed": not b} for t, b in traps]}
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return
    by = defaultdict(lambda: [0, 0])
    print("PLANTED DEFECTS")
    for p, h in res:
        by[p["rule"]][1] += 1
        by[p["rule"]][0] += bool(h)
        print(f"  {'FOUND ' if h else 'MISSED'} {p['rule']:22} {', '.join(p['ids']):45} {p['files'][0]}")
    print("EXTERNAL IDS (must be dangling)")
    ef = 0
    for e, h in ext:
        ef += bool(h)
        print(f"  {'FOUND ' if h else 'MISSED'} {e}")
    print("TRAPS")
    tp = 0
    for t, b in traps:
        tp += not b
        print(f"  {'passed' if not b else 'FAILED'} {t['kind']:28} {', '.join(t['ids']):35} {t['files'][0]}"
              + ("".join(f"\n      <- [{f['rule']}] {base(f.get('file') or '')}: {f['message'][:160]}" for f in b)))
    print("FALSE ALARMS")
    for f in false:
        print(f"  {f['severity']:7} [{f['rule']}] {base(f.get('file') or '')}:{f.get('line')}: {f['message'][:200]}")
    print("\nSUMMARY")
    print(f"  {'rule':22} found/planted")
    for r in RULES[:-1]:
        if r in by:
            print(f"  {r:22} {by[r][0]}/{by[r][1]}")
    print(f"  {'dangling (external)':22} {ef}/{len(ext)}")
    tot = sum(v[0] for v in by.values())
    print(f"  {'TOTAL':22} {tot}/{len(res)} planted, {ef}/{len(ext)} external, traps passed {tp}/{len(traps)}")
    c = Counter((f["severity"], f["rule"]) for f in false)
    print(f"  false alarms: {len(false)}" + "".join(f"\n    {s:7} {r:22} {n}" for (s, r), n in sorted(c.items())))


if __name__ == "__main__":
    main()
