#pragma once

#include "catalogue/Catalogue.h"
#include "style/Theme.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QSettings;
class QSplitter;
class QTableView;

namespace colossus {

class ChecksListModel;
class FigureFilterModel;
class FigureTableModel;
class SourceView;

// The Sources screen: the figures as a searchable, sortable table and the consistency checks
// on the left, the selected figure's source document with its passage highlighted on the
// right. Everything the app shows can be traced back here to the words of a report.
class SourcesBrowser : public QWidget {
    Q_OBJECT

public:
    explicit SourcesBrowser(const Catalogue &catalogue, QWidget *parent = nullptr);

    // Splitter positions, table columns and the last selection, under the group
    // "SourcesBrowser".
    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

    void setTheme(const Theme &theme);

    QString currentFigureId() const; // empty when no figure is selected
    QString currentCheckId() const;  // empty when no check is selected
    // The selected figure or check as plain text to paste into a worksheet or an article:
    // the value, the passage as written, our translation and the document it comes from.
    QString citation() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *topicCombo() const { return m_topic; }
    QTableView *table() const { return m_table; }
    QListView *checksView() const { return m_checksView; }
    SourceView *sourceView() const { return m_sourceView; }
    FigureTableModel *figureModel() const { return m_figureModel; }
    FigureFilterModel *filterModel() const { return m_filterModel; }
    ChecksListModel *checksModel() const { return m_checksModel; }

public Q_SLOTS:
    // Select and show without emitting figureSelected (the caller already knows). Filters
    // that hide the figure are cleared.
    void showFigure(const QString &figureId);
    void showFact(const QString &factId);
    void showCheck(const QString &checkId);
    void copyCitation() const; // citation() to the clipboard (Ctrl+C in the table and list)
    // The selected check or figure as BibTeX or CSL-JSON (Citation), one entry per report.
    void copyCitationBibtex() const;
    void copyCitationCslJson() const;

Q_SIGNALS:
    // The user picked a figure here (table or link), so the diagram and charts can follow.
    void figureSelected(const QString &figureId);

private:
    void selectFigure(const QString &figureId, bool notify);
    void onFigureActivated(const QModelIndex &current);
    void onCheckActivated(const QModelIndex &current);
    void updateCount();
    QString figureCitation(const QString &figureId) const;
    void copyCitationAs(int format) const; // a Citation::Format

    Catalogue m_catalogue;
    FigureTableModel *m_figureModel = nullptr;
    FigureFilterModel *m_filterModel = nullptr;
    ChecksListModel *m_checksModel = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_topic = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QListView *m_checksView = nullptr;
    SourceView *m_sourceView = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    QString m_lastFigureId;
    QString m_lastCheckId;
    bool m_programmatic = false; // selection changes made by code, not by the user
    bool m_filtering = false;    // the filters are moving the current row
};

} // namespace colossus
