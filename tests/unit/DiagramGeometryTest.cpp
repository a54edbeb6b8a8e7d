#include "diagram/HierarchyGeometry.h"

#include <gtest/gtest.h>

#include "ReportedFanout.h"

using namespace colossus;
using Level = ElementPath::Level;

namespace colossus {
void PrintTo(const ElementPath &p, std::ostream *os) {
    *os << p.group << '/' << p.rack << '/' << p.server << '/' << p.gpu << (p.rear ? " rear" : "");
}
} // namespace colossus

namespace {

const HierarchyGeometry &built() {
    static const HierarchyGeometry g(reportedFanout(), 100000);
    return g;
}

} // namespace

TEST(HierarchyGeometry, CountsForTheBuiltCluster) {
    const HierarchyGeometry &g = built();
    EXPECT_EQ(g.serverCount(), 12500);
    EXPECT_EQ(g.rackCount(), 1563); // 100,000 / 64 = 1,562.5
    EXPECT_EQ(g.groupCount(), 196); // 100,000 / 512 = 195.3
    EXPECT_DOUBLE_EQ(g.rackUnits(), 8 * 4 + 7 * 1 + 4);
    EXPECT_EQ(g.columns() * g.rows() >= g.groupCount(), true);
    EXPECT_LT((g.rows() - 1) * g.columns(), g.groupCount()); // no empty row
}

TEST(HierarchyGeometry, PartialLastGroupAndRack) {
    const HierarchyGeometry &g = built();
    EXPECT_EQ(g.racksInGroup(194), 8);
    EXPECT_EQ(g.racksInGroup(195), 3);
    EXPECT_EQ(g.racksInGroup(196), 0);
    EXPECT_EQ(g.serversInRack(195, 1), 8);
    EXPECT_EQ(g.serversInRack(195, 2), 4); // the half-full last rack
    EXPECT_EQ(g.serversInRack(195, 3), 0);
    EXPECT_EQ(g.gpusIn(ElementPath::ofGroup(195)), 100000 - 195 * 512);
    EXPECT_EQ(g.gpusIn(ElementPath::ofRack(195, 2)), 32);
    EXPECT_EQ(g.serversIn(ElementPath::cluster()), 12500);
    EXPECT_EQ(g.racksIn(ElementPath::cluster()), 1563);
    EXPECT_TRUE(g.exists(ElementPath::ofServer(195, 2, 3)));
    EXPECT_FALSE(g.exists(ElementPath::ofServer(195, 2, 4)));
    EXPECT_FALSE(g.exists(ElementPath::ofRack(195, 3)));
}

TEST(HierarchyGeometry, PartialLastServer) {
    const HierarchyGeometry g(reportedFanout(), 100); // 12 full servers and one with 4 GPUs
    EXPECT_EQ(g.serverCount(), 13);
    EXPECT_EQ(g.rackCount(), 2);
    EXPECT_EQ(g.groupCount(), 1);
    EXPECT_EQ(g.gpusInServer(0, 1, 4), 4);
    EXPECT_EQ(g.gpusInServer(0, 1, 5), 0);
    EXPECT_TRUE(g.exists(ElementPath::ofGpu(0, 1, 4, 3)));
    EXPECT_FALSE(g.exists(ElementPath::ofGpu(0, 1, 4, 4)));
}

TEST(HierarchyGeometry, AMillionGpusIsArithmeticOnly) {
    const HierarchyGeometry g(reportedFanout(), 1000000);
    EXPECT_EQ(g.rackCount(), 15625);
    EXPECT_EQ(g.groupCount(), 1954);
    EXPECT_EQ(g.racksInGroup(1953), 1);
    // The last GPU is where the arithmetic says, without any per-element storage.
    const ElementPath last = ElementPath::ofGpu(1953, 0, 7, 7);
    EXPECT_TRUE(g.exists(last));
    EXPECT_EQ(g.firstGpu(last), 999999);
    EXPECT_EQ(g.elementAt(g.rect(last).center()), last);
}

TEST(HierarchyGeometry, InvalidFanoutGivesAnEmptyCluster) {
    Fanout f = reportedFanout();
    f.gpusPerServer = 0;
    const HierarchyGeometry g(f, 1000);
    EXPECT_EQ(g.groupCount(), 0);
    EXPECT_EQ(g.elementAt(QPointF(1, 1)), ElementPath::cluster());
    EXPECT_TRUE(g.visibleRows(QRectF(0, 0, 1000, 1000)).isEmpty());
}

