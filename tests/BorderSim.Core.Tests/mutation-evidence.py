#!/usr/bin/env python3
"""Per-file mutation scores from several Stryker.NET runs, none of them complete (docs/TESTING.md).

    tests/BorderSim.Core.Tests/mutation-evidence.py Engine,Policies <newest run> <older run> ... [--csv FILE]

Each run folder is one started with --log-to-file (see mutation-log-scores.py, which reads one run's log). A mutant
is matched across runs by its file, mutator and text, and by how many identical ones come before it in the file,
since Stryker numbers mutants afresh whenever a file earlier in the project changes. Each mutant gets the status of
the newest run that settled it (killed, survived, no coverage), or its newest timeout if no run settled it. This is
sound as long as the tests only grew between the runs and the mutated line did not change (a mutant of a changed line
no longer matches, and counts only in the runs that have it). --csv writes every mutant with its status in each run.
"""
import collections
import csv
import importlib.util
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("scores", os.path.join(here, "mutation-log-scores.py"))
scores = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scores)

SETTLED = ("Killed", "KilledInGroup", "Survived", "NoCoverage")


def mutants_of(run_dir, folders):
    """Each mutant's status in one run, by its key (file, mutator, text, occurrence)."""
    file_of, created, status, covered = scores.read(scores.logs(run_dir))
    seen, result = collections.Counter(), {}
    for i in sorted(file_of):
        f = file_of[i] or "?"
        if status.get(i) == "CompileError" or not f.startswith(folders):
            continue
        mutator, text = created.get(i, ("?", "?"))
        key = (f, mutator, text)
        seen[key] += 1
        result[key + (seen[key],)] = status.get(i, "Pending")
    return result


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    csv_path = sys.argv[sys.argv.index("--csv") + 1] if "--csv" in sys.argv else None
    if csv_path in args:
        args.remove(csv_path)
    folders, runs = tuple(args[0].split(",")), args[1:]
    per_run = [mutants_of(r, folders) for r in runs]
    keys = sorted(set().union(*per_run))
    best = {}
    for key in keys:
        statuses = [run.get(key, "-") for run in per_run]
        best[key] = next((s for s in statuses if s in SETTLED), next((s for s in statuses if s == "Timeout"), "Pending"))
    per_file = collections.defaultdict(collections.Counter)
    for key, s in best.items():
        per_file[key[0]][s] += 1

    print("runs, newest first: " + ", ".join(runs) + "\n")
    scores.tables(per_file, ("timeout only", "not tested"))
    if csv_path:
        with open(csv_path, "w", newline="") as out:
            w = csv.writer(out)
            w.writerow(["file", "mutator", "text", "occurrence", "status"] + [os.path.basename(r.rstrip("/")) for r in runs])
            for key in keys:
                w.writerow(list(key) + [best[key]] + [run.get(key, "-") for run in per_run])


if __name__ == "__main__":
    main()
