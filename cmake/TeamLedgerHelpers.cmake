# One helper per target kind (after Qt Creator's add_qtc_* functions).

function(tl_apply_defaults target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_compile_definitions(${target} PRIVATE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_FOREACH
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
  if(TL_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# tl_add_library(NAME SOURCES ... DEPENDS ...)
function(tl_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;PRIVATE_DEPENDS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  tl_apply_defaults(${name})
  target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_DEPENDS} PRIVATE ${ARG_PRIVATE_DEPENDS})
endfunction()

# tl_add_executable(NAME SOURCES ... DEPENDS ...)
function(tl_add_executable name)
  cmake_parse_arguments(ARG "" "OUTPUT_NAME" "SOURCES;DEPENDS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  tl_apply_defaults(${name})
  target_link_libraries(${name} PRIVATE ${ARG_DEPENDS})
  if(ARG_OUTPUT_NAME)
    set_target_properties(${name} PROPERTIES OUTPUT_NAME ${ARG_OUTPUT_NAME})
  endif()
endfunction()

# tl_add_test(NAME SOURCES ... DEPENDS ... [GUI])
# Catch2 v2 executable; every TEST_CASE becomes a ctest test.
function(tl_add_test name)
  cmake_parse_arguments(ARG "GUI" "" "SOURCES;DEPENDS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  tl_apply_defaults(${name})
  if(ARG_GUI)
    target_link_libraries(${name} PRIVATE tl_test_main_gui ${ARG_DEPENDS})
  else()
    target_link_libraries(${name} PRIVATE tl_test_main ${ARG_DEPENDS})
  endif()
  # One ENVIRONMENT entry only: catch_discover_tests splits a list value into separate properties.
  # The test mains pin the locale and the offscreen platform; test data paths are compiled in (TestData.h).
  catch_discover_tests(${name}
    TEST_PREFIX "${name}: "
    PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen" TIMEOUT 300)
endfunction()
