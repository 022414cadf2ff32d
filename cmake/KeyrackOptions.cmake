# One INTERFACE target carries the warnings and QT_NO_* defines every Keyrack target uses.
add_library(keyrack_options INTERFACE)
target_compile_definitions(keyrack_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
)
target_compile_options(keyrack_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Wshadow=local
)
if(KEYRACK_WERROR)
    target_compile_options(keyrack_options INTERFACE -Werror)
endif()
