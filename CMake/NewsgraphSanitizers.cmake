# -DNEWSGRAPH_SANITIZE=address,undefined builds everything with those sanitizers.
set(NEWSGRAPH_SANITIZE "" CACHE STRING "Comma-separated sanitizers (address, undefined, thread)")

if(NEWSGRAPH_SANITIZE)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    message(FATAL_ERROR "NEWSGRAPH_SANITIZE needs GCC or Clang")
  endif()
  message(STATUS "newsgraph: sanitizers ${NEWSGRAPH_SANITIZE}")
  add_compile_options(-fsanitize=${NEWSGRAPH_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${NEWSGRAPH_SANITIZE})
endif()
