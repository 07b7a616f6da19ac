# CPack's Debian package of DrillDeck: `cpack` in a build of the package preset writes
# drilldeck_VERSION_ARCH.deb (docs/packaging.md; scripts/package-check.sh builds and checks it).

# Debian wants a copyright file and, for a package without a Debian revision (a native one), a
# changelog.gz in /usr/share/doc/PACKAGE; gzip -n keeps the name and time out of its header.
# (Not CMAKE_INSTALL_DOCDIR: that is named after the project, DrillDeck, not the package.)
set(package_docdir ${CMAKE_INSTALL_DATADIR}/doc/drilldeck)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${package_docdir})
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/changelog.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
    COMMAND ${GZIP_EXECUTABLE} -9nc ${CMAKE_CURRENT_LIST_DIR}/changelog
            > ${CMAKE_BINARY_DIR}/packaging/changelog.gz
    DEPENDS ${CMAKE_CURRENT_LIST_DIR}/changelog
    COMMENT "Compressing the Debian changelog")
add_custom_target(drilldeck_changelog ALL DEPENDS ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
install(FILES ${CMAKE_BINARY_DIR}/packaging/changelog.gz DESTINATION ${package_docdir})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME drilldeck)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The DrillDeck developers")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # drilldeck_0.1.0_amd64.deb
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# The package's folders are 0755 whatever the umask of the machine that builds it.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# The repository names no maintainer and no home page: the packager gives their own
# (cmake -DDRILLDECK_PACKAGE_MAINTAINER="Name <address>").
set(DRILLDECK_PACKAGE_MAINTAINER "DrillDeck developers <drilldeck@example.org>" CACHE STRING
    "The Debian package's Maintainer field: Name <address>")
set(DRILLDECK_PACKAGE_HOMEPAGE "" CACHE STRING "The Debian package's Homepage field (none if empty)")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${DRILLDECK_PACKAGE_MAINTAINER})
if(DRILLDECK_PACKAGE_HOMEPAGE)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${DRILLDECK_PACKAGE_HOMEPAGE})
endif()
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "run disaster-recovery fire drills against the stopwatch")
# The long description; CPack puts the summary above it as the synopsis line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "DrillDeck runs disaster-recovery fire drills: the facilitator drives the
team's runbook step by step against the stopwatch from the laptop keyboard,
and a projector window shows the room the current step, the stopwatch, the
RTO countdown and the latest observations in large type.
.
Runbooks are YAML files (a JSON Schema is included). Observations and
rewrites of the procedure are logged as the drill runs; RTO and RPO are
charted across drills; reports are written in Markdown, HTML and PDF. A
command line validates runbooks and lists, charts, reports and backs up the
drill history.")

# Dependencies: dpkg-shlibdeps reads them off the executable's shared libraries. It cannot see
# what Qt loads at run time: the SQLite driver of Qt SQL (the database), the SVG icon engine
# (the window icon; in libqt6svg6, which shlibdeps finds through libQt6Svg) and the platform
# plugin (xcb, in libqt6gui6). Nor fonts: the interface's symbols (✓ ▶ ⏸ …) are checked against
# DejaVu (tests/tst_glyphs.cpp), which Debian's desktop installs pull in but a minimal one lacks.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, fonts-dejavu-core")
# Wayland sessions run it natively with Qt's Wayland platform plugin; without it, through XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
# The evidence pack's optional signature (`drilldeck evidence --sign`) runs gpg or ssh-keygen;
# libzip itself is found by shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnupg, openssh-client")

include(CPack)
