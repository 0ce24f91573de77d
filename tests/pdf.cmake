# PDF summary (issue 8): for each reference document, once through the CLI
# (real findings; exit code 1 just says the document has errors) and once through tests/pdf/pdf_sample (plus synthetic
# findings on real cells), checked with poppler by tests/pdf/check_pdf.py.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
find_program(PDFTOTEXT pdftotext REQUIRED)

add_executable(pdf_sample ${CMAKE_CURRENT_SOURCE_DIR}/pdf/pdf_sample.cpp)
target_link_libraries(pdf_sample PRIVATE yusuan_batch)
target_compile_options(pdf_sample PRIVATE ${YUSUAN_WARNINGS})

set(YUSUAN_PDF_CHECK ${CMAKE_CURRENT_SOURCE_DIR}/pdf/check_pdf.py)
set(YUSUAN_PDF_OUT ${CMAKE_CURRENT_BINARY_DIR}/pdf-out)
foreach(doc 2026-changji-yingshang 2026-changji-yuanjiang 2026-changjishi-zhengfuban 2026-changji-gaoxinqu
            2021-changji-yingshang)
  set(seed ${CMAKE_CURRENT_SOURCE_DIR}/reference/seeds/${doc}.txt)
  set(max_kb 0)
  if(doc STREQUAL "2026-changji-yingshang")
    set(max_kb 300)
  endif()
  add_test(NAME pdf.cli.${doc}
    COMMAND sh -c "rm -rf '${YUSUAN_PDF_OUT}/cli-${doc}' && \
'$<TARGET_FILE:yusuan>' convert '${seed}' -o '${YUSUAN_PDF_OUT}/cli-${doc}' --to pdf,json,findings; \
test $? -le 1 && '${Python3_EXECUTABLE}' '${YUSUAN_PDF_CHECK}' '${YUSUAN_PDF_OUT}/cli-${doc}/${doc}.pdf' \
'${YUSUAN_PDF_OUT}/cli-${doc}/${doc}.json' '${YUSUAN_PDF_OUT}/cli-${doc}/${doc}.findings.tsv' --max-kb ${max_kb}")
  add_test(NAME pdf.findings.${doc}
    COMMAND sh -c "mkdir -p '${YUSUAN_PDF_OUT}' && \
'$<TARGET_FILE:pdf_sample>' '${seed}' '${YUSUAN_PDF_OUT}/sample-${doc}' && \
'${Python3_EXECUTABLE}' '${YUSUAN_PDF_CHECK}' '${YUSUAN_PDF_OUT}/sample-${doc}.pdf' \
'${YUSUAN_PDF_OUT}/sample-${doc}.json' '${YUSUAN_PDF_OUT}/sample-${doc}.findings.tsv'")
endforeach()

# --font: a given TrueType CJK font is used; a missing file or a font without
# Chinese glyphs is a clear error, not a broken PDF.
set(yingshang_seed ${CMAKE_CURRENT_SOURCE_DIR}/reference/seeds/2026-changji-yingshang.txt)
add_test(NAME pdf.font.override
  COMMAND sh -c "f=$(fc-list ':lang=zh:fontformat=TrueType' file | head -n 1 | cut -d: -f1) && rm -rf '${YUSUAN_PDF_OUT}/font' && \
'$<TARGET_FILE:yusuan>' convert '${yingshang_seed}' -o '${YUSUAN_PDF_OUT}/font' --to pdf --font \"$f\" && \
pdffonts '${YUSUAN_PDF_OUT}/font/2026-changji-yingshang.pdf' | grep -q 'yes yes yes'")
add_test(NAME pdf.font.missing
  COMMAND sh -c "'$<TARGET_FILE:yusuan>' convert '${yingshang_seed}' -o '${YUSUAN_PDF_OUT}/nofont' --to pdf --font /nonexistent/font.ttf; echo rc=$?")
set_tests_properties(pdf.font.missing PROPERTIES PASS_REGULAR_EXPRESSION "font file not found: /nonexistent/font.ttf.*rc=3")
add_test(NAME pdf.font.not-cjk
  COMMAND sh -c "f=$(fc-match -f '%{file}' 'DejaVu Sans') && '$<TARGET_FILE:yusuan>' convert '${yingshang_seed}' -o '${YUSUAN_PDF_OUT}/nocjk' --to pdf --font \"$f\"; echo rc=$?")
set_tests_properties(pdf.font.not-cjk PROPERTIES PASS_REGULAR_EXPRESSION "has no Chinese glyphs.*rc=3")
