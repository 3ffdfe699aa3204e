#pragma once

#include "csvexport.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace Portolan {

/// Asks where to write the rule sheet and how: Excel flavour, German texts,
/// change-request header lines.
class CsvExportDialog : public QDialog
{
    Q_OBJECT

public:
    CsvExportDialog(const QString &path, const CsvOptions &options, QWidget *parent = nullptr);

    QString path() const;
    CsvOptions options() const;

private:
    void browse();
    void updateButtons();

    QLineEdit *m_path;
    QCheckBox *m_excel;
    QCheckBox *m_german;
    QCheckBox *m_header;
    QDialogButtonBox *m_buttons;
};

} // namespace Portolan
