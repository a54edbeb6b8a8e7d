#include "sources/SourcesBrowser.h"
#include "catalogue/Catalogue.h"
#include "catalogue/ConsistencyChecks.h"
#include "sources/ChecksListModel.h"
#include "sources/FigureFilterModel.h"
#include "sources/FigureTableModel.h"
#include "sources/SourceView.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFontInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrl>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

const Catalogue &catalogue() {
    return Catalogue::embedded();
}

class SourcesBrowserTest : public ::testing::Test {
protected:
    void SetUp() override { showBrowser(browser); }

    static void showBrowser(SourcesBrowser &widget) {
        widget.resize(1400, 800);
        widget.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&widget));
    }

    // Clicks a figure's row in the table as a user would.
    static void clickFigure(SourcesBrowser &widget, const QString &figureId) {
        QTableView *table = widget.table();
        const int sourceRow = widget.figureModel()->rowOf(figureId);
        const QModelIndex index =
            widget.filterModel()->mapFromSource(widget.figureModel()->index(sourceRow, 0));
        ASSERT_TRUE(index.isValid());
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }

    SourcesBrowser browser{catalogue()};
};

// The last reported figure: far from the first row, so selecting it is a real change.
const Figure &someReportedFigure() {
    for (qsizetype i = catalogue().figures().size() - 1; i >= 0; --i) {
        if (!catalogue().figures().at(i).isDerived())
            return catalogue().figures().at(i);
    }
    throw std::runtime_error("no reported figure");
}

} // namespace

TEST_F(SourcesBrowserTest, ClickingARowShowsItsPassageAndTellsOthers) {
    const Figure &figure = someReportedFigure();
    QSignalSpy selected(&browser, &SourcesBrowser::figureSelected);
    clickFigure(browser, figure.id);
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.at(0).at(0).toString(), figure.id);
    EXPECT_EQ(browser.currentFigureId(), figure.id);
    EXPECT_EQ(browser.sourceView()->documentId(), figure.source);
    ASSERT_EQ(browser.sourceView()->highlights().size(), 1);
    EXPECT_EQ(browser.sourceView()->highlights()[0].cursor.selectionStart(),
              catalogue().passageOffset(figure.source, figure.quote));
}

TEST_F(SourcesBrowserTest, ShowFigureSelectsTheRightRowWithoutEchoing) {
    QSignalSpy selected(&browser, &SourcesBrowser::figureSelected);
    for (const Figure &figure : catalogue().figures()) {
        SCOPED_TRACE(figure.id.toStdString());
        browser.showFigure(figure.id);
        EXPECT_EQ(browser.currentFigureId(), figure.id);
        const QModelIndexList rows = browser.table()->selectionModel()->selectedRows();
        ASSERT_EQ(rows.size(), 1);
        EXPECT_EQ(rows[0].data(FigureTableModel::FigureIdRole).toString(), figure.id);
        EXPECT_EQ(browser.sourceView()->passages().isEmpty(), false);
    }
    // The caller (diagram, charts) already knows: no echo that could loop back.
    EXPECT_EQ(selected.size(), 0);
}

TEST_F(SourcesBrowserTest, ShowFigureClearsFiltersThatHideIt) {
    const Figure &figure = someReportedFigure();
    browser.filterEdit()->setText(QStringLiteral("no-such-text-anywhere"));
    ASSERT_EQ(browser.filterModel()->rowCount(), 0);
    browser.showFigure(figure.id);
    EXPECT_TRUE(browser.filterEdit()->text().isEmpty());
    EXPECT_EQ(browser.filterModel()->rowCount(), browser.figureModel()->rowCount());
    EXPECT_EQ(browser.currentFigureId(), figure.id);
}

TEST_F(SourcesBrowserTest, FilterWidgetsDriveTheTable) {
    const Figure &figure = someReportedFigure();
    const int topicIndex = browser.topicCombo()->findData(figure.topic);
    ASSERT_GT(topicIndex, 0);
    browser.topicCombo()->setCurrentIndex(topicIndex);
    EXPECT_EQ(browser.filterModel()->topicFilter(), figure.topic);
    int expected = 0;
    for (const Figure &candidate : catalogue().figures())
        expected += candidate.topic == figure.topic ? 1 : 0;
    EXPECT_EQ(browser.table()->model()->rowCount(), expected);
    auto *count = browser.findChild<QLabel *>(QStringLiteral("figureCount"));
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(count->text(),
              QStringLiteral("%1 of %2").arg(expected).arg(catalogue().figures().size()));

    QTest::keyClicks(browser.filterEdit(), figure.id);
    EXPECT_EQ(browser.filterModel()->textFilter(), figure.id);
    EXPECT_GE(browser.table()->model()->rowCount(), 1);
    browser.topicCombo()->setCurrentIndex(0);
    browser.filterEdit()->clear();
    EXPECT_EQ(browser.table()->model()->rowCount(), catalogue().figures().size());
    EXPECT_EQ(count->text(), QStringLiteral("%1 figures").arg(catalogue().figures().size()));
}

