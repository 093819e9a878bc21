# The Debian package: `cpack -G DEB` in the build directory writes loket_<version>_<arch>.deb.
# Library dependencies come from dpkg-shlibdeps; the rest (Qt plugins and QML modules loaded
# by name, cage) from platform/linux/runtime-packages.
file(STRINGS ${PROJECT_SOURCE_DIR}/platform/linux/runtime-packages LOKET_RUNTIME_PACKAGES
     REGEX "^[a-z0-9]")
list(JOIN LOKET_RUNTIME_PACKAGES ", " LOKET_DEB_DEPENDS)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME loket)
set(CPACK_PACKAGE_VENDOR "Loket")
set(CPACK_PACKAGE_CONTACT "Loket maintainers <loket@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Offline-first survey terminal for public-service counters")
set(CPACK_PACKAGE_DESCRIPTION
    "Loket runs the external questionnaire of the Integrity Assessment Survey (SPI) and the\n"
    "public satisfaction survey (SKM) on a counter kiosk or a field tablet, keeps every answer\n"
    "on the device, seals completed responses to the collector's key and sends them exactly\n"
    "once. The package holds the kiosk (loket), its command line (loket-cli), the collector\n"
    "endpoint (loket-collector) and systemd units for both.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY loket)
# The units name the programs by their configured paths, so the package keeps that prefix
# (scripts/lib.sh configures /usr).
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${LOKET_DEB_DEPENDS}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_BINARY_DIR}/platform/linux/debian/postinst
    ${PROJECT_BINARY_DIR}/platform/linux/debian/prerm
    ${PROJECT_BINARY_DIR}/platform/linux/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
