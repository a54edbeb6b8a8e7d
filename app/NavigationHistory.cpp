#include "NavigationHistory.h"

namespace colossus {

void NavigationHistory::visit(const QString &place) {
    if (m_index >= 0 && m_places.at(m_index) == place)
        return;
    m_places.resize(m_index + 1);
    m_places.append(place);
    if (m_places.size() > maximumEntries)
        m_places.removeFirst();
    m_index = m_places.size() - 1;
}

QString NavigationHistory::back() {
    if (canGoBack())
        --m_index;
    return current();
}

QString NavigationHistory::forward() {
    if (canGoForward())
        ++m_index;
    return current();
}

} // namespace colossus
