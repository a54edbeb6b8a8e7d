#include "charts/ChartsPanel.h"

#include "catalogue/DerivedMark.h"
#include "catalogue/FigureFormat.h"
#include "charts/ChartAccessible.h"
#include "charts/ChartPicture.h"
#include "charts/ChartScene.h"

#include <QAccessible>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QToolTip>
#include <QVBoxLayout>
#include <stdexcept>

namespace colossus {

// The view of the current chart: fills the viewport's width (the chart is laid out for the
// size it is given, and scrolls down only when it cannot fit its height), turns hover into tooltips
// and clicks into selections. One Tab stop: the arrow keys move between the marks, Return opens the
// focused one.
class ChartView : public QGraphicsView {
    Q_OBJECT
public:
    explicit ChartView(ChartsPanel *panel)
        : QGraphicsView(panel)
        , m_panel(panel) {
        setObjectName(QStringLiteral("chartView"));
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        setAlignment(Qt::AlignLeft | Qt::AlignTop);
        // No re-centring when shown or resized: a chart taller than the dock starts at its top.
        setTransformationAnchor(QGraphicsView::NoAnchor);
        setResizeAnchor(QGraphicsView::NoAnchor);
        setFrameShape(QFrame::NoFrame);
        setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        setMouseTracking(true);
        setFocusPolicy(Qt::StrongFocus);
        setMinimumSize(320, 240);
        setContextMenuPolicy(Qt::CustomContextMenu);
        setAccessibleName(tr("Chart"));
        setAccessibleDescription(tr("Arrow keys move between the marks; Return opens the "
                                    "passage a mark comes from"));
        connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
            QMenu *menu = m_panel->contextMenuAt(pos, this);
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(mapToGlobal(pos));
        });
    }

    ChartsPanel *panel() const { return m_panel; }

protected:
    void resizeEvent(QResizeEvent *event) override {
        // QGraphicsView keeps the centre of a tall chart on a resize; we keep its top.
        const int top = verticalScrollBar()->value();
        QGraphicsView::resizeEvent(event);
        verticalScrollBar()->setValue(top);
        m_panel->relayout();
    }
    bool viewportEvent(QEvent *event) override {
        // QGraphicsView answers a tooltip event with its items' (empty) tooltips, which hid
        // ours about 0.7 s after it appeared: answer it here, for as long as the pointer stays
        // on the mark.
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            showTip(help->pos(), help->globalPos());
            return true;
        }
        return QGraphicsView::viewportEvent(event);
    }
    void mouseMoveEvent(QMouseEvent *event) override {
        const QPoint pos = event->position().toPoint();
        const QString tip = showTip(pos, event->globalPosition().toPoint());
        viewport()->setCursor(tip.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        QGraphicsView::mouseMoveEvent(event);
    }
    void mousePressEvent(QMouseEvent *event) override {
        if (event->button() == Qt::LeftButton)
            m_panel->activateAt(event->position().toPoint());
        QGraphicsView::mousePressEvent(event);
    }
    void keyPressEvent(QKeyEvent *event) override {
        const int count = m_panel->scene() ? int(m_panel->scene()->focusOrder().size()) : 0;
        const int current = m_panel->focusedMark();
        switch (event->key()) {
        case Qt::Key_Right:
        case Qt::Key_Down:
            if (count > 0)
                m_panel->setFocusedMark(current < 0 ? 0 : std::min(current + 1, count - 1));
            break;
        case Qt::Key_Left:
        case Qt::Key_Up:
            if (count > 0)
                m_panel->setFocusedMark(current < 0 ? count - 1 : std::max(current - 1, 0));
            break;
        case Qt::Key_Home:
            if (count > 0)
                m_panel->setFocusedMark(0);
            break;
        case Qt::Key_End:
            if (count > 0)
                m_panel->setFocusedMark(count - 1);
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (const ChartScene::Mark *mark = m_panel->focusedMarkData()) {
                const ChartScene::Mark copy = *mark; // activation may rebuild the marks
                m_panel->activateMark(copy);
            }
            break;
        default:
            // Presentation clickers send PageUp/PageDown: leave them to the window.
            event->ignore();
            return;
        }
        event->accept();
    }
    void focusInEvent(QFocusEvent *event) override {
        QGraphicsView::focusInEvent(event);
        if (m_panel->focusedMark() < 0 && m_panel->scene() &&
            !m_panel->scene()->focusOrder().isEmpty())
            m_panel->setFocusedMark(0);
        viewport()->update();
    }
    void focusOutEvent(QFocusEvent *event) override {
        QGraphicsView::focusOutEvent(event);
        viewport()->update();
    }
    void drawForeground(QPainter *painter, const QRectF &) override {
        // The focus ring: only while the chart has the keyboard focus.
        const ChartScene::Mark *mark = hasFocus() ? m_panel->focusedMarkData() : nullptr;
        if (!mark)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(m_panel->theme().background, 5));
        const QRectF ring = mark->rect.adjusted(-4, -4, 4, 4);
        painter->drawRoundedRect(ring, 3, 3);
        painter->setPen(QPen(m_panel->theme().accent, 2.5));
        painter->drawRoundedRect(ring, 3, 3);
        painter->restore();
    }

