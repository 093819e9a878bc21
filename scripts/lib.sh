# Shared by the scripts: install what is missing (Debian 12), then configure and build.
# shellcheck shell=bash
set -euo pipefail

LOKET_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOKET_BUILD=${LOKET_BUILD:-$LOKET_ROOT/build}

LOKET_BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libgl-dev catch2 clang-format python3 python3-jsonschema
    libsodium-dev libqt6sql6-sqlite libsqlite3-dev sqlite3 qt6-httpserver-dev dpkg-dev
    aapt android-framework-res openssl
)
# What the programs load at run time; the Debian package depends on the same list.
mapfile -t LOKET_RUNTIME_PACKAGES < <(grep -E '^[a-z0-9]' "$LOKET_ROOT/platform/linux/runtime-packages")
LOKET_FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

# Installs the named Debian packages that are not installed yet.
loket_install() {
    local missing=()
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
        "${missing[@]}" >/dev/null
}

loket_build() {
    loket_install "${LOKET_BUILD_PACKAGES[@]}" "${LOKET_RUNTIME_PACKAGES[@]}"
    if [ ! -f "$LOKET_BUILD/build.ninja" ]; then
        cmake -S "$LOKET_ROOT" -B "$LOKET_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCMAKE_INSTALL_PREFIX=/usr "$@"
    fi
    cmake --build "$LOKET_BUILD" --parallel "$(nproc)"
}
