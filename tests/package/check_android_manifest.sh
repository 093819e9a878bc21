#!/usr/bin/env bash
# Compiles platform/android's manifest and resources with Debian's aapt against Debian's
# Android framework resources (API 29), and checks what the APK would declare: exactly the
# INTERNET and ACCESS_NETWORK_STATE permissions, no backup, both orientations, lock task
# mode when allow-listed, and the device-admin receiver. The two attributes newer than API
# 29 (dataExtractionRules, allowNativeHeapPointerTagging) are taken out for this check only,
# after checking they are there. This is not an Android build: see docs/android.md.
# Usage: check_android_manifest.sh SOURCE_DIR
set -euo pipefail
android=$1/platform/android
framework=/usr/share/android-framework-res/framework-res.apk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}

manifest=$android/AndroidManifest.xml
grep -q 'android:dataExtractionRules="@xml/data_extraction_rules"' "$manifest" ||
    fail "no data extraction rules"
sed -e 's/-- %%INSERT_VERSION_NAME%% --/0.0.0/' -e 's/-- %%INSERT_VERSION_CODE%% --/1/' \
    -e 's/-- %%INSERT_APP_LIB_NAME%% --/loket/' \
    -e 's/android:dataExtractionRules="[^"]*"//' \
    -e 's/android:allowNativeHeapPointerTagging="[^"]*"//' "$manifest" >"$work/AndroidManifest.xml"
aapt package -f -M "$work/AndroidManifest.xml" -S "$android/res" -I "$framework" \
    -F "$work/loket.apk"

permissions=$(aapt dump permissions "$work/loket.apk" | grep '^uses-permission' | sort)
expected="uses-permission: name='android.permission.ACCESS_NETWORK_STATE'
uses-permission: name='android.permission.INTERNET'"
[ "$permissions" = "$expected" ] || fail "permissions are: $permissions"

tree=$(aapt dump xmltree "$work/loket.apk" AndroidManifest.xml)
attribute() { grep -E "A: android:$1\(" <<<"$tree" | head -1 | sed 's/.*)=//'; }
[ "$(attribute allowBackup)" = "(type 0x12)0x0" ] || fail "allowBackup is not false"
[ "$(attribute usesCleartextTraffic)" = "(type 0x12)0x0" ] || fail "cleartext is allowed"
# 0xd is fullUser: portrait and landscape, as the tablet's rotation lock says.
[ "$(attribute screenOrientation)" = "(type 0x10)0xd" ] || fail "orientation is not fullUser"
# 0x3 is if_whitelisted.
[ "$(attribute lockTaskMode)" = "(type 0x10)0x3" ] || fail "lockTaskMode is not if_whitelisted"
grep -q '"android.app.device_admin"' <<<"$tree" || fail "no device-admin receiver"
echo "android manifest check passed"
