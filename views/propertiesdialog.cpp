#include "propertiesdialog.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Portolan {

namespace {

QLineEdit *lineEdit(const QString &text, const QString &accessibleName, const QString &tooltip)
{
    auto *edit = new QLineEdit(text);
    edit->setAccessibleName(accessibleName);
    edit->setToolTip(tooltip);
    edit->setMaxLength(Limits::maxNameLength);
    return edit;
}

} // namespace

PropertiesDialog::PropertiesDialog(const QString &title, const ChangeRequest &details,
                                   QWidget *parent)
    : QDialog(parent)
    , m_original(details)
{
    setWindowTitle(tr("Project Properties"));
    m_title = lineEdit(title, tr("Title"), tr("The title on every printed page"));
    m_number = lineEdit(details.number, tr("Change request number"),
                        tr("The number of the firewall change request"));
    m_requester = lineEdit(details.requester, tr("Requester"), tr("Who asks for the change"));
    m_author = lineEdit(details.author, tr("Author"), tr("Who prepared the rules"));
    m_date = lineEdit(details.date, tr("Date"), tr("The date of this revision, e.g. 2026-11-25"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_revision = lineEdit(details.revision, tr("Revision"), tr("The revision of the request"));
    m_justification = new QPlainTextEdit(details.justification);
    m_justification->setAccessibleName(tr("Justification"));
    m_justification->setToolTip(tr("Why the change is needed, as the change board reads it"));
    m_justification->setTabChangesFocus(true);

    auto *today = new QPushButton(tr("&Today"));
    today->setToolTip(tr("Set the date to today"));
    today->setAccessibleName(tr("Set the date to today"));
    connect(today, &QPushButton::clicked, this,
            [this] { m_date->setText(QDate::currentDate().toString(Qt::ISODate)); });
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(today);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Change request:"), m_number);
    form->addRow(tr("&Requester:"), m_requester);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("&Date:"), dateRow);
    form->addRow(tr("Re&vision:"), m_revision);
    form->addRow(tr("&Justification:"), m_justification);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setLayout(form);
    resize(520, 420);
}

QString PropertiesDialog::title() const
{
    return m_title->text();
}

ChangeRequest PropertiesDialog::details() const
{
    ChangeRequest details = m_original;
    details.number = m_number->text();
    details.requester = m_requester->text();
    details.author = m_author->text();
    details.date = m_date->text();
    details.revision = m_revision->text();
    details.justification = m_justification->toPlainText().left(Limits::maxTextLength);
    return details;
}

} // namespace Portolan
