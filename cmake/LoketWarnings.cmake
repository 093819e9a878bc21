# Warnings are errors on our own targets; generated Qt code is left alone.
function(loket_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Wunused -Woverloaded-virtual
        -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough
        -Werror)
endfunction()

# The same, on given sources only: for targets that also compile Qt's generated QML code.
function(loket_source_warnings)
    set_source_files_properties(${ARGN} PROPERTIES COMPILE_OPTIONS
        "-Wall;-Wextra;-Wpedantic;-Wshadow;-Wnon-virtual-dtor;-Wold-style-cast;-Wcast-align;-Wunused;-Woverloaded-virtual;-Wnull-dereference;-Wformat=2;-Wimplicit-fallthrough;-Werror")
endfunction()
