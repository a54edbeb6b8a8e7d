#include "diagram/DiagramView.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DerivedMark.h"
#include "diagram/BreadcrumbBar.h"
#include "diagram/DiagramCanvas.h"
#include "diagram/DiagramPicture.h"
#include "diagram/Minimap.h"
#include "diagram/ViewPath.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace colossus {

namespace {

// Where the diagram draws a figure or fact: the level that shows it, and the scenario whose
// legend cites it (empty: any scenario).
struct Placement {
    ElementPath::Level level;
    bool rear = false;
    QString scenario;
};

std::optional<Placement> placementOf(const QString &id) {
    using L = ElementPath::Level;
    static const QHash<QString, Placement> table = {
        {u"gpus_built"_qs, {L::Cluster, false, u"built"_qs}},
        {u"racks_total"_qs, {L::Cluster, false, u"built"_qs}},
        {u"groups_total"_qs, {L::Cluster, false, u"built"_qs}},
        {u"racks_needed"_qs, {L::Cluster, false, u"built"_qs}},
        {u"groups_needed"_qs, {L::Cluster, false, u"built"_qs}},
        {u"groups_from_racks"_qs, {L::Cluster, false, u"built"_qs}},
        {u"upgrade_h100"_qs, {L::Cluster, false, u"upgrade"_qs}},
        {u"upgrade_h200"_qs, {L::Cluster, false, u"upgrade"_qs}},
        {u"upgrade_total"_qs, {L::Cluster, false, u"upgrade"_qs}},
        {u"promise_b200"_qs, {L::Cluster, false, u"promise"_qs}},
        {u"promise_h200"_qs, {L::Cluster, false, u"promise"_qs}},
        {u"planned_gpus"_qs, {L::Cluster, false, u"planned"_qs}},
        {u"racks_per_group"_qs, {L::Group, false, {}}},
        {u"gpus_per_group"_qs, {L::Group, false, {}}},
        {u"gpus_per_group_derived"_qs, {L::Group, false, {}}},
        {u"servers_per_rack"_qs, {L::Rack, false, {}}},
        {u"gpus_per_rack"_qs, {L::Rack, false, {}}},
        {u"gpus_per_rack_derived"_qs, {L::Rack, false, {}}},
        {u"server_height_u"_qs, {L::Rack, false, {}}},
        {u"manifold_height_u"_qs, {L::Rack, false, {}}},
        {u"pump_unit_height_u"_qs, {L::Rack, false, {}}},
        {u"manifolds_between_servers"_qs, {L::Rack, false, {}}},
        {u"pump_unit"_qs, {L::Rack, false, {}}},
        {u"liquid_cooled_4u"_qs, {L::Rack, false, {}}},
        {u"rack_rear"_qs, {L::Rack, true, {}}},
        {u"ethernet_not_infiniband"_qs, {L::Rack, true, {}}},
        {u"rdma_fabric"_qs, {L::Rack, true, {}}},
        {u"gpus_per_server"_qs, {L::Server, false, {}}},
        {u"psus_per_server"_qs, {L::Server, false, {}}},
        {u"redundant_psus"_qs, {L::Server, false, {}}},
        {u"nic_per_gpu_gb"_qs, {L::Server, false, {}}},
        {u"extra_nic_gb"_qs, {L::Server, false, {}}},
        {u"dedicated_nic"_qs, {L::Server, false, {}}},
        {u"hgx_h100"_qs, {L::Server, false, {}}},
        {u"server_bandwidth_tb"_qs, {L::Server, false, {}}},
        {u"server_bandwidth_derived"_qs, {L::Server, false, {}}},
    };
    const auto it = table.constFind(id);
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

// The id the drawing links, for ids the drawing shows through another one.
QString drawnId(const QString &id) {
    if (id == u"gpus_per_group_derived" || id == u"racks_per_group")
        return u"gpus_per_group"_qs;
    if (id == u"gpus_per_rack_derived" || id == u"servers_per_rack")
        return u"gpus_per_rack"_qs;
    if (id == u"server_height_u")
        return u"liquid_cooled_4u"_qs;
    if (id == u"manifold_height_u")
        return u"manifolds_between_servers"_qs;
    if (id == u"pump_unit_height_u")
        return u"pump_unit"_qs;
    if (id == u"gpus_per_server")
        return u"hgx_h100"_qs;
    if (id == u"server_bandwidth_derived")
        return u"server_bandwidth_tb"_qs;
    if (id == u"racks_total" || id == u"groups_total" || id == u"racks_needed" ||
        id == u"groups_needed" || id == u"groups_from_racks")
        return u"gpus_built"_qs;
    if (id == u"upgrade_total")
        return u"upgrade_h200"_qs;
    return id;
}

} // namespace

DiagramView::DiagramView(const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 2);
    layout->setSpacing(2);

