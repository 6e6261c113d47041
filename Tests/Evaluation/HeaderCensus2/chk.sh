#!/bin/bash
# usage: chk.sh pattern...  -> count in Real/SOURCES.md and first census gold
for p in "$@"; do echo "$p: real=$(grep -ci -- "$p" /work/main/Tests/Evaluation/Real/SOURCES.md) census1=$(cat /work/main/Tests/Evaluation/HeaderCensus/*.gold.json | grep -ci -- "$p")"; done
