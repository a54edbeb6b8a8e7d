#pragma once

#include "export/PictureExporter.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace colossus {

// File > Export view...: where, which format, what size and scale, with or without background.
// Save asks before replacing a file, creates a missing folder and runs the writer; a failure
// is explained in a message box and the dialog stays open with its settings.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    // Writes the file; returns an empty string or what went wrong.
    using Writer = std::function<QString(const ExportRequest &)>;

    // suggestedName has no folder and no extension ("colossus-built-group-12-rack-3").
    ExportDialog(const QString &suggestedName, const PaintOptions &options,
                 QWidget *parent = nullptr);

    void setWriter(Writer writer) { m_writer = std::move(writer); }
    ExportRequest request() const;
    QLineEdit *fileEdit() const { return m_file; }

    // Where the dialog proposes to save: the last folder used if it still exists, else the
    // Pictures folder (created if missing), else the home folder.
    static QString defaultFolder();

    // Save: confirmation, folder, writer. Public for tests; the Save button calls it.
    void save();

private:
    void browse();
    void formatChanged();
    void updateSummary();

    PaintOptions m_options;
    Writer m_writer;
    QLineEdit *m_file = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QCheckBox *m_transparent = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace colossus
