#!/bin/sh
# Regenerates the generated sections of docs/CALIBRATION.md: run it from the repository's root.
#   sh docs/calibrate.sh                      # with the installed bordersim
#   BORDERSIM="dotnet src/BorderSim.Cli/bin/Release/net10.0/bordersim.dll" sh docs/calibrate.sh
# Two calibrations of scenarios/baseline.yaml (6–7 minutes each on two busy cores), then each one's calibration.md
# replaces the text between its markers in docs/CALIBRATION.md (headings one level down).
set -eu
B=${BORDERSIM:-bordersim}
$B calibrate scenarios/baseline.yaml --hold-out 2025-12-01T17:00 --budget 10000 --out results/calibration --force
$B calibrate scenarios/baseline.yaml --hold-out 2025-12-01 --budget 10000 --out results/calibration-holdout --force

splice() { # splice MARKER FILE: the lines between <!-- begin MARKER --> and <!-- end MARKER --> become FILE's
    awk -v marker="$1" -v file="$2" '
        $0 == "<!-- begin " marker " -->" { print; while ((getline line < file) > 0) { if (line ~ /^#/) line = "#" line; print line }; skip = 1; next }
        $0 == "<!-- end " marker " -->" { skip = 0 }
        !skip { print }
    ' docs/CALIBRATION.md > docs/CALIBRATION.md.tmp
    mv docs/CALIBRATION.md.tmp docs/CALIBRATION.md
}
splice results/calibration results/calibration/calibration.md
splice results/calibration-holdout results/calibration-holdout/calibration.md
echo "docs/CALIBRATION.md updated from results/calibration and results/calibration-holdout"
