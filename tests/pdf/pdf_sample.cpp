// Test driver: one document through read and check, plus synthetic findings
// placed on real cells (the discrepancy engine may find nothing in a clean
// document), written as PDF, findings TSV and JSON so that check_pdf.py can
// verify the PDF shows every finding's location.
//
//   pdf_sample INPUT OUT_STEM   -> OUT_STEM.pdf, OUT_STEM.findings.tsv, OUT_STEM.json
#include <cstdio>
#include <fstream>

#include "check/check.hpp"
#include "decode/decode.hpp"
#include "read/reader.hpp"
#include "write/writers.hpp"

using namespace yusuan;

namespace {

// Findings of every kind of location: a cell of each table's total row, a
// whole row, a whole table, a form's weight total and field, the document.
Findings synthetic(const Document& doc) {
    Findings out;
    int n = 0;
    constexpr Severity cycle[] = {Severity::error, Severity::warning, Severity::info};
    auto severity = [&] { return cycle[n++ % 3]; };
    for (const Table& t : doc.tables) {
        for (const Row& r : t.rows) {
            for (const Cell& c : r.cells) {
                if (!c.amount || r.kind != RowKind::total) continue;
                Finding f;
                f.severity = severity();
                f.rule = "test.cell";
                f.table = t.id;
                f.row = r.key;
                f.column = c.column;
                f.stated = c.amount->to_string();
                f.expected = (*c.amount + Decimal(1, 2)).to_string();
                f.line = c.line;
                f.message = "合成的发现（测试用），用于检查位置是否印出";
                out.push_back(f);
                break;
            }
        }
        if (!t.rows.empty()) {
            const Row& r = t.rows.back();
            out.push_back({Severity::warning, "test.row", t.id, r.key, "", "", "", r.line, "整行的发现"});
        }
    }
    out.push_back({Severity::error, "test.table", "t99", "", "", "", "", 0, "表缺失（合成）"});
    out.push_back({Severity::warning, "test.document", "", "", "", "", "", 0, "整份文件的发现（合成）"});
    for (const Form& f : doc.forms) {
        out.push_back(
            {Severity::error, "test.weights", f.id, "指标", "指标分值权重", "90", "100", f.line, "权重合计不为 100"});
        if (!f.info.empty())
            out.push_back({Severity::warning, "test.field", f.id, "基本信息", f.info.front().column, "", "",
                           f.info.front().line, "字段的发现"});
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: pdf_sample INPUT OUT_STEM\n");
        return 2;
    }
    const std::string input = argv[1], stem = argv[2];
    TemplateError terr;
    const auto templates = load_all_templates(terr);
    DecodeError derr;
    auto text = decode_file(input, derr, DecodeLimits{});
    if (!text) return std::fprintf(stderr, "%s\n", derr.message.c_str()), 1;
    ReadError rerr;
    auto doc = read_document(text->lines, templates, input, rerr);
    if (!doc) return std::fprintf(stderr, "%s\n", rerr.message.c_str()), 1;
    const Template* tpl = template_for(*doc, templates);
    if (!tpl) return std::fprintf(stderr, "no template\n"), 1;

    Findings findings = check_document(*doc, *tpl);
    for (Finding& f : synthetic(*doc)) findings.push_back(std::move(f));
    sort_findings(findings);

    WriteError werr;
    if (!write_pdf(*doc, findings, *tpl, stem + ".pdf", PdfOptions{}, werr))
        return std::fprintf(stderr, "pdf: %s\n", werr.message.c_str()), 1;
    std::ofstream(stem + ".findings.tsv") << write_findings(findings);
    std::ofstream(stem + ".json") << write_json(*doc, findings);
    return 0;
}
