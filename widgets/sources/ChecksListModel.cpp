#include "sources/ChecksListModel.h"

#include "sources/VerdictIcon.h"

namespace colossus {

ChecksListModel::ChecksListModel(QList<ConsistencyCheck> checks, QObject *parent)
    : QAbstractListModel(parent)
    , m_checks(std::move(checks)) {
    setTheme(Theme::light());
}

int ChecksListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_checks.size());
}

int ChecksListModel::rowOf(const QString &checkId) const {
    for (int row = 0; row < m_checks.size(); ++row) {
        if (m_checks.at(row).id == checkId)
            return row;
    }
    return -1;
}

void ChecksListModel::setTheme(const Theme &theme) {
    using Verdict = ConsistencyCheck::Verdict;
    m_agrees = VerdictIcon::icon(Verdict::Agrees, theme);
    m_disagrees = VerdictIcon::icon(Verdict::Disagrees, theme);
    m_unclear = VerdictIcon::icon(Verdict::UnclearUnit, theme);
    if (!m_checks.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
}

QVariant ChecksListModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ConsistencyCheck &check = m_checks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return check.title();
    case Qt::ToolTipRole:
        return ConsistencyCheck::verdictText(check.verdict) + QStringLiteral(": ") +
               check.explanation();
    case Qt::AccessibleDescriptionRole:
        return ConsistencyCheck::verdictText(check.verdict);
    case Qt::DecorationRole:
        switch (check.verdict) {
        case ConsistencyCheck::Verdict::Agrees:
            return m_agrees;
        case ConsistencyCheck::Verdict::Disagrees:
            return m_disagrees;
        case ConsistencyCheck::Verdict::UnclearUnit:
            return m_unclear;
        }
        break;
    case CheckIdRole:
        return check.id;
    case VerdictRole:
        return int(check.verdict);
    }
    return {};
}

} // namespace colossus
