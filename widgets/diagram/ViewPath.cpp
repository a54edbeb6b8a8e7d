#include "diagram/ViewPath.h"

#include <QCoreApplication>
#include <QStringList>

namespace colossus::ViewPath {

namespace {

QString expected() {
    return QStringLiteral("expected cluster, group/N, group/N/rack/N, group/N/rack/N/rear, "
                          "group/N/rack/N/server/N or group/N/rack/N/server/N/gpu/N");
}

// A non-negative index of at most 9 digits (no sign, no spaces).
int parseIndex(const QString &text) {
    if (text.isEmpty() || text.size() > 9)
        return -1;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return -1;
    }
    return text.toInt();
}

QString range(qint64 count) {
    return count > 0 ? QStringLiteral("(0-%1)").arg(count - 1) : QStringLiteral("(none)");
}

} // namespace

QString format(const ElementPath &p) {
    if (p.level() == ElementPath::Level::Cluster)
        return QStringLiteral("cluster");
    QString s = QStringLiteral("group/%1").arg(p.group);
    if (p.rack >= 0)
        s += QStringLiteral("/rack/%1").arg(p.rack);
    if (p.rear && p.level() == ElementPath::Level::Rack)
        s += QStringLiteral("/rear");
    if (p.server >= 0)
        s += QStringLiteral("/server/%1").arg(p.server);
    if (p.gpu >= 0)
        s += QStringLiteral("/gpu/%1").arg(p.gpu);
    return s;
}

std::optional<ElementPath> parse(const QString &text, QString *error) {
    const auto fail = [&](const QString &why) -> std::optional<ElementPath> {
        if (error)
            *error =
                QStringLiteral("%1: %2").arg(text.isEmpty() ? QStringLiteral("\"\"") : text, why);
        return std::nullopt;
    };
    if (text == u"cluster")
        return ElementPath::cluster();
    const QStringList parts = text.split(u'/');
    static const char *const names[] = {"group", "rack", "server", "gpu"};
    ElementPath p;
    int *fields[] = {&p.group, &p.rack, &p.server, &p.gpu};
    int i = 0;
    int level = 0;
    while (i < parts.size()) {
        if (level == 2 && parts[i] == u"rear") {
            if (i != parts.size() - 1)
                return fail(QStringLiteral("nothing may follow \"rear\"; ") + expected());
            p.rear = true;
            return p;
        }
        if (level >= 4 || parts[i] != QLatin1String(names[level])) {
            return fail(QStringLiteral("unexpected \"%1\"; ").arg(parts[i]) + expected());
        }
        if (i + 1 >= parts.size())
            return fail(QStringLiteral("\"%1\" needs an index; ").arg(parts[i]) + expected());
        const int index = parseIndex(parts[i + 1]);
        if (index < 0) {
            return fail(
                QStringLiteral("\"%1\" is not an index (a whole number from 0)").arg(parts[i + 1]));
        }
        *fields[level] = index;
        ++level;
        i += 2;
    }
    if (level == 0)
        return fail(expected());
    return p;
}

QString validate(const ElementPath &p, const HierarchyGeometry &g, const QString &scenarioId) {
    ElementPath prefix;
    prefix.group = p.group;
    if (p.group < 0)
        return {};
    if (p.group >= g.groupCount()) {
        return QStringLiteral("%1: the %2 scenario has %3 groups %4")
            .arg(format(prefix), scenarioId)
            .arg(g.groupCount())
            .arg(range(g.groupCount()));
    }
    if (p.rack < 0)
        return p.rear ? QStringLiteral("%1: only a rack has a rear view").arg(format(p))
                      : QString();
    prefix.rack = p.rack;
    const int racks = g.racksInGroup(p.group);
    if (p.rack >= racks) {
        return QStringLiteral("%1: group %2 of the %3 scenario has %4 racks %5")
            .arg(format(prefix))
            .arg(p.group)
            .arg(scenarioId)
            .arg(racks)
            .arg(range(racks));
    }
    if (p.server < 0)
        return {};
    prefix.server = p.server;
    const int servers = g.serversInRack(p.group, p.rack);
    if (p.server >= servers) {
        return QStringLiteral("%1: rack %2 of group %3 has %4 servers %5")
            .arg(format(prefix))
            .arg(p.rack)
            .arg(p.group)
            .arg(servers)
            .arg(range(servers));
    }
    if (p.gpu < 0)
        return {};
    const int gpus = g.gpusInServer(p.group, p.rack, p.server);
    if (p.gpu >= gpus) {
        return QStringLiteral("%1: server %2 has %3 GPUs %4")
            .arg(format(p))
            .arg(p.server)
            .arg(gpus)
            .arg(range(gpus));
    }
    return {};
}

QString elementName(const ElementPath &p) {
    switch (p.level()) {
    case ElementPath::Level::Cluster:
        return QCoreApplication::translate("ViewPath", "Colossus");
    case ElementPath::Level::Group:
        return QCoreApplication::translate("ViewPath", "Group %1").arg(p.group);
    case ElementPath::Level::Rack:
        return QCoreApplication::translate("ViewPath", "Rack %1").arg(p.rack) +
               (p.rear ? QCoreApplication::translate("ViewPath", " (rear)") : QString());
    case ElementPath::Level::Server:
        return QCoreApplication::translate("ViewPath", "Server %1").arg(p.server);
    case ElementPath::Level::Gpu:
        return QCoreApplication::translate("ViewPath", "GPU %1").arg(p.gpu);
    }
    return {};
}

QString displayName(const ElementPath &p) {
    QStringList parts;
    for (ElementPath e = p; e.level() != ElementPath::Level::Cluster; e = e.parent()) {
        // Only the element itself is seen from the rear, not the rack it sits in.
        if (e.level() != p.level())
            e.rear = false;
        parts.prepend(elementName(e));
    }
    return parts.join(QStringLiteral(" > "));
}

} // namespace colossus::ViewPath
