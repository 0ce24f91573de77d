# Layout fixtures (tests/fixtures/layouts/, made by scripts/make-layout-fixtures.sh
# from the three clean 2026 reference documents): each layout and encoding of
# a document must read to facts F1 >= 0.995 against the document's gold, and
# never worse than the tab-separated seed itself.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(YUSUAN_SCORE_FILE ${CMAKE_CURRENT_SOURCE_DIR}/e2e/score_file.py)
set(YUSUAN_LAYOUT_FIXTURES ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/layouts)
set(YUSUAN_LAYOUT_KINDS md html mixed.txt gb18030-crlf.txt utf16.txt)
foreach(doc 2026-changji-yingshang 2026-changji-yuanjiang 2026-changjishi-zhengfuban)
  foreach(kind ${YUSUAN_LAYOUT_KINDS})
    add_test(NAME layout.${doc}.${kind}
      COMMAND ${Python3_EXECUTABLE} ${YUSUAN_SCORE_FILE} $<TARGET_FILE:yusuan>
        ${YUSUAN_LAYOUT_FIXTURES}/${doc}.${kind}
        ${CMAKE_CURRENT_SOURCE_DIR}/reference/gold/${doc}.facts.tsv 0.995
        --seed ${CMAKE_CURRENT_SOURCE_DIR}/reference/seeds/${doc}.txt)
  endforeach()
endforeach()

# pdftotext -layout of a PDF rendered from each document: not yet at 0.995
# (the performance forms, whose long cells wrap over many lines, are not
# read in this layout; some tables' headers are misplaced). These floors are
# just under the measured F1 (yingshang 0.834, yuanjiang 0.878, zhengfuban
# 0.682) so a regression fails; raising them to 0.995 is the open part of
# issue 5. (yingshang fell to 0.805 when the column-totals repair judged
# space-aligned rows by a total row that had drifted with them.)
foreach(pair "2026-changji-yingshang:0.83" "2026-changji-yuanjiang:0.87" "2026-changjishi-zhengfuban:0.68")
  string(REPLACE ":" ";" pair_list ${pair})
  list(GET pair_list 0 doc)
  list(GET pair_list 1 floor)
  add_test(NAME layout.${doc}.layout.txt
    COMMAND ${Python3_EXECUTABLE} ${YUSUAN_SCORE_FILE} $<TARGET_FILE:yusuan>
      ${YUSUAN_LAYOUT_FIXTURES}/${doc}.layout.txt
      ${CMAKE_CURRENT_SOURCE_DIR}/reference/gold/${doc}.facts.tsv ${floor})
endforeach()
