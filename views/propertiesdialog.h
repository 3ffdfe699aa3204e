#pragma once

#include "project.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace Portolan {

/// File → Properties: the project title and its change-request details, as
/// printed in title blocks and CSV headers.
class PropertiesDialog : public QDialog
{
    Q_OBJECT

public:
    PropertiesDialog(const QString &title, const ChangeRequest &details, QWidget *parent = nullptr);

    QString title() const;
    /// The edited details; keys this version does not know are kept from the input.
    ChangeRequest details() const;

private:
    ChangeRequest m_original;
    QLineEdit *m_title;
    QLineEdit *m_number;
    QLineEdit *m_requester;
    QLineEdit *m_author;
    QLineEdit *m_date;
    QLineEdit *m_revision;
    QPlainTextEdit *m_justification;
};

} // namespace Portolan
