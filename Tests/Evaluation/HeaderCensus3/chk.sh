#!/bin/bash
# usage: chk.sh URL... ; prints NEW or TAKEN by comparing first 90 chars and the slug
for u in "$@"; do p=$(echo "$u" | sed 's#https\?://##' | cut -c1-90); if grep -qF -- "$p" excl.txt; then echo "TAKEN $u"; else echo "NEW   $u"; fi; done
