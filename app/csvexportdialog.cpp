#include "csvexportdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Portolan {

CsvExportDialog::CsvExportDialog(const QString &path, const CsvOptions &options, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Rule Sheet"));
    setAccessibleName(tr("Export rule sheet"));

    m_path = new QLineEdit(path, this);
    m_path->setObjectName(QStringLiteral("csvPath"));
    m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 48);
    m_path->setToolTip(tr("The CSV file to write; an existing file is replaced"));
    m_path->setAccessibleName(tr("File"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setToolTip(tr("Choose the file in a file dialog"));
    browse->setAccessibleName(tr("Browse for the file"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_excel = new QCheckBox(tr("For &Excel: semicolons and a UTF-8 byte order mark"), this);
    m_excel->setObjectName(QStringLiteral("csvExcel"));
    m_excel->setChecked(options.excel);
    m_excel->setToolTip(tr("Excel with German regional settings opens such files directly"));
    m_excel->setAccessibleName(tr("Excel format"));
    m_german = new QCheckBox(tr("&German role names and descriptions"), this);
    m_german->setObjectName(QStringLiteral("csvGerman"));
    m_german->setChecked(options.language == QLatin1String("de"));
    m_german->setToolTip(tr("Role names, flow descriptions and references in German; the "
                            "column names stay English for scripts"));
    m_german->setAccessibleName(tr("German texts"));
    m_header = new QCheckBox(tr("Include the &title and change-request lines"), this);
    m_header->setObjectName(QStringLiteral("csvHeader"));
    m_header->setChecked(options.withHeader);
    m_header->setToolTip(tr("Lines starting with # before the table, for the change request"));
    m_header->setAccessibleName(tr("Change-request header"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Write the rule sheet"));

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_excel);
    layout->addWidget(m_german);
    layout->addWidget(m_header);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &CsvExportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &CsvExportDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QString CsvExportDialog::path() const
{
    return m_path->text().trimmed();
}

CsvOptions CsvExportDialog::options() const
{
    CsvOptions options;
    options.excel = m_excel->isChecked();
    options.language = m_german->isChecked() ? QStringLiteral("de") : QStringLiteral("en");
    options.withHeader = m_header->isChecked();
    return options;
}

void CsvExportDialog::browse()
{
    QString file = QFileDialog::getSaveFileName(this, tr("Export Rule Sheet"), path(),
                                                tr("CSV files (*.csv);;All files (*)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".csv");
    m_path->setText(file);
}

void CsvExportDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty());
}

} // namespace Portolan
