// Unit tests of the batch layer's safety pieces: output names, output
// folders that must stay inside OUTDIR, the CSV summary's quoting.
#include <doctest/doctest.h>

#include <csignal>
#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

#include "batch/atomic_file.hpp"
#include "batch/inputs.hpp"
#include "batch/output_path.hpp"
#include "batch/summary.hpp"

using namespace yusuan;
namespace fs = std::filesystem;

namespace {
struct TempDir {
    fs::path path;
    TempDir() : path(fs::temp_directory_path() / ("yusuan-unit-" + std::to_string(::getpid()))) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};
}  // namespace

TEST_CASE("safe_name turns any file name into one harmless component") {
    CHECK(safe_name("report") == "report");
    CHECK(safe_name("..") == "_");
    CHECK(safe_name(".") == "_");
    CHECK(safe_name("") == "_");
    CHECK(safe_name("a/b") == "a_b");
    CHECK(safe_name("..\\..\\x") == ".._.._x");
    CHECK(safe_name(std::string("nul\0byte", 8)) == "nul_byte");
    CHECK(safe_name("esc\x1b[0m") == "esc_[0m");
    CHECK(safe_name("昌吉市") == "昌吉市");
}

TEST_CASE("safe_relative_dir never leaves the folder it is joined to") {
    CHECK(safe_relative_dir("") == "");
    CHECK(safe_relative_dir("a/b") == "a/b");
    CHECK(safe_relative_dir("/etc") == "etc");
    CHECK(safe_relative_dir("../../etc") == "_/_/etc");
    CHECK(safe_relative_dir("a/./b//c/") == "a/b/c");
    CHECK(safe_relative_dir("..\\..\\x") == "_/_/x");
}

TEST_CASE("make_output_dir creates folders inside OUTDIR and refuses symlinks out of it") {
    TempDir t;
    const std::string out = (t.path / "out").string();
    std::string err;
    auto d = make_output_dir(out, "x/y", err);
    REQUIRE(d);
    CHECK(fs::is_directory(*d));
    CHECK(d->string().find(fs::canonical(out).string()) == 0);

    auto up = make_output_dir(out, "../../escape", err);
    REQUIRE(up);
    CHECK(!fs::exists(t.path / "escape"));

    fs::create_directories(t.path / "elsewhere");
    fs::create_directory_symlink(t.path / "elsewhere", t.path / "out" / "link");
    err.clear();
    CHECK(!make_output_dir(out, "link/z", err));
    CHECK(err.find("symbolic link") != std::string::npos);
    CHECK(!fs::exists(t.path / "elsewhere" / "z"));
}

TEST_CASE("expand_inputs recurses folders with the glob and keeps named files") {
    TempDir t;
    fs::create_directories(t.path / "in" / "sub");
    for (const char* f : {"in/a.txt", "in/b.md", "in/sub/c.txt", "named.md"}) {
        std::FILE* h = std::fopen((t.path / f).c_str(), "w");
        REQUIRE(h);
        std::fclose(h);
    }
    ExpandedInputs e = expand_inputs({(t.path / "in").string(), (t.path / "named.md").string(),
                                      (t.path / "none").string()});
    REQUIRE(e.files.size() == 3);
    CHECK(e.files[0].path == (t.path / "in" / "a.txt").string());
    CHECK(e.files[0].relative_dir == "");
    CHECK(e.files[1].relative_dir == "sub");
    CHECK(e.files[2].path == (t.path / "named.md").string());
    REQUIRE(e.missing.size() == 1);
    CHECK(e.missing[0].find("no such file") != std::string::npos);
    CHECK(expand_inputs({(t.path / "in").string()}, {"*.md"}).files.size() == 1);
    CHECK(expand_inputs({(t.path / "in").string()}, {"*.md", "*.txt"}).files.size() == 3);
    ExpandedInputs dev = expand_inputs({"/dev/null"});
    CHECK(dev.files.empty());
    REQUIRE(dev.missing.size() == 1);
    CHECK(dev.missing[0].find("not a regular file") != std::string::npos);
}

TEST_CASE("summary.csv quotes fields and defuses formula-like text") {
    ConvertResult ok;
    ok.input = "a,b.txt";
    ok.ok = true;
    ok.department = "=1+2";
    ok.year = "2026";
    ok.income_total = Decimal::parse("-12.50");
    ConvertResult bad;
    bad.input = "@x.txt";
    bad.error = "@x.txt: line \"3\": bad";
    const std::string csv = summary_csv({ok, bad});
    CHECK(csv.find("\"a,b.txt\",'=1+2,2026,-12.50,,0,0,ok,") != std::string::npos);
    CHECK(csv.find("'@x.txt,,,,,0,0,failed,0.0,\"'@x.txt: line \"\"3\"\": bad\"") != std::string::npos);
    const std::string json = summary_json({ok, bad});
    CHECK(json.find("\"failed\": 1") != std::string::npos);
}

TEST_CASE("a signal while an output is being written leaves no temporary file") {
    TempDir t;
    const std::string target = (t.path / "doc.json").string();
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        remove_temporaries_on_signal();
        std::string err;
        produce_file_atomically(
            target,
            [](const std::string& tmp, std::string&) {
                std::FILE* f = std::fopen(tmp.c_str(), "w");
                if (f) std::fclose(f);
                ::raise(SIGTERM);  // dies here, mid-output
                return true;
            },
            err);
        ::_exit(0);  // not reached if the handler works
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGTERM);
    std::vector<std::string> left;
    for (const auto& e : fs::directory_iterator(t.path)) left.push_back(e.path().filename().string());
    CHECK(left.empty());
}
