#include "sources/SourcesBrowser.h"

#include "catalogue/Citation.h"

#include "catalogue/FigureFormat.h"
#include "settings/StoredState.h"
#include "sources/ChecksListModel.h"
#include "sources/FigureFilterModel.h"
#include "sources/FigureTableModel.h"
#include "sources/SourceView.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace colossus {

namespace {

const QString settingsGroup = QStringLiteral("SourcesBrowser");

// The topics in the order a lesson takes them; topics the data adds later follow.
QStringList topicsOf(const Catalogue &catalogue) {
    QStringList topics{QStringLiteral("hierarchy"), QStringLiteral("compute"),
                       QStringLiteral("network"),   QStringLiteral("power"),
                       QStringLiteral("money"),     QStringLiteral("timeline"),
                       QStringLiteral("peers")};
    QStringList present;
    for (const Figure &figure : catalogue.figures()) {
        if (!present.contains(figure.topic))
            present << figure.topic;
    }
    QStringList result;
    for (const QString &topic : topics) {
        if (present.contains(topic))
            result << topic;
    }
    for (const QString &topic : present) {
        if (!result.contains(topic) && !topic.isEmpty())
            result << topic;
    }
    return result;
}

} // namespace

SourcesBrowser::SourcesBrowser(const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue) {
    m_figureModel = new FigureTableModel(m_catalogue, this);
    m_filterModel = new FigureFilterModel(this);
    m_filterModel->setSourceModel(m_figureModel);
    m_checksModel = new ChecksListModel(m_figureModel->checks(), this);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("figureFilter"));
    m_filter->setPlaceholderText(tr("Search figures, quotes, translations…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Every word must occur in the figure's name, id, quote or "
                            "translation (Ctrl+F)"));
    // Filtering moves the table's current row when it hides it: that is not the user picking
    // a figure, so it must not change the passage or the charts.
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtering = true;
        m_filterModel->setTextFilter(text);
        m_filtering = false;
    });
    // Ctrl+F is the main window's (Edit > Find figures), so that it works from every pane.

    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("topicFilter"));
    m_topic->addItem(tr("All topics"), QString());
    for (const QString &topic : topicsOf(m_catalogue)) {
        const QString name = FigureTableModel::topicName(topic);
        const auto count =
            std::count_if(m_catalogue.figures().cbegin(), m_catalogue.figures().cend(),
                          [&](const Figure &figure) { return figure.topic == topic; });
        m_topic->addItem(QStringLiteral("%1 (%2)").arg(name).arg(count), topic);
    }
    m_topic->setAccessibleName(tr("Topic"));
    m_filter->setAccessibleName(tr("Search figures"));
    connect(m_topic, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filtering = true;
        m_filterModel->setTopicFilter(m_topic->itemData(index).toString());
        m_filtering = false;
    });

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("figureCount"));
    connect(m_filterModel, &QAbstractItemModel::rowsInserted, this, &SourcesBrowser::updateCount);
    connect(m_filterModel, &QAbstractItemModel::rowsRemoved, this, &SourcesBrowser::updateCount);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &SourcesBrowser::updateCount);
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &SourcesBrowser::updateCount);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("figureTable"));
    m_table->setAccessibleName(tr("Figures"));
    m_table->setModel(m_filterModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // one Tab stop: arrows move inside, Tab leaves
    m_table->verticalHeader()->hide();
    // No sort column until the user clicks one: the catalogue's own order groups by topic.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(FigureTableModel::LabelColumn,
                                                      QHeaderView::Stretch);
    for (int column = FigureTableModel::ValueColumn + 1; column < FigureTableModel::ColumnCount;
         ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The longest values ("US$ tens of billions (claimed by …)") would squeeze the labels to a
    // word on a laptop: the value column starts 16 average characters wide and elides
    // (its tooltip has the whole value); the user can widen it.
    m_table->horizontalHeader()->setSectionResizeMode(FigureTableModel::ValueColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(FigureTableModel::ValueColumn,
                                               m_table->fontMetrics().averageCharWidth() * 16);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onFigureActivated(current); });

    m_checksView = new QListView(this);
    m_checksView->setObjectName(QStringLiteral("checksList"));
    m_checksView->setAccessibleName(tr("Consistency checks"));
    m_checksView->setModel(m_checksModel);
    m_checksView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checksView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checksView->setWordWrap(true);
    m_checksView->setIconSize(QSize(20, 20));
    m_checksView->setSpacing(1);
    // Ctrl+C and a context menu copy a citation, not the cell text Qt would copy.
    auto *copy = new QAction(tr("Copy citation"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &SourcesBrowser::copyCitation);
    auto *copyBibtex = new QAction(tr("Copy citation as BibTeX"), this);
    connect(copyBibtex, &QAction::triggered, this, &SourcesBrowser::copyCitationBibtex);
    auto *copyCsl = new QAction(tr("Copy citation as CSL-JSON"), this);
    connect(copyCsl, &QAction::triggered, this, &SourcesBrowser::copyCitationCslJson);
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_table),
                                    static_cast<QAbstractItemView *>(m_checksView)}) {
        view->addActions({copy, copyBibtex, copyCsl});
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
    connect(m_checksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCheckActivated(current); });

    auto *checksBox = new QWidget(this);
    auto *checksLayout = new QVBoxLayout(checksBox);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    auto *checksTitle = new QLabel(tr("<b>Consistency checks</b> — where the reports agree and "
                                      "where they do not"),
                                   checksBox);
    checksTitle->setWordWrap(true);
    checksLayout->addWidget(checksTitle);
    checksLayout->addWidget(m_checksView, 1);

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("figuresSplitter"));
    m_leftSplitter->setChildrenCollapsible(false);
    m_leftSplitter->addWidget(m_table);
    m_leftSplitter->addWidget(checksBox);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 1);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_topic);
    filterRow->addWidget(m_count);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_leftSplitter, 1);

    m_sourceView = new SourceView(m_catalogue, this);
    connect(m_sourceView, &SourceView::figureLinkActivated, this,
            [this](const QString &id) { selectFigure(id, true); });
    connect(m_sourceView, &SourceView::factLinkActivated, this, &SourcesBrowser::showFact);
    connect(m_sourceView, &SourceView::checkLinkActivated, this, &SourcesBrowser::showCheck);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("sourcesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_sourceView);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);

    updateCount();
}

