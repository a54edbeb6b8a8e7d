#pragma once

#include "export/PictureExporter.h"

#include <QDialog>

class QComboBox;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace colossus {

// File > Export view...: where, which format, what size and scale, with or without background.
// It only gathers the request; PictureExporter writes the file.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString &suggestedName, const PaintOptions &options,
                 QWidget *parent = nullptr);

    ExportRequest request() const;

private:
    void browse();
    void formatChanged();
    void updateSummary();

    PaintOptions m_options;
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
