// The rules on the reference documents as their gold facts read them
// (see check_replay.hpp): what the checker finds once the reader reads right.
#include <iostream>

#include "check_replay.hpp"
#include "check_support.hpp"

using namespace yusuan;
using namespace yusuan::test;

namespace {

Score run(const std::string& stem) {
    Document d = replay(stem, tpl2026());
    Score s = score(check_document(d, tpl2026()), stem);
    std::cout << stem << " (replayed from gold facts): recall " << s.recall << ", precision " << s.precision << "\n";
    for (const std::string& m : s.missed) std::cout << "  missed " << m << "\n";
    for (const std::string& e : s.extra) std::cout << "  extra  " << e << "\n";
    return s;
}

}  // namespace

TEST_CASE("replay: the clean 2026 references") {
    for (const char* stem : {"2026-changji-yingshang", "2026-changji-yuanjiang", "2026-changjishi-zhengfuban"}) {
        Score s = run(stem);
        CHECK(s.recall >= 1.0);
        CHECK(s.precision >= 0.9);
    }
}

TEST_CASE("replay: the damaged 2026 reference (issue 6: recall ≥ 0.9, precision ≥ 0.8)") {
    Score s = run("2026-changji-gaoxinqu");
    CHECK(s.recall >= 0.9);
    CHECK(s.precision >= 0.8);
}

TEST_CASE("replay: the 2021 reference, read with the 2026 rules") {
    Score s = run("2021-changji-yingshang");
    CHECK(s.recall >= 1.0);
    CHECK(s.precision >= 0.9);
}