TEST(HierarchyGeometry, GroupsFillRowsLeftToRight) {
    const HierarchyGeometry &g = built();
    const QRectF a = g.groupRect(0), b = g.groupRect(1), below = g.groupRect(g.columns());
    EXPECT_DOUBLE_EQ(b.left(), a.right() + HierarchyGeometry::groupGap);
    EXPECT_DOUBLE_EQ(b.top(), a.top());
    EXPECT_DOUBLE_EQ(below.left(), a.left());
    EXPECT_DOUBLE_EQ(below.top(), a.bottom() + HierarchyGeometry::groupGap);
    EXPECT_TRUE(g.clusterRect().contains(g.groupRect(g.groupCount() - 1)));
}

TEST(HierarchyGeometry, RackFrontFollowsTheUnitHeights) {
    const HierarchyGeometry &g = built();
    const QRectF s0 = g.serverRect(3, 2, 0), s1 = g.serverRect(3, 2, 1),
                 m0 = g.manifoldRect(3, 2, 0);
    EXPECT_DOUBLE_EQ(s0.height(), 4);
    EXPECT_DOUBLE_EQ(m0.top(), s0.bottom());
    EXPECT_DOUBLE_EQ(m0.height(), 1);
    EXPECT_DOUBLE_EQ(s1.top(), m0.bottom());
    const QRectF pump = g.pumpUnitRect(3, 2);
    EXPECT_DOUBLE_EQ(pump.top(), g.serverRect(3, 2, 7).bottom());
    EXPECT_DOUBLE_EQ(pump.height(), 4);
    EXPECT_LE(pump.bottom(), g.rackRect(3, 2).bottom());
}

// Every element lies inside its parent and apart from its next sibling, and the hit test of
// its centre finds it again.
class ElementCase : public ::testing::TestWithParam<ElementPath> {};

TEST_P(ElementCase, NestedDisjointAndFoundAgain) {
    const HierarchyGeometry &g = built();
    const ElementPath p = GetParam();
    ASSERT_TRUE(g.exists(p));
    const QRectF r = g.rect(p);
    EXPECT_TRUE(g.rect(p.parent()).contains(r));
    if (p.level() == Level::Gpu) {
        EXPECT_EQ(g.elementAt(r.center()), p);
    }
    const ElementPath next = p.parent().child(p.indexInParent() + 1);
    if (g.exists(next)) {
        EXPECT_FALSE(r.intersected(g.rect(next)).height() > 0 &&
                     r.intersected(g.rect(next)).width() > 0);
    }
    EXPECT_EQ(g.elementAt(r.center(), p.level()), p);
    if (p.level() > Level::Group) {
        EXPECT_EQ(g.elementAt(r.center(), Level::Group), ElementPath::ofGroup(p.group));
    }
}

INSTANTIATE_TEST_SUITE_P(
    Paths, ElementCase,
    ::testing::Values(ElementPath::ofGroup(0), ElementPath::ofGroup(12), ElementPath::ofGroup(195),
                      ElementPath::ofRack(0, 0), ElementPath::ofRack(12, 7),
                      ElementPath::ofRack(195, 2), ElementPath::ofServer(12, 3, 5),
                      ElementPath::ofServer(195, 2, 3), ElementPath::ofServer(0, 0, 7),
                      ElementPath::ofGpu(12, 3, 5, 7), ElementPath::ofGpu(0, 0, 0, 0),
                      ElementPath::ofGpu(195, 2, 3, 7)));

TEST(HierarchyGeometry, HitTestsOnBoundaries) {
    const HierarchyGeometry &g = built();
    // Shared edge of two GPU columns: the point belongs to the right-hand GPU.
    const QRectF gpu1 = g.gpuRect(12, 3, 5, 1);
    EXPECT_EQ(g.elementAt(QPointF(gpu1.left(), gpu1.center().y())),
              ElementPath::ofGpu(12, 3, 5, 1));
    // Just left of it is GPU 0.
    EXPECT_EQ(g.elementAt(QPointF(gpu1.left() - 1e-6, gpu1.center().y())),
              ElementPath::ofGpu(12, 3, 5, 0));
    // The gap between two racks is the group.
    const QRectF r0 = g.rackRect(12, 0);
    EXPECT_EQ(g.elementAt(QPointF(r0.right() + HierarchyGeometry::rackGap / 2, r0.center().y())),
              ElementPath::ofGroup(12));
    // A manifold is the rack; a server's caption band is the server; the side part (extra
    // NIC, power supplies) is the server.
    EXPECT_EQ(g.elementAt(g.manifoldRect(12, 3, 4).center()), ElementPath::ofRack(12, 3));
    const QRectF s = g.serverRect(12, 3, 5);
    EXPECT_EQ(g.elementAt(HierarchyGeometry::serverCaptionRect(s).center()),
              ElementPath::ofServer(12, 3, 5));
    EXPECT_EQ(g.elementAt(HierarchyGeometry::serverSideRect(s).center()),
              ElementPath::ofServer(12, 3, 5));
    // Between groups, and outside the cluster, is the cluster.
    const QRectF g0 = g.groupRect(0);
    EXPECT_EQ(g.elementAt(QPointF(g0.right() + HierarchyGeometry::groupGap / 2, g0.center().y())),
              ElementPath::cluster());
    EXPECT_EQ(g.elementAt(QPointF(-5, -5)), ElementPath::cluster());
    EXPECT_EQ(g.elementAt(g.clusterRect().bottomRight() + QPointF(1, 1)), ElementPath::cluster());
    // Where the partial last group has no rack, and the half-full rack no server.
    EXPECT_EQ(g.elementAt(g.rackRect(195, 5).center()), ElementPath::ofGroup(195));
    EXPECT_EQ(g.elementAt(g.serverRect(195, 2, 6).center()), ElementPath::ofRack(195, 2));
    // Past the last group in the last row.
    if (g.groupCount() % g.columns() != 0) {
        EXPECT_EQ(g.elementAt(g.groupRect(g.groupCount()).center()), ElementPath::cluster());
    }
}

