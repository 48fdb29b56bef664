# Packages: `cpack -G DEB` (and `-G RPM`) in the build directory makes two packages,
#   qddns-agent  the agent, its units, man pages and completions: Qt Core + Network, QtKeychain,
#                libsecret; no X, GL or Widgets library, so a headless server can take it alone
#   qddns        the tray app and its desktop integration; depends on qddns-agent
# scripts/check-packages builds them, runs lintian and checks what the agent package pulls in.
set(CPACK_PACKAGE_NAME qddns)
set(CPACK_PACKAGE_VENDOR "qddns")
set(CPACK_PACKAGE_CONTACT "qddns developers <qddns@users.noreply.github.com>")
# CPackDeb puts a summary set here before each component's own first line; this value (its
# default) is the one it leaves out, so each package keeps its own synopsis.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
if(UNIX AND NOT APPLE)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_INSTALL_PREFIX /usr)
    # Install with DESTDIR and the final prefix, so the units name /usr/bin/qddns-agent and what
    # belongs in /etc lands there (qddns_install_sysconf), not under the staging directory.
    set(CPACK_SET_DESTDIR ON)
endif()
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL agent)
if(QDDNS_BUILD_GUI)
    list(APPEND CPACK_COMPONENTS_ALL gui)
endif()

# --- Debian ---------------------------------------------------------------------------------
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_SOURCE qddns)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_AGENT_PACKAGE_NAME qddns-agent)
set(CPACK_DEBIAN_GUI_PACKAGE_NAME qddns)
set(CPACK_DEBIAN_GUI_PACKAGE_SECTION net)
# What dpkg-shlibdeps cannot see: QtKeychain loads libsecret at run time, HTTPS needs the CA
# bundle; the tray app needs Qt's platform plugins (xcb, wayland) and the agent it talks to.
set(CPACK_DEBIAN_AGENT_PACKAGE_DEPENDS "libsecret-1-0, ca-certificates")
set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS "qddns-agent (= ${PROJECT_VERSION}-1), qt6-qpa-plugins, libsecret-1-0")
# Qt's own strings (standard buttons, file dialogs) in the tray's language; the tray works without.
set(CPACK_DEBIAN_GUI_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_AGENT_DESCRIPTION "Dynamic DNS client: the agent (headless service)
qddns keeps DNS names pointing at the public address of your network. The
agent detects the public IPv4 and IPv6 address through HTTPS echo services,
network interfaces or commands and, only when it changed, publishes it at
the DNS provider: DynDNS2 services, Duck DNS, Cloudflare or any update URL.

It runs as a systemd user unit (with the desktop keychain) or as a hardened
system service, and needs no desktop libraries.")
set(CPACK_DEBIAN_GUI_DESCRIPTION "Dynamic DNS client: tray icon and settings
qddns keeps DNS names pointing at the public address of your network. This
is its tray application: status at a glance, profile settings built for
each provider, the IP history, a port check and the agent's live log. It
talks to the qddns-agent service through its local socket.")
# The agent's postinst creates the system unit's socket group (sysusers.d/qddns.conf).
set(CPACK_DEBIAN_AGENT_PACKAGE_CONTROL_EXTRA ${CMAKE_CURRENT_SOURCE_DIR}/linux/debian/agent/postinst)
# Files in /etc are the administrator's once installed (dpkg keeps their changes).
set(CPACK_DEBIAN_GUI_PACKAGE_CONTROL_EXTRA ${CMAKE_CURRENT_SOURCE_DIR}/linux/debian/gui/conffiles)

# --- RPM (built here with Debian's rpm; not installed anywhere by the tests) ------------------
set(CPACK_RPM_COMPONENT_INSTALL ON)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_RELOCATABLE OFF) # the units name /usr/bin and /etc
set(CPACK_RPM_PACKAGE_LICENSE "none chosen yet")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RPM_AGENT_PACKAGE_NAME qddns-agent)
set(CPACK_RPM_GUI_PACKAGE_NAME qddns)
set(CPACK_RPM_AGENT_PACKAGE_REQUIRES "libsecret, ca-certificates")
# The socket group: Fedora's systemd runs sysusers.d files as a file trigger; elsewhere at boot.
set(CPACK_RPM_GUI_PACKAGE_REQUIRES "qddns-agent = ${PROJECT_VERSION}")
set(CPACK_RPM_AGENT_PACKAGE_SUMMARY "Dynamic DNS client: the agent (headless service)")
set(CPACK_RPM_GUI_PACKAGE_SUMMARY "Dynamic DNS client: tray icon and settings")
set(CPACK_RPM_GUI_USER_FILELIST "%config(noreplace) /etc/xdg/autostart/qddns.desktop")
# Directories the distribution's own packages (filesystem, systemd, hicolor-icon-theme) own.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /etc/xdg /etc/xdg/autostart /usr/lib/systemd /usr/lib/systemd/system /usr/lib/systemd/user /usr/lib/sysusers.d
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1 /usr/share/man/man5 /usr/share/doc
    /usr/share/bash-completion /usr/share/bash-completion/completions /usr/share/zsh
    /usr/share/zsh/vendor-completions /usr/share/fish /usr/share/fish/vendor_completions.d)
foreach(size IN LISTS QDDNS_ICON_SIZES ITEMS scalable)
    if(size STREQUAL "scalable")
        set(dir scalable)
    else()
        set(dir ${size}x${size})
    endif()
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
         /usr/share/icons/hicolor/${dir} /usr/share/icons/hicolor/${dir}/apps)
endforeach()

# --- Windows: an NSIS installer (cpack -G NSIS; makensis from the nsis package) --------------
# Per-machine into Program Files; the agent as a service is the administrator's choice afterwards
# (`qddns-agent service install`), and the uninstaller removes that service if it is there. Qt's
# DLLs are deployed into the install tree before (windeployqt); none of this has run here.
if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_PACKAGE_INSTALL_DIRECTORY qddns)
    set(CPACK_NSIS_PACKAGE_NAME qddns)
    set(CPACK_NSIS_DISPLAY_NAME qddns)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH OFF)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
    set(CPACK_PACKAGE_EXECUTABLES qddns qddns) # a Start menu entry for the tray app
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS
        "ExecWait '\\\"$INSTDIR\\\\${CMAKE_INSTALL_BINDIR}\\\\qddns-agent.exe\\\" service uninstall'")
endif()

# --- macOS: a disk image with qddns.app (the tray app, the agent inside it) ------------------
if(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "qddns ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT UDZO)
endif()

include(CPack)
cpack_add_component(agent DISPLAY_NAME "qddns-agent" DESCRIPTION "The agent: a headless service")
if(QDDNS_BUILD_GUI)
    cpack_add_component(gui DISPLAY_NAME "qddns" DESCRIPTION "The tray app" DEPENDS agent)
endif()