private:
    QString showTip(const QPoint &viewPos, const QPoint &globalPos) {
        const QString tip = m_panel->toolTipAt(viewPos);
        if (tip.isEmpty()) {
            QToolTip::hideText();
            return tip;
        }
        const ChartScene::Mark *mark = m_panel->scene()->markAt(mapToScene(viewPos));
        const QRect area = mark ? mapFromScene(mark->rect).boundingRect() : QRect();
        QToolTip::showText(globalPos, tip, viewport(), area);
        return tip;
    }

    ChartsPanel *m_panel;
};

ChartsPanel::ChartsPanel(const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue) {
    m_picker = new QComboBox(this);
    m_picker->setAccessibleName(tr("Chart"));
    for (const QString &id : ChartPicture::chartIds())
        m_picker->addItem(ChartSpec::chartTitle(id), id);
    m_picker->setObjectName(QStringLiteral("chartPicker"));
    ChartAccessible::install();
    m_view = new ChartView(this);

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Chart:"), this);
    label->setBuddy(m_picker);
    top->addWidget(label);
    top->addWidget(m_picker, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_picker, &QComboBox::currentIndexChanged, this,
            [this](int index) { setChart(m_picker->itemData(index).toString()); });
    setChart(ChartPicture::chartIds().constFirst());
}

ChartsPanel::~ChartsPanel() {
    m_view->setScene(nullptr);
}

QGraphicsView *ChartsPanel::view() const {
    return m_view;
}

void ChartsPanel::setTheme(const Theme &theme) {
    m_theme = theme;
    relayout();
}

void ChartsPanel::setChart(const QString &chartId) {
    if (chartId == m_chartId || !ChartPicture::chartIds().contains(chartId))
        return;
    m_chartId = chartId;
    m_view->setScene(nullptr);
    m_scene.reset();
    // A data file may lack a figure this chart needs: say so in the panel instead of aborting.
    try {
        m_scene = std::make_unique<ChartScene>(m_catalogue, ChartSpec::build(m_catalogue, chartId));
        m_focusedMark = -1;
        m_view->setScene(m_scene.get());
    } catch (const std::out_of_range &e) {
        m_message = std::make_unique<QGraphicsScene>();
        QGraphicsTextItem *text =
            m_message->addText(tr("This chart cannot be drawn from the data file: %1")
                                   .arg(QString::fromUtf8(e.what())));
        text->setTextWidth(std::max(200, m_view->viewport()->width() - 20));
        m_view->setScene(m_message.get());
    }
    m_view->verticalScrollBar()->setValue(0); // a new chart starts at its top
    relayout();
    const int index = m_picker->findData(chartId);
    if (index != m_picker->currentIndex())
        m_picker->setCurrentIndex(index);
    Q_EMIT chartChanged(chartId);
}

void ChartsPanel::relayout() {
    if (!m_scene)
        return;
    QScrollBar *scroll = m_view->verticalScrollBar();
    const int scrolled = scroll->value();
    const QSize size = m_view->viewport()->size();
    QSizeF sceneSize(std::max(size.width(), 100), std::max(size.height(), 100));
    m_scene->rebuild(sceneSize, m_theme, false);
    if (m_scene->shortfall() > 0) {
        // A narrow dock: rows whose labels wrap need more height than there is. The chart is
        // laid out taller and scrolls, rather than squeezing rows into each other.
        sceneSize.rheight() += m_scene->shortfall();
        m_scene->rebuild(sceneSize, m_theme, false);
    }
    m_scene->setHighlighted(m_selected);
    m_view->setSceneRect(m_scene->sceneRect());
    scroll->setValue(scrolled); // the view would keep its centre: a new chart starts at the top
}

std::unique_ptr<Picture> ChartsPanel::currentPicture() const {
    auto picture = ChartPicture::create(m_catalogue, m_chartId, nullptr);
    if (picture)
        picture->setHighlighted(m_selected);
    return picture;
}

void ChartsPanel::showFigure(const QString &figureId) {
    m_selected = figureId;
    if (m_scene)
        m_scene->setHighlighted(figureId);
}

QPoint ChartsPanel::figurePosition(const QString &figureId) const {
    if (!m_scene)
        return {-1, -1};
    for (const ChartScene::Mark &mark : m_scene->marks()) {
        if (mark.figureId == figureId && mark.checkIds.isEmpty())
            return m_view->mapFromScene(mark.rect.center());
    }
    return {-1, -1};
}

