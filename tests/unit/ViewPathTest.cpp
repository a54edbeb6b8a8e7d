#include "diagram/ViewPath.h"

#include <gtest/gtest.h>

#include "ReportedFanout.h"

using namespace colossus;

namespace {

const HierarchyGeometry &built() {
    static const HierarchyGeometry g(reportedFanout(), 100000);
    return g;
}

struct GoodPath {
    const char *text;
    ElementPath path;
    const char *display;
};

std::ostream &operator<<(std::ostream &os, const GoodPath &c) {
    return os << c.text;
}

} // namespace

class GoodPaths : public ::testing::TestWithParam<GoodPath> {};

TEST_P(GoodPaths, ParseFormatAndValidate) {
    const GoodPath &c = GetParam();
    QString error;
    const auto parsed = ViewPath::parse(QString::fromLatin1(c.text), &error);
    ASSERT_TRUE(parsed.has_value()) << error.toStdString();
    EXPECT_EQ(*parsed, c.path);
    EXPECT_EQ(ViewPath::format(*parsed), QString::fromLatin1(c.text));
    EXPECT_EQ(ViewPath::validate(*parsed, built(), u"built"_qs), QString());
    EXPECT_EQ(ViewPath::displayName(*parsed), QString::fromUtf8(c.display));
}

INSTANTIATE_TEST_SUITE_P(
    ViewPath, GoodPaths,
    ::testing::Values(GoodPath{"cluster", ElementPath::cluster(), ""},
                      GoodPath{"group/12", ElementPath::ofGroup(12), "Group 12"},
                      GoodPath{"group/12/rack/3", ElementPath::ofRack(12, 3), "Group 12 > Rack 3"},
                      GoodPath{"group/12/rack/3/rear", ElementPath{12, 3, -1, -1, true},
                               "Group 12 > Rack 3 (rear)"},
                      GoodPath{"group/12/rack/3/server/5", ElementPath::ofServer(12, 3, 5),
                               "Group 12 > Rack 3 > Server 5"},
                      GoodPath{"group/12/rack/3/server/5/gpu/7", ElementPath::ofGpu(12, 3, 5, 7),
                               "Group 12 > Rack 3 > Server 5 > GPU 7"},
                      GoodPath{"group/195/rack/2/server/3/gpu/7", ElementPath::ofGpu(195, 2, 3, 7),
                               "Group 195 > Rack 2 > Server 3 > GPU 7"}));

struct BadPath {
    const char *text;
    const char *message; // expected part of the message
};

std::ostream &operator<<(std::ostream &os, const BadPath &c) {
    return os << c.text;
}

class BadSyntax : public ::testing::TestWithParam<BadPath> {};

TEST_P(BadSyntax, IsRejectedWithAMessageNamingIt) {
    const BadPath &c = GetParam();
    QString error;
    EXPECT_FALSE(ViewPath::parse(QString::fromUtf8(c.text), &error).has_value());
    EXPECT_TRUE(error.contains(QString::fromUtf8(c.message))) << error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    ViewPath, BadSyntax,
    ::testing::Values(
        BadPath{"", "expected cluster"}, BadPath{"Cluster", "unexpected \"Cluster\""},
        BadPath{"group", "\"group\" needs an index"}, BadPath{"group/", "\"\" is not an index"},
        BadPath{"group/-1", "\"-1\" is not an index"},
        BadPath{"group/+1", "\"+1\" is not an index"},
        BadPath{"group/1x", "\"1x\" is not an index"},
        BadPath{"group/9999999999", "is not an index"}, BadPath{"group/1/", "unexpected \"\""},
        BadPath{"/group/1", "unexpected \"\""}, BadPath{"rack/3", "unexpected \"rack\""},
        BadPath{"group/1/server/2", "unexpected \"server\""},
        BadPath{"group/1/rear", "unexpected \"rear\""},
        BadPath{"group/1/rack/2/rear/server/1", "nothing may follow \"rear\""},
        BadPath{"group/1/rack/2/server/3/gpu/4/nic", "unexpected \"nic\""},
        BadPath{"group 1", "unexpected \"group 1\""},
        BadPath{"chart/power", "unexpected \"chart\""}));

class OutOfRange : public ::testing::TestWithParam<BadPath> {};

TEST_P(OutOfRange, NamesTheBadPartAndTheRange) {
    const BadPath &c = GetParam();
    const auto parsed = ViewPath::parse(QString::fromUtf8(c.text));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(ViewPath::validate(*parsed, built(), u"built"_qs), QString::fromUtf8(c.message));
}

INSTANTIATE_TEST_SUITE_P(
    ViewPath, OutOfRange,
    ::testing::Values(
        BadPath{"group/250", "group/250: the built scenario has 196 groups (0-195)"},
        BadPath{"group/196/rack/0", "group/196: the built scenario has 196 groups (0-195)"},
        BadPath{"group/195/rack/3", "group/195/rack/3: group 195 of the built scenario has 3 "
                                    "racks (0-2)"},
        BadPath{"group/195/rack/5/rear", "group/195/rack/5: group 195 of the built scenario has "
                                         "3 racks (0-2)"},
        BadPath{"group/0/rack/8", "group/0/rack/8: group 0 of the built scenario has 8 racks "
                                  "(0-7)"},
        BadPath{"group/195/rack/2/server/4", "group/195/rack/2/server/4: rack 2 of group 195 "
                                             "has 4 servers (0-3)"},
        BadPath{"group/0/rack/0/server/0/gpu/8", "group/0/rack/0/server/0/gpu/8: server 0 has 8 "
                                                 "GPUs (0-7)"}));
