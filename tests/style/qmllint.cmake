# Runs qmllint over every file of the built Loket module; any warning fails.
file(GLOB files ${MODULE_DIR}/Loket/*.qml)
execute_process(COMMAND ${QMLLINT} -I ${MODULE_DIR} ${files}
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
    message(FATAL_ERROR "qmllint:\n${out}${err}")
endif()
message(STATUS "qmllint: ${files} clean")