QString ChartsPanel::toolTipAt(const QPoint &viewPos) const {
    if (!m_scene)
        return {};
    const ChartScene::Mark *mark = m_scene->markAt(m_view->mapToScene(viewPos));
    if (!mark)
        return {};
    if (!mark->checkIds.isEmpty())
        return tr("<b>⚠ The reports disagree</b> about this figure.<br>Click to see the "
                  "consistency check.");
    if (!mark->factId.isEmpty()) {
        const Fact *fact = m_catalogue.fact(mark->factId);
        if (!fact)
            return {};
        return QStringLiteral("<b>%1</b><br>%2<br>%3")
            .arg(fact->label().toHtmlEscaped(),
                 tr("Source: %1 (%2)")
                     .arg(fact->source, FigureFormat::documentName(m_catalogue, fact->source))
                     .toHtmlEscaped(),
                 FigureFormat::passageHtml(m_catalogue, fact->source, fact->quote));
    }
    const Figure *figure = m_catalogue.figure(mark->figureId);
    return figure ? FigureFormat::toolTip(m_catalogue, *figure) : QString();
}

void ChartsPanel::activateAt(const QPoint &viewPos) {
    if (!m_scene)
        return;
    const ChartScene::Mark *mark = m_scene->markAt(m_view->mapToScene(viewPos));
    if (!mark)
        return;
    const ChartScene::Mark copy = *mark; // the mark list is rebuilt by showFigure's repaint
    activateMark(copy);
}

void ChartsPanel::activateMark(const ChartScene::Mark &mark) {
    if (!mark.checkIds.isEmpty()) {
        Q_EMIT checkActivated(mark.checkIds.constFirst());
    } else if (!mark.factId.isEmpty()) {
        Q_EMIT factActivated(mark.factId);
    } else if (!mark.figureId.isEmpty()) {
        showFigure(mark.figureId);
        Q_EMIT figureActivated(mark.figureId);
    }
}

QString ChartsPanel::chartTitle() const {
    return ChartSpec::chartTitle(m_chartId);
}

void ChartsPanel::setFocusedMark(int index) {
    const int count = m_scene ? int(m_scene->focusOrder().size()) : 0;
    m_focusedMark = index >= 0 && index < count ? index : -1;
    m_view->viewport()->update();
    if (m_focusedMark < 0 || !m_view->hasFocus())
        return;
    // Screen readers follow the keyboard: the focus moved to this mark.
    if (QAccessibleInterface *view = QAccessible::queryAccessibleInterface(m_view)) {
        if (QAccessibleInterface *child = view->child(m_focusedMark)) {
            QAccessibleEvent event(child, QAccessible::Focus);
            QAccessible::updateAccessibility(&event);
        }
    }
}

const ChartScene::Mark *ChartsPanel::focusedMarkData() const {
    if (!m_scene || m_focusedMark < 0 || m_focusedMark >= m_scene->focusOrder().size())
        return nullptr;
    return &m_scene->marks().at(m_scene->focusOrder().at(m_focusedMark));
}

QString ChartsPanel::accessibleText(const ChartScene::Mark &mark) const {
    if (!mark.checkIds.isEmpty())
        return tr("Warning: the reports disagree about this figure. Opens the consistency "
                  "check %1.")
            .arg(mark.checkIds.join(u", "_qs));
    if (!mark.factId.isEmpty()) {
        const Fact *fact = m_catalogue.fact(mark.factId);
        return fact ? tr("%1. Source: %2.")
                          .arg(fact->label(), FigureFormat::documentName(m_catalogue, fact->source))
                    : QString();
    }
    const Figure *figure = m_catalogue.figure(mark.figureId);
    if (!figure)
        return {};
    QString text = QStringLiteral("%1: %2").arg(
        figure->label(), DerivedMark::spoken(m_catalogue, *figure, FigureFormat::value(*figure)));
    if (!figure->qualifier.isEmpty())
        text += tr(" (the report says “%1”)").arg(figure->qualifier);
    if (!figure->isDerived())
        text += tr(". Source: %1").arg(FigureFormat::documentName(m_catalogue, figure->source));
    return text + u'.';
}

void ChartsPanel::addContextActions(const QList<QAction *> &actions) {
    m_contextActions += actions;
}

QMenu *ChartsPanel::contextMenuAt(const QPoint &viewPos, QWidget *parent) {
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("chartContextMenu"));
    const ChartScene::Mark *under =
        m_scene ? m_scene->markAt(m_view->mapToScene(viewPos)) : nullptr;
    if (!under)
        under = focusedMarkData(); // the Menu key on the focused mark
    if (under) {
        const ChartScene::Mark mark = *under;
        menu->addAction(tr("Open passage"), this, [this, mark] { activateMark(mark); });
        QAction *cite = menu->addAction(tr("Copy citation"), this,
                                        [this, mark] { Q_EMIT citationRequested(mark.figureId); });
        cite->setEnabled(!mark.figureId.isEmpty() && mark.checkIds.isEmpty());
        menu->addSeparator();
    }
    if (!m_contextActions.isEmpty())
        menu->addActions(m_contextActions);
    return menu;
}

} // namespace colossus

#include "ChartsPanel.moc"
