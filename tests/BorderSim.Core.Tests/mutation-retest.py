#!/usr/bin/env python3
"""Re-tests mutants of a Stryker.NET run by hand, without Stryker's instrumentation (docs/TESTING.md).

Stryker reports a mutant as a timeout when its test run outlasts the estimate times two plus the additional timeout.
On these machines that one status holds three different things: a mutant that makes the engine loop (detected), one
that a test kills only after the slow tests have run (detected), and one that survives every test but runs them
more slowly, mutated, than Stryker allowed (a survivor hidden from the score). This tells them apart, and checks a
survivor that a later test may kill. For each mutant id of the run it:

- takes the mutant's file, original text and replacement from the run's debug log (--log-to-file);
- replaces the text in a clean clone of the repository (the only copy it edits; the file is put back afterwards,
  even on an interrupt), builds the Core tests in Release and runs them with Stryker's filter;
- prints `killed` (with the first test that failed), `survived` or `hang` (a test made no progress for 12 s: the
  suite's longest test takes under a second unmutated).

Usage (one mutant takes about 20 s: an incremental build and the filtered suite):

    git clone -q <repository> /tmp/retest && cd /tmp/retest && dotnet build tests/BorderSim.Core.Tests -c Release
    tests/BorderSim.Core.Tests/mutation-retest.py /tmp/retest <stryker output folder> 1485 1494 1505

A mutant whose original text occurs more than once in its file, or spans several lines, is skipped (`skip`): the log
does not say where it is.
"""
import os
import re
import subprocess
import sys

FILTER = ("FullyQualifiedName!~TickInvarianceTests&FullyQualifiedName!~Sobol_indices_of_the_"
          "&FullyQualifiedName!~Recovers_known_parameters")


def mutants(log):
    """Mutant id -> (file under src/BorderSim.Core, original text, replacement), for one-line mutants."""
    found, current = {}, None
    for line in open(log, errors="replace"):
        if m := re.search(r'Mutating "([^"]+)"', line):
            current = m.group(1).split("/src/BorderSim.Core/")[-1]
        elif m := re.search(r'Mutant (\d+) created "(.*)" -> "(.*)" using "Stryker\.Core\.Mutators\.\w+"', line):
            found[int(m.group(1))] = (current, m.group(2).replace('\\"', '"'), m.group(3).replace('\\"', '"'))
    return found


def run(command, cwd):
    return subprocess.run(command, shell=True, cwd=cwd, capture_output=True, text=True).stdout


def verdict(clone):
    built = run("dotnet build tests/BorderSim.Core.Tests -c Release --no-restore -v q", clone)
    if not re.search(r"^\s*0 Error\(s\)", built, re.M):
        return "compile error"
    out = run(f'timeout 600 dotnet test tests/BorderSim.Core.Tests -c Release --no-build --blame-hang '
              f'--blame-hang-timeout 12s --filter "{FILTER}"', clone)
    failed = [line.strip()[len("Failed "):] for line in out.splitlines() if re.match(r"\s+Failed ", line)]
    if "inactivity time" in out or "Test Run Aborted" in out or "aborted" in out:
        return "hang"
    if failed:
        return f"killed ({len(failed)} tests fail; first: {failed[0]})"
    return "survived" if "Passed!" in out else "unknown: " + out[-300:].replace("\n", " ")


def main(clone, output, ids):
    logs = sorted(f for f in os.listdir(os.path.join(output, "logs")) if f.startswith("log-"))
    found = mutants(os.path.join(output, "logs", logs[-1]))
    for mutant in ids:
        if mutant not in found:
            print(f"#{mutant} skip: not a one-line mutant of this run", flush=True)
            continue
        file, original, replacement = found[mutant]
        path = os.path.join(clone, "src", "BorderSim.Core", file)
        text = open(path).read()
        if text.count(original) != 1:
            print(f"#{mutant} {file} skip: the text occurs {text.count(original)} times", flush=True)
            continue
        try:
            open(path, "w").write(text.replace(original, replacement))
            result = verdict(clone)
        finally:
            open(path, "w").write(text)
        print(f"#{mutant} {file} {result} | {original[:70]} -> {replacement[:70]}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], [int(x) for x in sys.argv[3:]])
