#include "sources/SourceView.h"
#include "catalogue/Catalogue.h"
#include "catalogue/ConsistencyChecks.h"
#include "catalogue/FigureFormat.h"
#include "sources/VerdictIcon.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QTest>
#include <QTextBrowser>
#include <gtest/gtest.h>

using namespace colossus;

namespace {

const Catalogue &catalogue() {
    return Catalogue::embedded();
}

// What QTextCursor::selectedText() gives back for a range: paragraph breaks become U+2029.
QString selectedText(const QTextEdit::ExtraSelection &selection) {
    return selection.cursor.selectedText().replace(QChar::ParagraphSeparator, u'\n');
}

struct Range {
    QString sourceId;
    qsizetype start;
    qsizetype end;
    bool operator==(const Range &) const = default;
};

size_t qHash(const Range &range, size_t seed = 0) {
    return qHashMulti(seed, range.sourceId, range.start, range.end);
}

// The passages a figure rests on: its own, or for a derived figure those of its reported
// inputs, recursively.
void expectedRanges(const Figure &figure, QSet<Range> &ranges) {
    if (!figure.isDerived()) {
        const qsizetype offset = catalogue().passageOffset(figure.source, figure.quote);
        ranges.insert({figure.source, offset, offset + figure.quote.size()});
        return;
    }
    for (const QString &input : figure.inputs)
        expectedRanges(catalogue().require(input), ranges);
}

// Every highlighted range, over all documents the view offers for the current subject.
QSet<Range> shownRanges(SourceView &view) {
    QSet<Range> ranges;
    for (const QString &document : view.passageDocuments()) {
        view.showDocument(document);
        EXPECT_EQ(view.documentId(), document);
        for (const QTextEdit::ExtraSelection &selection : view.highlights())
            ranges.insert(
                {document, selection.cursor.selectionStart(), selection.cursor.selectionEnd()});
    }
    return ranges;
}

bool isVisible(const QPlainTextEdit &editor, qsizetype position) {
    QTextCursor cursor(editor.document());
    cursor.setPosition(int(position));
    return editor.viewport()->rect().intersects(editor.cursorRect(cursor));
}

class SourceViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        view.resize(900, 700);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    }

    SourceView view{catalogue()};
};

} // namespace

TEST_F(SourceViewTest, HighlightsExactlyTheQuoteOfEveryReportedFigure) {
    QSet<QString> languages;
    for (const Figure &figure : catalogue().figures()) {
        if (figure.isDerived())
            continue;
        SCOPED_TRACE(figure.id.toStdString());
        view.showFigure(figure.id);
        ASSERT_EQ(view.documentId(), figure.source);
        EXPECT_EQ(view.documentView()->toPlainText().size(),
                  catalogue().source(figure.source)->text.size());

        const qsizetype offset = catalogue().passageOffset(figure.source, figure.quote);
        ASSERT_GE(offset, 0);
        const QList<QTextEdit::ExtraSelection> highlights = view.highlights();
        ASSERT_EQ(highlights.size(), 1);
        EXPECT_EQ(highlights[0].cursor.selectionStart(), offset);
        EXPECT_EQ(highlights[0].cursor.selectionEnd(), offset + figure.quote.size());
        EXPECT_EQ(selectedText(highlights[0]), figure.quote);
        EXPECT_TRUE(isVisible(*view.documentView(), offset)) << "not scrolled to the passage";
        // Hovering the passage shows its translation; just outside it, nothing.
        EXPECT_EQ(view.translationAt(offset), figure.translations.text());
        EXPECT_EQ(view.translationAt(offset + figure.quote.size() - 1), figure.translations.text());
        EXPECT_TRUE(view.translationAt(offset + figure.quote.size()).isEmpty() ||
                    figure.quote.size() == 0);

        // The panel explains the passage: the quote, the figure as written, in English.
        const QString panel = view.panelText();
        EXPECT_TRUE(panel.contains(figure.quote));
        EXPECT_TRUE(panel.contains(figure.written));
        EXPECT_TRUE(panel.contains(figure.translations.text()));
        EXPECT_TRUE(panel.contains(FigureFormat::value(figure)));
        languages += QSet<QString>(catalogue().source(figure.source)->languages.cbegin(),
                                   catalogue().source(figure.source)->languages.cend());
    }
    // The reports are Japanese, Chinese and German/Spanish: all must have been exercised.
    EXPECT_TRUE(languages.contains(QStringLiteral("ja")));
    EXPECT_TRUE(languages.contains(QStringLiteral("zh")));
}

TEST_F(SourceViewTest, ShowsTheDocumentHeader) {
    const Figure *figure = nullptr;
    for (const Figure &candidate : catalogue().figures()) {
        if (!candidate.isDerived()) {
            figure = &candidate;
            break;
        }
    }
    ASSERT_NE(figure, nullptr);
    view.showFigure(figure->id);
    const SourceDocument *document = catalogue().source(figure->source);
    const QString header = view.headerText();
    EXPECT_TRUE(header.contains(FigureFormat::documentShort(catalogue(), document->id)));
    EXPECT_TRUE(header.contains(document->title));
    EXPECT_TRUE(header.contains(document->summary()));
}

