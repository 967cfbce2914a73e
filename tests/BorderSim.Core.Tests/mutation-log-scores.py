#!/usr/bin/env python3
"""Per-file mutation scores from the debug log of a Stryker.NET run (docs/TESTING.md), finished or not.

Stryker 5.1.0 writes its reports only when a run ends; a run started with --log-to-file logs every mutant as it is
tested, and this reads that log. Usage:

    tests/BorderSim.Core.Tests/mutation-log-scores.py StrykerOutput/<run> [Engine,Policies] [--list]

The second argument keeps the files under those folders of src/BorderSim.Core (the run's -m). --list prints every
mutant that survived, had no coverage or timed out, with the text Stryker replaced.

What the log does and does not say:
- a run of one mutant that failed: killed;
- a run of several mutants (Stryker groups mutants whose tests do not overlap) that failed: all killed if Stryker
  stopped it early because "each mutant's fate has been established"; otherwise at least one was killed and the log
  does not say which ("killed in a group"), and scores are given counting these as killed (high) and as survived
  (low);
- a run that passed: survived, unless it ended within half a second of its timeout, when Stryker stopped it: timeout;
- a mutant no test covers: no coverage; a mutant not yet tested: pending.
The score is the issue's: killed / (killed + survived + no coverage); timeouts and pending mutants are left out.

Read it as a progress report, not as the verdict: on run S (two runners, --concurrency 2) it listed as survivors
mutants that the run's JSON report gives as killed or timed out (ParameterCatalog #3535, ScenarioJson #4039), and the
report's survivors differ from its list. Once a run has ended, score it with mutation-scores.sh from the report.
"""
import collections
import datetime
import glob
import re
import sys


def seconds(stamp):
    """Seconds since year 1 of a log's timestamp (2026-11-29T22:25:31.3742113+00:00): a run may go past midnight."""
    day = datetime.date.fromisoformat(stamp[:10]).toordinal()
    return day * 86400 + int(stamp[11:13]) * 3600 + int(stamp[14:16]) * 60 + float(stamp[17:27])


def logs(run_dir):
    """A run's debug logs in order: Stryker starts a new file, log-<date>.txt, at each midnight of a run."""
    return sorted(glob.glob(run_dir + "/logs/log-*.txt"))


def lines(paths):
    for path in paths:
        with open(path, errors="replace") as f:
            yield from f


def read(paths):
    """What a run's logs say, read in order: each mutant's file, its mutator and text, its status, and which were
    covered."""
    file_of, created, status, covered = {}, {}, {}, set()
    current_file = run = timeout = creating = None
    settled = False
    for line in lines(paths):
        if m := re.search(r'Mutating "([^"]+)"', line):
            current_file = m.group(1).split("/src/BorderSim.Core/")[-1]
        elif m := re.search(r"Mutant (\d+) created (.*)", line):
            # a mutant's text may span several lines (a block removed): its mutator is named on the last one
            creating = int(m.group(1))
            file_of[creating] = current_file
            created[creating] = ("?", m.group(2)[:160])
            if u := re.search(r'using "Stryker\.Core\.Mutators\.(\w+)"', line):
                created[creating] = (u.group(1), re.sub(r' using "Stryker.*', "", m.group(2))[:160])
                creating = None
        elif creating is not None and (u := re.search(r'using "Stryker\.Core\.Mutators\.(\w+)"', line)):
            created[creating] = (u.group(1), created[creating][1])
            creating = None
        elif m := re.search(r"Found mutant (\d+) of type", line):
            status[int(m.group(1))] = "CompileError"  # listed as Stryker rolls back the mutants that do not compile
        elif m := re.search(r"Mutant (\d+) will be tested against", line):
            covered.add(int(m.group(1)))
        elif m := re.search(r"Mutant (\d+) is not covered by any test", line):
            status[int(m.group(1))] = "NoCoverage"
        elif m := re.match(r'(\S+)\s+\[DBG\] "Runner \d+": Testing \["(.*)"\]', line):
            run = (seconds(m.group(1)), [int(x.split(":")[0]) for x in m.group(2).split(",") if ":" in x])
            settled = False
        elif "Each mutant's fate has been established" in line:
            settled = True
        elif m := re.search(r"Using (\d+) ms as test run timeout", line):
            timeout = int(m.group(1)) / 1000
        elif (m := re.match(r'(\S+)\s+\[DBG\] Test run for "(.*)" is "(\w+)"', line)) and run:
            took = seconds(m.group(1)) - run[0]
            if m.group(3) == "failed":
                result = "Killed" if len(run[1]) == 1 or settled else "KilledInGroup"
            else:
                result = "Timeout" if timeout is not None and took >= timeout - 0.5 else "Survived"
            for mutant in run[1]:
                status[mutant] = result
    return file_of, created, status, covered


def score(k, g, s, n):
    low = k / (k + g + s + n) if k + g + s + n else None
    high = (k + g) / (k + g + s + n) if k + g + s + n else None
    return "–" if low is None else (f"{100 * low:.1f}%" if low == high else f"{100 * low:.1f}–{100 * high:.1f}%")


def tables(per_file, columns):
    """Prints the per-file and per-folder tables of status counts (columns: the names of the last two count columns)."""
    header = ("| {} | killed | killed in a group | survived | no coverage | " + " | ".join(columns)
              + " | score |\n|---|---:|---:|---:|---:|---:|---:|---:|")

    def rows(groups):
        for name, c in groups:
            k, g, s, n, t, p = (c[x] for x in ("Killed", "KilledInGroup", "Survived", "NoCoverage", "Timeout", "Pending"))
            print(f"| {name} | {k} | {g} | {s} | {n} | {t} | {p} | {score(k, g, s, n)} |")

    print(header.format("file"))
    rows(sorted(per_file.items()))
    by_folder = collections.defaultdict(collections.Counter)
    for f, c in per_file.items():
        by_folder[f.split("/")[0]] += c
    print("\n" + header.format("folder"))
    rows(sorted(by_folder.items()))


def main():
    run_dir = sys.argv[1]
    folders = tuple(sys.argv[2].split(",")) if len(sys.argv) > 2 and not sys.argv[2].startswith("--") else ("",)
    paths = logs(run_dir)
    file_of, created, status, covered = read(paths)
    mutants = [i for i in covered | {i for i, s in status.items() if s == "NoCoverage"}
               if (file_of.get(i) or "").startswith(folders) and status.get(i) != "CompileError"]
    per_file = collections.defaultdict(collections.Counter)
    for i in mutants:
        per_file[file_of.get(i, "?")][status.get(i, "Pending")] += 1

    print(f"log: {', '.join(paths)}\n")
    tables(per_file, ("timeout", "pending"))
    if "--list" in sys.argv:
        print()
        for i in sorted(mutants, key=lambda i: (file_of.get(i, "?"), i)):
            if status.get(i) in ("Survived", "NoCoverage", "Timeout"):
                mutator, text = created.get(i, ("?", "?"))
                print(f"- {file_of.get(i, '?')} #{i} {status[i]} {mutator}: {text}")


if __name__ == "__main__":
    main()
