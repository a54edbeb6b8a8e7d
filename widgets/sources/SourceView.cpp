#include "sources/SourceView.h"

#include "catalogue/FigureFormat.h"
#include "language/Language.h"
#include "sources/FigureTableModel.h"
#include "sources/VerdictIcon.h"

#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>

namespace colossus {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

// The web pages carry emoji, drawn where an emoji font is installed.
QFont documentFont(const QStringList &languages, qreal pixelSize) {
    QFont font = Theme::passageFont(pixelSize, languages);
    QStringList families = font.families();
    families.append(QStringLiteral("Noto Color Emoji"));
    font.setFamilies(families);
    return font;
}

} // namespace

SourceView::SourceView(const Catalogue &catalogue, QWidget *parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_checks(runConsistencyChecks(catalogue)) {
    m_panel = new QTextBrowser(this);
    m_panel->setObjectName(QStringLiteral("sourcePanel"));
    m_panel->setAccessibleName(tr("Passage and translation"));
    m_panel->setOpenLinks(false);
    m_panel->setOpenExternalLinks(false);
    m_panel->setFont(Theme::font(15));
    connect(m_panel, &QTextBrowser::anchorClicked, this, &SourceView::openLink);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("sourceHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setFont(Theme::font(14));
    m_header->setContentsMargins(4, 4, 4, 4);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_header, &QLabel::linkActivated, this,
            [this](const QString &link) { openLink(QUrl(link)); });

    m_document = new QPlainTextEdit(this);
    m_document->setObjectName(QStringLiteral("sourceDocument"));
    m_document->setAccessibleName(tr("Source document"));
    m_document->setReadOnly(true);
    m_document->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_document->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_document->setFont(Theme::font(17));
    m_document->viewport()->installEventFilter(this);

    auto *documentBox = new QWidget(this);
    auto *documentLayout = new QVBoxLayout(documentBox);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    documentLayout->setSpacing(2);
    documentLayout->addWidget(m_header);
    documentLayout->addWidget(m_document, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("sourceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(documentBox);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    setTheme(m_theme);
    clear();
}

void SourceView::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    adaptOrientation();
}

// Docked low and wide (under the diagram), the panel above the document would leave each a
// few lines; side by side both stay readable. Tall, the panel goes on top.
void SourceView::adaptOrientation() {
    const Qt::Orientation wanted = width() > 2 * height() ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() == wanted)
        return;
    m_splitter->setOrientation(wanted);
    const int length = wanted == Qt::Horizontal ? width() : height();
    m_splitter->setSizes({length * 2 / 5, length - length * 2 / 5});
}

void SourceView::setTheme(const Theme &theme) {
    m_theme = theme;
    for (QWidget *widget : {static_cast<QWidget *>(m_panel), static_cast<QWidget *>(m_document),
                            static_cast<QWidget *>(m_header)}) {
        widget->setPalette(theme.palette(widget->palette()));
    }
    m_header->setAutoFillBackground(true);
    m_panel->document()->setDefaultStyleSheet(
        QStringLiteral("a { color: %1; } .muted { color: %2; }")
            .arg(theme.accent.name(), theme.mutedText.name()));
    // The panel's verdict marks carry theme colours: build it again, on the same document.
    const QString documentId = m_documentId;
    switch (m_subject) {
    case Subject::Figure:
        showFigure(m_subjectId);
        break;
    case Subject::Fact:
        showFact(m_subjectId);
        break;
    case Subject::Check:
        showCheck(m_check);
        break;
    case Subject::None:
        if (!m_panelHtml.isEmpty())
            m_panel->setHtml(m_panelHtml);
        break;
    }
    if (!documentId.isEmpty() && documentId != m_documentId)
        showDocument(documentId);
    updateHeader();
    applyHighlights();
}

void SourceView::clear() {
    m_subject = Subject::None;
    m_subjectId.clear();
    setSubject(QStringLiteral("<p>%1</p>")
                   .arg(esc(tr("Select a figure or a consistency check to see the passage "
                               "it comes from."))),
               {});
    if (m_documentId.isEmpty() && !m_catalogue.sources().isEmpty())
        showDocumentText(m_catalogue.sources().constFirst().id);
}

SourceView::Passage SourceView::passageOf(const QString &sourceId, const QString &quote,
                                          const LocalizedText &translations) const {
    return {sourceId, quote, quote.isEmpty() ? -1 : m_catalogue.passageOffset(sourceId, quote),
            m_catalogue.translationOf(sourceId, translations)};
}

QString SourceView::translationAt(qsizetype position) const {
    for (const Passage &passage : m_passages) {
        if (passage.sourceId == m_documentId && passage.offset >= 0 && position >= passage.offset &&
            position < passage.offset + passage.quote.size())
            return passage.translation;
    }
    return {};
}

// Hovering a highlighted passage shows our translation right where the eye is.
bool SourceView::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_document->viewport() && event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString translation =
            translationAt(m_document->cursorForPosition(help->pos()).position());
        if (translation.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(
                help->globalPos(),
                QStringLiteral("<p style=\"max-width: 480px;\">%1</p>").arg(esc(translation)),
                m_document->viewport());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SourceView::collectPassages(const Figure &figure, QList<Passage> &passages,
                                 QStringList &visited) const {
    if (visited.contains(figure.id))
        return;
    visited << figure.id;
    if (!figure.isDerived()) {
        const Passage passage = passageOf(figure.source, figure.quote, figure.translations);
        const bool known = std::any_of(passages.cbegin(), passages.cend(), [&](const Passage &p) {
            return p.sourceId == passage.sourceId && p.offset == passage.offset &&
                   p.quote == passage.quote;
        });
        if (!known)
            passages << passage;
        return;
    }
    for (const QString &input : figure.inputs) {
        if (const Figure *inputFigure = m_catalogue.figure(input))
            collectPassages(*inputFigure, passages, visited);
    }
}

QString SourceView::figureLink(const QString &figureId) const {
    const Figure *figure = m_catalogue.figure(figureId);
    if (!figure)
        return esc(figureId);
    return QStringLiteral("<a href=\"figure:%1\">%2</a>").arg(esc(figureId), esc(figure->label()));
}

QString SourceView::quoteHtml(const QString &sourceId, const QString &quote) const {
    const SourceDocument *document = m_catalogue.source(sourceId);
    const QStringList languages = document ? document->languages : QStringList();
    return QStringLiteral("<p style=\"font-family: %1; margin-left: 12px;\">"
                          "“%2”</p>")
        .arg(Language::passageCssFamily(languages), esc(quote));
}

QString SourceView::figureHtml(const Figure &figure) const {
    QString html;
    // Compact: in a bottom dock the quote and its translation must fit without scrolling.
    QStringList meta{FigureTableModel::topicName(figure.topic)};
    meta << (figure.isDerived()
                 ? tr("derived")
                 : tr("reported in %1")
                       .arg(FigureFormat::documentShort(m_catalogue, figure.source)));
    if (!figure.asOf.isEmpty())
        meta << tr("as of %1").arg(FigureFormat::date(figure.asOf));
    meta << figure.id;
    html += QStringLiteral("<p><b>%1</b><br><span style=\"font-size: x-large;\"><b>%2</b></span>"
                           "&nbsp;&nbsp;<span class=\"muted\">%3</span></p>")
                .arg(esc(figure.label()), esc(FigureFormat::value(figure)),
                     esc(meta.join(QStringLiteral(" · "))));

    if (!figure.isDerived()) {
        html += quoteHtml(figure.source, figure.quote);
        if (!figure.written.isEmpty()) {
            html += QStringLiteral("<p>%1 <b style=\"font-family: %2;\">%3</b></p>")
                        .arg(esc(tr("As written:")),
                             Language::passageCssFamily(
                                 m_catalogue.source(figure.source)
                                     ? m_catalogue.source(figure.source)->languages
                                     : QStringList()),
                             esc(figure.written));
        }
        if (const QString translation =
                m_catalogue.translationOf(figure.source, figure.translations);
            !translation.isEmpty()) {
            html += QStringLiteral("<p>%1 <i>“%2”</i></p>")
                        .arg(esc(tr("Our translation:")), esc(translation));
        }
    } else {
        static const QRegularExpression identifier(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
        QString linked;
        qsizetype last = 0;
        for (const QRegularExpressionMatch &match : identifier.globalMatch(figure.formula)) {
            linked += esc(figure.formula.mid(last, match.capturedStart() - last));
            linked +=
                m_catalogue.figure(match.capturedView())
                    ? QStringLiteral("<a href=\"figure:%1\">%1</a>").arg(esc(match.captured()))
                    : esc(match.captured());
            last = match.capturedEnd();
        }
        linked += esc(figure.formula.mid(last));
        html += QStringLiteral("<p>%1 <code>%2</code></p>").arg(esc(tr("Derived:")), linked);
        html += QStringLiteral("<p><code>%1</code></p>")
                    .arg(esc(FigureFormat::arithmetic(m_catalogue, figure)));
        html += QStringLiteral("<p>%1</p><ul>").arg(esc(tr("Inputs:")));
        for (const QString &input : figure.inputs) {
            const Figure *inputFigure = m_catalogue.figure(input);
            if (!inputFigure)
                continue;
            html += QStringLiteral("<li>%1: <b>%2</b> <span class=\"muted\">(%3)</span></li>")
                        .arg(figureLink(input), esc(FigureFormat::value(*inputFigure)),
                             esc(FigureFormat::sourceShort(m_catalogue, *inputFigure)));
        }
        html += QStringLiteral("</ul><p class=\"muted\">%1</p>")
                    .arg(esc(tr("The highlighted passages state the reported numbers this "
                                "figure is computed from.")));
    }

    // Disagreements first: they are why a reader would look at the checks at all.
    QList<ConsistencyCheck> checks = checksInvolving(m_checks, figure.id);
    std::stable_sort(checks.begin(), checks.end(),
                     [](const ConsistencyCheck &a, const ConsistencyCheck &b) {
                         return (a.verdict == ConsistencyCheck::Verdict::Disagrees) >
                                (b.verdict == ConsistencyCheck::Verdict::Disagrees);
                     });
    if (!checks.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(esc(tr("Consistency checks:")));
        for (const ConsistencyCheck &check : checks) {
            html += QStringLiteral("<li><span style=\"color: %1;\">%2</span> "
                                   "<a href=\"check:%3\">%4</a> <span class=\"muted\">(%5)</span>"
                                   "</li>")
                        .arg(VerdictIcon::colour(check.verdict, m_theme).name(),
                             VerdictIcon::symbol(check.verdict), esc(check.id), esc(check.title()),
                             esc(ConsistencyCheck::verdictText(check.verdict)));
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

void SourceView::showFigure(const QString &figureId) {
    const Figure *figure = m_catalogue.figure(figureId);
    if (!figure) {
        clear();
        return;
    }
    m_subject = Subject::Figure;
    m_subjectId = figureId;
    QList<Passage> passages;
    QStringList visited;
    collectPassages(*figure, passages, visited);
    setSubject(figureHtml(*figure), passages);
}

void SourceView::showFact(const QString &factId) {
    const Fact *fact = m_catalogue.fact(factId);
    if (!fact) {
        clear();
        return;
    }
    m_subject = Subject::Fact;
    m_subjectId = factId;
    QString html;
    html += QStringLiteral("<p style=\"font-size: large;\"><b>%1</b></p>").arg(esc(fact->label()));
    html += QStringLiteral("<p class=\"muted\">%1</p>")
                .arg(esc(
                    QStringList{FigureTableModel::topicName(fact->topic), tr("statement"), fact->id}
                        .join(QStringLiteral(" · "))));
    html +=
        QStringLiteral("<p class=\"muted\">%1</p>")
            .arg(esc(
                tr("Passage in %1:").arg(FigureFormat::documentShort(m_catalogue, fact->source))));
    html += quoteHtml(fact->source, fact->quote);
    if (const QString translation = m_catalogue.translationOf(fact->source, fact->translations);
        !translation.isEmpty())
        html += QStringLiteral("<p>%1 <i>“%2”</i></p>")
                    .arg(esc(tr("Our translation:")), esc(translation));
    setSubject(html, {passageOf(fact->source, fact->quote, fact->translations)});
}

// Our translation of a fact's passage, or the passage itself where the reader reads its language.
QString SourceView::passageShown(const Fact &fact) const {
    const QString translation = m_catalogue.translationOf(fact.source, fact.translations);
    return translation.isEmpty() ? fact.quote : translation;
}

void SourceView::showCheck(const ConsistencyCheck &check) {
    m_subject = Subject::Check;
    m_subjectId = check.id;
    m_check = check;
    QString html;
    html += QStringLiteral("<p><span style=\"color: %1; font-size: x-large;\"><b>%2</b></span> "
                           "<b>%3</b> <span class=\"muted\">(%4)</span></p>")
                .arg(VerdictIcon::colour(check.verdict, m_theme).name(),
                     VerdictIcon::symbol(check.verdict), esc(check.title()),
                     esc(ConsistencyCheck::verdictText(check.verdict)));
    html += QStringLiteral("<p>%1</p>").arg(esc(check.explanation()));
    html += QStringLiteral("<p>%1</p><ul>").arg(esc(tr("Figures involved:")));
    for (const QString &id : check.figureIds) {
        const Figure *figure = m_catalogue.figure(id);
        if (!figure)
            continue;
        QString item = QStringLiteral("%1: <b>%2</b> <span class=\"muted\">(%3)</span>")
                           .arg(figureLink(id), esc(FigureFormat::value(*figure)),
                                esc(FigureFormat::sourceShort(m_catalogue, *figure)));
        const QString translation =
            figure->isDerived() ? QString()
                                : m_catalogue.translationOf(figure->source, figure->translations);
        if (!translation.isEmpty())
            item += QStringLiteral("<br><i>“%1”</i>").arg(esc(translation));
        html += QStringLiteral("<li>%1</li>").arg(item);
    }
    html += QStringLiteral("</ul>");
    if (!check.factIds.isEmpty()) {
        html += QStringLiteral("<p>%1</p><ul>").arg(esc(tr("Facts involved:")));
        for (const QString &id : check.factIds) {
            if (const Fact *fact = m_catalogue.fact(id))
                html += QStringLiteral("<li><a href=\"fact:%1\">%2</a> <span "
                                       "class=\"muted\">(%3)</span><br><i>“%4”</i></li>")
                            .arg(esc(id), esc(fact->label()),
                                 esc(FigureFormat::documentShort(m_catalogue, fact->source)),
                                 esc(passageShown(*fact)));
        }
        html += QStringLiteral("</ul>");
    }
    // Every passage the check involves, as the catalogue lists them: its figures' (derived
    // ones through their inputs), its facts' and its own.
    QList<Passage> passages;
    for (const CheckPassage &p : check.passages)
        passages << passageOf(p.source, p.quote, p.translations);
    setSubject(html, passages);
}

void SourceView::setSubject(const QString &panelHtml, QList<Passage> passages) {
    m_passages = std::move(passages);
    m_panelHtml = panelHtml + notesHtml();
    m_panel->setHtml(m_panelHtml);
    const QStringList documents = passageDocuments();
    if (!documents.isEmpty()) {
        showDocument(documents.constFirst());
    } else {
        updateHeader();
        applyHighlights();
    }
}

QString SourceView::notesHtml() const {
    QString html;
    for (const QString &id : passageDocuments()) {
        const SourceDocument *document = m_catalogue.source(id);
        for (const SourceNote &note : document->notes) {
            html += QStringLiteral("<p>⚠ <b>%1</b> %2 — %3")
                        .arg(esc(tr("Note on this report:")),
                             esc(FigureFormat::documentShort(m_catalogue, id)), esc(note.text()));
            if (!note.checkId.isEmpty())
                html += QStringLiteral(" <a href=\"check:%1\">%2</a>")
                            .arg(esc(note.checkId), esc(tr("See the check")));
            html += QStringLiteral("</p>");
        }
    }
    return html;
}

QStringList SourceView::passageDocuments() const {
    QStringList documents;
    for (const Passage &passage : m_passages) {
        if (!documents.contains(passage.sourceId) && m_catalogue.source(passage.sourceId))
            documents << passage.sourceId;
    }
    return documents;
}

void SourceView::showDocumentText(const QString &sourceId) {
    const SourceDocument *document = m_catalogue.source(sourceId);
    if (!document)
        return;
    if (sourceId != m_documentId) {
        m_documentId = sourceId;
        m_document->setFont(documentFont(document->languages, 17));
        m_document->setPlainText(document->text);
    }
}

void SourceView::showDocument(const QString &sourceId) {
    showDocumentText(sourceId);
    updateHeader();
    applyHighlights();

    // Scroll so that the first passage in this document sits in the middle of the view.
    for (const Passage &passage : std::as_const(m_passages)) {
        if (passage.sourceId != m_documentId || passage.offset < 0)
            continue;
        QTextCursor cursor(m_document->document());
        cursor.setPosition(int(passage.offset + passage.quote.size()));
        m_document->setTextCursor(cursor);
        m_document->ensureCursorVisible();
        cursor.setPosition(int(passage.offset));
        m_document->setTextCursor(cursor);
        m_document->centerCursor();
        return;
    }
    m_document->moveCursor(QTextCursor::Start);
    m_document->verticalScrollBar()->setValue(0);
}

void SourceView::applyHighlights() {
    QList<QTextEdit::ExtraSelection> selections;
    // A highlighter pen: black on yellow reads the same in every theme.
    QTextCharFormat format;
    format.setBackground(QColor(0xffd43b));
    format.setForeground(QColor(Qt::black));
    format.setProperty(QTextFormat::FullWidthSelection, false);
    const qsizetype length = m_document->document()->characterCount();
    for (const Passage &passage : std::as_const(m_passages)) {
        if (passage.sourceId != m_documentId || passage.offset < 0 ||
            passage.offset + passage.quote.size() >= length)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_document->document());
        selection.cursor.setPosition(int(passage.offset));
        selection.cursor.setPosition(int(passage.offset + passage.quote.size()),
                                     QTextCursor::KeepAnchor);
        selection.format = format;
        selections << selection;
    }
    m_document->setExtraSelections(selections);
}

QList<QTextEdit::ExtraSelection> SourceView::highlights() const {
    return m_document->extraSelections();
}

void SourceView::updateHeader() {
    const SourceDocument *document = m_catalogue.source(m_documentId);
    if (!document) {
        m_header->clear();
        return;
    }
    const QString muted = m_theme.mutedText.name();
    QStringList line{QStringLiteral("<b>%1</b>")
                         .arg(esc(FigureFormat::documentShort(m_catalogue, document->id)))};
    if (!document->title.isEmpty())
        line << QStringLiteral("<span style=\"font-family: %1;\">%2</span>")
                    .arg(Language::passageCssFamily(document->languages), esc(document->title));
    if (!document->date.isEmpty())
        line << esc(FigureFormat::date(document->date));
    QString html = line.join(QStringLiteral(" — "));
    // What the reader should know about this copy (repeated paragraphs, a misnamed company),
    // before our summary: in a low dock the last lines are the ones cut. The whole note is in
    // the tooltip and in the panel (notesHtml).
    QStringList notes;
    for (const SourceNote &note : document->notes)
        notes << note.text();
    if (!notes.isEmpty())
        html += QStringLiteral("<br>⚠ <b>%1</b> %2")
                    .arg(esc(tr("Note on this report:")), esc(notes.join(u' ')));
    if (!document->summary().isEmpty())
        html += QStringLiteral("<br><span style=\"color: %1;\">%2</span>")
                    .arg(muted, esc(document->summary()));
    m_header->setToolTip(notes.join(u'\n'));

    const QStringList documents = passageDocuments();
    if (documents.size() > 1) {
        QStringList links;
        for (const QString &id : documents) {
            const auto count = std::count_if(m_passages.cbegin(), m_passages.cend(),
                                             [&](const Passage &p) { return p.sourceId == id; });
            const QString name = QStringLiteral("%1 (%2)")
                                     .arg(esc(FigureFormat::documentShort(m_catalogue, id)))
                                     .arg(count);
            links << (id == m_documentId
                          ? QStringLiteral("<b>%1</b>").arg(name)
                          : QStringLiteral("<a href=\"doc:%1\" style=\"color: %2;\">%3</a>")
                                .arg(esc(id), m_theme.accent.name(), name));
        }
        html += QStringLiteral("<br>%1 %2")
                    .arg(esc(tr("Passages in %1 documents:").arg(documents.size())),
                         links.join(QStringLiteral(" · ")));
    }
    m_header->setText(html);
}

void SourceView::openLink(const QUrl &url) {
    const QString scheme = url.scheme();
    const QString id = url.path();
    if (scheme == u"figure")
        Q_EMIT figureLinkActivated(id);
    else if (scheme == u"fact")
        Q_EMIT factLinkActivated(id);
    else if (scheme == u"check")
        Q_EMIT checkLinkActivated(id);
    else if (scheme == u"doc")
        showDocument(id);
}

QString SourceView::panelText() const {
    return m_panel->toPlainText();
}

QString SourceView::headerText() const {
    QTextDocument document;
    document.setHtml(m_header->text());
    return document.toPlainText();
}

} // namespace colossus
