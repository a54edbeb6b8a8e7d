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
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("export/folder"),
                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();

    m_file = new QLineEdit(QDir(folder).filePath(suggestedName + QStringLiteral(".png")), this);
    auto *browseButton = new QPushButton(tr("Browse…"), this);
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Scale:"), m_scale);
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
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings().setValue(QStringLiteral("export/folder"),
                             QFileInfo(m_file->text()).absolutePath());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSummary();
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
