#!/usr/bin/env bash
# Builds the Debian package, installs it with dpkg -i as an operator would (its Depends
# first, from Debian), and runs what it installed: the systemd units are verified, the kiosk
# self-test runs against an installed collector (offscreen, then under the real cage
# compositor with a headless output), the session wrapper passes Loket's exit status through
# cage, and the installed questionnaires validate. Purging removes the programs and keeps
# the data. Needs root, as dpkg -i does; exits 77 (skipped) otherwise.
# Usage: check_deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1
source_dir=$2
if [ "$(id -u)" -ne 0 ]; then
    echo "skipped: installing a package with dpkg -i needs root"
    exit 77
fi
# The test installs and purges the package: never on a machine where it is in use.
if dpkg-query -W -f='${Status}' loket 2>/dev/null | grep -q 'install ok installed'; then
    echo "skipped: a loket package is installed on this machine; the test would replace it"
    exit 77
fi
# shellcheck source=../../scripts/lib.sh
source "$source_dir/scripts/lib.sh"

work=$(mktemp -d)
chmod 0755 "$work"
new_users=()
collector_pid=
cleanup() {
    [ -n "$collector_pid" ] && kill "$collector_pid" 2>/dev/null
    dpkg --purge loket >/dev/null 2>&1 || true
    for user in "${new_users[@]}"; do
        userdel "$user" 2>/dev/null || true
        groupdel "$user" 2>/dev/null || true
        rm -rf "/var/lib/$user"
    done
    rm -rf "$work"
}
trap cleanup EXIT
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
step() { echo "-- $*"; }

for user in loket loket-collector; do
    getent passwd "$user" >/dev/null || new_users+=("$user")
done

step "cmake --install into a staging prefix"
cmake --install "$build" --prefix "$work/staged" >"$work/install.log"
outside=$(grep -o 'Installing: .*' "$work/install.log" | cut -d' ' -f2 | grep -v "^$work/staged/" || true)
[ -z "$outside" ] || fail "cmake --install wrote outside its prefix: $outside"
[ -x "$work/staged/bin/loket" ] && [ -f "$work/staged/lib/systemd/system/loket-kiosk.service" ] ||
    fail "cmake --install left out the programs or the units"

step "cpack"
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/pkg" >/dev/null
deb=$(echo "$work"/pkg/loket_*.deb)
[ -f "$deb" ] || fail "no package was written"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/loket ./usr/bin/loket-cli ./usr/bin/loket-collector \
    ./usr/libexec/loket/kiosk-session ./usr/lib/systemd/system/loket-kiosk.service \
    ./usr/lib/systemd/system/loket-collector.service \
    ./usr/share/loket/questionnaires/spi-external.json \
    ./usr/share/loket/questionnaires/skm-permenpanrb-14-2017.json \
    ./usr/share/loket/questionnaire.schema.json ./usr/share/doc/loket/deploy-linux-kiosk.md; do
    grep -qxF "$path" <<<"$contents" || fail "the package lacks $path"
done

step "dependencies from the package's own Depends"
mapfile -t depends < <(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*)//; s/[[:space:]]//g' | grep .)
for pkg in cage xwayland qt6-wayland qml6-module-qtquick-virtualkeyboard libqt6httpserver6; do
    printf '%s\n' "${depends[@]}" | grep -qxF "$pkg" || fail "Depends lacks $pkg"
done
loket_install "${depends[@]}"

step "dpkg -i"
dpkg -i "$deb"
[ "$(dpkg-query -W -f='${Status}' loket)" = "install ok installed" ] || fail "loket is not installed"
for user in loket loket-collector; do
    [ "$(getent passwd "$user" | cut -d: -f7)" = /usr/sbin/nologin ] || fail "no system user $user"
    [ "$(stat -c '%U %a' "/var/lib/$user")" = "$user 700" ] || fail "/var/lib/$user is not private"
done

step "systemd units"
systemd-analyze verify /usr/lib/systemd/system/loket-kiosk.service \
    /usr/lib/systemd/system/loket-collector.service

step "installed questionnaires validate"
/usr/bin/loket-cli validate /usr/share/loket/questionnaires/*.json

step "installed collector and device, as their own users"
install -d -o loket-collector -g loket-collector -m 0700 "$work/collector"
install -d -o loket -g loket -m 0700 "$work/device" "$work/runtime"
as_user() {
    local user=$1
    shift
    setpriv --reuid="$user" --regid="$user" --init-groups -- "$@"
}
as_collector() { as_user loket-collector /usr/bin/loket-collector "$@" --data-dir "$work/collector"; }
as_collector init >/dev/null
[ "$(stat -c '%a' "$work/collector/collector.key")" = 600 ] || fail "the secret key is not 0600"
# Not through a function: $! must be the collector itself, not a subshell around it.
setpriv --reuid=loket-collector --regid=loket-collector --init-groups -- \
    /usr/bin/loket-collector serve --listen 127.0.0.1:0 --data-dir "$work/collector" \
    >"$work/serve.log" 2>&1 &
collector_pid=$!
for _ in $(seq 50); do
    grep -q 'listening on' "$work/serve.log" && break
    sleep 0.1
done
endpoint=$(grep -o 'http://[0-9.:]*' "$work/serve.log" | head -1)
[ -n "$endpoint" ] || fail "the collector did not start: $(cat "$work/serve.log")"
code=$(as_collector enroll-code --unit kantor-uji)
as_device() { as_user loket env "$@"; }
as_device /usr/bin/loket-cli --data-dir "$work/device" enroll --endpoint "$endpoint" --code "$code"

step "installed loket --self-test (offscreen)"
out=$(as_device QT_QPA_PLATFORM=offscreen /usr/bin/loket --kiosk --self-test \
    --data-dir "$work/device" --questionnaire /usr/share/loket/questionnaires/spi-external.json)
echo "$out"
grep -qxF "self-test: ok (walked past the attract screen)" <<<"$out" || fail "self-test"

step "kiosk session under cage (headless output)"
# Xwayland's socket directory, as systemd-tmpfiles makes it at boot (the unit itself has a
# private /tmp); left alone, the first cage would create it owned by `loket`.
install -d -m 1777 -o root -g root /tmp/.X11-unix
chown root:root /tmp/.X11-unix
chmod 1777 /tmp/.X11-unix
session() {
    as_device XDG_RUNTIME_DIR="$work/runtime" RUNTIME_DIRECTORY="$work/runtime" \
        WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
        QT_QPA_PLATFORM=wayland timeout 120 /usr/libexec/loket/kiosk-session \
        --data-dir "$work/device" "$@" 2>"$work/cage.log"
}
out=$(session --self-test) || fail "kiosk session: $(cat "$work/cage.log")"
echo "$out"
grep -qxF "self-test: ok (walked past the attract screen)" <<<"$out" || fail "self-test in cage"
# A failing Loket must fail the session, or systemd's Restart=on-failure would not restart it.
status=0
session --size 1x1 >/dev/null || status=$?
[ "$status" -eq 2 ] || fail "kiosk session exited $status for Loket's usage error (2)"

step "dpkg --purge keeps the data"
kill "$collector_pid"
wait "$collector_pid" 2>/dev/null || true
collector_pid=
dpkg --purge loket
[ ! -e /usr/bin/loket ] || fail "/usr/bin/loket is still there"
[ -d /var/lib/loket ] || fail "purging deleted /var/lib/loket"
echo "package check passed"
