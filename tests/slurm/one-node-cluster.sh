#!/usr/bin/env bash
# Opt-in test on a real Slurm: starts a one-node cluster (Debian's slurm-wlm and munge, as root) in a temporary
# folder, submits an ensemble with the script 'bordersim run --replicates N --emit-slurm' writes, from another folder,
# and checks that the merged result is byte for byte the same ensemble run on one machine. Then it makes one array
# task fail: the merge job must be cancelled (--kill-on-invalid-dep=yes), and 'bash SCRIPT 2' must finish the job.
#
#   apt-get install slurm-wlm munge                       # once
#   bash tests/slurm/one-node-cluster.sh [BORDERSIM]      # default: publishes one with Native AOT
#
# It stops the daemons it started and removes its folder when it ends.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work=$(mktemp -d /tmp/bordersim-slurm.XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
for cmd in slurmctld slurmd munged sbatch; do
  command -v "$cmd" >/dev/null || { echo "needs $cmd: apt-get install slurm-wlm munge" >&2; exit 2; }
done

bordersim="${1:-}"
if [ -z "$bordersim" ]; then
  dotnet publish "$repo/src/BorderSim.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/bin" --disable-build-servers -v:q
  bordersim="$work/bin/bordersim"
fi
bordersim="$(cd "$(dirname "$bordersim")" && pwd)/$(basename "$bordersim")"

# The cluster: munge for authentication, one controller and one node (this machine, its CPUs), ports of its own.
if ! munge -n >/dev/null 2>&1; then
  [ -f /etc/munge/munge.key ] || mungekey --create
  /usr/sbin/munged --force --pid-file "$work/munged.pid"
  pids+=("$(cat "$work/munged.pid")")
fi
host=$(hostname)
mkdir -p "$work/state" "$work/spool"
export SLURM_CONF="$work/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=bordersim
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
SlurmctldPort=16817
SlurmdPort=16818
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
ReturnToService=2
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
NodeName=$host CPUs=$(nproc) RealMemory=4000 State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
/usr/sbin/slurmctld -D -f "$SLURM_CONF" 2>/dev/null & pids+=($!)
/usr/sbin/slurmd -D -f "$SLURM_CONF" 2>/dev/null & pids+=($!)
for _ in $(seq 60); do sinfo -h -o %T 2>/dev/null | grep -q idle && break; sleep 1; done
sinfo -h -o %T | grep -q idle || { echo "the node did not come up:"; tail "$work"/*.log; exit 1; }

wait_for() { # wait_for FILE: until it exists, or fail
  for _ in $(seq 300); do [ -e "$1" ] && return 0; sleep 1; done
  echo "timed out waiting for $1"; squeue; tail "$work"/*.log; return 1
}
scenario="$repo/scenarios/baseline.yaml"
mkdir -p "$work/made" "$work/elsewhere"

# 1. As generated, submitted from another folder: the merge equals the one-machine ensemble.
(cd "$work/made" && "$bordersim" run "$scenario" --replicates 12 --tick 24h --out results/e12 --emit-slurm e12.sh --slices 4 --mem 500M --time 10)
(cd "$work/elsewhere" && bash "$work/made/e12.sh")
wait_for "$work/made/results/e12/summary.json"
"$bordersim" run "$scenario" --replicates 12 --tick 24h --out "$work/whole" >/dev/null 2>&1
for f in daily.csv replicates.csv key_figures.csv summary.json stranded.svg; do cmp "$work/whole/$f" "$work/made/results/e12/$f"; done
echo "one-node-cluster: the merged ensemble is byte for byte the one-machine ensemble"

# 2. Task 2 fails once: the merge is cancelled, not left pending; resubmitting task 2 finishes the job.
cat > "$work/flaky" <<FLAKY
#!/usr/bin/env bash
if [ "\${SLURM_ARRAY_TASK_ID:-}" = 2 ] && [ ! -e "$work/failed-once" ]; then touch "$work/failed-once"; exit 1; fi
exec "$bordersim" "\$@"
FLAKY
chmod +x "$work/flaky"
(cd "$work/made" && "$bordersim" run "$scenario" --replicates 12 --tick 24h --out results/f12 --emit-slurm f12.sh --slices 4 --mem 500M --time 10 --bordersim "$work/flaky")
submitted=$(cd "$work/elsewhere" && bash "$work/made/f12.sh")
merge=$(echo "$submitted" | sed -n 's/.*merge job \([0-9]*\).*/\1/p')
for _ in $(seq 120); do
  state=$(scontrol show job "$merge" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p')
  [ "$state" = CANCELLED ] && break
  sleep 1
done
[ "$state" = CANCELLED ] || { echo "the merge job is $state, not cancelled, after a failed task"; exit 1; }
[ ! -e "$work/made/results/f12" ]
(cd "$work/elsewhere" && bash "$work/made/f12.sh" 2)
wait_for "$work/made/results/f12/summary.json"
for f in daily.csv replicates.csv key_figures.csv summary.json; do cmp "$work/whole/$f" "$work/made/results/f12/$f"; done
echo "one-node-cluster: a failed task cancels the merge; resubmitting it finishes the same ensemble"
