#!/usr/bin/env python3
"""Re-tests mutants of a Stryker.NET run by hand, without Stryker's instrumentation (docs/TESTING.md).

Stryker reports a mutant as a timeout when its test run outlasts the estimate times two plus the additional timeout.
On these machines that one status holds three different things: a mutant that makes the engine loop (detected), one
that a test kills only after the slow tests have run (detected), and one that survives every test but runs them
more slowly, mutated, than Stryker allowed (a survivor hidden from the score). This tells them apart, and checks a
survivor that a later test may kill. For each mutant id of the run it:

- takes the mutant's file, place and replacement from the run's JSON report once the run has finished, or else from
  its debug log (--log-to-file) while it runs;
- replaces the text in a clean clone of the repository (the only copy it edits; the file is put back afterwards,
  even on an interrupt), builds the Core tests in Release and runs them with Stryker's filter;
- prints `killed` (with the first test that failed), `survived` or `hang` (a test made no progress for 12 s: the
  suite's longest test takes under a second unmutated).

Usage (one mutant takes half a minute to a minute: an incremental build and the filtered suite):

    git clone -q <repository> /tmp/retest && cd /tmp/retest && dotnet build tests/BorderSim.Core.Tests -c Release
    tests/BorderSim.Core.Tests/mutation-retest.py /tmp/retest <stryker output folder> 1485 1494 1505

The report gives each mutant's place in the file, so every mutant of a finished run can be re-tested, provided the
clone's file is still the one the run mutated (else `skip`). From the log alone, a mutant whose original text occurs
more than once in its file is skipped: the log does not say where it is. So is one that spans several lines of the
log or is longer than the 160 characters mutation-log-scores.py keeps.

Interrupted during a build, it still puts the file back, but the build it stopped may leave a mutated assembly that
the next incremental build keeps: build the clone again (`dotnet build tests/BorderSim.Core.Tests -c Release
--no-incremental`) before re-testing.
"""
import importlib.util
import json
import os
import re
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("scores", os.path.join(here, "mutation-log-scores.py"))
scores = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scores)


def mutants(paths):
    """Mutant id -> (file under src/BorderSim.Core, original text, replacement), for the mutants whose whole text is on
    one line of the log (mutation-log-scores.py keeps the first 160 characters: longer ones are left out)."""
    file_of, created, _, _ = scores.read(paths)
    found = {}
    for mutant, (_, text) in created.items():
        if len(text) < 160 and (m := re.fullmatch(r'"(.*)" -> "(.*)"', text)):
            found[mutant] = (file_of[mutant], m.group(1).replace('\\"', '"'), m.group(2).replace('\\"', '"'))
    return found


def located(output):
    """Mutant id -> (file under src/BorderSim.Core, the source the run mutated, start, end, replacement), from the run's
    JSON report (locations: 1-based lines and columns, the end column exclusive); empty while the run has none."""
    path = os.path.join(output, "reports", "mutation-report.json")
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    found = {}
    for name, entry in report["files"].items():
        file, source = re.sub(r".*/src/BorderSim\.Core/", "", name), entry["source"]
        line_starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
        for m in entry["mutants"]:
            start, end = m["location"]["start"], m["location"]["end"]
            found[int(m["id"])] = (file, source,
                                   line_starts[start["line"] - 1] + start["column"] - 1,
                                   line_starts[end["line"] - 1] + end["column"] - 1,
                                   m["replacement"])
    return found


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def test_filter(clone):
    """The test filter Stryker uses, from the clone's own stryker-config.json."""
    with open(os.path.join(clone, "tests", "BorderSim.Core.Tests", "stryker-config.json")) as f:
        return json.load(f)["stryker-config"]["test-case-filter"]


def run(command, cwd):
    return subprocess.run(command, shell=True, cwd=cwd, capture_output=True, text=True).stdout


def verdict(clone, test_filter):
    built = run("dotnet build tests/BorderSim.Core.Tests -c Release --no-restore -v q", clone)
    if not re.search(r"^\s*0 Error\(s\)", built, re.M):
        return "compile error"
    out = run(f'timeout 600 dotnet test tests/BorderSim.Core.Tests -c Release --no-build --blame-hang '
              f'--blame-hang-timeout 12s --filter "{test_filter}"', clone)
    failed = [line.strip()[len("Failed "):] for line in out.splitlines() if re.match(r"\s+Failed ", line)]
    if "inactivity time" in out or "Test Run Aborted" in out or "aborted" in out:
        return "hang"
    if failed:
        return f"killed ({len(failed)} tests fail; first: {failed[0]})"
    return "survived" if "Passed!" in out else "unknown: " + out[-300:].replace("\n", " ")


class Skip(Exception):
    """A mutant that cannot be applied to the clone, and why."""


def mutated(clone, mutant, by_place, by_text):
    """(file, its text, the text with the mutant applied, original, replacement); raises Skip."""
    if mutant in by_place:
        file, source, start, end, replacement = by_place[mutant]
        text = read(os.path.join(clone, "src", "BorderSim.Core", file))
        if text != source:
            raise Skip(f"{file} skip: the file is no longer the one the run mutated")
        return file, text, text[:start] + replacement + text[end:], text[start:end], replacement
    if by_place:
        raise Skip("skip: not a mutant of this run's report")
    if mutant not in by_text:
        raise Skip("skip: not a one-line mutant of this run, or longer than 160 characters")
    file, original, replacement = by_text[mutant]
    text = read(os.path.join(clone, "src", "BorderSim.Core", file))
    if text.count(original) != 1:
        raise Skip(f"{file} skip: the text occurs {text.count(original)} times")
    return file, text, text.replace(original, replacement), original, replacement


def main(clone, output, ids):
    by_place = located(output)
    by_text = {} if by_place else mutants(scores.logs(output))
    tests = test_filter(clone)
    for mutant in ids:
        try:
            file, text, changed, original, replacement = mutated(clone, mutant, by_place, by_text)
        except Skip as skip:
            print(f"#{mutant} {skip}", flush=True)
            continue
        path = os.path.join(clone, "src", "BorderSim.Core", file)
        try:
            write(path, changed)
            result = verdict(clone, tests)
        finally:
            write(path, text)
        one_line = lambda t: " ".join(t.split())[:70]
        print(f"#{mutant} {file} {result} | {one_line(original)} -> {one_line(replacement)}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], [int(x) for x in sys.argv[3:]])
