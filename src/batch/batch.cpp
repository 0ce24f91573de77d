#include "batch/batch.hpp"

#include <malloc.h>

#include <atomic>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "batch/output_path.hpp"

namespace yusuan {

namespace fs = std::filesystem;

unsigned worker_count(unsigned jobs, std::size_t files) {
    unsigned n = jobs ? jobs : std::thread::hardware_concurrency();
    if (n == 0) n = 1;
    if (files < n) n = static_cast<unsigned>(files > 0 ? files : 1);
    return n;
}

std::vector<ConvertResult> run_batch(const std::vector<InputFile>& files, const ConvertOptions& options,
                                     const std::vector<Template>& templates, unsigned jobs,
                                     const OnDocumentDone& on_done) {
    // A document's conversion allocates and frees a few MiB; by default
    // glibc hands the freed top of the heap back to the kernel (above 128
    // KiB) and the next document faults it in again, page by page: ~4 % of a
    // document's CPU time (measured with GLIBC_TUNABLES). Keep it instead; a
    // batch's peak memory is its largest document's either way.
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    std::vector<ConvertResult> results(files.size());
    std::mutex done_mutex;
    auto report = [&](const ConvertResult& r) {
        if (!on_done) return;
        std::lock_guard<std::mutex> lock(done_mutex);
        on_done(r);
    };

    // Output names are decided up front so that a clash is deterministic
    // (the earlier input wins) whatever order the workers finish in.
    std::vector<bool> clash(files.size(), false);
    std::map<std::string, std::size_t> owner;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string key = safe_relative_dir(files[i].relative_dir) + "/" +
                                safe_name(fs::path(files[i].path).stem().string());
        auto [it, fresh] = owner.emplace(key, i);
        if (!fresh) {
            clash[i] = true;
            results[i].input = files[i].path;
            results[i].error = files[i].path + ": its outputs would overwrite those of " + files[it->second].path +
                               " (same name in the same output folder); skipped";
        }
    }

    std::atomic<std::size_t> next{0};
    auto work = [&]() {
        for (std::size_t i = next++; i < files.size(); i = next++) {
            if (!clash[i]) {
                ConvertOptions o = options;
                o.relative_dir = files[i].relative_dir;
                // A stage that throws (out of memory, a library error) fails
                // this input only; an exception escaping a worker would end
                // the whole process.
                try {
                    results[i] = convert_file(files[i].path, o, templates);
                } catch (const std::exception& e) {
                    results[i] = ConvertResult{};
                    results[i].input = files[i].path;
                    results[i].error = files[i].path + ": internal error: " + e.what();
                }
            }
            report(results[i]);
        }
    };
    const unsigned n = worker_count(jobs, files.size());
    if (n == 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        pool.reserve(n);
        for (unsigned k = 0; k < n; ++k) pool.emplace_back(work);
        for (std::thread& t : pool) t.join();
    }
    return results;
}

}  // namespace yusuan
