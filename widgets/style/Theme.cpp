#include "style/Theme.h"

#include "language/Language.h"

#include <QCoreApplication>

namespace colossus {

Theme Theme::light() {
    Theme t;
    t.id = Id::Light;
    t.name = QCoreApplication::translate("Theme", "Light");
    t.background = QColor(QRgb(0xffffff));
    t.surface = QColor(QRgb(0xf1f3f5));
    t.text = QColor(QRgb(0x1b1f24));
    t.mutedText = QColor(QRgb(0x4a525c));
    t.line = QColor(QRgb(0x8a939e));
    t.accent = QColor(QRgb(0x0b62d6));
    t.warning = QColor(QRgb(0xc2410c));
    t.schematic = QColor(QRgb(0x6b4fa3));
    t.h100 = QColor(QRgb(0x2f9e44));
    t.h100Added = QColor(QRgb(0xa9e34b));
    t.h200 = QColor(QRgb(0x1c7ed6));
    t.b200 = QColor(QRgb(0xe8590c));
    t.unknownGpu = QColor(QRgb(0x868e96));
    t.coolant = QColor(QRgb(0x1098ad));
    t.power = QColor(QRgb(0xd6336c));
    t.network = QColor(QRgb(0x7048e8));
    return t;
}

Theme Theme::dark() {
    Theme t;
    t.id = Id::Dark;
    t.name = QCoreApplication::translate("Theme", "Dark");
    t.background = QColor(QRgb(0x16191d));
    t.surface = QColor(QRgb(0x25292f));
    t.text = QColor(QRgb(0xe9ecef));
    t.mutedText = QColor(QRgb(0xadb5bd));
    t.line = QColor(QRgb(0x6c757d));
    t.accent = QColor(QRgb(0x4dabf7));
    t.warning = QColor(QRgb(0xff922b));
    t.schematic = QColor(QRgb(0xb197fc));
    t.h100 = QColor(QRgb(0x51cf66));
    t.h100Added = QColor(QRgb(0x2b8a3e));
    t.h200 = QColor(QRgb(0x339af0));
    t.b200 = QColor(QRgb(0xff922b));
    t.unknownGpu = QColor(QRgb(0xadb5bd));
    t.coolant = QColor(QRgb(0x3bc9db));
    t.power = QColor(QRgb(0xf06595));
    t.network = QColor(QRgb(0x9775fa));
    return t;
}

Theme Theme::highContrast() {
    Theme t;
    t.id = Id::HighContrast;
    t.name = QCoreApplication::translate("Theme", "High contrast");
    t.background = QColor(QRgb(0x000000));
    t.surface = QColor(QRgb(0x000000));
    t.text = QColor(QRgb(0xffffff));
    t.mutedText = QColor(QRgb(0xffffff));
    t.line = QColor(QRgb(0xffffff));
    t.accent = QColor(QRgb(0xffff00));
    t.warning = QColor(QRgb(0xff8000));
    t.schematic = QColor(QRgb(0xff80ff));
    t.h100 = QColor(QRgb(0x00ff00));
    t.h100Added = QColor(QRgb(0x008f00));
    t.h200 = QColor(QRgb(0x00e5ff));
    t.b200 = QColor(QRgb(0xffa000));
    t.unknownGpu = QColor(QRgb(0xc0c0c0));
    t.coolant = QColor(QRgb(0x00e5ff));
    t.power = QColor(QRgb(0xff4080));
    t.network = QColor(QRgb(0xc080ff));
    return t;
}

Theme Theme::fromName(const QString &name) {
    if (name == u"dark")
        return dark();
    if (name == u"high-contrast")
        return highContrast();
    return light();
}

QString Theme::key() const {
    switch (id) {
    case Id::Dark:
        return QStringLiteral("dark");
    case Id::HighContrast:
        return QStringLiteral("high-contrast");
    case Id::Light:
        break;
    }
    return QStringLiteral("light");
}

QPalette Theme::palette(QPalette p) const {
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        p.setColor(group, QPalette::Window, surface);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, background);
        p.setColor(group, QPalette::AlternateBase, surface);
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, surface);
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::Highlight, accent);
        p.setColor(group, QPalette::HighlightedText, background);
        p.setColor(group, QPalette::Link, accent);
        p.setColor(group, QPalette::PlaceholderText, mutedText);
        p.setColor(group, QPalette::ToolTipBase, surface);
        p.setColor(group, QPalette::ToolTipText, text);
    }
    // Disabled controls keep the theme's surfaces (a disabled button in the dark theme was a
    // white box) and show their text muted.
    for (const auto role : {QPalette::Window, QPalette::Button, QPalette::AlternateBase})
        p.setColor(QPalette::Disabled, role, surface);
    p.setColor(QPalette::Disabled, QPalette::Base, background);
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, mutedText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, line);
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, background);
    return p;
}

QString Theme::styleSheet() const {
    if (id != Id::HighContrast)
        return {};
    // The styles derive frame and scroll bar outlines from the window colour, which is black
    // here: draw them in the theme's line colour so that fields and scroll bars show.
    return QStringLiteral(
               "QLineEdit, QComboBox, QAbstractSpinBox { border: 2px solid %1; padding: 2px; }"
               "QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus { border-color: %2; }"
               "QScrollBar { background: %3; border: 1px solid %1; }"
               "QScrollBar:vertical { width: 16px; } QScrollBar:horizontal { height: 16px; }"
               "QScrollBar::handle { background: %4; border: 1px solid %3; }"
               "QScrollBar::handle:vertical { min-height: 24px; }"
               "QScrollBar::handle:horizontal { min-width: 24px; }"
               "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }"
               "QScrollBar::add-page, QScrollBar::sub-page { background: none; }"
               // Text views take their colours from the sheet too: with the sheet on the
               // window they were white boxes, their white text invisible.
               "QTextEdit, QPlainTextEdit { background: %3; color: %4; border: 1px solid %1; }")
        .arg(line.name(), accent.name(), background.name(), text.name());
}

QFont Theme::font(qreal pixelSize, bool bold) {
    QFont f;
    // Noto Sans CJK covers Latin too, so Latin and CJK glyphs share one set of metrics. Han
    // characters take the forms readers of the interface language expect (JP or SC).
    const QString cjk = Language::cjkFamily(Language::current());
    f.setFamilies({cjk.isEmpty() ? QStringLiteral("Noto Sans CJK JP") : cjk,
                   QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    f.setBold(bold);
    return f;
}

QFont Theme::passageFont(qreal pixelSize, const QStringList &documentLanguages) {
    QFont f = font(pixelSize);
    const QString cjk = Language::passageCjkFamily(documentLanguages);
    if (cjk.isEmpty())
        return f;
    QStringList families = f.families();
    families.removeAll(cjk);
    families.prepend(cjk);
    f.setFamilies(families);
    return f;
}

} // namespace colossus
