# The discrepancy engine on the reference documents: every gold finding
# located (recall 1.0), few extras (precision ≥ 0.9).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
foreach(doc 2026-changji-yingshang 2026-changji-yuanjiang 2026-changjishi-zhengfuban)
  add_test(NAME findings.${doc}
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/score.py $<TARGET_FILE:yusuan> ${doc} findings 1.0 0.9)
endforeach()
# The damaged document (issue 6 asks recall ≥ 0.9, precision ≥ 0.8; it reads at
# 1.0 / 0.98, the floor guards that) and the 2021
# template (recall 1.0, precision ≥ 0.9).
add_test(NAME findings.2026-changji-gaoxinqu
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/score.py $<TARGET_FILE:yusuan> 2026-changji-gaoxinqu findings 0.99 0.95)
add_test(NAME findings.2021-changji-yingshang
         COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/score.py $<TARGET_FILE:yusuan> 2021-changji-yingshang findings 1.0 0.9)
