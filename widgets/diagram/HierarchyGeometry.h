#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

namespace colossus {

// How many of each part the next one up holds, and the rack's unit heights. All of it comes
// from the catalogue; the geometry only does arithmetic with it.
struct Fanout {
    int gpusPerServer = 0;
    int serversPerRack = 0;
    int racksPerGroup = 0;
    double serverHeightU = 0;   // a server's height in rack units
    double manifoldHeightU = 0; // the cooling manifold between two servers
    double pumpUnitHeightU = 0; // the pump and monitoring unit at the bottom

    bool isValid() const;
};

// A place in the hierarchy. -1 means "not that deep": {3, -1, ...} is group 3.
struct ElementPath {
    enum class Level { Cluster, Group, Rack, Server, Gpu };

    int group = -1;
    int rack = -1;     // within its group
    int server = -1;   // within its rack
    int gpu = -1;      // within its server
    bool rear = false; // a rack seen from behind (rack level only)

    Level level() const;
    ElementPath parent() const;
    ElementPath child(int index) const;
    int indexInParent() const;                     // -1 for the cluster
    bool contains(const ElementPath &other) const; // other is this or inside it
    bool operator==(const ElementPath &) const = default;

    static ElementPath cluster() { return {}; }
    static ElementPath ofGroup(int g) { return {g}; }
    static ElementPath ofRack(int g, int r) { return {g, r}; }
    static ElementPath ofServer(int g, int r, int s) { return {g, r, s}; }
    static ElementPath ofGpu(int g, int r, int s, int i) { return {g, r, s, i}; }
};

// A range of indices [first, last]; empty when last < first.
struct IndexRange {
    qint64 first = 0;
    qint64 last = -1;

    bool isEmpty() const { return last < first; }
    qint64 count() const { return isEmpty() ? 0 : last - first + 1; }
    bool operator==(const IndexRange &) const = default;
};

// The cluster as a regular grid of grids, in world units of one rack unit (1U). Every rectangle
// is arithmetic on an index path and every visible range is arithmetic on a rectangle, so
// nothing is stored per element: memory does not grow with the GPU count (STYLE.md, Tiled).
//
// Layout (ours, schematic where the reports give no floor plan): groups in rows, a group's racks
// side by side, a rack's servers top to bottom with a manifold between two servers and the pump
// unit at the bottom, a server's GPUs left to right, each above its own NIC, and the server's
// extra NIC and power supplies at its right end.
class HierarchyGeometry {
public:
    // Drawing proportions, in rack units; not facts (a 19-inch rack is about 13.5U wide).
    static constexpr double rackWidth = 13.5;
    static constexpr double rackFrame = 1.0;   // side and bottom frame
    static constexpr double rackTopZone = 2.0; // top of rack: where the rear view puts switches
    static constexpr double rackGap = 2.0;
    static constexpr double groupPadding = 3.0;
    static constexpr double groupLabelBand = 6.0;
    static constexpr double groupGap = 8.0;
    static constexpr double serverGpuShare = 0.84;     // the rest holds the extra NIC and PSUs
    static constexpr double gpuShareOfColumn = 0.62;   // the rest of a GPU column is its NIC
    static constexpr double serverCaptionShare = 0.26; // a band at the top of a server's front

    HierarchyGeometry() = default;
    HierarchyGeometry(const Fanout &fanout, qint64 gpuCount, double targetAspect = 2.0);

    const Fanout &fanout() const { return m_fanout; }
    qint64 gpuCount() const { return m_gpuCount; }
    qint64 serverCount() const { return m_serverCount; }
    qint64 rackCount() const { return m_rackCount; }
    int groupCount() const { return m_groupCount; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    double rackUnits() const; // servers, manifolds and pump unit, in U

    // Parts present (the last group, rack and server may be partial).
    int racksInGroup(int group) const;
    int serversInRack(int group, int rack) const;
    int gpusInServer(int group, int rack, int server) const;
    int childCount(const ElementPath &path) const; // groups, racks, servers or GPUs inside
    bool exists(const ElementPath &path) const;

    // Global indices, for colouring by GPU range.
    qint64 globalRack(int group, int rack) const;
    qint64 globalServer(int group, int rack, int server) const;
    qint64 firstGpu(const ElementPath &path) const;
    qint64 gpusIn(const ElementPath &path) const; // GPUs inside an element
    qint64 serversIn(const ElementPath &path) const;
    qint64 racksIn(const ElementPath &path) const;

    // Rectangles in world units.
    QRectF clusterRect() const;
    QSizeF groupSize() const;
    QRectF groupRect(int group) const;
    QRectF rackRect(int group, int rack) const;
    QRectF serverRect(int group, int rack, int server) const;
    QRectF manifoldRect(int group, int rack, int manifold) const; // below server `manifold`
    QRectF pumpUnitRect(int group, int rack) const;
    QRectF gpuRect(int group, int rack, int server, int gpu) const;
    QRectF rect(const ElementPath &path) const;

    // Parts of a server's front, for drawing (world units).
    static QRectF gpuChipRect(const QRectF &gpuColumn);
    static QRectF gpuNicRect(const QRectF &gpuColumn);
    static QRectF serverSideRect(const QRectF &server);    // extra NIC + PSUs
    static QRectF serverCaptionRect(const QRectF &server); // the label band

    // What intersects a world rectangle (rows and columns of groups, then indices inside one
    // element). Ranges are clamped to the parts that exist.
    IndexRange visibleRows(const QRectF &world) const;
    IndexRange visibleColumns(const QRectF &world) const;
    IndexRange visibleRacks(int group, const QRectF &world) const;
    IndexRange visibleServers(int group, int rack, const QRectF &world) const;
    IndexRange visibleGpus(int group, int rack, int server, const QRectF &world) const;

    // The deepest existing element whose rectangle contains the point, no deeper than maxLevel;
    // the cluster when the point is between groups or outside.
    ElementPath elementAt(const QPointF &world,
                          ElementPath::Level maxLevel = ElementPath::Level::Gpu) const;

private:
    static IndexRange cellRange(double from, double to, double origin, double pitch, double size,
                                qint64 count);

    Fanout m_fanout;
    qint64 m_gpuCount = 0;
    qint64 m_serverCount = 0;
    qint64 m_rackCount = 0;
    int m_groupCount = 0;
    int m_columns = 1;
    int m_rows = 0;
};

} // namespace colossus
