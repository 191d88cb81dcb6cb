# One INTERFACE target carries the settings every Vafa target shares.
add_library(vafa_common INTERFACE)
target_compile_definitions(vafa_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_NO_FOREACH)
if(MSVC)
    # /utf-8: Persian string literals must reach the compiler as UTF-8 on every code page.
    target_compile_options(vafa_common INTERFACE /utf-8 /W4 /permissive- /Zc:__cplusplus)
    if(VAFA_WERROR)
        target_compile_options(vafa_common INTERFACE /WX)
    endif()
else()
    target_compile_options(vafa_common INTERFACE -Wall -Wextra -Wpedantic
        -finput-charset=UTF-8 -fexec-charset=UTF-8)
    if(VAFA_WERROR)
        target_compile_options(vafa_common INTERFACE -Werror)
    endif()
endif()

# vafa_expose_headers(<target> <folder>): <folder>'s headers, included as "<folder>/area/X.h", are
# visible to <target> and to what links it, and to nothing else. Each folder is reached through
# a directory of its own that holds only a link to it, so models/ cannot even find a ui/ header
# (DESIGN §3: each target sees only its own and its dependencies' headers).
function(vafa_expose_headers target folder)
    set(root ${PROJECT_BINARY_DIR}/exposed/${folder})
    file(MAKE_DIRECTORY ${root})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/${folder} ${root}/${folder} SYMBOLIC)
    target_include_directories(${target} PUBLIC ${root})
endfunction()
