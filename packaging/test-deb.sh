#!/usr/bin/env bash
# Builds the Debian package in BUILD_DIR, installs it with apt-get, checks what it installed
# (the program headless, the desktop entry, the metainfo, the man page, the MIME type) and
# removes it again. Exits non-zero with a message naming the failed check.
# Usage: packaging/test-deb.sh BUILD_DIR    (as root, or with sudo for apt-get)
# Needs: dpkg-dev, file, desktop-file-utils, appstream, man-db (and the build's packages).
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 BUILD_DIR" >&2
    exit 2
fi
src="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$1"
build="$(cd "$1" && pwd)"
app_id="io.github.portolan_planner.Portolan"

fail() {
    echo "test-deb: FAILED: $*" >&2
    exit 1
}
step() { echo "test-deb: $*"; }

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive

for tool in cmake cpack dpkg-shlibdeps desktop-file-validate appstreamcli man apt-get; do
    command -v "$tool" >/dev/null ||
        fail "'$tool' is missing (packages: cmake dpkg-dev desktop-file-utils appstream man-db)"
done
command -v file >/dev/null || fail "'file' is missing: CPack needs it for dpkg-shlibdeps (package file)"
# Slim container images tell dpkg to drop man pages and docs, which the checks below look for.
if excludes="$(grep -rsE '^path-exclude=?[[:space:]]*/usr/share/(man|doc)' /etc/dpkg/dpkg.cfg.d/)"; then
    fail "dpkg is set to leave out man pages or docs, so the installed files cannot be checked: $excludes"
fi
if [ "$(dpkg-query -W -f='${Status}' portolan 2>/dev/null || true)" = "install ok installed" ]; then
    fail "portolan is already installed; remove it first (apt-get remove portolan)"
fi

work="$(mktemp -d)"
installed=0
cleanup() {
    rm -rf "$work"
    if [ "$installed" -eq 1 ]; then
        echo "test-deb: removing the package after a failure" >&2
        $sudo apt-get remove -y -qq portolan >/dev/null || true
    fi
}
trap cleanup EXIT

step "building in $build"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null ||
        fail "cmake could not configure $build"
fi
cmake --build "$build" || fail "the build failed"

step "making the .deb (cpack -G DEB)"
rm -f "$build"/portolan_*.deb
(cd "$build" && cpack -G DEB >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
}
debs=("$build"/portolan_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    fail "expected one portolan_*.deb in $build"
fi
deb="${debs[0]}"
version="$(dpkg-deb -f "$deb" Version)"
arch="$(dpkg --print-architecture)"
[ "$(basename "$deb")" = "portolan_${version}_${arch}.deb" ] ||
    fail "$(basename "$deb") is not named portolan_${version}_${arch}.deb"
step "$(basename "$deb"): Depends: $(dpkg-deb -f "$deb" Depends)"

# shlibdeps must have run (Qt libraries found in the ELF file), and the plugin package added.
depends="$(dpkg-deb -f "$deb" Depends)"
for package in libqt6core6 libqt6widgets6 libqt6svg6; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
done
# Only the application is installed: no test, benchmark or fuzz executables.
executables="$(dpkg-deb -c "$deb" | awk '$1 ~ /^-..x/ {print $NF}')"
[ "$executables" = "./usr/bin/portolan" ] ||
    fail "the package holds executables other than /usr/bin/portolan: $executables"

# Without recommends: the package must work with its Depends alone.
step "apt-get install $deb"
installed=1
$sudo apt-get install -y -qq --no-install-recommends "$deb" >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log" >&2
    fail "apt-get install of $(basename "$deb") failed"
}
[ -x /usr/bin/portolan ] || fail "/usr/bin/portolan is missing after the install"

step "checking the installed program"
libraries="$(ldd /usr/bin/portolan)" || fail "ldd cannot read /usr/bin/portolan"
if grep -q "not found" <<<"$libraries"; then
    echo "$libraries" >&2
    fail "/usr/bin/portolan has unresolved libraries"
fi
/usr/bin/portolan --version >"$work/version.txt" || fail "portolan --version exited non-zero"
[ "$(cat "$work/version.txt")" = "portolan $version" ] ||
    fail "portolan --version printed '$(cat "$work/version.txt")', expected 'portolan $version'"

sample=/usr/share/portolan/samples/single-director.portolan.json
[ -f "$sample" ] || fail "$sample is missing"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
    /usr/bin/portolan export "$sample" --output "$work/installed.csv" ||
    fail "the headless export of the installed sample failed"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
    "$build/app/portolan" export "$src/resources/samples/single-director.json" \
    --output "$work/build-tree.csv" || fail "the build tree's export of the sample failed"
