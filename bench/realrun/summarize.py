#!/usr/bin/env python3
"""Summarise detailed MSBuild logs written by `run.sh build` (issue 10 robustness run).

    summarize.py [--json] [--list] <log>...

Per log: compilations, compiler crashes (csc ended by a stack overflow or any other abnormal exit), DataGuard diagnostics
per rule (each source location counted once, whatever the number of target frameworks), AD0001/CS8032 counts, and the
ReportAnalyzer seconds summed over every compilation: DataGuard in total and per analyzer type, and the SDK's own analyzers.
--list prints every DataGuard diagnostic as file:line: id message (for classifying them by reading the code); --context adds
the source line it points at.

    summarize.py --classified <verdicts.tsv> <log>...

checks a hand classification against the logs: verdicts.tsv has one row per diagnostic, `path-suffix<TAB>line<TAB>rule<TAB>
right|wrong<TAB>why` (the path suffix is matched against the end of the diagnostic's file, so rows need no scratch paths).
It prints right/total per rule and overall, and every diagnostic of the logs that has no row, so none is left unclassified.
"""
import json, re, sys
from collections import defaultdict

DIAG = re.compile(r"^\s*(?:\d+>)?\s*(?P<file>/[^()\s][^()]*?)\((?P<line>\d+),(?P<col>\d+)(?:,\d+,\d+)?\): (?P<sev>warning|error|info) (?P<id>DG\d+|AD0001|CS8032|CS8784|CS8785): (?P<msg>.*?)(?: \[(?P<proj>[^\]]*)\])?\s*$")
DIAG_NOLOC = re.compile(r"(?:warning|error) (?P<id>AD0001|CS8032|CS8784|CS8785): (?P<msg>.*?)(?: \[(?P<proj>[^\]]*)\])?\s*$")
TIME_ROW = re.compile(r"^\s*(?:\d+>)?\s*(?P<sec><?[\d.]+)\s+(?P<pct><?\d+)\s+(?P<name>\S.*?)\s*$")
CSC_START = re.compile(r'^\s*(?:\d+>)?\s*Task "Csc"')
CSC_FRAME = re.compile(r"CSharp\.Core\.targets\(\d+,\d+\): error :\s+at (?P<frame>\S+?)(?:\(.*?\))? \[(?P<proj>[^\]]+)\]")
CRASH = re.compile(r'(Stack overflow|StackOverflow|exited with code (?!0\b)\d+|error MSB6006)')


def seconds(text):
    return 0.0005 if text.startswith("<") else float(text)


