# The other layouts beyond the clean 2026 documents (made by
# scripts/make-layout-fixtures.sh): the damaged document as HTML, and the
# 2021 document (nine-table template, Word's one cell per line) rewritten as
# tab-separated rows (indentation lost: the template's income_children nest
# the income items), markdown and HTML. Layout, template and damage must not
# depend on each other.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(YUSUAN_SCORE_FILE ${CMAKE_CURRENT_SOURCE_DIR}/e2e/score_file.py)
set(YUSUAN_LAYOUT_FIXTURES ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/layouts)
foreach(fixture 2026-changji-gaoxinqu.html 2021-changji-yingshang.tsv.txt 2021-changji-yingshang.md
                2021-changji-yingshang.html)
  string(REGEX MATCH "^[0-9]+-[a-z-]+" doc ${fixture})
  add_test(NAME layout.${fixture}
    COMMAND ${Python3_EXECUTABLE} ${YUSUAN_SCORE_FILE} $<TARGET_FILE:yusuan>
      ${YUSUAN_LAYOUT_FIXTURES}/${fixture}
      ${CMAKE_CURRENT_SOURCE_DIR}/reference/gold/${doc}.facts.tsv 0.995)
endforeach()
