#!/bin/bash
cd "$(dirname "$0")"
for u in "$@"; do p=$(echo "$u" | sed 's#https\?://##' | cut -c1-90); if grep -qF -- "$p" excl.txt; then echo "TAKEN $u"; else echo "NEW   $u"; fi; done
