#!/usr/bin/env bash
# TeamLedger build entry point.
#   ./build.sh run [-- APP ARGS]  install missing build dependencies, build, start the GUI
#   ./build.sh test               same set-up, then the whole test suite through ctest
#   ./build.sh bench              same set-up (release build), then the benchmark
#   ./build.sh package            release build, then a .deb through CPack
set -euo pipefail
cd "$(dirname "$0")"
# ccache hits across clones in different folders (CI builds a fresh clone).
export CCACHE_BASEDIR="$PWD"

DEPS=(cmake ninja-build ccache g++ pkg-config
      qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools
      libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins
      qt6-translations-l10n catch2 libsodium-dev libsqlite3-dev sqlite3 fonts-noto-cjk dpkg-dev file
      libxlsxwriter-dev libminizip-dev poppler-utils)

install_deps() {
    local missing=()
    for p in "${DEPS[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "build.sh: installing missing packages: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "build.sh: need root or sudo to install ${missing[*]}" >&2; exit 1; }
        sudo="sudo"
    fi
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    if [ ! -f "build/$preset/build.ninja" ]; then
        cmake --preset "$preset"
    fi
    cmake --build --preset "$preset" -j "$(nproc)"
}

cmd=${1:-run}
shift || true
case "$cmd" in
    run)
        install_deps
        build dev
        [ "${1:-}" = "--" ] && shift
        exec ./build/dev/app/teamledger "$@"
        ;;
    test)
        install_deps
        preset=dev
        [ "${CI:-}" = "true" ] && preset=ci
        build "$preset"
        ctest --preset "$preset" "$@"
        ;;
    bench)
        install_deps
        build release
        exec ./build/release/tests/bench/tl_bench "$@"
        ;;
    package)
        install_deps
        build release
        (cd build/release && cpack -G DEB)
        ls -1 build/release/*.deb
        ;;
    *)
        echo "usage: ./build.sh run|test|bench|package" >&2
        exit 1
        ;;
esac
