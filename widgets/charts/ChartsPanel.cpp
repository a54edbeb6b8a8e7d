#include "charts/ChartsPanel.h"

#include "catalogue/FigureFormat.h"
#include "charts/ChartPicture.h"
#include "charts/ChartScene.h"

#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <stdexcept>

namespace colossus {

// The view of the current chart: fills the viewport (no scrolling: the chart is laid out
// for the size it is given), turns hover into tooltips and clicks into selections.
class ChartView : public QGraphicsView {
public:
    explicit ChartView(ChartsPanel *panel)
        : QGraphicsView(panel)
        , m_panel(panel) {
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setAlignment(Qt::AlignLeft | Qt::AlignTop);
        setFrameShape(QFrame::NoFrame);
        setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        setMouseTracking(true);
        setFocusPolicy(Qt::StrongFocus);
        setMinimumSize(320, 240);
    }

protected:
    void resizeEvent(QResizeEvent *event) override {
        QGraphicsView::resizeEvent(event);
        m_panel->relayout();
    }
    void mouseMoveEvent(QMouseEvent *event) override {
        const QPoint pos = event->position().toPoint();
        const QString tip = m_panel->toolTipAt(pos);
        viewport()->setCursor(tip.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), tip, this);
        QGraphicsView::mouseMoveEvent(event);
    }
    void mousePressEvent(QMouseEvent *event) override {
        if (event->button() == Qt::LeftButton)
            m_panel->activateAt(event->position().toPoint());
        QGraphicsView::mousePressEvent(event);
    }
    void keyPressEvent(QKeyEvent *event) override {
        // Presentation clickers send PageUp/PageDown: leave them to the window.
        event->ignore();
    }

private:
    ChartsPanel *m_panel;
};

ChartsPanel::ChartsPanel(const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue) {
    m_picker = new QComboBox(this);
    m_picker->setAccessibleName(tr("Chart"));
    for (const QString &id : ChartPicture::chartIds())
        m_picker->addItem(ChartSpec::chartTitle(id), id);
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
        m_view->setScene(m_scene.get());
    } catch (const std::out_of_range &e) {
        m_message = std::make_unique<QGraphicsScene>();
        QGraphicsTextItem *text =
            m_message->addText(tr("This chart cannot be drawn from the data file: %1")
                                   .arg(QString::fromUtf8(e.what())));
        text->setTextWidth(std::max(200, m_view->viewport()->width() - 20));
        m_view->setScene(m_message.get());
    }
    relayout();
    const int index = m_picker->findData(chartId);
    if (index != m_picker->currentIndex())
        m_picker->setCurrentIndex(index);
    Q_EMIT chartChanged(chartId);
}

void ChartsPanel::relayout() {
    if (!m_scene)
        return;
    const QSize size = m_view->viewport()->size();
    m_scene->rebuild(QSizeF(std::max(size.width(), 100), std::max(size.height(), 100)), m_theme,
                     false);
    m_scene->setHighlighted(m_selected);
    m_view->setSceneRect(m_scene->sceneRect());
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
        return QStringLiteral("<b>%1</b><br>Source: %2<br>“%3”")
            .arg(fact->label.toHtmlEscaped(), fact->source.toHtmlEscaped(),
                 FigureFormat::passageStart(fact->quote).toHtmlEscaped());
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
    if (!mark->checkIds.isEmpty()) {
        Q_EMIT checkActivated(mark->checkIds.constFirst());
    } else if (!mark->factId.isEmpty()) {
        Q_EMIT factActivated(mark->factId);
    } else if (!mark->figureId.isEmpty()) {
        const QString id = mark->figureId; // the mark list is rebuilt by showFigure's repaint
        showFigure(id);
        Q_EMIT figureActivated(id);
    }
}

} // namespace colossus
