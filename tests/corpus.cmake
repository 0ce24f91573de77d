# Real documents (pdftotext -layout, copied from ../shared/corpus/ into
# tests/fixtures/corpus/; no gold): the standard tables listed must be found.
# The lists are what the aligned reader reads today, and --max-errors the
# error findings it still gives (floors, not the goal: tests/README.md says
# which errors are the document's own and which are misreadings still open).
# Tables a document declares empty (故此表无数据) have no facts and are not listed.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(YUSUAN_CORPUS ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/corpus)
set(YUSUAN_CORPUS_CHECK ${CMAKE_CURRENT_SOURCE_DIR}/e2e/corpus_check.py)
add_test(NAME corpus.03_yantai COMMAND ${Python3_EXECUTABLE} ${YUSUAN_CORPUS_CHECK} $<TARGET_FILE:yusuan>
  ${YUSUAN_CORPUS}/03_yantai-shangwuju-2026-budget.txt --t01-totals --max-errors 0 t01 t02 t03 t04 t05 t09)
add_test(NAME corpus.01_chongqing COMMAND ${Python3_EXECUTABLE} ${YUSUAN_CORPUS_CHECK} $<TARGET_FILE:yusuan>
  ${YUSUAN_CORPUS}/01_chongqing-zhengfubangongting-2026-budget.txt --t01-totals --max-errors 0 t01 t02 t03 t04 t05 t06)
add_test(NAME corpus.08_suzhou COMMAND ${Python3_EXECUTABLE} ${YUSUAN_CORPUS_CHECK} $<TARGET_FILE:yusuan>
  ${YUSUAN_CORPUS}/08_suzhou-jiaotongyunshuju-2026-budget.txt --t01-totals --max-errors 2 t01 t03 t04 t05 t06)
