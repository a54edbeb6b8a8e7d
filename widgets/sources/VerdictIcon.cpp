#include "sources/VerdictIcon.h"

#include <QPainter>
#include <QPainterPath>

namespace colossus {

QColor VerdictIcon::colour(ConsistencyCheck::Verdict verdict, const Theme &theme) {
    switch (verdict) {
    case ConsistencyCheck::Verdict::Agrees:
        // The theme has no "good" colour of its own; its H100 green is tuned per theme for
        // contrast against the background, which is what a tick needs.
        return theme.h100;
    case ConsistencyCheck::Verdict::Disagrees:
        return theme.warning;
    case ConsistencyCheck::Verdict::UnclearUnit:
        return theme.schematic;
    }
    return theme.text;
}

QString VerdictIcon::symbol(ConsistencyCheck::Verdict verdict) {
    switch (verdict) {
    case ConsistencyCheck::Verdict::Agrees:
        return QStringLiteral("✓");
    case ConsistencyCheck::Verdict::Disagrees:
        return QStringLiteral("✗");
    case ConsistencyCheck::Verdict::UnclearUnit:
        return QStringLiteral("?");
    }
    return {};
}

QPixmap VerdictIcon::pixmap(ConsistencyCheck::Verdict verdict, const Theme &theme, int size,
                            qreal devicePixelRatio) {
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);

    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = colour(verdict, theme);
    const qreal s = size;
    const QRectF disc(s * 0.04, s * 0.04, s * 0.92, s * 0.92);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawEllipse(disc);

    // Black or white, whichever stands out on the disc.
    const QColor mark = fill.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
    QPen pen(mark, qMax(1.5, s * 0.13), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    switch (verdict) {
    case ConsistencyCheck::Verdict::Agrees: {
        QPainterPath tick;
        tick.moveTo(s * 0.28, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.68);
        tick.lineTo(s * 0.73, s * 0.34);
        painter.drawPath(tick);
        break;
    }
    case ConsistencyCheck::Verdict::Disagrees:
        painter.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68));
        painter.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68));
        break;
    case ConsistencyCheck::Verdict::UnclearUnit: {
        QPainterPath hook;
        hook.moveTo(s * 0.36, s * 0.38);
        hook.cubicTo(s * 0.36, s * 0.20, s * 0.66, s * 0.20, s * 0.64, s * 0.38);
        hook.cubicTo(s * 0.62, s * 0.50, s * 0.50, s * 0.48, s * 0.50, s * 0.60);
        painter.drawPath(hook);
        painter.setPen(Qt::NoPen);
        painter.setBrush(mark);
        painter.drawEllipse(QPointF(s * 0.50, s * 0.75), s * 0.075, s * 0.075);
        break;
    }
    }
    return pixmap;
}

QIcon VerdictIcon::icon(ConsistencyCheck::Verdict verdict, const Theme &theme) {
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(pixmap(verdict, theme, size));
    return icon;
}

} // namespace colossus
