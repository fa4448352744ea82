#!/usr/bin/env python3
"""Thread time of a dotnet-trace Speedscope file (--profile dotnet-sampled-thread-time --format Speedscope), by frame.

  speedscope_blame.py FILE inclusive PATTERN   frames whose name holds PATTERN, by inclusive seconds
  speedscope_blame.py FILE callees PATTERN     what the outermost frame matching PATTERN spends its time in
  speedscope_blame.py FILE blame PATTERN       time under PATTERN (a compiler frame), by the deepest DataGuard frame above it
                                               and the call it made; "driver" / "emit" when no DataGuard frame is above

Thread time counts waits (a lock, a core under load), as /reportanalyzer's seconds do.
"""
import collections
import json
import sys


def spans(profile):
    """Yields (stack of frame indexes, seconds) for each stretch of an evented profile."""
    opened, last = [], None
    for event in profile["events"]:
        at = event["at"]
        if last is not None and opened:
            yield [frame for frame, _ in opened], (at - last) / 1000
        last = at
        if event["type"] == "O":
            opened.append((event["frame"], at))
        else:
            opened.pop()


def short(name):
    return name.split("!")[-1].split("(")[0]


def main(path, mode, pattern):
    data = json.load(open(path))
    names = [frame["name"] for frame in data["shared"]["frames"]]
    totals = collections.Counter()
    for profile in data["profiles"]:
        for stack, seconds in spans(profile):
            frames = [names[i] for i in stack]
            hits = [i for i, name in enumerate(frames) if pattern in name]
            if not hits:
                continue
            if mode == "inclusive":
                for name in {frames[i] for i in hits}:
                    totals[short(name)] += seconds
            elif mode == "callees":
                first = hits[0]
                totals[short(frames[first + 1]) if first + 1 < len(frames) else "<self>"] += seconds
            else:
                ours = [i for i, name in enumerate(frames) if "DataGuard" in name]
                if ours:
                    deepest = ours[-1]
                    totals[short(frames[deepest]) + " -> " + short(frames[deepest + 1])] += seconds
                else:
                    totals["emit" if any("MethodCompiler" in name for name in frames) else "driver / other analyzers"] += seconds
    for key, seconds in totals.most_common(15):
        print(f"{seconds:8.2f}  {key}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
