#include "diagram/painters/ClusterPainter.h"

namespace colossus {

void ClusterPainter::paint() {
    if (m_frame.framedRack && !m_frame.overview) {
        m_group.paint(m_frame.state.focus.group);
        m_frame.flush();
        return;
    }
    const IndexRange rows = m_frame.geometry.visibleRows(m_frame.world);
    const IndexRange cols = m_frame.geometry.visibleColumns(m_frame.world);
    for (qint64 row = rows.first; row <= rows.last; ++row) {
        for (qint64 col = cols.first; col <= cols.last; ++col) {
            const qint64 g = row * m_frame.geometry.columns() + col;
            if (g >= m_frame.geometry.groupCount())
                continue;
            // A framed group's neighbours are drawn only where whole.
            if (m_frame.framedGroup && g != m_frame.state.focus.group &&
                !m_frame.whole(m_frame.screen(m_frame.geometry.groupRect(int(g)))))
                continue;
            m_group.paint(int(g));
        }
    }
    m_frame.flush();
}

} // namespace colossus
