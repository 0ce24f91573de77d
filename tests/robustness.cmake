# Robustness (issue 10): every file in tests/bad-input/ (and the large ones
# listed as `generated` in its expect.tsv) through `yusuan convert`, each
# under a time limit: documented exit code, clear one-line error, no crash,
# no partial or stray output. Run under ASan+UBSan by scripts/test.sh.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(bad_dir ${CMAKE_CURRENT_SOURCE_DIR}/bad-input)
file(GLOB bad_inputs CONFIGURE_DEPENDS RELATIVE ${bad_dir} ${bad_dir}/*)
list(REMOVE_ITEM bad_inputs expect.tsv README.md)
list(APPEND bad_inputs rows-100k.txt line-10mb.txt)
foreach(name ${bad_inputs})
  add_test(NAME bad-input.${name}
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/batch/bad_input_test.py $<TARGET_FILE:yusuan>
                   ${bad_dir} ${CMAKE_CURRENT_SOURCE_DIR}/reference/seeds ${name})
  # Generous for the sanitizer build; a hang is still caught.
  if(name MATCHES "^(rows-100k|line-10mb)")
    # Large generated inputs: a few seconds normally, ~10x under ASan on a
    # loaded 2-core machine.
    set_tests_properties(bad-input.${name} PROPERTIES TIMEOUT 600)
  else()
    set_tests_properties(bad-input.${name} PROPERTIES TIMEOUT 120)
  endif()
endforeach()