TEST_F(SourcesBrowserTest, TypingInTheSearchSelectsNothing) {
    clickFigure(browser, someReportedFigure().id);
    QSignalSpy selected(&browser, &SourcesBrowser::figureSelected);
    const auto passagesBefore = browser.sourceView()->passages().size();
    browser.filterEdit()->setFocus();
    // Words that hide the selected row: the table's current row moves, nothing is selected.
    QTest::keyClicks(browser.filterEdit(), QStringLiteral("GPU"));
    EXPECT_EQ(selected.count(), 0);
    EXPECT_EQ(browser.sourceView()->passages().size(), passagesBefore);
    QTest::keyClicks(browser.filterEdit(), QStringLiteral(" zzzz"));
    browser.filterEdit()->clear();
    EXPECT_EQ(selected.count(), 0);
}

TEST_F(SourcesBrowserTest, SelectingACheckHighlightsItsPassages) {
    const QList<ConsistencyCheck> checks = runConsistencyChecks(catalogue());
    ASSERT_EQ(browser.checksModel()->rowCount(), checks.size());
    // A disagreeing check if there is one: that is what a class would look at first.
    int row = 0;
    for (int i = 0; i < checks.size(); ++i) {
        if (checks[i].verdict == ConsistencyCheck::Verdict::Disagrees) {
            row = i;
            break;
        }
    }
    const ConsistencyCheck &check = checks[row];
    clickFigure(browser, someReportedFigure().id);

    QListView *list = browser.checksView();
    const QModelIndex index = browser.checksModel()->index(row);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    EXPECT_EQ(browser.currentCheckId(), check.id);
    EXPECT_TRUE(browser.currentFigureId().isEmpty()) << "the table still shows a selection";

    // Every passage of the check is offered, and each one's document highlights it.
    SourceView *view = browser.sourceView();
    QStringList expectedDocuments;
    for (const QString &id : check.figureIds) {
        const Figure &figure = catalogue().require(id);
        if (!figure.isDerived() && !expectedDocuments.contains(figure.source))
            expectedDocuments << figure.source;
    }
    for (const QString &document : expectedDocuments)
        EXPECT_TRUE(view->passageDocuments().contains(document)) << document.toStdString();
    int highlighted = 0;
    for (const QString &document : view->passageDocuments()) {
        view->showDocument(document);
        highlighted += int(view->highlights().size());
    }
    EXPECT_EQ(highlighted, view->passages().size());
    EXPECT_GE(highlighted, 1);
}

TEST_F(SourcesBrowserTest, ChecksListShowsVerdictIcons) {
    for (int row = 0; row < browser.checksModel()->rowCount(); ++row) {
        const QModelIndex index = browser.checksModel()->index(row);
        EXPECT_FALSE(index.data(Qt::DecorationRole).value<QIcon>().isNull());
        EXPECT_EQ(index.data().toString(), browser.checksModel()->checkAt(row).title());
    }
}

