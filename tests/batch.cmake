# Bulk conversion (issue 9): many inputs, workers, summary, exit codes, and
# that nothing is ever written outside OUTDIR. Drivers in tests/batch/.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
foreach(case corrupt_among_good escape_outdir exit_codes parallel_same_as_serial glob_quiet_and_logs csv_injection
                interrupted)
  add_test(NAME batch.${case}
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/batch/batch_test.py $<TARGET_FILE:yusuan>
                   ${CMAKE_CURRENT_SOURCE_DIR}/reference/seeds ${case})
  set_tests_properties(batch.${case} PROPERTIES TIMEOUT 120)
endforeach()
