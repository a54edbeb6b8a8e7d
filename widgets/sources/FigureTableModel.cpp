#include "sources/FigureTableModel.h"

#include "catalogue/DerivedMark.h"
#include "catalogue/FigureFormat.h"
#include "sources/VerdictIcon.h"

namespace colossus {

QString FigureTableModel::topicName(const QString &topic) {
    static const char *const names[][2] = {
        {"hierarchy", QT_TR_NOOP("Hierarchy")}, {"compute", QT_TR_NOOP("Compute")},
        {"network", QT_TR_NOOP("Network")},     {"power", QT_TR_NOOP("Power")},
        {"money", QT_TR_NOOP("Money")},         {"timeline", QT_TR_NOOP("Timeline")},
        {"peers", QT_TR_NOOP("Other systems")}};
    for (const auto &[key, text] : names) {
        if (topic == QLatin1String(key))
            return tr(text);
    }
    QString name = topic;
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

FigureTableModel::FigureTableModel(const Catalogue &catalogue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalogue(catalogue)
    , m_checks(runConsistencyChecks(catalogue)) {
    const QList<Figure> &figures = m_catalogue.figures();
    m_rows.reserve(figures.size());
    for (int row = 0; row < figures.size(); ++row)
        m_rows.insert(figures.at(row).id, row);
    for (const ConsistencyCheck &check : std::as_const(m_checks)) {
        if (check.verdict == ConsistencyCheck::Verdict::Disagrees) {
            for (const QString &id : check.disputedIds)
                m_disagreeing.insert(id);
        }
    }
    setTheme(Theme::light());
}

int FigureTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_catalogue.figures().size());
}

int FigureTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int FigureTableModel::rowOf(const QString &figureId) const {
    return m_rows.value(figureId, -1);
}

void FigureTableModel::setTheme(const Theme &theme) {
    m_warningIcon = VerdictIcon::icon(ConsistencyCheck::Verdict::Disagrees, theme);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, LabelColumn), index(rowCount() - 1, LabelColumn),
                           {Qt::DecorationRole});
}

QString FigureTableModel::disagreementTip(const Figure &figure) const {
    QStringList titles;
    for (const ConsistencyCheck &check : checksInvolving(m_checks, figure.id)) {
        if (check.verdict == ConsistencyCheck::Verdict::Disagrees)
            titles << check.title();
    }
    if (titles.isEmpty())
        return {};
    return tr("The reports disagree: %1").arg(titles.join(QStringLiteral("; ")));
}

namespace {

struct UnitScale {
    const char *unit;
    const char *quantity;
    double factor;
};

constexpr UnitScale unitScales[] = {
    {"W", "power", 1},          {"kW", "power", 1e3},          {"MW", "power", 1e6},
    {"GW", "power", 1e9},       {"Wh", "energy", 1},           {"kWh", "energy", 1e3},
    {"MWh", "energy", 1e6},     {"GWh", "energy", 1e9},        {"TWh", "energy", 1e12},
    {"Gb/s", "bandwidth", 1e9}, {"Tb/s", "bandwidth", 1e12},   {"days", "duration", 1},
    {"weeks", "duration", 7},   {"months", "duration", 30.44}, {"years", "duration", 365.25},
};

const UnitScale *scaleOf(const QString &unit) {
    for (const UnitScale &s : unitScales) {
        if (unit == QLatin1String(s.unit))
            return &s;
    }
    return nullptr;
}

} // namespace

double FigureTableModel::baseValue(double value, const QString &unit) {
    const UnitScale *s = scaleOf(unit);
    return s ? value * s->factor : value;
}

QString FigureTableModel::quantityOf(const QString &unit) {
    const UnitScale *s = scaleOf(unit);
    return s ? QString::fromLatin1(s->quantity) : unit;
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Figure &figure = figureAt(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LabelColumn:
            return figure.label();
        case ValueColumn:
            return FigureFormat::value(figure);
        case TopicColumn:
            return topicName(figure.topic);
        case SourceColumn:
            return FigureFormat::sourceShort(m_catalogue, figure);
        case AsOfColumn:
            return FigureFormat::date(figure.asOf);
        }
        break;
    case SortRole:
        switch (column) {
        case ValueColumn:
            return baseValue(figure.value, figure.unit);
        case AsOfColumn:
            return figure.asOf; // ISO dates sort as text
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::AccessibleTextRole:
        if (column == ValueColumn) // "ƒ" read out as what it means
            return DerivedMark::spoken(m_catalogue, figure, FigureFormat::value(figure));
        break;
    case Qt::ToolTipRole: {
        QString tip = FigureFormat::toolTip(m_catalogue, figure);
        if (const QString disagreement = disagreementTip(figure); !disagreement.isEmpty())
            tip += QStringLiteral("<br><b>%1</b>").arg(disagreement.toHtmlEscaped());
        return tip;
    }
    case Qt::DecorationRole:
        if (column == LabelColumn && data(index, DisagreesRole).toBool())
            return m_warningIcon;
        break;
    case Qt::TextAlignmentRole:
        if (column == ValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case QuantityRole:
        return quantityOf(figure.unit);
    case FigureIdRole:
        return figure.id;
    case TopicRole:
        return figure.topic;
    case SearchTextRole:
        return QStringList{
            figure.label(), figure.id, figure.written, figure.quote, figure.translations.text(),
            figure.formula}
            .join(u'\n');
    case DisagreesRole:
        return m_disagreeing.contains(figure.id);
    }
    return {};
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && section == ValueColumn && role == Qt::ToolTipRole)
        return DerivedMark::legend(); // the mark the column's derived values carry
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Figure");
    case ValueColumn:
        return tr("Value");
    case TopicColumn:
        return tr("Topic");
    case SourceColumn:
        return tr("Source");
    case AsOfColumn:
        return tr("As of");
    }
    return {};
}

} // namespace colossus
