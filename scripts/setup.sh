#!/bin/sh
# Installs every Debian package that building, testing and running yusuan needs.
# Idempotent; run as root (or with sudo) on Debian 12 (bookworm) or later.
set -eu
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  build-essential cmake pkg-config ninja-build \
  libxlsxwriter-dev libhpdf-dev libfmt-dev doctest-dev libcli11-dev \
  nlohmann-json3-dev libtomlplusplus-dev libutf8proc-dev \
  libharfbuzz-dev libfontconfig-dev libgumbo-dev zlib1g-dev nettle-dev \
  fonts-wqy-microhei \
  python3 python3-openpyxl poppler-utils unzip \
  libreoffice-calc-nogui libreoffice-writer-nogui \
  clang libclang-rt-14-dev >/dev/null
