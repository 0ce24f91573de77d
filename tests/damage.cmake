# Damaged documents and the 2021 template (issue 4): facts read exactly, and
# every repair the damaged reference lists reported as an info finding.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(YUSUAN_DAMAGE_SCORE ${CMAKE_CURRENT_SOURCE_DIR}/e2e/score.py)
foreach(doc 2026-changji-gaoxinqu 2021-changji-yingshang)
  add_test(NAME facts.${doc} COMMAND ${Python3_EXECUTABLE} ${YUSUAN_DAMAGE_SCORE} $<TARGET_FILE:yusuan> ${doc} facts 0.99)
endforeach()
add_test(NAME damage.2026-changji-gaoxinqu COMMAND ${Python3_EXECUTABLE} ${YUSUAN_DAMAGE_SCORE} $<TARGET_FILE:yusuan> 2026-changji-gaoxinqu damage 0.9)
