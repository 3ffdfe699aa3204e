#!/usr/bin/env bash
# Firewall Builder's fwb_ipt and Portolan side by side on the same generated
# topology (docs/performance.md, "Firewall policy").
#
# For each scale portolan-bench writes the topology twice: as a Portolan
# project, and as a Firewall Builder object file with the catalog's flows as
# group-to-group rules (13 for the seed) on one firewall. Then, each under
# /usr/bin/time:
#   - fwb_ipt compiles that firewall to an iptables script, its shadowing
#     check off (and on, for the scales given with --shadowing);
#   - portolan-bench --policy-once loads the project, derives the rules, places
#     them on the stand-in firewall, compiles, runs the exactness check
#     (verifyPolicy) and writes nftables and iptables files.
# Both are whole processes, reading their input file and writing their output.
#
# Usage: bench/fwbuilder-compare.sh [--bench PATH/TO/portolan-bench]
#                                   [--sites "10 40 100"] [--shadowing "5 10"]
# Needs the Debian packages fwbuilder (fwb_ipt) and time (/usr/bin/time).
# fwb_ipt with the shadowing check takes minutes at 10 sites.
set -euo pipefail
cd "$(dirname "$0")/.."

bench=build/bench/portolan-bench
sites="10 40 100"
shadowing="5 10"
while [ $# -gt 0 ]; do
    case "$1" in
        --bench) bench=$2; shift 2 ;;
        --sites) sites=$2; shift 2 ;;
        --shadowing) shadowing=$2; shift 2 ;;
        *) echo "usage: $0 [--bench PATH] [--sites \"N...\"] [--shadowing \"N...\"]" >&2; exit 2 ;;
    esac
done
for tool in fwb_ipt /usr/bin/time "$bench"; do
    if ! command -v "$tool" > /dev/null; then
        echo "$0: $tool not found (fwb_ipt: Debian package fwbuilder; /usr/bin/time: time;" \
             "portolan-bench: build the project)" >&2
        exit 2
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# run NAME COMMAND...: runs it under /usr/bin/time; sets cpu (user + system
# seconds) and mib (peak resident MiB). Fails loudly if the command does.
run() {
    local name=$1
    shift
    if ! /usr/bin/time -f "%U %S %M" -o "$work/$name.time" "$@" > "$work/$name.log" 2>&1; then
        echo "$0: $name failed:" >&2
        cat "$work/$name.log" >&2
        exit 1
    fi
    read -r user system kib < "$work/$name.time"
    cpu=$(printf "%.2f" "$(echo "$user + $system" | bc -l)")
    mib=$(printf "%.1f" "$(echo "$kib / 1024" | bc -l)")
}

echo "| sites | derived rules | fwb_ipt, shadowing check off: CPU s / peak MiB | Portolan: CPU s / peak MiB | fwb_ipt CPU / Portolan CPU | Portolan compile + verify CPU (ms) |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
for n in $sites; do
    "$bench" --sites "$n" --write "$work/p$n.json" 2> /dev/null
    "$bench" --sites "$n" --write-fwb "$work/f$n.fwb" 2> /dev/null
    run "fwb$n" fwb_ipt -q -f "$work/f$n.fwb" -d "$work" -o "fwb$n.fw" fw
    fwb_cpu=$cpu
    fwb_mib=$mib
    mkdir -p "$work/out$n"
    run "portolan$n" "$bench" --policy-once "$work/p$n.json" --output "$work/out$n"
    # /usr/bin/time counts hundredths of a second; the process's own count is finer.
    cpu=$(awk '/^process:/ { printf "%.3f", $2 / 1000 }' "$work/portolan$n.log")
    rules=$(sed -n 's/^\([0-9]*\) derived rules.*/\1/p' "$work/portolan$n.log")
    inner=$(awk '/^(compile|verify):/ { s += $2 } END { printf "%.0f", s }' "$work/portolan$n.log")
    ratio=$(printf "%.1f" "$(echo "$fwb_cpu / $cpu" | bc -l)")
    echo "| $n | $rules | $fwb_cpu / $fwb_mib | $cpu / $mib | $ratio | $inner |"
done

if [ -n "$shadowing" ]; then
    echo
    echo "| sites | fwb_ipt, shadowing check on: CPU s / peak MiB | Portolan (exactness and redundancy always on): CPU s |"
    echo "| ---: | ---: | ---: |"
    for n in $shadowing; do
        "$bench" --sites "$n" --write "$work/p$n.json" 2> /dev/null
        "$bench" --sites "$n" --write-fwb "$work/s$n.fwb" --shadowing 2> /dev/null
        run "shadow$n" fwb_ipt -q -f "$work/s$n.fwb" -d "$work" -o "shadow$n.fw" fw
        shadow_cpu=$cpu
        shadow_mib=$mib
        mkdir -p "$work/out$n"
        run "portolan-s$n" "$bench" --policy-once "$work/p$n.json" --output "$work/out$n"
        cpu=$(awk '/^process:/ { printf "%.3f", $2 / 1000 }' "$work/portolan-s$n.log")
        echo "| $n | $shadow_cpu / $shadow_mib | $cpu |"
    done
fi
