#include "ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
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

ExportDialog::ExportDialog(const QString &suggestedName, const PaintOptions &options,
                           QWidget *parent)
    : QDialog(parent)
    , m_options(options) {
    setWindowTitle(tr("Export view"));
    m_file =
        new QLineEdit(QDir(defaultFolder()).filePath(suggestedName + QStringLiteral(".png")), this);
    m_file->setObjectName(QStringLiteral("exportFile"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setAccessibleName(tr("Browse for the file"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG drawing"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));

    m_preset = new QComboBox(this);
    for (const QSize s :
         {QSize(1920, 1080), QSize(3840, 2160), QSize(1280, 720), QSize(1600, 1200)})
        m_preset->addItem(QStringLiteral("%1 × %2").arg(s.width()).arg(s.height()), s);
    m_preset->addItem(tr("Custom"));
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, PictureExporter::maximumSide);
        box->setSuffix(u' ' + tr("px"));
    }
    m_width->setValue(1920);
    m_height->setValue(1080);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_preset);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);

    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(0.25, 16);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(1);
    m_scale->setToolTip(
        tr("PNG pixels per layout pixel: 2 gives a sharper image with the same layout"));
    m_transparent = new QCheckBox(tr("Transparent background"), this);
    m_summary = new QLabel(this);

    m_width->setAccessibleName(tr("Width"));
    m_height->setAccessibleName(tr("Height"));
    m_preset->setAccessibleName(tr("Size preset"));
    m_summary->setObjectName(QStringLiteral("exportSummary"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    // Labels with mnemonics and buddies: Alt+F, Alt+O, Alt+Z and Alt+A reach the fields, and a
    // screen reader names them.
    const auto addRow = [&](const QString &text, QWidget *buddy, QLayout *row) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        if (row)
            form->addRow(label, row);
        else
            form->addRow(label, buddy);
    };
    addRow(tr("&File:"), m_file, fileRow);
    addRow(tr("F&ormat:"), m_format, nullptr);
    addRow(tr("Si&ze:"), m_preset, sizeRow);
    addRow(tr("Sc&ale:"), m_scale, nullptr);
    form->addRow(QString(), m_transparent);
    form->addRow(QString(), m_summary);
    form->addRow(buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const QSize s = m_preset->currentData().toSize();
        if (s.isValid()) {
            m_width->setValue(s.width());
            m_height->setValue(s.height());
        }
    });
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::updateSummary);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updateSummary);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSummary();
}

QString ExportDialog::defaultFolder() {
    const QString last = QSettings().value(QStringLiteral("export/folder")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir() && QFileInfo(last).isWritable())
        return last;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    // A fresh account may have no ~/Pictures yet.
    if (!pictures.isEmpty() && QDir().mkpath(pictures) && QFileInfo(pictures).isWritable())
        return pictures;
    return QDir::homePath();
}

void ExportDialog::save() {
    const ExportRequest r = request();
    const QFileInfo info(r.fileName);
    if (r.fileName.trimmed().isEmpty() || info.fileName().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Please give a file name."));
        return;
    }
    if (info.exists() &&
        QMessageBox::question(
            this, windowTitle(),
            tr("“%1” already exists in %2.\n\nReplace it?")
                .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QString problem;
    if (!QDir().mkpath(info.absolutePath()))
        problem = tr("The folder %1 could not be created.")
                      .arg(QDir::toNativeSeparators(info.absolutePath()));
    else if (m_writer)
        problem = m_writer(r);
    if (!problem.isEmpty()) {
        // The dialog stays open with everything the user set.
        QMessageBox::critical(this, windowTitle(), tr("The view was not exported.\n\n") + problem);
        return;
    }
    QSettings().setValue(QStringLiteral("export/folder"), info.absolutePath());
    accept();
}

ExportRequest ExportDialog::request() const {
    ExportRequest r;
    r.fileName = m_file->text();
    r.size = QSize(m_width->value(), m_height->value());
    r.scale = m_scale->value();
    r.options = m_options;
    r.options.transparent = m_transparent->isChecked();
    r.options.printing = true;
    return r;
}

void ExportDialog::browse() {
    const QString format = m_format->currentData().toString();
    const QString name = QFileDialog::getSaveFileName(
        this, tr("Export view"), m_file->text(),
        QStringLiteral("%1 (*.%2)").arg(m_format->currentText(), format));
    if (!name.isEmpty())
        m_file->setText(name);
}

void ExportDialog::formatChanged() {
    const QString format = m_format->currentData().toString();
    QFileInfo info(m_file->text());
    m_file->setText(info.dir().filePath(info.completeBaseName() + u'.' + format));
    m_scale->setEnabled(format == u"png");
    updateSummary();
}

void ExportDialog::updateSummary() {
    const ExportRequest r = request();
    const QString problem = PictureExporter::validate(r);
    m_summary->setText(problem.isEmpty() ? tr("%1 × %2 pixels")
                                               .arg(qRound(r.size.width() * r.scale))
                                               .arg(qRound(r.size.height() * r.scale))
                                         : problem);
}

} // namespace colossus
