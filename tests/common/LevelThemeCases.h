#pragma once

// What the cache tests share: a name gtest accepts for a parameterised case, and the cases of
// every level of DiagramPicture in every theme.

#include "diagram/DiagramPicture.h"
#include "style/Theme.h"

#include <cctype>
#include <gtest/gtest.h>
#include <string>
#include <vector>

// `text` with every character gtest does not accept in a test name made '_'.
inline std::string testName(std::string text) {
    for (char &ch : text) {
        if (!std::isalnum(static_cast<unsigned char>(ch)))
            ch = '_';
    }
    return text;
}

struct LevelTheme {
    std::string path; // a view path, "group/0/rack/0"
    colossus::Theme theme;
};

inline std::vector<LevelTheme> everyLevelAndTheme() {
    using colossus::Theme;
    std::vector<LevelTheme> all;
    for (const QString &path : colossus::DiagramPicture::levelPaths()) {
        for (const Theme &theme : {Theme::light(), Theme::dark(), Theme::highContrast()})
            all.push_back({path.toStdString(), theme});
    }
    return all;
}

inline std::string levelThemeName(const ::testing::TestParamInfo<LevelTheme> &info) {
    return testName(info.param.path + "_" + info.param.theme.key().toStdString());
}
