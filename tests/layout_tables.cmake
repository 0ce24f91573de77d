# The standard tables (t01-t12) of the pdftotext -layout fixtures, scored
# alone: every one must read exactly (F1 1.0). layouts.cmake's whole-file
# floors include the performance forms, which are read elsewhere.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
foreach(doc 2026-changji-yingshang 2026-changji-yuanjiang 2026-changjishi-zhengfuban)
  add_test(NAME layout-tables.${doc}
    COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/score_tables.py $<TARGET_FILE:yusuan>
      ${CMAKE_CURRENT_SOURCE_DIR}/reference/tools/score.py
      ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/layouts/${doc}.layout.txt
      ${CMAKE_CURRENT_SOURCE_DIR}/reference/gold/${doc}.facts.tsv)
endforeach()
