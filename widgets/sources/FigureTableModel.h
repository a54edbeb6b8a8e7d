#pragma once

#include "catalogue/Catalogue.h"
#include "catalogue/ConsistencyChecks.h"
#include "style/Theme.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSet>

namespace colossus {

// Every figure of the catalogue as one row. Qt::UserRole gives the value to sort by
// (numbers for the value column, so 64 sorts before 1,500), the other roles below feed
// the filter model and the browser.
class FigureTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // A catalogue topic by its name in the interface language ("hierarchy" -> "Hierarchy",
    // "階層構成"); a topic the table does not know keeps its id, capitalised.
    static QString topicName(const QString &topic);

    enum Column { LabelColumn, ValueColumn, TopicColumn, SourceColumn, AsOfColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        FigureIdRole,   // the figure id (any column)
        TopicRole,      // the topic key, for the topic filter
        SearchTextRole, // label, id, written, quote, translation, formula: for the text filter
        DisagreesRole,  // true when a disagreeing consistency check involves the figure
    };

    explicit FigureTableModel(const Catalogue &catalogue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Figure &figureAt(int row) const { return m_catalogue.figures().at(row); }
    int rowOf(const QString &figureId) const; // -1 when unknown
    const QList<ConsistencyCheck> &checks() const { return m_checks; }

    void setTheme(const Theme &theme);

private:
    QString disagreementTip(const Figure &figure) const;

    Catalogue m_catalogue; // implicitly shared lists: a cheap copy that cannot dangle
    QList<ConsistencyCheck> m_checks;
    QHash<QString, int> m_rows;
    QSet<QString> m_disagreeing; // figure ids in a disagreeing check
    QIcon m_warningIcon;
};

} // namespace colossus
