#pragma once

#include <QString>
#include <QStringList>

namespace colossus {

// Back and Forward through the places visited, as a browser does: visiting a new place drops
// the forward entries. A place is an opaque string (MainWindow uses "scenario|view path").
class NavigationHistory {
public:
    static constexpr int maximumEntries = 200;

    // Records a new place (nothing when it is the current one).
    void visit(const QString &place);
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_places.size(); }
    // The place to show; the current one when there is nowhere to go.
    QString back();
    QString forward();
    QString current() const { return m_index >= 0 ? m_places.at(m_index) : QString(); }

private:
    QStringList m_places;
    qsizetype m_index = -1;
};

} // namespace colossus