    auto *bar = new QHBoxLayout;
    m_breadcrumb = new BreadcrumbBar(this);
    bar->addWidget(m_breadcrumb, 1);
    auto *scenarioLabel = new QLabel(tr("&Scenario:"), this);
    m_scenarios = new QComboBox(this);
    m_scenarios->setObjectName(QStringLiteral("scenarioBox"));
    m_scenarios->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    scenarioLabel->setBuddy(m_scenarios);
    bar->addWidget(scenarioLabel);
    bar->addWidget(m_scenarios);
    m_rear = new QToolButton(this);
    m_rear->setObjectName(QStringLiteral("rearButton"));
    m_rear->setText(tr("Rear view"));
    m_rear->setCheckable(true);
    m_rear->setToolTip(tr("Show the rack from behind (R)"));
    bar->addWidget(m_rear);
    m_copy = new QToolButton(this);
    m_copy->setObjectName(QStringLiteral("copyPathButton"));
    m_copy->setText(tr("Copy path"));
    m_copy->setToolTip(tr("Copy the view path, for --view on the command line"));
    bar->addWidget(m_copy);
    layout->addLayout(bar);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("scenarioNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_note, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"check:"))
            Q_EMIT checkActivated(link.mid(6));
    });
    layout->addWidget(m_note);

    m_canvas = new DiagramCanvas(this);
    layout->addWidget(m_canvas, 1);
    m_minimap = new Minimap(m_canvas);
    m_canvas->installEventFilter(this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("diagramStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The derivation can be longer than a laptop screen is wide: it wraps rather than setting
    // the window's minimum width.
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // Short entries ("Built: 100,000 H100") keep the box whole on a 1024 px screen in every
    // language; the full title is the entry's tooltip and the box's.
    for (const QString &id : Scenario::ids()) {
        const auto s = Scenario::fromCatalogue(m_catalogue, id);
        m_scenarios->addItem(s ? (s->shortTitle.isEmpty() ? s->title : s->shortTitle) : id, id);
        if (s)
            m_scenarios->setItemData(m_scenarios->count() - 1, s->title, Qt::ToolTipRole);
    }
    connect(m_scenarios, &QComboBox::activated, this,
            [this](int index) { setScenario(m_scenarios->itemData(index).toString()); });
    connect(m_rear, &QToolButton::clicked, m_canvas, &DiagramCanvas::toggleRear);
    connect(m_copy, &QToolButton::clicked, this, &DiagramView::copyViewPath);
    connect(m_breadcrumb, &BreadcrumbBar::pathClicked, this,
            [this](const ElementPath &p) { m_canvas->setPath(p, true); });
    connect(m_minimap, &Minimap::centerRequested, this, [this](const QPointF &world) {
        DiagramCamera c = m_canvas->camera();
        c.center = world;
        m_canvas->setCamera(c);
    });
    connect(m_canvas, &DiagramCanvas::cameraChanged, this, [this] {
        m_minimap->setVisibleWorld(m_canvas->visibleWorld());
        placeMinimap();
    });
    connect(m_canvas, &DiagramCanvas::pathChanged, this, &DiagramView::onPathChanged);
    connect(m_canvas, &DiagramCanvas::figureActivated, this, &DiagramView::figureActivated);
    connect(m_canvas, &DiagramCanvas::factActivated, this, &DiagramView::factActivated);
    connect(m_canvas, &DiagramCanvas::statusTextChanged, this, [this](const QString &text) {
        m_status->setText(text);
        // The whole cluster's counts are derived ("ƒ"): hovering shows what from.
        const QString tip =
            m_canvas->model() ? m_canvas->model()->countsToolTip(m_canvas->path()) : QString();
        m_status->setToolTip(tip);
        m_status->setAccessibleDescription(tip.isEmpty() ? QString() : DerivedMark::legend());
        Q_EMIT statusTextChanged(text);
    });
    m_canvas->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_canvas, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = contextMenuAt(pos, this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_canvas->mapToGlobal(pos));
    });
    m_scenarios->setAccessibleName(tr("Scenario"));
    m_rear->setAccessibleName(tr("Rear view of the rack"));
    m_copy->setAccessibleName(tr("Copy the view path"));
    m_note->setAccessibleName(tr("How the scenario's counts were chosen"));
    m_status->setAccessibleName(tr("Diagram status"));
    setFocusProxy(m_canvas);
    setScenario(Scenario::defaultId());
}

