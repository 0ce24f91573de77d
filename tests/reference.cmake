# Reference documents scored against their gold (tests/reference/, copied
# from ../shared by scripts/refresh-reference.sh).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(YUSUAN_SCORE ${CMAKE_CURRENT_SOURCE_DIR}/e2e/score.py)
foreach(doc 2026-changji-yingshang 2026-changji-yuanjiang 2026-changjishi-zhengfuban)
  add_test(NAME facts.${doc} COMMAND ${Python3_EXECUTABLE} ${YUSUAN_SCORE} $<TARGET_FILE:yusuan> ${doc} facts 0.995)
endforeach()