void SourcesBrowser::updateCount() {
    const int shown = m_filterModel->rowCount();
    const int total = m_figureModel->rowCount();
    if (shown == total)
        m_count->setText(total == 1 ? tr("1 figure") : tr("%1 figures").arg(total));
    else
        m_count->setText(tr("%1 of %2").arg(shown).arg(total));
}

QString SourcesBrowser::currentFigureId() const {
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row()))
        return {};
    return current.data(FigureTableModel::FigureIdRole).toString();
}

QString SourcesBrowser::currentCheckId() const {
    const QModelIndex current = m_checksView->selectionModel()->currentIndex();
    if (!current.isValid() || !m_checksView->selectionModel()->isSelected(current))
        return {};
    return current.data(ChecksListModel::CheckIdRole).toString();
}

void SourcesBrowser::onFigureActivated(const QModelIndex &current) {
    if (!current.isValid() || m_filtering)
        return; // filtered away: keep showing what was shown
    const QString id = current.data(FigureTableModel::FigureIdRole).toString();
    m_lastFigureId = id;
    m_lastCheckId.clear();
    m_sourceView->showFigure(id);
    // Not blocked signals: the views repaint from them. Clearing makes the current index
    // invalid, which onCheckActivated ignores.
    m_checksView->selectionModel()->clear();
    if (!m_programmatic)
        Q_EMIT figureSelected(id);
}

void SourcesBrowser::onCheckActivated(const QModelIndex &current) {
    if (!current.isValid())
        return;
    const ConsistencyCheck &check = m_checksModel->checkAt(current.row());
    m_lastCheckId = check.id;
    m_sourceView->showCheck(check);
    m_table->selectionModel()->clear();
}

void SourcesBrowser::showFigure(const QString &figureId) {
    selectFigure(figureId, false);
}

void SourcesBrowser::selectFigure(const QString &figureId, bool notify) {
    const int sourceRow = m_figureModel->rowOf(figureId);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_filterModel->mapFromSource(m_figureModel->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by the filters: clear them rather than show a figure the table hides.
        m_filter->clear();
        m_topic->setCurrentIndex(0);
        index = m_filterModel->mapFromSource(m_figureModel->index(sourceRow, 0));
    }
    m_programmatic = !notify;
    // Clear first so that selecting the row already current still shows it again.
    m_table->selectionModel()->clear();
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_programmatic = false;
    m_table->scrollTo(index);
}

void SourcesBrowser::showCheck(const QString &checkId) {
    const int row = m_checksModel->rowOf(checkId);
    if (row < 0)
        return;
    const QModelIndex index = m_checksModel->index(row);
    m_checksView->selectionModel()->clear();
    m_checksView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_checksView->scrollTo(index);
}

