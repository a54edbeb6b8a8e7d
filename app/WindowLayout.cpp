#include "WindowLayout.h"

#include <QRegularExpression>
#include <algorithm>

namespace colossus::WindowLayout {

QRect firstStartGeometry(const QRect &available) {
    // 90% of a laptop screen, but no wider than a comfortable 1600x1000 on a large monitor.
    const int width = std::min({available.width(), std::max(1000, available.width() * 9 / 10),
                                std::max(1600, available.width() * 2 / 3)});
    const int height = std::min({available.height(), std::max(740, available.height() * 9 / 10),
                                 std::max(1000, available.height() * 2 / 3)});
    QRect frame(0, 0, width, height);
    frame.moveCenter(available.center());
    return frame;
}

QRect clampedToScreen(const QRect &frame, const QRect &available) {
    QRect r(frame.topLeft(), frame.size().boundedTo(available.size()));
    r.moveLeft(std::clamp(r.left(), available.left(), available.right() - r.width() + 1));
    r.moveTop(std::clamp(r.top(), available.top(), available.bottom() - r.height() + 1));
    return r;
}

QSize dockSizes(const QSize &window) {
    // The charts need about 420 px to be legible; the diagram keeps at least half.
    const int chartsWidth = std::clamp(window.width() * 36 / 100, 300, 640);
    const int sourcesHeight = std::clamp(window.height() * 30 / 100, 180, 420);
    return {std::min(chartsWidth, window.width() / 2 - 20),
            std::min(sourcesHeight, window.height() / 2 - 60)};
}

QString exportBaseName(const QString &scenarioId, const QString &viewPath) {
    QString name = QStringLiteral("colossus");
    const auto append = [&name](const QString &part) {
        QString slug = part.toLower();
        slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
        if (!slug.isEmpty())
            name += u'-' + slug;
    };
    if (viewPath.startsWith(u"chart/")) {
        append(viewPath);
        return name;
    }
    append(scenarioId);
    append(viewPath);
    return name;
}

} // namespace colossus::WindowLayout
