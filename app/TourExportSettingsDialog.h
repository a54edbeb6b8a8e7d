#pragma once

#include "export/Picture.h"

#include <QDialog>
#include <QSize>
#include <QStringList>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace colossus {

// File > Export tour...: the folder and what the command line's --export-tour takes (size,
// scale, theme, format). Before accepting it warns when step files of that format are already
// in the folder and would be replaced.
class TourExportSettingsDialog : public QDialog {
    Q_OBJECT
public:
    struct Settings {
        QString directory;
        QString format = QStringLiteral("png");
        QSize size{1920, 1080};
        qreal scale = 1.0;
        Theme theme = Theme::light();
    };

    TourExportSettingsDialog(int stepCount, const Theme &theme, QWidget *parent = nullptr);

    Settings settings() const;
    void setDirectory(const QString &directory);
    void setFormat(const QString &format);
    // The files the export would replace, as names in the folder (for the warning).
    QStringList filesToReplace() const;

    // Asks before replacing; overridable in tests (no modal box under offscreen tests).
    std::function<bool(const QStringList &)> confirmReplace;

    void accept() override;

private:
    void browse();
    bool askReplace(const QStringList &files);

    int m_stepCount = 0;
    QLineEdit *m_directory = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_preset = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QComboBox *m_theme = nullptr;
};

} // namespace colossus
