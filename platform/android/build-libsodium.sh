#!/usr/bin/env bash
# Builds libsodium as a static library for each Android ABI Loket ships, with the NDK's
# clang, into OUT/<ABI>/{include,lib}. Give it an unpacked libsodium release (1.0.18 or
# newer, checked against its published signature) and the NDK Qt for Android was built with.
# Usage: ANDROID_NDK_HOME=/path/to/ndk build-libsodium.sh LIBSODIUM_SOURCE_DIR OUT [ABI...]
set -euo pipefail
src=${1:?libsodium source directory}
out=${2:?output directory}
shift 2
abis=("$@")
[ ${#abis[@]} -gt 0 ] || abis=(arm64-v8a armeabi-v7a x86_64)
api=${ANDROID_API:-26}
ndk=${ANDROID_NDK_HOME:?set ANDROID_NDK_HOME to the NDK}
toolchain=$(echo "$ndk"/toolchains/llvm/prebuilt/*)
[ -x "$toolchain/bin/clang" ] || { echo "no NDK clang under $toolchain" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd)

for abi in "${abis[@]}"; do
    case $abi in
        arm64-v8a) host=aarch64-linux-android; cc=aarch64-linux-android$api-clang
            cflags="-Os -march=armv8-a+crypto" ;;
        armeabi-v7a) host=arm-linux-androideabi; cc=armv7a-linux-androideabi$api-clang
            cflags="-Os -mthumb -march=armv7-a -mfloat-abi=softfp -mfpu=vfpv3-d16" ;;
        x86_64) host=x86_64-linux-android; cc=x86_64-linux-android$api-clang
            cflags="-Os -march=westmere" ;;
        x86) host=i686-linux-android; cc=i686-linux-android$api-clang cflags="-Os -march=i686" ;;
        *) echo "unknown ABI $abi" >&2; exit 2 ;;
    esac
    echo "libsodium for $abi"
    build=$(mktemp -d)
    (
        cd "$build"
        CC="$toolchain/bin/$cc" AR="$toolchain/bin/llvm-ar" RANLIB="$toolchain/bin/llvm-ranlib" \
            CFLAGS="$cflags" "$src/configure" --host="$host" --prefix="$out/$abi" \
            --disable-shared --enable-static --with-pic --disable-soname-versions \
            --disable-pie >/dev/null
        make -j"$(nproc)" install >/dev/null
    )
    rm -rf "$build"
    test -f "$out/$abi/lib/libsodium.a"
done
echo "done: configure Loket with -DLOKET_SODIUM_ANDROID=$out"
