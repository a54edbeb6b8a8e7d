#pragma once

// Comparisons for the cache tests: a frame drawn through a cache (group tiles, the legend
// image) must have exactly the pixels and link zones of the same frame drawn without it. On a
// difference they say how many pixels differ and where the first one is, which is what one
// needs to find an off-by-one blit.

#include "diagram/DiagramRenderer.h"

#include <QImage>
#include <QList>
#include <gtest/gtest.h>
#include <string>

inline void expectSameImage(const QImage &actual, const QImage &expected, const std::string &what) {
    ASSERT_EQ(actual.size(), expected.size()) << what;
    if (actual == expected)
        return;
    int differing = 0;
    QPoint first(-1, -1);
    for (int y = 0; y < expected.height(); ++y) {
        for (int x = 0; x < expected.width(); ++x) {
            if (actual.pixel(x, y) != expected.pixel(x, y) && differing++ == 0)
                first = QPoint(x, y);
        }
    }
    ADD_FAILURE() << what << ": " << differing << " pixels differ, the first at " << first.x()
                  << "," << first.y();
}

// The same zones in the same order: ids, labels and rectangles (within 1e-6 px).
inline void expectSameZones(const QList<colossus::LinkZone> &actual,
                            const QList<colossus::LinkZone> &expected, const std::string &what) {
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(actual[i].id, expected[i].id) << what;
        EXPECT_EQ(actual[i].label, expected[i].label) << what;
        EXPECT_LT(
            (actual[i].rect.topLeft() - expected[i].rect.topLeft()).manhattanLength() +
                (actual[i].rect.bottomRight() - expected[i].rect.bottomRight()).manhattanLength(),
            1e-6)
            << what;
    }
}
