#include <doctest/doctest.h>

#include "model/decimal.hpp"

using yusuan::Decimal;

TEST_CASE("Decimal parses plain decimals exactly") {
    CHECK(Decimal::parse("163.40")->to_string() == "163.40");
    CHECK(Decimal::parse("0")->to_string() == "0");
    CHECK(Decimal::parse("-3.13")->to_string() == "-3.13");
    CHECK(*Decimal::parse("163.4") == *Decimal::parse("163.40"));
    CHECK_FALSE(Decimal::parse(""));
    CHECK_FALSE(Decimal::parse("1.2.3"));
    CHECK_FALSE(Decimal::parse("12a"));
    CHECK_FALSE(Decimal::parse("."));
}

TEST_CASE("Decimal refuses numbers it cannot hold instead of overflowing") {
    CHECK_FALSE(Decimal::parse("1234567890123456789012345678901234567890"));
    CHECK(Decimal::parse("123456789012345678"));
    CHECK_FALSE(Decimal::parse("0.1234567"));  // beyond max_scale
}

TEST_CASE("Decimal arithmetic is exact across scales") {
    Decimal a = *Decimal::parse("0.1"), b = *Decimal::parse("0.2"), c = *Decimal::parse("0.30");
    CHECK(a + b == c);
    CHECK((c - a).to_string() == "0.20");
    CHECK(*Decimal::parse("1229.71") > *Decimal::parse("1229.70"));
}

TEST_CASE("Decimal groups thousands for display") {
    CHECK(Decimal::parse("1229.7")->to_grouped(2) == "1,229.70");
    CHECK(Decimal::parse("-1234567.891")->to_grouped(2) == "-1,234,567.89");
    CHECK(Decimal::parse("0.5")->to_grouped(0) == "1");
}

TEST_CASE("Decimal arithmetic on extreme values is defined: exact comparison, saturating sums") {
    Decimal big = *Decimal::parse("999999999999999999");
    Decimal cent = *Decimal::parse("0.01");
    CHECK(big > cent);                       // compared exactly although rescaling overflows
    CHECK(big + cent > big - cent);          // no wrap-around to a negative number
    CHECK((big + big) > big);                // saturates, never wraps
    CHECK((-big - big) < -big);
    CHECK(Decimal(INT64_MIN, 0).to_string() == "-9223372036854775808");
    CHECK((-Decimal(INT64_MIN, 0)) > Decimal(0, 0));
}