cmp "$work/installed.csv" "$work/build-tree.csv" ||
    fail "the installed export differs from the build tree's export of the same sample"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
    /usr/bin/portolan check "$sample" >/dev/null || fail "portolan check of the installed sample failed"
for scenario in director-pool edge-nat perimeter; do
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
        /usr/bin/portolan check "/usr/share/portolan/samples/$scenario.portolan.json" >/dev/null ||
        fail "portolan check of the installed sample $scenario failed"
done
catalogs="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/portolan catalog)" ||
    fail "portolan catalog exited non-zero"
grep -q "^sfb2019-edge-hlb " <<<"$catalogs" || fail "portolan catalog does not list the built-in catalogs"

# Diagram exports paint (fonts, the offscreen platform, Qt Svg): they show whether the
# package's dependencies are enough to draw without a display.
export_help="$(/usr/bin/portolan export --help)" || fail "portolan export --help exited non-zero"
if grep -q "svg" <<<"$export_help"; then
    step "exporting the installed sample as SVG, PDF and PNG headless"
    for format in svg pdf png; do
        env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
            /usr/bin/portolan export "$sample" --output "$work/diagram.$format" \
            2>"$work/diagram.log" || {
            cat "$work/diagram.log" >&2
            fail "the headless $format export of the installed sample failed"
        }
    done
    grep -q "<svg" <<<"$(head -c 200 "$work/diagram.svg")" || fail "the SVG export is no SVG file"
    [ "$(head -c 5 "$work/diagram.pdf")" = "%PDF-" ] || fail "the PDF export is no PDF file"
    [ "$(head -c 4 "$work/diagram.png" | tail -c 3)" = "PNG" ] || fail "the PNG export is no PNG file"
fi

# The window on the offscreen platform, as the desktop entry starts it (portolan FILE): it
# must come up with what the package depends on, including the SVG icon engine that Qt
# loads as a plugin for the role icons (libqt6svg6, which dpkg-shlibdeps cannot see).
step "starting the window offscreen for 5 seconds"
status=0
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 \
    timeout 5 /usr/bin/portolan "$sample" >"$work/window.log" 2>&1 || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 124 ]; then
    tail -n 20 "$work/window.log" >&2
    fail "the window exited with status $status instead of running"
fi
grep -q 'iconengines/libqsvgicon.so" loaded library' "$work/window.log" ||
    fail "the window did not load Qt's SVG icon engine (libqt6svg6)"

step "checking the installed desktop files"
desktop="/usr/share/applications/$app_id.desktop"
metainfo="/usr/share/metainfo/$app_id.metainfo.xml"
for file in "$desktop" "$metainfo" "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    /usr/share/mime/packages/portolan-mime.xml /usr/share/doc/portolan/LICENSE \
    /usr/share/doc/portolan/README.md /usr/share/doc/portolan/catalog-format.md \
    /usr/share/doc/portolan/copyright \
    /usr/share/doc/portolan/changelog.gz; do
    [ -s "$file" ] || fail "$file is missing or empty"
done
ls /usr/share/portolan/icons/*.svg >/dev/null 2>&1 || fail "no role icons in /usr/share/portolan/icons"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"
appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1 || {
    cat "$work/appstream.log" >&2
    fail "appstreamcli validate rejects $metainfo"
}
man_path="$(man -w portolan 2>/dev/null)" || fail "man -w portolan finds no man page"
[ "$man_path" = /usr/share/man/man1/portolan.1.gz ] ||
    fail "man -w portolan found $man_path, not /usr/share/man/man1/portolan.1.gz"
# The dpkg trigger of shared-mime-info (a dependency of libqt6core6) registers the type.
grep -q "application/x-portolan-project:\*\.portolan\.json" /usr/share/mime/globs2 ||
    fail "the MIME database does not know *.portolan.json"
# The trigger of desktop-file-utils records which application opens the type.
grep -q "^application/x-portolan-project=.*$app_id\.desktop" /usr/share/applications/mimeinfo.cache ||
    fail "/usr/share/applications/mimeinfo.cache does not send project files to $app_id.desktop"

step "apt-get remove portolan"
$sudo apt-get remove -y -qq portolan >"$work/apt.log" 2>&1 || {
    cat "$work/apt.log" >&2
    fail "apt-get remove portolan failed"
}
installed=0
[ ! -e /usr/bin/portolan ] || fail "/usr/bin/portolan is still there after the removal"
[ ! -e "$desktop" ] || fail "$desktop is still there after the removal"

step "passed: $(basename "$deb") builds, installs, works headless and removes cleanly"
