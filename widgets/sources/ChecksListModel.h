#pragma once

#include "catalogue/ConsistencyChecks.h"
#include "style/Theme.h"

#include <QAbstractListModel>
#include <QIcon>

namespace colossus {

// The consistency checks as a list: verdict icon and title, the explanation as tooltip.
class ChecksListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { CheckIdRole = Qt::UserRole, VerdictRole };

    explicit ChecksListModel(QList<ConsistencyCheck> checks, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const ConsistencyCheck &checkAt(int row) const { return m_checks.at(row); }
    int rowOf(const QString &checkId) const; // -1 when unknown
    const QList<ConsistencyCheck> &checks() const { return m_checks; }

    void setTheme(const Theme &theme);

private:
    QList<ConsistencyCheck> m_checks;
    QIcon m_agrees;
    QIcon m_disagrees;
    QIcon m_unclear;
};

} // namespace colossus