void SourcesBrowser::showFact(const QString &factId) {
    if (!m_catalogue.fact(factId))
        return;
    m_table->selectionModel()->clear();
    m_checksView->selectionModel()->clear();
    m_sourceView->showFact(factId);
}

QString SourcesBrowser::figureCitation(const QString &figureId) const {
    const Figure *figure = m_catalogue.figure(figureId);
    if (!figure)
        return {};
    QStringList lines{figure->label() + QStringLiteral(": ") + FigureFormat::value(*figure)};
    if (figure->isDerived()) {
        lines << tr("Derived: %1").arg(FigureFormat::arithmetic(m_catalogue, *figure));
        for (const QString &input : figure->inputs)
            lines << QStringLiteral("  ") +
                         figureCitation(input).replace(u'\n', QStringLiteral("\n  "));
        return lines.join(u'\n');
    }
    lines << QStringLiteral("“%1”").arg(figure->quote);
    if (const QString translation = m_catalogue.translationOf(figure->source, figure->translations);
        !translation.isEmpty())
        lines << tr("Our translation: “%1”").arg(translation);
    lines << tr("Source: %1").arg(FigureFormat::documentTitle(m_catalogue, figure->source));
    return lines.join(u'\n');
}

QString SourcesBrowser::citation() const {
    if (const QString checkId = currentCheckId(); !checkId.isEmpty()) {
        const ConsistencyCheck &check = m_checksModel->checkAt(m_checksModel->rowOf(checkId));
        QStringList parts{check.title() + QStringLiteral(" (") +
                              ConsistencyCheck::verdictText(check.verdict) + u')',
                          check.explanation()};
        for (const QString &id : check.figureIds)
            parts << figureCitation(id);
        return parts.join(QStringLiteral("\n\n"));
    }
    return figureCitation(currentFigureId());
}

void SourcesBrowser::copyCitationAs(int format) const {
    QString id = currentCheckId();
    if (id.isEmpty())
        id = currentFigureId();
    if (const std::optional<QString> text = Citation::cite(
            m_catalogue, id, Citation::Format(format), QCoreApplication::applicationVersion()))
        QGuiApplication::clipboard()->setText(*text);
}

void SourcesBrowser::copyCitationBibtex() const {
    copyCitationAs(int(Citation::Format::BibTeX));
}

void SourcesBrowser::copyCitationCslJson() const {
    copyCitationAs(int(Citation::Format::CslJson));
}

void SourcesBrowser::copyCitation() const {
    const QString text = citation();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void SourcesBrowser::setTheme(const Theme &theme) {
    setPalette(theme.palette(palette()));
    setAutoFillBackground(true);
    m_figureModel->setTheme(theme);
    m_checksModel->setTheme(theme);
    m_sourceView->setTheme(theme);
}

void SourcesBrowser::saveState(QSettings &settings) const {
    settings.beginGroup(settingsGroup);
    StoredState::save(settings, QStringLiteral("splitter"), m_splitter->saveState());
    StoredState::save(settings, QStringLiteral("figuresSplitter"), m_leftSplitter->saveState());
    StoredState::save(settings, QStringLiteral("sourceSplitter"),
                      m_sourceView->splitter()->saveState());
    StoredState::save(settings, QStringLiteral("tableHeader"),
                      m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("figure"), m_lastFigureId);
    settings.setValue(QStringLiteral("check"), m_lastCheckId);
    settings.endGroup();
}

void SourcesBrowser::restoreState(QSettings &settings) {
    settings.beginGroup(settingsGroup);
    m_splitter->restoreState(StoredState::load(settings, QStringLiteral("splitter")));
    m_leftSplitter->restoreState(StoredState::load(settings, QStringLiteral("figuresSplitter")));
    m_sourceView->splitter()->restoreState(
        StoredState::load(settings, QStringLiteral("sourceSplitter")));
    m_table->horizontalHeader()->restoreState(
        StoredState::load(settings, QStringLiteral("tableHeader")));
    const QString figure = settings.value(QStringLiteral("figure")).toString();
    const QString check = settings.value(QStringLiteral("check")).toString();
    settings.endGroup();

    // Ids from an older catalogue may be gone; then nothing is selected.
    if (!check.isEmpty() && m_checksModel->rowOf(check) >= 0) {
        m_lastFigureId = figure;
        showCheck(check);
    } else if (!figure.isEmpty() && m_figureModel->rowOf(figure) >= 0) {
        showFigure(figure);
    }
}

} // namespace colossus
