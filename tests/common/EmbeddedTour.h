#pragma once

#include "catalogue/Catalogue.h"
#include "tour/Tour.h"

#include <gtest/gtest.h>

// The tour shipped in resources/tour, loaded once against the embedded catalogue.
inline const colossus::Tour &embeddedTour() {
    static const colossus::Tour tour = [] {
        const colossus::TourLoadResult result =
            colossus::TourLoader::loadEmbedded(colossus::Catalogue::embedded());
        // A broken tour fails every test that uses it, with the problems in the log.
        EXPECT_TRUE(result.ok()) << result.problemText().toStdString();
        return result.tour.value_or(colossus::Tour());
    }();
    return tour;
}
