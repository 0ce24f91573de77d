#!/bin/sh
# The whole test suite, as CI runs it: installs the Debian packages, then
#  1. builds (RelWithDebInfo) in build/ and runs every test;
#  2. builds again with AddressSanitizer + UndefinedBehaviorSanitizer
#     (-DYUSUAN_SANITIZE=ON) in build-asan/ and runs every test there too,
#     so the bad-input set and the batch tests run under the sanitizers.
# Both suites always run; the script fails if either does. About 10 minutes
# on 2 cores from scratch (see README § Performance for measured times).
set -eu
cd "$(dirname "$0")/.."
./scripts/setup.sh
jobs=$(nproc 2>/dev/null || echo 2)
status=0

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
ctest --test-dir build --output-on-failure -j"$jobs" || status=1

# A sanitizer report must never pass as an ordinary exit code (1 means
# "error findings" to yusuan): make every report abort the process.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="abort_on_error=1:print_stacktrace=1:halt_on_error=1"
# -O1 -g1 keeps the sanitizer build quick to compile and its reports readable.
# The LibreOffice recalculation tests exercise LibreOffice more than yusuan
# and take minutes; they run in the first pass only.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DYUSUAN_SANITIZE=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1" >/dev/null
cmake --build build-asan
ctest --test-dir build-asan --output-on-failure -j"$jobs" -E '^xlsx\.(recalc|edit)$' || status=1

exit $status
