# CPack: `cpack -G DEB` in a configured build directory packages the install tree
# (app/ and packaging/CMakeLists.txt). Tested here: the .deb (build-deb.sh, test-deb.sh).
# Written for, not tested: NSIS and WiX on Windows, DragNDrop on macOS (README.md here).
set(CPACK_PACKAGE_NAME llmledger)
set(CPACK_PACKAGE_VENDOR "LLM Ledger")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Records and prices every LLM API call through a local proxy")
set(CPACK_PACKAGE_DESCRIPTION
    "LLM Ledger is a local proxy for the OpenAI-style and Anthropic-style LLM\n\
APIs and a desktop window over what it recorded. Every call passes through\n\
unchanged and is recorded with its provider, model, tokens, cost, latency,\n\
time to first token, status and the client key that made it. It runs as a\n\
desktop app with a tray icon, or headless on a server.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
# A placeholder address until the project has one: -DCPACK_PACKAGE_CONTACT="Name <mail>".
set(CPACK_PACKAGE_CONTACT "LLM Ledger developers <maintainers@llmledger.invalid>"
    CACHE STRING "Maintainer of the packages")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "LLM Ledger")
set(CPACK_PACKAGE_EXECUTABLES llmledger "LLM Ledger")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/" "/\\\\.git/" "/node_modules/")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB)
endif()

# Debian. Shared libraries are found by dpkg-shlibdeps; what the binary loads at run time
# (QML modules, the SQLite driver, the SVG icon plugin) it cannot see, so it is listed here
# from the imports in qml/*.qml, and checked against the qmldir and plugin files that the
# installed window opens on every page (strace of --probe-window). A new import in qml/
# needs its qml6-module-* package here.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(ledger_runtime_packages
    libqt6sql6-sqlite libqt6svg6
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-dialogs
    qml6-module-qt-labs-folderlistmodel qml6-module-qtcharts)
string(REPLACE ";" ", " CPACK_DEBIAN_PACKAGE_DEPENDS "${ledger_runtime_packages}")
# Provider keys and the install secret live in the Secret Service (or KWallet).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-wayland")

# Windows: NSIS by default, `cpack -G WIX` for an MSI (the upgrade code must never change).
set(CPACK_NSIS_DISPLAY_NAME "LLM Ledger")
set(CPACK_NSIS_PACKAGE_NAME "LLM Ledger")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\llmledger.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_WIX_UPGRADE_GUID "20DAB6CA-45AB-4A2D-AD8F-2E884B775229")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "LLM Ledger")

# macOS: the llmledger.app bundle (app/CMakeLists.txt) on a disk image.
set(CPACK_DMG_VOLUME_NAME "LLM Ledger")
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
