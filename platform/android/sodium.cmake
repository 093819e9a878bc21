# libsodium for Android, built for each ABI by platform/android/build-libsodium.sh into
# ${LOKET_SODIUM_ANDROID}/<ABI>/{include,lib}. Defines the same target name that
# pkg-config gives on Linux, so src/protocol links it the same way.
set(LOKET_SODIUM_ANDROID "" CACHE PATH "Output directory of platform/android/build-libsodium.sh")
set(sodium_root ${LOKET_SODIUM_ANDROID}/${ANDROID_ABI})
if(NOT EXISTS ${sodium_root}/lib/libsodium.a)
    message(FATAL_ERROR "No libsodium for ${ANDROID_ABI} in '${LOKET_SODIUM_ANDROID}'. Run "
                        "platform/android/build-libsodium.sh and pass -DLOKET_SODIUM_ANDROID=<its output>.")
endif()
add_library(PkgConfig::SODIUM STATIC IMPORTED)
set_target_properties(PkgConfig::SODIUM PROPERTIES
    IMPORTED_LOCATION ${sodium_root}/lib/libsodium.a
    INTERFACE_INCLUDE_DIRECTORIES ${sodium_root}/include)
