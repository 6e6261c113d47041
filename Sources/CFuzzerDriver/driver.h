// libFuzzer's driver, called from Swift's own `main` because SwiftPM renames an executable's entry
// point (`--defsym main=<module>_main`), so libFuzzer's `main` cannot be the one that runs.
// Linked by `-sanitize=fuzzer`; nothing here is used by a normal build.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
