#!/usr/bin/env bash
# Installs what building and testing Portolan needs on Debian 12 (as root, or with sudo),
# then configures and builds into build/ with Ninja.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake ninja-build g++ clang-format
          qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-translations-l10n libgl-dev qt6-qpa-plugins
          fonts-dejavu-core xvfb xauth poppler-utils
          dpkg-dev file desktop-file-utils appstream man-db
          nftables iptables)  # the offline checkers of the firewall outputs (tst_policy)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build