TEST_F(SourcesBrowserTest, StateSurvivesARestart) {
    QTemporaryDir directory;
    ASSERT_TRUE(directory.isValid());
    const QString file = directory.filePath(QStringLiteral("state.ini"));
    const Figure &figure = someReportedFigure();

    auto *splitter = browser.findChild<QSplitter *>(QStringLiteral("sourcesSplitter"));
    ASSERT_NE(splitter, nullptr);
    splitter->setSizes({500, 900});
    const QList<int> sizes = splitter->sizes();
    const QList<int> sourceSizes = browser.sourceView()->splitter()->sizes();
    clickFigure(browser, figure.id);
    browser.table()->sortByColumn(FigureTableModel::ValueColumn, Qt::DescendingOrder);
    {
        QSettings settings(file, QSettings::IniFormat);
        browser.saveState(settings);
    }
    {
        QSettings settings(file, QSettings::IniFormat);
        EXPECT_EQ(settings.value(QStringLiteral("SourcesBrowser/figure")).toString(), figure.id);
    }

    SourcesBrowser restored(catalogue());
    showBrowser(restored);
    {
        QSettings settings(file, QSettings::IniFormat);
        restored.restoreState(settings);
    }
    EXPECT_EQ(restored.currentFigureId(), figure.id);
    EXPECT_EQ(restored.sourceView()->documentId(), figure.source);
    EXPECT_EQ(restored.findChild<QSplitter *>(QStringLiteral("sourcesSplitter"))->sizes(), sizes);
    EXPECT_EQ(restored.sourceView()->splitter()->sizes(), sourceSizes);
    EXPECT_EQ(restored.table()->horizontalHeader()->sortIndicatorSection(),
              FigureTableModel::ValueColumn);
    EXPECT_EQ(restored.table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
}

TEST_F(SourcesBrowserTest, RestoresALastSelectedCheck) {
    const QList<ConsistencyCheck> checks = runConsistencyChecks(catalogue());
    ASSERT_FALSE(checks.isEmpty());
    QTemporaryDir directory;
    const QString file = directory.filePath(QStringLiteral("state.ini"));
    browser.showCheck(checks.constLast().id);
    EXPECT_EQ(browser.currentCheckId(), checks.constLast().id);
    {
        QSettings settings(file, QSettings::IniFormat);
        browser.saveState(settings);
    }
    SourcesBrowser restored(catalogue());
    QSettings settings(file, QSettings::IniFormat);
    restored.restoreState(settings);
    EXPECT_EQ(restored.currentCheckId(), checks.constLast().id);
}

TEST_F(SourcesBrowserTest, StaleOrBrokenSettingsAreIgnored) {
    QTemporaryDir directory;
    const QString file = directory.filePath(QStringLiteral("state.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(QStringLiteral("SourcesBrowser/figure"), QStringLiteral("renamed_id"));
        settings.setValue(QStringLiteral("SourcesBrowser/check"), QStringLiteral("gone"));
        settings.setValue(QStringLiteral("SourcesBrowser/splitter"), QByteArray("garbage"));
        settings.setValue(QStringLiteral("SourcesBrowser/tableHeader"), 42);
    }
    QSettings settings(file, QSettings::IniFormat);
    browser.restoreState(settings);
    EXPECT_TRUE(browser.currentFigureId().isEmpty());
    EXPECT_TRUE(browser.currentCheckId().isEmpty());
    EXPECT_EQ(browser.table()->model()->rowCount(), catalogue().figures().size());
}

TEST_F(SourcesBrowserTest, LinksInThePanelSelectFiguresAndChecks) {
    const Figure *derived = nullptr;
    for (const Figure &figure : catalogue().figures()) {
        if (figure.isDerived() && !figure.inputs.isEmpty()) {
            derived = &figure;
            break;
        }
    }
    ASSERT_NE(derived, nullptr);
    browser.showFigure(derived->id);
    auto *panel = browser.sourceView()->findChild<QTextBrowser *>(QStringLiteral("sourcePanel"));
    ASSERT_NE(panel, nullptr);
    const QString input = derived->inputs.constFirst();
    EXPECT_TRUE(panel->toHtml().contains(QStringLiteral("figure:") + input));

    // A click on the input's link, as the panel delivers it.
    QSignalSpy selected(&browser, &SourcesBrowser::figureSelected);
    Q_EMIT panel->anchorClicked(QUrl(QStringLiteral("figure:") + input));
    EXPECT_EQ(browser.currentFigureId(), input);
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.at(0).at(0).toString(), input);

    const QList<ConsistencyCheck> checks = runConsistencyChecks(catalogue());
    ASSERT_FALSE(checks.isEmpty());
    Q_EMIT panel->anchorClicked(QUrl(QStringLiteral("check:") + checks.constLast().id));
    EXPECT_EQ(browser.currentCheckId(), checks.constLast().id);
}

TEST_F(SourcesBrowserTest, DocumentLinksSwitchBetweenTheDocumentsOfACheck) {
    const ConsistencyCheck *spread = nullptr;
    const QList<ConsistencyCheck> checks = runConsistencyChecks(catalogue());
    for (const ConsistencyCheck &check : checks) {
        browser.showCheck(check.id);
        if (browser.sourceView()->passageDocuments().size() > 1) {
            spread = &check;
            break;
        }
    }
    ASSERT_NE(spread, nullptr) << "no check draws on more than one report";
    SourceView *view = browser.sourceView();
    auto *header = view->findChild<QLabel *>(QStringLiteral("sourceHeader"));
    ASSERT_NE(header, nullptr);
    const QStringList documents = view->passageDocuments();
    EXPECT_EQ(view->documentId(), documents.constFirst());
    for (const QString &document : documents) {
        if (document != view->documentId()) {
            EXPECT_TRUE(header->text().contains(QStringLiteral("doc:") + document));
        }
    }
    Q_EMIT header->linkActivated(QStringLiteral("doc:") + documents.at(1));
    EXPECT_EQ(view->documentId(), documents.at(1));
    ASSERT_FALSE(view->highlights().isEmpty());
    for (const QTextEdit::ExtraSelection &selection : view->highlights()) {
        const QString text =
            selection.cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n');
        EXPECT_EQ(catalogue().passageOffset(documents.at(1), text),
                  selection.cursor.selectionStart());
    }
}

// The passage must be visible on screen, not just selected in the model: render the browser
// as a projector would show it and look for the highlighter colour inside the document view.
void expectVisibleHighlight(SourcesBrowser &browser, const QString &name) {
    QCoreApplication::processEvents();
    QPlainTextEdit *document = browser.sourceView()->documentView();
    EXPECT_TRUE(QFontInfo(document->font()).family().startsWith(u"Noto Sans CJK"))
        << QFontInfo(document->font()).family().toStdString();

    QImage image(browser.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    browser.render(&image);

    ASSERT_FALSE(browser.sourceView()->highlights().isEmpty());
    const QRect viewport(document->viewport()->mapTo(&browser, QPoint(0, 0)),
                         document->viewport()->size());
    const QColor highlight =
        browser.sourceView()->highlights().constFirst().format.background().color();
    int highlighted = 0;
    for (int y = viewport.top(); y <= viewport.bottom(); ++y) {
        for (int x = viewport.left(); x <= viewport.right(); ++x)
            highlighted += image.pixelColor(x, y) == highlight ? 1 : 0;
    }
    // At least a line of text's worth of highlighter: some 20 px high, 40 px wide.
    EXPECT_GT(highlighted, 20 * 40) << name.toStdString();
}

TEST_F(SourcesBrowserTest, RendersTheHighlightedPassageInJapaneseAndChinese) {
    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("zh")}) {
        const Figure *figure = nullptr;
        for (const Figure &candidate : catalogue().figures()) {
            const SourceDocument *document = catalogue().source(candidate.source);
            if (!candidate.isDerived() && document && document->languages.contains(language)) {
                figure = &candidate;
                break;
            }
        }
        ASSERT_NE(figure, nullptr) << "no figure from a document in " << language.toStdString();
        SCOPED_TRACE(figure->id.toStdString());
        browser.showFigure(figure->id);
        expectVisibleHighlight(browser, language);
    }
}

