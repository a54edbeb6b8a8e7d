# Writes the man page from `colossus-explorer --help`, so it never disagrees with the program.
# cmake -DEXECUTABLE=... -DVERSION=... -DOUTPUT=... [-DLANG_CODE=de] -P ManPage.cmake
set(lang_args)
if(LANG_CODE)
    set(lang_args --lang ${LANG_CODE})
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
                        ${EXECUTABLE} ${lang_args} --help
                OUTPUT_VARIABLE help RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${EXECUTABLE} --help failed (${result})")
endif()

# troff treats a leading dot or apostrophe and every backslash specially.
function(troff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

string(REPLACE ";" "\\;" help "${help}")
string(REPLACE "\n" ";" lines "${help}")
set(description "")
set(options "")
set(section header)
foreach(line IN LISTS lines)
    if(section STREQUAL header)
        if(line MATCHES "^Usage:" OR line MATCHES "^[^ ]+: [^ ]*colossus-explorer")
            continue()
        elseif(line MATCHES ":$" AND NOT line MATCHES " ")
            set(section options)   # "Options:" in the language of --help
        elseif(NOT line STREQUAL "")
            troff_escape("${line}" line)
            string(APPEND description "${line}\n.br\n")
        endif()
    elseif(line MATCHES "^  (-[^ ]*(, -[^ ]+)?( <[^>]+>)?)  +(.*)$")
        troff_escape("${CMAKE_MATCH_1}" flag)
        troff_escape("${CMAKE_MATCH_4}" text)
        string(APPEND options ".TP\n.B ${flag}\n${text}\n")
    elseif(line MATCHES "^  (-.*)$")
        troff_escape("${CMAKE_MATCH_1}" flag)
        string(APPEND options ".TP\n.B ${flag}\n")
    elseif(line MATCHES "^ +(.+)$")
        troff_escape("${CMAKE_MATCH_1}" text)
        string(APPEND options "${text}\n")
    endif()
endforeach()

string(TIMESTAMP month "%B %Y" UTC)
file(WRITE ${OUTPUT}
".TH COLOSSUS-EXPLORER 1 \"${month}\" \"colossus-explorer ${VERSION}\" \"User Commands\"
.SH NAME
colossus\\-explorer \\- see what 100,000 GPUs mean, and where each number comes from
.SH SYNOPSIS
.B colossus\\-explorer
[\\fIOPTIONS\\fR]
.SH DESCRIPTION
${description}.SH OPTIONS
${options}.SH FILES
Settings (language, theme, window layout) are kept by QSettings in
\\fI~/.config/Colossus Explorer/colossus\\-explorer.conf\\fR.
")
