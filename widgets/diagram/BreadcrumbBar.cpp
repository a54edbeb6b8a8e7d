#include "diagram/BreadcrumbBar.h"

#include "diagram/ViewPath.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace colossus {

BreadcrumbBar::BreadcrumbBar(QWidget *parent)
    : QWidget(parent) {
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addStretch(1);
    setAccessibleName(tr("Where you are in Colossus"));
    setPath(ElementPath::cluster());
}

void BreadcrumbBar::setPath(const ElementPath &path) {
    if (path == m_path)
        return;
    m_path = path;
    for (QWidget *w : std::as_const(m_parts))
        delete w;
    m_parts.clear();
    m_buttons.clear();
    QList<ElementPath> chain;
    for (ElementPath p = path;; p = p.parent()) {
        chain.prepend(p);
        if (p.level() == ElementPath::Level::Cluster)
            break;
    }
    int position = 0;
    for (int i = 0; i < chain.size(); ++i) {
        const ElementPath &p = chain[i];
        const QString text = ViewPath::elementName(p);
        if (i > 0) {
            auto *sep = new QLabel(QStringLiteral("›"), this);
            m_layout->insertWidget(position++, sep);
            m_parts << sep;
        }
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setAutoRaise(true);
        button->setObjectName(QStringLiteral("crumb%1").arg(i));
        button->setToolTip(i + 1 == chain.size() ? tr("You are here") : tr("Go to %1").arg(text));
        QFont f = button->font();
        f.setBold(i + 1 == chain.size());
        button->setFont(f);
        connect(button, &QToolButton::clicked, this, [this, p] { Q_EMIT pathClicked(p); });
        m_layout->insertWidget(position++, button);
        m_parts << button;
        m_buttons << button;
    }
}

} // namespace colossus