TEST_F(SourcesBrowserTest, RendersDerivedFiguresAndChecks) {
    for (const Figure &figure : catalogue().figures()) {
        if (figure.isDerived()) {
            browser.showFigure(figure.id);
            expectVisibleHighlight(browser, QStringLiteral("derived"));
            break;
        }
    }
    for (const ConsistencyCheck &check : runConsistencyChecks(catalogue())) {
        if (check.verdict == ConsistencyCheck::Verdict::Disagrees) {
            browser.showCheck(check.id);
            expectVisibleHighlight(browser, QStringLiteral("check"));
            break;
        }
    }
}

TEST_F(SourcesBrowserTest, RendersTheHighlightInEveryTheme) {
    const Figure &figure = someReportedFigure();
    for (const Theme &theme : {Theme::light(), Theme::dark(), Theme::highContrast()}) {
        SCOPED_TRACE(theme.key().toStdString());
        browser.setTheme(theme);
        browser.showFigure(figure.id);
        expectVisibleHighlight(browser, QStringLiteral("theme-") + theme.key());
        EXPECT_EQ(browser.sourceView()->documentView()->palette().color(QPalette::Base),
                  theme.background);
        EXPECT_EQ(browser.table()->palette().color(QPalette::Base), theme.background);
        EXPECT_EQ(browser.table()->palette().color(QPalette::Text), theme.text);
    }
}

TEST_F(SourcesBrowserTest, CopiesACitationWithPassageTranslationAndSource) {
    const Figure &figure = someReportedFigure();
    clickFigure(browser, figure.id);
    browser.table()->setFocus();
    QGuiApplication::clipboard()->clear();
    QTest::keySequence(browser.table(), QKeySequence::Copy);
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.contains(figure.label()));
    EXPECT_TRUE(copied.contains(figure.quote));
    EXPECT_TRUE(copied.contains(figure.translations.text()));
    EXPECT_TRUE(copied.contains(figure.source));

    // A check cites its explanation and every figure's passage.
    const ConsistencyCheck check = runConsistencyChecks(catalogue()).constFirst();
    browser.showCheck(check.id);
    const QString citation = browser.citation();
    EXPECT_TRUE(citation.contains(check.explanation()));
    for (const QString &id : check.figureIds) {
        const Figure &involved = catalogue().require(id);
        EXPECT_TRUE(citation.contains(involved.label())) << id.toStdString();
        if (!involved.isDerived()) {
            EXPECT_TRUE(citation.contains(involved.quote)) << id.toStdString();
        }
    }
}