TEST_F(SourceViewTest, DerivedFiguresHighlightTheirInputsAndShowTheArithmetic) {
    int derived = 0;
    for (const Figure &figure : catalogue().figures()) {
        if (!figure.isDerived())
            continue;
        ++derived;
        SCOPED_TRACE(figure.id.toStdString());
        view.showFigure(figure.id);
        EXPECT_TRUE(view.panelText().contains(FigureFormat::arithmetic(catalogue(), figure)));
        QSet<Range> expected;
        expectedRanges(figure, expected);
        EXPECT_EQ(shownRanges(view), expected);
    }
    EXPECT_GT(derived, 0);
}

TEST_F(SourceViewTest, ChecksHighlightEveryPassageInvolved) {
    const QList<ConsistencyCheck> checks = runConsistencyChecks(catalogue());
    ASSERT_FALSE(checks.isEmpty());
    for (const ConsistencyCheck &check : checks) {
        SCOPED_TRACE(check.id.toStdString());
        view.showCheck(check);
        QSet<Range> expected;
        // Every passage of the check: its figures', its facts' and its extra ones.
        for (const CheckPassage &passage : check.passages) {
            const qsizetype offset = catalogue().passageOffset(passage.source, passage.quote);
            expected.insert({passage.source, offset, offset + passage.quote.size()});
        }
        EXPECT_EQ(shownRanges(view), expected);
        EXPECT_TRUE(
            view.panelText().contains(QString(check.explanation()).replace(QChar(0xa0), u' ')));
        // Every highlighted range holds the quote it stands for.
        for (const QString &document : view.passageDocuments()) {
            view.showDocument(document);
            for (const QTextEdit::ExtraSelection &selection : view.highlights()) {
                const QString text = selectedText(selection);
                EXPECT_EQ(catalogue().passageOffset(document, text),
                          selection.cursor.selectionStart());
            }
        }
    }
}

TEST_F(SourceViewTest, FactsHighlightTheirQuote) {
    for (const Fact &fact : catalogue().facts()) {
        SCOPED_TRACE(fact.id.toStdString());
        view.showFact(fact.id);
        ASSERT_EQ(view.documentId(), fact.source);
        const qsizetype offset = catalogue().passageOffset(fact.source, fact.quote);
        ASSERT_EQ(view.highlights().size(), 1);
        EXPECT_EQ(view.highlights()[0].cursor.selectionStart(), offset);
        EXPECT_EQ(selectedText(view.highlights()[0]), fact.quote);
        EXPECT_TRUE(view.panelText().contains(fact.translations.text()));
    }
}

TEST_F(SourceViewTest, UnknownIdsClearTheHighlight) {
    const Figure &first = catalogue().figures().constFirst();
    view.showFigure(first.id);
    view.showFigure(QStringLiteral("no_such_figure"));
    EXPECT_TRUE(view.highlights().isEmpty());
    EXPECT_TRUE(view.passages().isEmpty());
    view.showFact(QStringLiteral("no_such_fact"));
    EXPECT_TRUE(view.highlights().isEmpty());
}

// The lead's window keeps the browser in a tab: a figure picked on the diagram is shown while
// the browser is hidden, and must be in view once the tab is opened.
TEST(SourceViewHidden, ScrollsToThePassageWhenShownLater) {
    // The reported figure whose passage lies furthest into its document.
    const Figure *far = nullptr;
    qsizetype farthest = -1;
    for (const Figure &figure : catalogue().figures()) {
        if (figure.isDerived())
            continue;
        const qsizetype offset = catalogue().passageOffset(figure.source, figure.quote);
        if (offset > farthest) {
            farthest = offset;
            far = &figure;
        }
    }
    ASSERT_NE(far, nullptr);
    SourceView view{catalogue()};
    view.resize(700, 500);
    view.showFigure(far->id);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QCoreApplication::processEvents();
    EXPECT_TRUE(isVisible(*view.documentView(), farthest));
}

TEST_F(SourceViewTest, ThemeChangeKeepsTheSubjectAndDocument) {
    const QList<ConsistencyCheck> checks = runConsistencyChecks(catalogue());
    ASSERT_FALSE(checks.isEmpty());
    const ConsistencyCheck &check = checks.constFirst();
    view.showCheck(check);
    const QStringList documents = view.passageDocuments();
    ASSERT_FALSE(documents.isEmpty());
    view.showDocument(documents.constLast());
    const auto highlights = view.highlights().size();

    const Theme dark = Theme::dark();
    view.setTheme(dark);
    EXPECT_EQ(view.documentId(), documents.constLast());
    EXPECT_EQ(view.highlights().size(), highlights);
    EXPECT_TRUE(view.panelText().contains(QString(check.explanation()).replace(QChar(0xa0), u' ')));
    auto *panel = view.findChild<QTextBrowser *>(QStringLiteral("sourcePanel"));
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(panel->toHtml().contains(VerdictIcon::colour(check.verdict, dark).name()));
    EXPECT_EQ(view.documentView()->palette().color(QPalette::Base), dark.background);
}

TEST(SourceViewLayout, PutsThePanelBesideTheDocumentWhenWideAndLow) {
    SourceView view{catalogue()};
    view.resize(1200, 360); // a bottom dock under the diagram
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_EQ(view.splitter()->orientation(), Qt::Horizontal);
    view.resize(700, 900); // a tall side panel
    QCoreApplication::processEvents();
    EXPECT_EQ(view.splitter()->orientation(), Qt::Vertical);
    for (int size : view.splitter()->sizes())
        EXPECT_GT(size, 100);
}