DiagramView::~DiagramView() = default;

QString DiagramView::scenarioTitle() const {
    return m_canvas->model() ? m_canvas->model()->scenario.title : m_scenarioId;
}

void DiagramView::addContextActions(const QList<QAction *> &actions) {
    m_contextActions += actions;
}

QMenu *DiagramView::contextMenuAt(const QPoint &canvasPos, QWidget *parent) {
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("diagramContextMenu"));
    // The linked part under the pointer, or the one the keyboard focused (Menu key).
    const LinkZone *zone = m_canvas->zoneAt(canvasPos);
    if (!zone)
        zone = m_canvas->focusedZone();
    if (zone) {
        const LinkZone link = *zone;
        menu->addAction(tr("Open passage: %1").arg(link.label.section(u'\n', 0, 0)), this,
                        [this, link] {
                            if (link.isFact)
                                Q_EMIT factActivated(link.id);
                            else
                                Q_EMIT figureActivated(link.id);
                        });
        QAction *cite = menu->addAction(tr("Copy citation"), this,
                                        [this, link] { Q_EMIT citationRequested(link.id); });
        cite->setEnabled(!link.isFact);
        menu->addSeparator();
    }
    menu->addAction(tr("Copy view path"), this, &DiagramView::copyViewPath);
    QAction *rear =
        menu->addAction(tr("Front / rear of the rack (R)"), m_canvas, &DiagramCanvas::toggleRear);
    rear->setEnabled(m_canvas->path().level() == ElementPath::Level::Rack);
    QAction *up = menu->addAction(tr("Up one level (Backspace)"), this,
                                  [this] { m_canvas->setPath(m_canvas->path().parent(), true); });
    up->setEnabled(m_canvas->path().level() != ElementPath::Level::Cluster);
    menu->addAction(tr("Whole cluster (0)"), this,
                    [this] { m_canvas->setPath(ElementPath::cluster(), true); });
    if (!m_contextActions.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_contextActions);
    }
    return menu;
}

QString DiagramView::viewPath() const {
    return ViewPath::format(m_canvas->path());
}

QString DiagramView::statusText() const {
    return m_canvas->statusText();
}

std::unique_ptr<Picture> DiagramView::currentPicture() const {
    if (!m_canvas->model())
        return nullptr;
    auto picture = std::make_unique<DiagramPicture>(m_canvas->model(), m_canvas->path());
    picture->setWorldWindow(m_canvas->visibleWorld());
    DiagramState state;
    if (m_canvas->path().rear)
        state.rearRack = m_canvas->path();
    picture->setState(state);
    return picture;
}

bool DiagramView::setScenario(const QString &id) {
    if (id == m_scenarioId && m_canvas->model())
        return true;
    QString error;
    auto model = DiagramModel::create(m_catalogue, id, &error);
    if (!model)
        return false;
    m_scenarioId = id;
    m_minimap->setModel(model);
    m_canvas->setModel(std::move(model));
    const Scenario &scenario = m_canvas->model()->scenario;
    QString note = scenario.description.toHtmlEscaped();
    if (!scenario.checkId.isEmpty()) {
        note.replace(scenario.checkId,
                     QStringLiteral("<a href=\"check:%1\">%1</a>").arg(scenario.checkId));
    }
    m_note->setText(note);
    m_note->setToolTip(scenario.title);
    const int index = m_scenarios->findData(id);
    if (index >= 0)
        m_scenarios->setCurrentIndex(index);
    m_scenarios->setToolTip(scenario.title);
    m_minimap->setVisibleWorld(m_canvas->visibleWorld());
    Q_EMIT scenarioChanged(id);
    return true;
}

