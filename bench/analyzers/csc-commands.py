#!/usr/bin/env python3
"""csc-commands.py LOG OUTDIR: writes one file per compiler call of a detailed MSBuild log (-v:d or -flp:v=d), for cold-csc.sh.

Each file holds the project folder in quotes, then the csc command line exactly as MSBuild ran it (named PROJECT.TFM.rsp).
"""
import os, re, sys

log, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
project = None
for line in open(log, errors="replace"):
    started = re.search(r'Target "CoreCompile" in file .* from project "([^"]+)"', line)
    if started:
        project = started.group(1)
    command = line.strip()
    if project and re.match(r'^\S*/csc(\.dll)?\s+/noconfig', command):
        output = re.search(r'/out:(\S+)', command)
        framework = output.group(1).split('/')[-2] if output else ''
        path = os.path.join(out, f"{os.path.splitext(os.path.basename(project))[0]}.{framework}.rsp")
        with open(path, "w") as f:
            f.write(f'"{os.path.dirname(project)}" {command}\n')
        print(path)
