#!/usr/bin/env bash
# Builds this example, a package that depends on DocGraph alone, runs it and compares what it
# prints with expected-output.txt. Part of README's test command.
set -euo pipefail
cd "$(dirname "$0")"
swift build --quiet --product CitationCheck
# DocGraph alone: neither the diagrams' target nor Graphviz is compiled for it.
if compgen -G ".build/debug/DocGraphRendering.build/*.o" >/dev/null; then
    echo "Examples/CitationCheck: DocGraphRendering was compiled; the example must need DocGraph alone" >&2
    exit 1
fi
# Nor the input formats' target, with ZIPFoundation and poppler.
if compgen -G ".build/debug/DocGraphFormats.build/*.o" >/dev/null; then
    echo "Examples/CitationCheck: DocGraphFormats was compiled; the example must need DocGraph alone" >&2
    exit 1
fi
diff -u expected-output.txt <(swift run --skip-build CitationCheck) && echo "Examples/CitationCheck: built against DocGraph alone; output as expected"