bool DiagramView::setViewPath(const QString &path, bool animated) {
    const auto parsed = ViewPath::parse(path);
    if (!parsed || !m_canvas->model())
        return false;
    if (!ViewPath::validate(*parsed, m_canvas->model()->geometry, m_scenarioId).isEmpty())
        return false;
    return m_canvas->setPath(*parsed, animated);
}

void DiagramView::setTheme(const Theme &theme) {
    m_canvas->setTheme(theme);
    m_minimap->setTheme(theme);
}

bool DiagramView::showFigure(const QString &figureId) {
    const std::optional<Placement> place = placementOf(figureId);
    if (!place || !m_canvas->model())
        return false;
    // Already drawn in view (a click on the diagram itself, for one): outline it in place.
    const QString drawn = drawnId(figureId);
    for (const LinkZone &z : m_canvas->linkZones()) {
        if (z.id == drawn) {
            m_canvas->setHighlight(drawn);
            return true;
        }
    }
    if (!place->scenario.isEmpty() && place->scenario != m_scenarioId)
        setScenario(place->scenario);
    // Stay in the same group, rack and server where the view already is.
    const ElementPath here = m_canvas->path();
    ElementPath target;
    const auto keep = [](int index) {
        return index < 0 ? 0 : index;
    };
    if (place->level >= ElementPath::Level::Group)
        target.group = keep(here.group);
    if (place->level >= ElementPath::Level::Rack)
        target.rack = keep(here.rack);
    if (place->level >= ElementPath::Level::Server)
        target.server = keep(here.server);
    target.rear = place->rear;
    if (!m_canvas->model()->geometry.exists(target)) {
        target.group = target.group >= 0 ? 0 : -1;
        target.rack = target.rack >= 0 ? 0 : -1;
        target.server = target.server >= 0 ? 0 : -1;
    }
    m_canvas->setHighlight(drawnId(figureId));
    return m_canvas->setPath(target, true);
}

void DiagramView::copyViewPath() const {
    QApplication::clipboard()->setText(viewPath());
}

void DiagramView::onPathChanged(const ElementPath &path) {
    m_breadcrumb->setPath(path);
    m_rear->setEnabled(path.level() == ElementPath::Level::Rack);
    m_rear->setChecked(path.rear);
    placeMinimap();
    Q_EMIT viewPathChanged(ViewPath::format(path));
}

void DiagramView::placeMinimap() {
    const QRectF area = m_canvas->diagramArea();
    const double w = std::clamp(area.width() * 0.15, 110.0, 220.0);
    const QSizeF cluster =
        m_canvas->model() ? m_canvas->model()->geometry.clusterRect().size() : QSizeF(2, 1);
    const double h = std::clamp(w * cluster.height() / cluster.width(), 60.0, area.height() * 0.4);
    m_minimap->setGeometry(int(area.left()) + 8, int(area.bottom() - h) - 8, int(w), int(h));
    // Not needed while a group or more is in view (and it would hide part of it): it is
    // shown once one loses sight of the whole.
    const bool wholeInView =
        m_canvas->model() &&
        (m_canvas->visibleWorld().contains(m_canvas->model()->geometry.clusterRect()) ||
         m_canvas->visibleWorld().width() > m_canvas->model()->geometry.groupSize().width() * 0.8);
    // Nor on a small canvas, where it would cover too much of the drawing, nor on a server or
    // a GPU, whose framed picture fills the canvas (keeping clear of it pushed the GPU off
    // centre); the breadcrumb bar says where they are.
    const bool deep = m_canvas->path().level() >= ElementPath::Level::Server;
    const bool visible = area.width() >= 640 && area.height() >= 420 && !wholeInView && !deep;
    m_minimap->setVisible(visible);
    m_canvas->setKeepFree(visible ? QRectF(m_minimap->geometry()).adjusted(-4, -4, 4, 4)
                                  : QRectF());
}

void DiagramView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    placeMinimap();
}

bool DiagramView::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_canvas && event->type() == QEvent::Resize)
        placeMinimap();
    return QWidget::eventFilter(watched, event);
}

} // namespace colossus
