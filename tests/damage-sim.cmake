# Simulated damage (scripts/damage.py) on the three clean reference documents:
# the facts must still equal the gold, and every digit pushed to the next line
# must be reported as a repair. Three fixed seeds each, so a failure repeats.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
foreach(doc 2026-changji-yingshang 2026-changji-yuanjiang 2026-changjishi-zhengfuban)
  foreach(seed 1 2 3 4)
    add_test(NAME damage-sim.${doc}.${seed}
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/e2e/damage_sim.py $<TARGET_FILE:yusuan>
                     ${doc} ${seed} 0.995 1.0)
  endforeach()
endforeach()
