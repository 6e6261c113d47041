#!/usr/bin/env bash
# Installs what docgraph needs to build: Graphviz's C libraries (libgvc, libcgraph) with their
# pkg-config files. Does nothing when they are already there.
set -euo pipefail

if pkg-config --exists libgvc 2>/dev/null; then
    exit 0
fi
echo "docgraph: libgraphviz-dev is missing; installing it with apt-get" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if ! command -v apt-get >/dev/null; then
    echo "docgraph: apt-get not found; install Graphviz's development files (libgvc, pkg-config) by hand" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq libgraphviz-dev pkg-config >/dev/null
pkg-config --exists libgvc
