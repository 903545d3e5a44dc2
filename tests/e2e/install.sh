#!/bin/sh
# Installs the SDKs the end-to-end test drives (versions pinned in package.json).
# No lockfile is kept: package-lock.json is ignored by git.
set -eu
cd "$(dirname "$0")"
npm install --no-audit --no-fund --no-package-lock
