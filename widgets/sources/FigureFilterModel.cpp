#include "sources/FigureFilterModel.h"

#include "sources/FigureTableModel.h"

#include <algorithm>

namespace colossus {

namespace {

QStringList wordsOf(const QString &text) {
    return text.simplified().split(u' ', Qt::SkipEmptyParts);
}

} // namespace

FigureFilterModel::FigureFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(FigureTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FigureFilterModel::setTextFilter(const QString &text) {
    if (text == m_text)
        return;
    m_text = text;
    m_words = wordsOf(text);
    invalidateFilter();
}

void FigureFilterModel::setTopicFilter(const QString &topic) {
    if (topic == m_topic)
        return;
    m_topic = topic;
    invalidateFilter();
}

bool FigureFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    if (left.column() == FigureTableModel::ValueColumn) {
        // Like with like: powers together, then energies..., each in its base unit.
        const QString a = left.data(FigureTableModel::QuantityRole).toString();
        const QString b = right.data(FigureTableModel::QuantityRole).toString();
        if (a != b)
            return QString::localeAwareCompare(a, b) < 0;
        return left.data(FigureTableModel::SortRole).toDouble() <
               right.data(FigureTableModel::SortRole).toDouble();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool FigureFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_topic.isEmpty() && index.data(FigureTableModel::TopicRole).toString() != m_topic)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString searchText = index.data(FigureTableModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &word) {
        return searchText.contains(word, Qt::CaseInsensitive);
    });
}

} // namespace colossus