def summarise(path):
    diags, noloc = {}, []
    per_assembly, per_dataguard_type = defaultdict(float), defaultdict(float)
    compilations, crashes = 0, []
    crashed_projects, first_frames = defaultdict(int), {}
    in_report, assembly = False, None
    with open(path, errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if CSC_START.match(line):
                compilations += 1
            if CRASH.search(line) and ("csc" in line.lower() or "overflow" in line.lower()):
                crashes.append(line.strip()[:300])
            m = CSC_FRAME.search(line)
            if m:  # a compiler process that died prints its stack, one error line per frame
                crashed_projects[m["proj"]] += 1
                first_frames.setdefault(m["proj"], m["frame"])
            m = DIAG.match(line)
            if m:
                key = (m["file"], int(m["line"]), int(m["col"]), m["id"])
                diags.setdefault(key, m["msg"].strip())
                continue
            m = DIAG_NOLOC.search(line)
            if m and not line.lstrip().startswith("/"):
                noloc.append((m["id"], m["msg"].strip()))
            if "Total analyzer execution time" in line:
                in_report, assembly = True, None
                continue
            if in_report:
                body = re.sub(r"^\s*(?:\d+>)?", "", line).strip()
                if not body or body.startswith("Time (s)") or body.startswith("NOTE:"):
                    continue
                m = TIME_ROW.match(line)
                if not m:
                    in_report = False
                    continue
                name, sec = m["name"], seconds(m["sec"])
                if ", Version=" in name:
                    assembly = name.split(",")[0]
                    per_assembly[assembly] += sec
                elif assembly and assembly.startswith("DataGuard"):
                    per_dataguard_type[name] += sec
    rules = defaultdict(int)
    for (_, _, _, rid) in diags:
        rules[rid] += 1
    noloc_counts = defaultdict(int)
    for rid, msg in set(noloc):
        noloc_counts[rid] += 1
    dataguard = sum(v for k, v in per_assembly.items() if k.startswith("DataGuard"))
    others = sum(v for k, v in per_assembly.items() if not k.startswith("DataGuard"))
    sdk = sum(v for k, v in per_assembly.items() if "NetAnalyzers" in k)
    return {
        "log": path,
        "compilations": compilations,
        "crashes": sorted(set(crashes)) + [f"{p}: compiler died, {n} stack frames logged, first: {first_frames[p]}" for p, n in crashed_projects.items()],
        "rules": dict(sorted(rules.items())),
        "unlocated": dict(noloc_counts),
        "analyzer_seconds": {"DataGuard": round(dataguard, 3), "sdk_net_analyzers": round(sdk, 3), "others": round(others, 3),
                             "per_assembly": {k: round(v, 3) for k, v in sorted(per_assembly.items(), key=lambda kv: -kv[1])},
                             "per_dataguard_analyzer": {k: round(v, 3) for k, v in sorted(per_dataguard_type.items(), key=lambda kv: -kv[1])}},
        "diagnostics": [{"file": k[0], "line": k[1], "col": k[2], "id": k[3], "message": v} for k, v in sorted(diags.items())],
    }


def source_line(path, number):
    try:
        with open(path, errors="replace") as f:
            for i, text in enumerate(f, 1):
                if i == number:
                    return text.strip()[:240]
    except OSError:
        pass
    return "(source not found)"


def classified(argv):
    i = argv.index("--classified"); tsv = argv[i + 1]; logs = [a for a in argv[i + 2:] if not a.startswith("--")]
    rows = []
    for raw in open(tsv, encoding="utf-8"):
        if raw.strip() and not raw.startswith("#"):
            suffix, line, rule, verdict = raw.rstrip("\n").split("\t")[:4]
            rows.append((suffix, int(line), rule, verdict.strip().lower()))
    per_rule, missing, used = defaultdict(lambda: [0, 0]), [], set()
    for path in logs:
        for d in summarise(path)["diagnostics"]:
            if not d["id"].startswith("DG"):
                continue
            hit = [r for r in rows if d["file"].endswith(r[0]) and d["line"] == r[1] and d["id"] == r[2]]
            if not hit:
                missing.append(f"{d['file']}:{d['line']}: {d['id']}")
                continue
            key = (d["file"], d["line"], d["id"])
            if key in used:
                continue
            used.add(key)
            per_rule[d["id"]][1] += 1
            per_rule[d["id"]][0] += hit[0][3] == "right"
    right = sum(v[0] for v in per_rule.values()); total = sum(v[1] for v in per_rule.values())
    for rule, (r, n) in sorted(per_rule.items()):
        print(f"{rule}: {r}/{n} right")
    print(f"all: {right}/{total} right" + (f" = {right / total:.2f}" if total else ""))
    for m in missing:
        print("unclassified:", m)


def main(argv):
    if "--classified" in argv:
        classified(argv)
        return
    as_json, listing, context = "--json" in argv, "--list" in argv or "--context" in argv, "--context" in argv
    logs = [a for a in argv if not a.startswith("--")]
    for path in logs:
        s = summarise(path)
        if as_json:
            print(json.dumps(s, indent=1)); continue
        print(f"== {path}")
        print(f"compilations {s['compilations']}  crashes {len(s['crashes'])}  rules {s['rules']}  unlocated {s['unlocated']}")
        for c in s["crashes"][:5]:
            print("  crash:", c)
        a = s["analyzer_seconds"]
        print(f"analyzer s: DataGuard {a['DataGuard']}  SDK NetAnalyzers {a['sdk_net_analyzers']}  all others {a['others']}")
        for k, v in list(a["per_assembly"].items())[:6]:
            print(f"   {v:8.3f}  {k}")
        for k, v in a["per_dataguard_analyzer"].items():
            print(f"   {v:8.3f}    {k}")
        if listing:
            for d in s["diagnostics"]:
                if d["id"].startswith("DG"):
                    print(f"  {d['file']}:{d['line']}: {d['id']} {d['message']}")
                    if context:
                        print("      | " + source_line(d["file"], d["line"]))


if __name__ == "__main__":
    main(sys.argv[1:])
