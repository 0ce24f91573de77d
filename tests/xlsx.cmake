# Workbook tests (issue 7): the reference documents converted to xlsx and
# recalculated in LibreOffice (headless, recalculation forced), plus the edit
# test. openpyxl is the Debian package, so run the system Python it belongs to.
find_program(YUSUAN_SOFFICE soffice)
find_program(YUSUAN_SYSTEM_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(YUSUAN_SOFFICE AND YUSUAN_SYSTEM_PYTHON)
  set(xlsx_dir ${CMAKE_CURRENT_SOURCE_DIR}/xlsx)
  set(xlsx_ref ${CMAKE_CURRENT_SOURCE_DIR}/reference)
  # Clean documents must pass every assertion; the damaged one and the 2021
  # one are read only partially for now (their differences are printed).
  add_test(NAME xlsx.recalc COMMAND ${YUSUAN_SYSTEM_PYTHON} ${xlsx_dir}/check_workbooks.py
    $<TARGET_FILE:yusuan> ${xlsx_ref} ${CMAKE_SOURCE_DIR}/templates/2026/tables.toml
    2026-changji-yingshang 2026-changji-yuanjiang 2026-changjishi-zhengfuban
    -- 2026-changji-gaoxinqu 2021-changji-yingshang)
  add_test(NAME xlsx.edit COMMAND ${YUSUAN_SYSTEM_PYTHON} ${xlsx_dir}/edit_workbook.py
    $<TARGET_FILE:yusuan> ${xlsx_ref} 2026-changjishi-zhengfuban)
  # Both start LibreOffice; one at a time (a shared first-start is slow and racy).
  set_tests_properties(xlsx.recalc xlsx.edit PROPERTIES RESOURCE_LOCK libreoffice TIMEOUT 600)
else()
  message(STATUS "soffice or /usr/bin/python3 not found: workbook tests skipped")
endif()