TEST(HierarchyGeometry, VisibleRanges) {
    const HierarchyGeometry &g = built();
    const QRectF all = g.clusterRect();
    EXPECT_EQ(g.visibleRows(all), (IndexRange{0, g.rows() - 1}));
    EXPECT_EQ(g.visibleColumns(all), (IndexRange{0, g.columns() - 1}));
    // A window from inside group 2 to inside group 4 of the first row.
    const QRectF w = QRectF(g.groupRect(2).center(), g.groupRect(4).center()).adjusted(0, -1, 0, 1);
    EXPECT_EQ(g.visibleColumns(w), (IndexRange{2, 4}));
    EXPECT_EQ(g.visibleRows(w), (IndexRange{0, 0}));
    // Touching an edge is not visible; one hair past it is.
    const QRectF edge(g.groupRect(2).right(), 0, HierarchyGeometry::groupGap, 1);
    EXPECT_TRUE(g.visibleColumns(edge).isEmpty());
    EXPECT_EQ(g.visibleColumns(edge.adjusted(-1e-6, 0, 0, 0)), (IndexRange{2, 2}));
    // Far outside: nothing.
    EXPECT_TRUE(g.visibleColumns(QRectF(-100, -100, 50, 50)).isEmpty());
    EXPECT_TRUE(g.visibleRows(QRectF(0, all.bottom() + 1, 10, 10)).isEmpty());
    // Racks of a group, clamped to the partial group's three.
    EXPECT_EQ(g.visibleRacks(195, g.groupRect(195)), (IndexRange{0, 2}));
    EXPECT_EQ(g.visibleRacks(12, g.rackRect(12, 3).adjusted(1, 1, -1, -1)), (IndexRange{3, 3}));
    EXPECT_TRUE(g.visibleRacks(12, g.groupRect(13)).isEmpty());
    // Servers: the half-full rack shows four.
    EXPECT_EQ(g.visibleServers(195, 2, g.rackRect(195, 2)), (IndexRange{0, 3}));
    const QRectF s2 = g.serverRect(12, 3, 2), s4 = g.serverRect(12, 3, 4);
    EXPECT_EQ(g.visibleServers(12, 3, s2.united(s4)), (IndexRange{2, 4}));
    // The manifold between two servers shows neither.
    EXPECT_TRUE(
        g.visibleServers(12, 3, g.manifoldRect(12, 3, 2).adjusted(0, 0.1, 0, -0.1)).isEmpty());
    // GPUs.
    const QRectF g1 = g.gpuRect(12, 3, 5, 1), g6 = g.gpuRect(12, 3, 5, 6);
    EXPECT_EQ(g.visibleGpus(12, 3, 5, QRectF(g1.center(), g6.center()).adjusted(0, -1, 0, 1)),
              (IndexRange{1, 6}));
    EXPECT_EQ(g.visibleGpus(12, 3, 5, g.serverRect(12, 3, 5)), (IndexRange{0, 7}));
}

TEST(ElementPath, Navigation) {
    const ElementPath gpu = ElementPath::ofGpu(12, 3, 5, 7);
    EXPECT_EQ(gpu.level(), Level::Gpu);
    EXPECT_EQ(gpu.parent(), ElementPath::ofServer(12, 3, 5));
    EXPECT_EQ(gpu.parent().parent().parent().parent(), ElementPath::cluster());
    EXPECT_EQ(ElementPath::cluster().child(4), ElementPath::ofGroup(4));
    EXPECT_EQ(gpu.indexInParent(), 7);
    EXPECT_TRUE(ElementPath::ofGroup(12).contains(gpu));
    EXPECT_FALSE(ElementPath::ofRack(12, 4).contains(gpu));
    EXPECT_TRUE(ElementPath::cluster().contains(gpu));
}
