#include "diagram/HierarchyGeometry.h"

#include <algorithm>
#include <cmath>

namespace colossus {

namespace {

qint64 ceilDiv(qint64 a, qint64 b) {
    return b <= 0 ? 0 : (a + b - 1) / b;
}

// The cell of a regular row that a coordinate falls in, robust to rounding: a point on the
// shared edge of two cells belongs to the later one.
double cellIndex(double x, double origin, double pitch) {
    double k = std::floor((x - origin) / pitch);
    if (origin + (k + 1) * pitch <= x)
        k += 1;
    else if (origin + k * pitch > x)
        k -= 1;
    return k;
}

} // namespace

bool Fanout::isValid() const {
    return gpusPerServer > 0 && serversPerRack > 0 && racksPerGroup > 0 && serverHeightU > 0 &&
           manifoldHeightU >= 0 && pumpUnitHeightU >= 0;
}

ElementPath::Level ElementPath::level() const {
    if (group < 0)
        return Level::Cluster;
    if (rack < 0)
        return Level::Group;
    if (server < 0)
        return Level::Rack;
    if (gpu < 0)
        return Level::Server;
    return Level::Gpu;
}

ElementPath ElementPath::parent() const {
    ElementPath p = *this;
    p.rear = false;
    switch (level()) {
    case Level::Cluster:
        break;
    case Level::Group:
        p.group = -1;
        break;
    case Level::Rack:
        p.rack = -1;
        break;
    case Level::Server:
        p.server = -1;
        break;
    case Level::Gpu:
        p.gpu = -1;
        break;
    }
    return p;
}

ElementPath ElementPath::child(int index) const {
    ElementPath p = *this;
    p.rear = false;
    switch (level()) {
    case Level::Cluster:
        p.group = index;
        break;
    case Level::Group:
        p.rack = index;
        break;
    case Level::Rack:
        p.server = index;
        break;
    case Level::Server:
        p.gpu = index;
        break;
    case Level::Gpu:
        break;
    }
    return p;
}

int ElementPath::indexInParent() const {
    switch (level()) {
    case Level::Cluster:
        return -1;
    case Level::Group:
        return group;
    case Level::Rack:
        return rack;
    case Level::Server:
        return server;
    case Level::Gpu:
        return gpu;
    }
    return -1;
}

bool ElementPath::contains(const ElementPath &other) const {
    const int mine[] = {group, rack, server, gpu};
    const int theirs[] = {other.group, other.rack, other.server, other.gpu};
    for (int i = 0; i < 4; ++i) {
        if (mine[i] < 0)
            return true;
        if (mine[i] != theirs[i])
            return false;
    }
    return true;
}

HierarchyGeometry::HierarchyGeometry(const Fanout &fanout, qint64 gpuCount, double targetAspect)
    : m_fanout(fanout)
    , m_gpuCount(std::max<qint64>(0, gpuCount)) {
    if (!m_fanout.isValid()) {
        m_gpuCount = 0;
        return;
    }
    m_serverCount = ceilDiv(m_gpuCount, m_fanout.gpusPerServer);
    m_rackCount = ceilDiv(m_serverCount, m_fanout.serversPerRack);
    m_groupCount = int(ceilDiv(m_rackCount, m_fanout.racksPerGroup));
    if (m_groupCount == 0) {
        m_rows = 0;
        return;
    }
    // Rows of groups shaped like the screen; among nearby column counts prefer one that
    // leaves the last row fuller.
    const QSizeF g = groupSize();
    const double pitchRatio = (g.height() + groupGap) / (g.width() + groupGap);
    const double ideal = std::sqrt(m_groupCount * targetAspect * pitchRatio);
    double best = 1e300;
    const int from = std::max(1, int(std::floor(ideal * 0.85)));
    const int to = std::max(from, int(std::ceil(ideal * 1.15)));
    for (int c = from; c <= to; ++c) {
        const int r = int(ceilDiv(m_groupCount, c));
        const double aspect = c / (r * pitchRatio);
        const double empty = double(qint64(r) * c - m_groupCount) / c; // share of a row left empty
        const double score = std::abs(std::log(aspect / targetAspect)) + 0.15 * empty;
        if (score < best) {
            best = score;
            m_columns = c;
        }
    }
    m_columns = std::min(m_columns, m_groupCount);
    m_rows = int(ceilDiv(m_groupCount, m_columns));
}

double HierarchyGeometry::rackUnits() const {
    const int spr = m_fanout.serversPerRack;
    return spr * m_fanout.serverHeightU + std::max(0, spr - 1) * m_fanout.manifoldHeightU +
           m_fanout.pumpUnitHeightU;
}

int HierarchyGeometry::racksInGroup(int group) const {
    if (group < 0 || group >= m_groupCount)
        return 0;
    return int(std::min<qint64>(m_fanout.racksPerGroup,
                                m_rackCount - qint64(group) * m_fanout.racksPerGroup));
}

int HierarchyGeometry::serversInRack(int group, int rack) const {
    if (rack < 0 || rack >= racksInGroup(group))
        return 0;
    const qint64 first = globalRack(group, rack) * m_fanout.serversPerRack;
    return int(std::min<qint64>(m_fanout.serversPerRack, m_serverCount - first));
}

int HierarchyGeometry::gpusInServer(int group, int rack, int server) const {
    if (server < 0 || server >= serversInRack(group, rack))
        return 0;
    const qint64 first = globalServer(group, rack, server) * m_fanout.gpusPerServer;
    return int(std::min<qint64>(m_fanout.gpusPerServer, m_gpuCount - first));
}

int HierarchyGeometry::childCount(const ElementPath &path) const {
    switch (path.level()) {
    case ElementPath::Level::Cluster:
        return groupCount();
    case ElementPath::Level::Group:
        return racksInGroup(path.group);
    case ElementPath::Level::Rack:
        return serversInRack(path.group, path.rack);
    case ElementPath::Level::Server:
        return gpusInServer(path.group, path.rack, path.server);
    case ElementPath::Level::Gpu:
        break;
    }
    return 0;
}

bool HierarchyGeometry::exists(const ElementPath &path) const {
    switch (path.level()) {
    case ElementPath::Level::Cluster:
        return !path.rear;
    case ElementPath::Level::Group:
        return !path.rear && path.group < m_groupCount;
    case ElementPath::Level::Rack:
        return path.rack < racksInGroup(path.group);
    case ElementPath::Level::Server:
        return !path.rear && path.server < serversInRack(path.group, path.rack);
    case ElementPath::Level::Gpu:
        return !path.rear && path.gpu < gpusInServer(path.group, path.rack, path.server);
    }
    return false;
}

qint64 HierarchyGeometry::globalRack(int group, int rack) const {
    return qint64(group) * m_fanout.racksPerGroup + rack;
}

qint64 HierarchyGeometry::globalServer(int group, int rack, int server) const {
    return globalRack(group, rack) * m_fanout.serversPerRack + server;
}

qint64 HierarchyGeometry::firstGpu(const ElementPath &p) const {
    const qint64 gps = m_fanout.gpusPerServer;
    switch (p.level()) {
    case ElementPath::Level::Cluster:
        return 0;
    case ElementPath::Level::Group:
        return qint64(p.group) * m_fanout.racksPerGroup * m_fanout.serversPerRack * gps;
    case ElementPath::Level::Rack:
        return globalRack(p.group, p.rack) * m_fanout.serversPerRack * gps;
    case ElementPath::Level::Server:
        return globalServer(p.group, p.rack, p.server) * gps;
    case ElementPath::Level::Gpu:
        return globalServer(p.group, p.rack, p.server) * gps + p.gpu;
    }
    return 0;
}

qint64 HierarchyGeometry::gpusIn(const ElementPath &p) const {
    if (!exists(p))
        return 0;
    const qint64 per[] = {
        m_gpuCount,
        qint64(m_fanout.racksPerGroup) * m_fanout.serversPerRack * m_fanout.gpusPerServer,
        qint64(m_fanout.serversPerRack) * m_fanout.gpusPerServer, m_fanout.gpusPerServer, 1};
    const qint64 first = firstGpu(p);
    return std::min(per[int(p.level())], m_gpuCount - first);
}

qint64 HierarchyGeometry::serversIn(const ElementPath &p) const {
    const qint64 gpus = gpusIn(p);
    if (p.level() == ElementPath::Level::Gpu)
        return 0;
    return ceilDiv(gpus, m_fanout.gpusPerServer);
}

qint64 HierarchyGeometry::racksIn(const ElementPath &p) const {
    if (p.level() >= ElementPath::Level::Server)
        return 0;
    return ceilDiv(serversIn(p), m_fanout.serversPerRack);
}

QRectF HierarchyGeometry::clusterRect() const {
    const QSizeF g = groupSize();
    if (m_groupCount == 0)
        return QRectF(0, 0, g.width(), g.height());
    return QRectF(0, 0, m_columns * g.width() + (m_columns - 1) * groupGap,
                  m_rows * g.height() + (m_rows - 1) * groupGap);
}

QSizeF HierarchyGeometry::groupSize() const {
    const int rpg = std::max(1, m_fanout.racksPerGroup);
    const double rackHeight = rackTopZone + rackUnits() + rackFrame;
    return QSizeF(2 * groupPadding + rpg * rackWidth + (rpg - 1) * rackGap,
                  groupLabelBand + rackHeight + groupPadding);
}

QRectF HierarchyGeometry::groupRect(int group) const {
    const QSizeF g = groupSize();
    const int col = m_columns > 0 ? group % m_columns : 0;
    const int row = m_columns > 0 ? group / m_columns : 0;
    return QRectF(col * (g.width() + groupGap), row * (g.height() + groupGap), g.width(),
                  g.height());
}

QRectF HierarchyGeometry::rackRect(int group, int rack) const {
    const QRectF g = groupRect(group);
    return QRectF(g.x() + groupPadding + rack * (rackWidth + rackGap), g.y() + groupLabelBand,
                  rackWidth, rackTopZone + rackUnits() + rackFrame);
}

QRectF HierarchyGeometry::serverRect(int group, int rack, int server) const {
    const QRectF r = rackRect(group, rack);
    const double pitch = m_fanout.serverHeightU + m_fanout.manifoldHeightU;
    return QRectF(r.x() + rackFrame, r.y() + rackTopZone + server * pitch,
                  rackWidth - 2 * rackFrame, m_fanout.serverHeightU);
}

QRectF HierarchyGeometry::manifoldRect(int group, int rack, int manifold) const {
    const QRectF s = serverRect(group, rack, manifold);
    return QRectF(s.x(), s.bottom(), s.width(), m_fanout.manifoldHeightU);
}

QRectF HierarchyGeometry::pumpUnitRect(int group, int rack) const {
    const QRectF r = rackRect(group, rack);
    const double top = r.y() + rackTopZone + rackUnits() - m_fanout.pumpUnitHeightU;
    return QRectF(r.x() + rackFrame, top, rackWidth - 2 * rackFrame, m_fanout.pumpUnitHeightU);
}

QRectF HierarchyGeometry::gpuRect(int group, int rack, int server, int gpu) const {
    const QRectF s = serverRect(group, rack, server);
    const double w = s.width() * serverGpuShare / m_fanout.gpusPerServer;
    const double caption = s.height() * serverCaptionShare;
    return QRectF(s.x() + gpu * w, s.y() + caption, w, s.height() - caption);
}

QRectF HierarchyGeometry::rect(const ElementPath &p) const {
    switch (p.level()) {
    case ElementPath::Level::Cluster:
        return clusterRect();
    case ElementPath::Level::Group:
        return groupRect(p.group);
    case ElementPath::Level::Rack:
        return rackRect(p.group, p.rack);
    case ElementPath::Level::Server:
        return serverRect(p.group, p.rack, p.server);
    case ElementPath::Level::Gpu:
        return gpuRect(p.group, p.rack, p.server, p.gpu);
    }
    return {};
}

QRectF HierarchyGeometry::gpuChipRect(const QRectF &c) {
    return QRectF(c.x(), c.y(), c.width(), c.height() * gpuShareOfColumn);
}

QRectF HierarchyGeometry::gpuNicRect(const QRectF &c) {
    const double top = c.height() * gpuShareOfColumn;
    return QRectF(c.x(), c.y() + top, c.width(), c.height() - top);
}

QRectF HierarchyGeometry::serverSideRect(const QRectF &s) {
    const double left = s.width() * serverGpuShare;
    const double caption = s.height() * serverCaptionShare;
    return QRectF(s.x() + left, s.y() + caption, s.width() - left, s.height() - caption);
}

QRectF HierarchyGeometry::serverCaptionRect(const QRectF &s) {
    return QRectF(s.x(), s.y(), s.width(), s.height() * serverCaptionShare);
}

IndexRange HierarchyGeometry::cellRange(double from, double to, double origin, double pitch,
                                        double size, qint64 count) {
    if (count <= 0 || pitch <= 0 || !(to > from))
        return {};
    // Cell k spans [origin + k*pitch, origin + k*pitch + size]; it is visible when it overlaps
    // (from, to) by more than an edge.
    const double firstD = std::floor((from - origin - size) / pitch) + 1;
    const double lastD = std::ceil((to - origin) / pitch) - 1;
    IndexRange r;
    r.first = qint64(std::clamp(firstD, 0.0, double(count)));
    r.last = qint64(std::clamp(lastD, -1.0, double(count - 1)));
    return r;
}

IndexRange HierarchyGeometry::visibleRows(const QRectF &w) const {
    const QSizeF g = groupSize();
    return cellRange(w.top(), w.bottom(), 0, g.height() + groupGap, g.height(), m_rows);
}

IndexRange HierarchyGeometry::visibleColumns(const QRectF &w) const {
    const QSizeF g = groupSize();
    return cellRange(w.left(), w.right(), 0, g.width() + groupGap, g.width(), m_columns);
}

IndexRange HierarchyGeometry::visibleRacks(int group, const QRectF &w) const {
    const QRectF g = groupRect(group);
    if (!g.intersects(w))
        return {};
    return cellRange(w.left(), w.right(), g.x() + groupPadding, rackWidth + rackGap, rackWidth,
                     racksInGroup(group));
}

IndexRange HierarchyGeometry::visibleServers(int group, int rack, const QRectF &w) const {
    const QRectF r = rackRect(group, rack);
    if (!r.intersects(w))
        return {};
    return cellRange(w.top(), w.bottom(), r.y() + rackTopZone,
                     m_fanout.serverHeightU + m_fanout.manifoldHeightU, m_fanout.serverHeightU,
                     serversInRack(group, rack));
}

IndexRange HierarchyGeometry::visibleGpus(int group, int rack, int server, const QRectF &w) const {
    const QRectF s = serverRect(group, rack, server);
    if (!s.intersects(w))
        return {};
    const double pitch = s.width() * serverGpuShare / m_fanout.gpusPerServer;
    return cellRange(w.left(), w.right(), s.x(), pitch, pitch, gpusInServer(group, rack, server));
}

ElementPath HierarchyGeometry::elementAt(const QPointF &p, ElementPath::Level maxLevel) const {
    ElementPath result;
    if (m_groupCount == 0 || maxLevel == ElementPath::Level::Cluster)
        return result;
    const QSizeF gs = groupSize();
    const double col = cellIndex(p.x(), 0, gs.width() + groupGap);
    const double row = cellIndex(p.y(), 0, gs.height() + groupGap);
    if (col < 0 || row < 0 || col >= m_columns || row >= m_rows)
        return result;
    const int group = int(row) * m_columns + int(col);
    if (group >= m_groupCount || !groupRect(group).contains(p))
        return result;
    result.group = group;
    if (maxLevel == ElementPath::Level::Group)
        return result;

    const QRectF g = groupRect(group);
    const double rackPitch = rackWidth + rackGap;
    const double rackD = cellIndex(p.x(), g.x() + groupPadding, rackPitch);
    if (rackD < 0 || rackD >= racksInGroup(group))
        return result;
    const int rack = int(rackD);
    if (!rackRect(group, rack).contains(p))
        return result;
    result.rack = rack;
    if (maxLevel == ElementPath::Level::Rack)
        return result;

    const QRectF r = rackRect(group, rack);
    const double serverPitch = m_fanout.serverHeightU + m_fanout.manifoldHeightU;
    const double serverD = cellIndex(p.y(), r.y() + rackTopZone, serverPitch);
    if (serverD < 0 || serverD >= serversInRack(group, rack))
        return result;
    const int server = int(serverD);
    const QRectF s = serverRect(group, rack, server);
    if (!s.contains(p))
        return result;
    result.server = server;
    if (maxLevel == ElementPath::Level::Server)
        return result;

    if (p.y() < s.y() + s.height() * serverCaptionShare)
        return result;
    const double gpuPitch = s.width() * serverGpuShare / m_fanout.gpusPerServer;
    const double gpuD = cellIndex(p.x(), s.x(), gpuPitch);
    if (gpuD < 0 || gpuD >= gpusInServer(group, rack, server))
        return result;
    result.gpu = int(gpuD);
    return result;
}

} // namespace colossus
