#pragma once

#include "catalogue/Catalogue.h"
#include "catalogue/ConsistencyChecks.h"
#include "style/Theme.h"

#include <QTextEdit>
#include <QWidget>

class QLabel;
class QResizeEvent;
class QPlainTextEdit;
class QSplitter;
class QTextBrowser;
class QUrl;

namespace colossus {

// The evidence for whatever is selected: a panel that explains it (the figure, its quote,
// the figure as written, our English translation, or a derived figure's arithmetic, or a
// consistency check) above the whole source document (beside it when the view is wide and
// low), in which every passage involved is highlighted (exactly [passageOffset,
// passageOffset + quote.size())) and scrolled to; hovering a passage shows its translation.
// When the passages lie in several documents the header lists them; one click shows each.
class SourceView : public QWidget {
    Q_OBJECT

public:
    // A verbatim passage to highlight.
    struct Passage {
        QString sourceId;
        QString quote;
        qsizetype offset = -1; // in the document text, -1 when the quote is not found
        QString translation;   // shown as the passage's tooltip
    };

    explicit SourceView(const Catalogue &catalogue, QWidget *parent = nullptr);

    void showFigure(const QString &figureId);
    void showFact(const QString &factId);
    void showCheck(const ConsistencyCheck &check);
    // Switches to a document, keeping the current subject's passages in it highlighted.
    void showDocument(const QString &sourceId);
    void clear();

    QString documentId() const { return m_documentId; }
    // Every passage of the current subject, over all documents.
    const QList<Passage> &passages() const { return m_passages; }
    // The documents holding the current subject's passages, in order of first appearance.
    QStringList passageDocuments() const;
    QList<QTextEdit::ExtraSelection> highlights() const;
    QString panelText() const; // the explanation panel as plain text
    // The translation of the highlighted passage at a document position, empty if none.
    QString translationAt(qsizetype position) const;
    QString headerText() const; // the document header as plain text

    QPlainTextEdit *documentView() const { return m_document; }
    QSplitter *splitter() const { return m_splitter; }

    void setTheme(const Theme &theme);

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    // A link in the panel asked for another figure, fact or check.
    void figureLinkActivated(const QString &figureId);
    void factLinkActivated(const QString &factId);
    void checkLinkActivated(const QString &checkId);

private:
    void setSubject(const QString &panelHtml, QList<Passage> passages);
    void showDocumentText(const QString &sourceId);
    void applyHighlights();
    void updateHeader();
    // The notes on the copies of the documents the subject cites, for the panel.
    QString notesHtml() const;
    void openLink(const QUrl &url);
    void adaptOrientation();
    Passage passageOf(const QString &sourceId, const QString &quote,
                      const LocalizedText &translations) const;
    QString passageShown(const Fact &fact) const;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void collectPassages(const Figure &figure, QList<Passage> &passages,
                         QStringList &visited) const;
    QString figureLink(const QString &figureId) const;
    QString figureHtml(const Figure &figure) const;
    QString quoteHtml(const QString &sourceId, const QString &quote) const;

    enum class Subject { None, Figure, Fact, Check };

    Catalogue m_catalogue;
    QList<ConsistencyCheck> m_checks;
    Subject m_subject = Subject::None;
    QString m_subjectId;
    ConsistencyCheck m_check; // the check shown, when m_subject is Check
    Theme m_theme = Theme::light();
    QSplitter *m_splitter = nullptr;
    QTextBrowser *m_panel = nullptr;
    QLabel *m_header = nullptr;
    QPlainTextEdit *m_document = nullptr;
    QString m_documentId;
    QString m_panelHtml;
    QList<Passage> m_passages;
};

} // namespace colossus
