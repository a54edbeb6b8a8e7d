#include "TourExportSettingsDialog.h"

#include "TourExport.h"
#include "export/PictureExporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace colossus {

TourExportSettingsDialog::TourExportSettingsDialog(int stepCount, const Theme &theme,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_stepCount(stepCount) {
    setWindowTitle(tr("Export tour"));
    const QString folder =
        QSettings()
            .value(QStringLiteral("export/tourFolder"),
                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();
    m_directory = new QLineEdit(folder, this);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_directory, 1);
    folderRow->addWidget(browseButton);

    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG images"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawings"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF documents"), QStringLiteral("pdf"));

    m_preset = new QComboBox(this);
    for (const QSize s : {QSize(1920, 1080), QSize(1280, 720), QSize(3840, 2160)})
        m_preset->addItem(QStringLiteral("%1 × %2").arg(s.width()).arg(s.height()), s);
    m_preset->addItem(tr("Custom"));
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, PictureExporter::maximumSide);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(TourExport::defaultSize.width());
    m_height->setValue(TourExport::defaultSize.height());
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_preset);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);

    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(0.25, 16);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(1);
    m_scale->setToolTip(tr("PNG pixels per layout pixel: 2 gives a sharper image, same layout"));

    m_theme = new QComboBox(this);
    for (const Theme &t : {Theme::light(), Theme::dark(), Theme::highContrast()})
        m_theme->addItem(t.name, t.key());
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(theme.key())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(tr("Theme:"), m_theme);
    form->addRow(buttons);

    connect(browseButton, &QPushButton::clicked, this, &TourExportSettingsDialog::browse);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const QSize s = m_preset->currentData().toSize();
        if (s.isValid()) {
            m_width->setValue(s.width());
            m_height->setValue(s.height());
        }
    });
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_scale->setEnabled(m_format->currentData().toString() == u"png"); });
    connect(buttons, &QDialogButtonBox::accepted, this, &TourExportSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    confirmReplace = [this](const QStringList &files) {
        return askReplace(files);
    };
}

TourExportSettingsDialog::Settings TourExportSettingsDialog::settings() const {
    Settings s;
    s.directory = m_directory->text().trimmed();
    s.format = m_format->currentData().toString();
    s.size = QSize(m_width->value(), m_height->value());
    s.scale = s.format == u"png" ? m_scale->value() : 1.0;
    s.theme = Theme::fromName(m_theme->currentData().toString());
    return s;
}

void TourExportSettingsDialog::setDirectory(const QString &directory) {
    m_directory->setText(directory);
}

void TourExportSettingsDialog::setFormat(const QString &format) {
    m_format->setCurrentIndex(qMax(0, m_format->findData(format)));
}

QStringList TourExportSettingsDialog::filesToReplace() const {
    const Settings s = settings();
    return TourExport::existingFiles(s.directory, m_stepCount, s.format);
}

void TourExportSettingsDialog::browse() {
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Export tour handouts to"), m_directory->text());
    if (!directory.isEmpty())
        m_directory->setText(directory);
}

bool TourExportSettingsDialog::askReplace(const QStringList &files) {
    QMessageBox box(QMessageBox::Warning, tr("Export tour"),
                    tr("%n file(s) in this folder will be replaced.", nullptr, int(files.size())),
                    QMessageBox::Cancel, this);
    box.addButton(tr("Replace"), QMessageBox::AcceptRole);
    box.setInformativeText(files.mid(0, 6).join(QStringLiteral(", ")) +
                           (files.size() > 6 ? QStringLiteral(", …") : QString()));
    return box.exec() != QMessageBox::Cancel;
}

void TourExportSettingsDialog::accept() {
    const Settings s = settings();
    if (s.directory.isEmpty())
        return;
    const QStringList existing = filesToReplace();
    if (!existing.isEmpty() && confirmReplace && !confirmReplace(existing))
        return; // stay in the dialog: another folder or format
    QSettings().setValue(QStringLiteral("export/tourFolder"), s.directory);
    QDialog::accept();
}

} // namespace colossus
