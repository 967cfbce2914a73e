#!/usr/bin/env bash
# Per-file and per-folder mutation scores from a Stryker JSON report (docs/TESTING.md):
#   score = killed / (killed + survived + no coverage); timeouts are listed apart and left out of the score.
# Usage: tests/BorderSim.Core.Tests/mutation-scores.sh [StrykerOutput/<run>/reports/mutation-report.json]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
report="${1:-$(ls -t "$here"/StrykerOutput/*/reports/mutation-report.json | head -n 1)}"
echo "report: $report"
jq -r '
  def tally: reduce .[] as $m ({k:0,s:0,n:0,t:0};
      if $m.status == "Killed" then .k += 1
      elif $m.status == "Survived" then .s += 1
      elif $m.status == "NoCoverage" then .n += 1
      elif $m.status == "Timeout" then .t += 1
      else . end);
  def score: if (.k + .s + .n) == 0 then "–" else "\((1000 * .k / (.k + .s + .n)) | round / 10)%" end;
  [.files | to_entries[]
   | {file: (.key | sub(".*/src/BorderSim.Core/"; "")),
      mutants: [.value.mutants[] | select(.status != "Ignored" and .status != "CompileError")]}
   | select(.mutants | length > 0)
   | . + {folder: (.file | split("/")[0])}] as $files
  | "| file | killed | survived | no coverage | timeout | score |",
    "|---|---:|---:|---:|---:|---:|",
    ($files | sort_by(.file)[] | (.mutants | tally) as $t
      | "| \(.file) | \($t.k) | \($t.s) | \($t.n) | \($t.t) | \($t | score) |"),
    "",
    "| folder | killed | survived | no coverage | timeout | score |",
    "|---|---:|---:|---:|---:|---:|",
    ($files | group_by(.folder)[] | ([.[].mutants[]] | tally) as $t
      | "| \(.[0].folder) | \($t.k) | \($t.s) | \($t.n) | \($t.t) | \($t | score) |"),
    "",
    "survivors:",
    ($files | sort_by(.file)[] | .file as $f | .mutants[] | select(.status == "Survived" or .status == "NoCoverage")
      | "- \($f):\(.location.start.line) \(.mutatorName) (\(.status)): `\(.replacement // "")`")
' "$report"
