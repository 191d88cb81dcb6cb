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
target_include_directories(vafa_common INTERFACE ${PROJECT_SOURCE_DIR})
