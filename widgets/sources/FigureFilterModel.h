#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace colossus {

// Filters FigureTableModel rows by text and topic and sorts on FigureTableModel::SortRole.
// The text filter is case-insensitive; every word typed must occur somewhere in the label,
// id, the figure as written, the quote, the translation or the formula, so "GPU 2024"
// narrows rather than widens. An empty topic means every topic.
class FigureFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit FigureFilterModel(QObject *parent = nullptr);

    QString textFilter() const { return m_text; }
    QString topicFilter() const { return m_topic; }

public Q_SLOTS:
    void setTextFilter(const QString &text);
    void setTopicFilter(const QString &topic);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // The Value column sorts by quantity, then by the value in its base unit (1 GW > 150 MW).
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words;
    QString m_topic;
};

} // namespace colossus
