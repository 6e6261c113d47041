#!/bin/bash
# usage: chkid.sh "2584/QĐ-UBND" ... : grep numbers in earlier sets' texts
for n in "$@"; do
  c=$(grep -l -- "$n" /work/main/Tests/Evaluation/Real/*.txt /work/main/Tests/Evaluation/HeaderCensus*/*.txt 2>/dev/null | head -3 | xargs -n1 basename 2>/dev/null | tr '\n' ' ')
  echo "$n: $c"
done
