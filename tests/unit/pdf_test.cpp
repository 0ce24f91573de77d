// Unit tests of the PDF writer's pure parts: the ToUnicode CMap, subset
// tags, exact shares, and text wrapping with the system CJK font.
#include <doctest/doctest.h>

#include "write/font_face.hpp"
#include "write/font_find.hpp"
#include "write/pdf_canvas.hpp"
#include "write/pdf_chart.hpp"
#include "write/pdf_font.hpp"
#include "write/writers.hpp"

#include <cstdio>
#include <fstream>

using namespace yusuan;

namespace {
size_t occurrences(const std::string& s, const std::string& what) {
    size_t n = 0;
    for (size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
    return n;
}
}  // namespace

TEST_CASE("ToUnicode CMap maps each code to its own code point") {
    const std::string cmap = to_unicode_cmap({U'部', U'A', U'B', U'C', U'算'});
    CHECK(cmap.find("/CMapType 2 def") != std::string::npos);
    CHECK(cmap.find("<0000> <FFFF>") != std::string::npos);
    // Singles as bfchar, the run A..C as one bfrange.
    CHECK(cmap.find("<90E8> <90E8>") != std::string::npos);
    CHECK(cmap.find("<7B97> <7B97>") != std::string::npos);
    CHECK(cmap.find("<0041> <0043> <0041>") != std::string::npos);
    // An encoding CMap operator is exactly what poppler rejects.
    CHECK(cmap.find("cidrange") == std::string::npos);
}

TEST_CASE("ToUnicode bfranges never cross a high-byte boundary; blocks hold at most 100 entries") {
    std::set<char32_t> chars;
    for (char32_t c = 0x4EF0; c < 0x4F10; ++c) chars.insert(c);  // crosses 0x4F00
    const std::string cmap = to_unicode_cmap(chars);
    CHECK(cmap.find("<4EF0> <4EFF> <4EF0>") != std::string::npos);
    CHECK(cmap.find("<4F00> <4F0F> <4F00>") != std::string::npos);

    std::set<char32_t> many;
    for (char32_t c = 0x4E00; c < 0x4E00 + 2 * 250; c += 2) many.insert(c);  // 250 singles
    const std::string big = to_unicode_cmap(many);
    CHECK(occurrences(big, "100 beginbfchar") == 2);
    CHECK(occurrences(big, "50 beginbfchar") == 1);
    CHECK(occurrences(big, "endbfchar") == 3);
}

TEST_CASE("non-BMP characters are left out of the CMap") {
    CHECK(to_unicode_cmap({U'\U00020000'}).find("beginbf") == std::string::npos);
}

TEST_CASE("subset tags are six capitals and follow the character set") {
    const std::string a = subset_tag({U'部', U'门'});
    CHECK(a.size() == 6);
    for (char c : a) CHECK((c >= 'A' && c <= 'Z'));
    CHECK(a == subset_tag({U'门', U'部'}));
    CHECK(a != subset_tag({U'部', U'门', U'预'}));
}

TEST_CASE("shares are exact to one decimal, rounded half up") {
    CHECK(share_text(Decimal(11389, 2), Decimal(16340, 2)) == "69.7%");
    CHECK(share_text(Decimal(1, 0), Decimal(8, 0)) == "12.5%");  // 12.5 exactly
    CHECK(share_text(Decimal(1, 0), Decimal(3, 0)) == "33.3%");
    CHECK(share_text(Decimal(2, 0), Decimal(3, 0)) == "66.7%");
    CHECK(share_text(Decimal(5, 1), Decimal(1, 0)) == "50.0%");  // mixed scales
    CHECK(share_text(Decimal(0, 0), Decimal(0, 0)) == "—");
}

TEST_CASE("text wraps CJK anywhere and keeps numbers whole") {
    FontError err;
    auto file = find_cjk_font("", err);
    if (!file) {
        MESSAGE("no CJK font installed: " << err.message);
        return;
    }
    auto face = FontFace::open(*file, err);
    REQUIRE(face);
    Canvas cv(*face);
    const float w = cv.width("部门预算", 10);
    CHECK(w > 35);
    const auto lines = cv.wrap("部门预算部门预算", 10, w + 1);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "部门预算");
    // "1,229.70" must not be cut in two when a break before it is possible.
    const auto l2 = cv.wrap("合计 1,229.70", 10, cv.width("合计 1,22", 10));
    REQUIRE(l2.size() == 2);
    CHECK(l2[1] == "1,229.70");
    // A character the font lacks is drawn as '?', never dropped.
    CHECK(cv.clean("a\U0001F600b") == U"a?b");
    CHECK(cv.fit("部门预算部门预算", 10, w).size() < std::string("部门预算部门预算").size());
}

TEST_CASE("write_pdf: odd documents give a PDF, an unwritable path a clear error") {
    FontError ferr;
    if (!find_cjk_font("", ferr)) return;
    TemplateError terr;
    const auto templates = load_all_templates(terr);
    REQUIRE(!templates.empty());
    const Template& tpl = templates.front();

    Document doc;  // nothing read at all
    doc.source = "/nonexistent/input.txt";
    doc.department = std::string(300, 'X') + "部门\U0001F600\t名称";
    Table t;
    t.id = "x01";
    t.title = "其他表\U0001F600";
    t.columns = {"合计", "说明"};
    Row r;
    r.key = "行\U0001F600";
    r.label = std::string(2000, 'y');
    r.cells = {{"合计", "-1.00", Decimal(-100, 2), 3}, {"说明", "\x01控制字符", std::nullopt, 3}};
    t.rows.push_back(r);
    doc.tables.push_back(t);
    Form f;
    f.id = "p01";
    f.title = "项目\U0001F600";
    doc.forms.push_back(f);
    Findings findings = {{Severity::error, "r", "x01", r.key, "合计", "-1.00", "", 3, "\U0001F600"},
                         {Severity::warning, "r", "", "", "", "", "", 0, ""}};

    const std::string path = "/tmp/yusuan-pdf-test-odd.pdf";
    WriteError err;
    CHECK(write_pdf(doc, findings, tpl, path, PdfOptions{}, err));
    CHECK(err.message.empty());
    std::ifstream in(path, std::ios::binary);
    std::string head(5, '\0');
    in.read(head.data(), 5);
    CHECK(head == "%PDF-");
    std::remove(path.c_str());

    WriteError err2;
    CHECK_FALSE(write_pdf(doc, findings, tpl, "/nonexistent-dir/x.pdf", PdfOptions{}, err2));
    CHECK(!err2.message.empty());
    WriteError err3;
    PdfOptions bad_font;
    bad_font.font_path = "/nonexistent/font.ttf";
    CHECK_FALSE(write_pdf(doc, findings, tpl, "/tmp/x.pdf", bad_font, err3));
    CHECK(err3.message.find("font file not found") != std::string::npos);
}
