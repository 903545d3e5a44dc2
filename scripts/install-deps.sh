#!/usr/bin/env bash
# Installs every Debian 12 package LLM Ledger needs to build, run and test.
# Run as root (or with sudo). Safe to run again; with --if-missing it returns at
# once when everything is already there.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config file dpkg-dev
    qt6-base-dev qt6-declarative-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-l10n-tools
    qtkeychain-qt6-dev libargon2-dev libsqlite3-dev libqt6sql6-sqlite libqt6sql6-psql
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-dialogs
    qml6-module-qt-labs-folderlistmodel
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qtcharts qml6-module-qttest
    qt6-qpa-plugins libqt6svg6
    xvfb xauth dbus gnome-keyring libsecret-1-0
    sqlite3 ca-certificates
)

all_installed() {
    local installed
    installed=$(dpkg-query -W -f='${db:Status-Status}\n' "${PACKAGES[@]}" 2>/dev/null | grep -c '^installed$' || true)
    [ "$installed" -eq "${#PACKAGES[@]}" ] && command -v node >/dev/null && command -v npm >/dev/null
}

if [ "${1:-}" = "--if-missing" ] && all_installed; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${PACKAGES[@]}"

# Node runs the end-to-end test with the official OpenAI and Anthropic SDKs. The
# machines here ship a Node.js of their own; only install Debian's where none is.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    $SUDO apt-get install -y -qq nodejs npm
fi
