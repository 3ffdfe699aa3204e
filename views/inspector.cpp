#include "inspector.h"

#include "validation.h"

#include <QRegularExpression>

#include "findings.h"
#include "rolepalette.h"
#include "undocommands.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Portolan {

namespace {

QLabel *errorLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setAccessibleName(accessibleName);
    label->hide();
    return label;
}

} // namespace

Inspector::Inspector(Topology *topology, QUndoStack *undoStack, const QString &language,
                     QWidget *parent)
    : QWidget(parent)
    , m_topology(topology)
    , m_undoStack(undoStack)
    , m_language(language)
{
    setObjectName(QStringLiteral("inspector"));
    setAccessibleName(tr("Host inspector"));

    m_pages = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    m_summary = new QLabel(m_pages);
    m_summary->setObjectName(QStringLiteral("inspectorSummary"));
    m_summary->setAlignment(Qt::AlignCenter);
    m_summary->setWordWrap(true);
    m_summary->setMargin(12);
    m_summary->setEnabled(false);
    m_summary->setAccessibleName(tr("Selection summary"));
    m_pages->addWidget(m_summary);

    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *form = new QWidget(scroll);
    auto *formColumn = new QVBoxLayout(form);
    auto *layout = new QFormLayout;
    formColumn->addLayout(layout);
    formColumn->addStretch(1);
    layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("hostName"));
    m_name->setMaxLength(Limits::maxNameLength);
    m_name->setToolTip(tr("The host's name, as it appears on the canvas and in the rule sheet"));
    m_name->setAccessibleName(tr("Host name"));
    layout->addRow(tr("&Name:"), m_name);
    m_nameError = errorLabel(form, tr("Name error"));
    m_nameError->setObjectName(QStringLiteral("hostNameError"));
    layout->addRow(m_nameError);

    m_role = new QComboBox(form);
    m_role->setObjectName(QStringLiteral("hostRole"));
    m_role->setToolTip(tr("The Lync Server role of the host: it decides which flows reach it"));
    m_role->setAccessibleName(tr("Host role"));
    layout->addRow(tr("&Role:"), m_role);
    m_roleError = errorLabel(form, tr("Role error"));
    m_roleError->setObjectName(QStringLiteral("hostRoleError"));
    layout->addRow(m_roleError);

    m_description = new QPlainTextEdit(form);
    m_description->setObjectName(QStringLiteral("hostDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_description->setToolTip(tr("Free notes about the host; saved when the field loses focus"));
    m_description->setAccessibleName(tr("Host description"));
    m_description->installEventFilter(this);
    layout->addRow(tr("&Description:"), m_description);
    m_descriptionError = errorLabel(form, tr("Description error"));
    m_descriptionError->setObjectName(QStringLiteral("hostDescriptionError"));
    layout->addRow(m_descriptionError);

    m_addresses = new QListWidget(form);
    m_addresses->setObjectName(QStringLiteral("hostAddresses"));
    m_addresses->setEditTriggers(QAbstractItemView::DoubleClicked |
                                 QAbstractItemView::EditKeyPressed |
                                 QAbstractItemView::SelectedClicked);
    m_addresses->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addresses->setFixedHeight(m_addresses->fontMetrics().lineSpacing() * 5 + 8);
    m_addresses->setToolTip(tr("The host's addresses: double-click or press F2 to edit one, "
                               "Del to remove it"));
    m_addresses->setAccessibleName(tr("Host addresses"));
    m_addresses->installEventFilter(this);
    layout->addRow(tr("Addresse&s:"), m_addresses);

    m_removeButton = new QPushButton(tr("Re&move"), form);
    m_removeButton->setObjectName(QStringLiteral("removeAddress"));
    m_removeButton->setToolTip(tr("Remove the selected address from the host"));
    m_removeButton->setAccessibleName(tr("Remove address"));
    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_removeButton);
    layout->addRow(QString(), removeRow);

    m_newAddress = new QLineEdit(form);
    m_newAddress->setObjectName(QStringLiteral("newAddress"));
    m_newAddress->setClearButtonEnabled(true);
    m_newAddress->setToolTip(tr("Type an address and press Enter to add it to the host"));
    m_newAddress->setAccessibleName(tr("New address"));
    m_addButton = new QPushButton(tr("&Add"), form);
    m_addButton->setObjectName(QStringLiteral("addAddress"));
    m_addButton->setToolTip(tr("Add the typed address to the host"));
    m_addButton->setAccessibleName(tr("Add address"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newAddress, 1);
    addRow->addWidget(m_addButton);
    auto *newLabel = new QLabel(tr("Ne&w:"), form);
    newLabel->setBuddy(m_newAddress);
    layout->addRow(newLabel, addRow);
    m_addressError = errorLabel(form, tr("Address error"));
    m_addressError->setObjectName(QStringLiteral("addressError"));
    layout->addRow(m_addressError);
    m_addressHint = new QLabel(form);
    m_addressHint->setWordWrap(true);
    m_addressHint->setEnabled(false);
    m_addressHint->setAccessibleName(tr("Address hint"));
    layout->addRow(m_addressHint);

    scroll->setWidget(form);
    m_pages->addWidget(scroll);

    connect(m_name, &QLineEdit::editingFinished, this, &Inspector::commitName);
    connect(m_role, qOverload<int>(&QComboBox::activated), this, &Inspector::commitRole);
    connect(m_addresses, &QListWidget::itemChanged, this, &Inspector::addressEdited);
    connect(m_addresses, &QListWidget::currentRowChanged, this, &Inspector::updateButtons);
    connect(m_newAddress, &QLineEdit::returnPressed, this, [this] {
        if (addAddress(m_newAddress->text()))
            m_newAddress->clear();
    });
    connect(m_newAddress, &QLineEdit::textChanged, this, &Inspector::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        if (addAddress(m_newAddress->text()))
            m_newAddress->clear();
    });
    connect(m_removeButton, &QPushButton::clicked, this,
            [this] { removeAddress(m_addresses->currentRow()); });

    connect(m_topology, &Topology::hostChanged, this, [this](const QString &id) {
        if (id == m_hostId)
            refresh();
    });
    connect(m_topology, &Topology::hostRemoved, this, [this](const QString &id) {
        if (m_selection.contains(id)) {
            m_selection.removeAll(id);
            m_hostId.clear(); // gone: nothing to commit
            setHosts(m_selection);
        }
    });
    connect(m_topology, &Topology::aboutToReset, this, [this] {
        m_hostId.clear();
        m_selection.clear();
    });
    connect(m_topology, &Topology::resetDone, this, [this] {
        rebuildRoles();
        setHosts({});
    });

    rebuildRoles();
    setHosts({});
}

void Inspector::rebuildRoles()
{
    const bool refreshing = m_refreshing;
    m_refreshing = true;
    m_role->clear();
    const Catalog &catalog = m_topology->catalog();
    for (int r : catalog.hostRoles()) {
        const Role &role = catalog.roles()[r];
        m_role->addItem(roleIcon(role.id), role.name.text(m_language), role.id);
    }
    m_refreshing = refreshing;
}

void Inspector::setHosts(const QStringList &ids)
{
    commitPendingEdits();
    m_selection = ids;
    const QString previous = m_hostId;
    m_hostId = ids.size() == 1 ? ids.first() : QString();
    if (m_hostId.isEmpty()) {
        m_summary->setText(ids.isEmpty() ? tr("Select a host on the canvas to edit its name, role, "
                                              "description and addresses.")
                                         : tr("%n hosts selected", nullptr, int(ids.size())));
        m_pages->setCurrentIndex(0);
        return;
    }
    if (previous != m_hostId) {
        clearErrors();
        m_newAddress->clear();
    }
    refresh();
    m_pages->setCurrentIndex(1);
}

void Inspector::refresh()
{
    const Host *host = m_topology->hostById(m_hostId);
    if (!host)
        return;
    m_refreshing = true;
    if (m_name->text() != host->name)
        m_name->setText(host->name);
    m_role->setCurrentIndex(m_role->findData(host->role));
    if (m_description->toPlainText() != host->description)
        m_description->setPlainText(host->description);

    // Update items in place: an address edit arrives from the list's own
    // itemChanged signal, and its item must outlive that signal.
    while (m_addresses->count() > host->addresses.size())
        delete m_addresses->takeItem(m_addresses->count() - 1);
    for (int i = 0; i < host->addresses.size(); ++i) {
        QListWidgetItem *item = m_addresses->item(i);
        if (!item) {
            item = new QListWidgetItem(m_addresses);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
        item->setText(host->addresses[i].toString());
        item->setToolTip(host->addresses[i].isIPv4() ? tr("IPv4") : tr("IPv6"));
    }

    const Catalog &catalog = m_topology->catalog();
    const int role = catalog.roleIndex(host->role);
    const bool networks =
        role >= 0 && catalog.roles()[role].addressKind == Role::AddressKind::Network;
    m_newAddress->setPlaceholderText(networks ? tr("10.20.0.0/16 or 2001:db8::/56")
                                              : tr("10.1.2.20 or 2001:db8::20"));
    m_addressHint->setText(networks ? tr("Networks in CIDR notation, IPv4 or IPv6.")
                                    : tr("Host addresses, IPv4 or IPv6; no networks."));
    m_refreshing = false;
    updateButtons();
}

void Inspector::updateButtons()
{
    m_addButton->setEnabled(!m_newAddress->text().trimmed().isEmpty());
    m_removeButton->setEnabled(m_addresses->currentRow() >= 0 &&
                               m_addresses->currentRow() < m_addresses->count());
}

QString Inspector::errorText() const
{
    for (const QLabel *label : {m_nameError, m_roleError, m_descriptionError, m_addressError}) {
        if (!label->text().isEmpty())
            return label->text();
    }
    return {};
}

void Inspector::showError(QLabel *label, const QString &message)
{
    clearErrors();
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

void Inspector::clearErrors()
{
    for (QLabel *label : {m_nameError, m_roleError, m_descriptionError, m_addressError}) {
        label->clear();
        label->hide();
    }
}

void Inspector::commitPendingEdits()
{
    if (m_hostId.isEmpty() || !m_topology->hostById(m_hostId))
        return;
    commitName();
    commitDescription();
}

void Inspector::commitName()
{
    const Host *host = m_topology->hostById(m_hostId);
    if (m_refreshing || !host)
        return;
    const QString name = m_name->text().trimmed();
    if (name == host->name) {
        if (m_name->text() != host->name)
            m_name->setText(host->name);
        return;
    }
    if (const QString why = Validation::checkName(name); !why.isEmpty()) {
        showError(m_nameError, tr("The name %1.").arg(why));
        m_name->setText(host->name);
        return;
    }
    clearErrors();
    m_undoStack->push(renameHostCommand(m_topology, m_hostId, name));
}

void Inspector::commitDescription()
{
    const Host *host = m_topology->hostById(m_hostId);
    if (m_refreshing || !host)
        return;
    const QString description = m_description->toPlainText();
    if (description == host->description)
        return;
    if (const QString why = Validation::checkText(description, Validation::TextKind::Text);
        !why.isEmpty()) {
        showError(m_descriptionError, tr("The description %1.").arg(why));
        return;
    }
    clearErrors();
    m_undoStack->push(changeDescriptionCommand(m_topology, m_hostId, description));
}

void Inspector::commitRole(int comboIndex)
{
    const Host *host = m_topology->hostById(m_hostId);
    if (m_refreshing || !host || comboIndex < 0)
        return;
    const QString roleId = m_role->itemData(comboIndex).toString();
    if (roleId == host->role)
        return;
    const Catalog &catalog = m_topology->catalog();
    const int role = catalog.roleIndex(roleId);
    if (role < 0)
        return;
    for (const Address &address : host->addresses) {
        const QString why = addressMismatch(catalog.roles()[role], address);
        if (!why.isEmpty()) {
            showError(m_roleError, tr("Cannot change the role: %1").arg(why));
            refresh();
            return;
        }
    }
    clearErrors();
    m_undoStack->push(changeRoleCommand(m_topology, m_hostId, roleId));
}

std::optional<Address> Inspector::acceptAddress(const QString &text, int replacingRow,
                                                QString *error) const
{
    const Host *host = m_topology->hostById(m_hostId);
    if (!host)
        return std::nullopt;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("Type an IPv4 or IPv6 address.");
        return std::nullopt;
    }
    const Catalog &catalog = m_topology->catalog();
    const int role = catalog.roleIndex(host->role);
    const std::optional<Address> address =
        Validation::parseHostAddress(trimmed, role >= 0 ? &catalog.roles()[role] : nullptr, error);
    if (!address)
        return std::nullopt;
    for (int i = 0; i < host->addresses.size(); ++i) {
        if (i != replacingRow && host->addresses[i] == *address) {
            *error = tr("%1 is already an address of this host.").arg(address->toString());
            return std::nullopt;
        }
    }
    if (replacingRow < 0 && host->addresses.size() >= Limits::maxAddressesPerHost) {
        *error = tr("A host has at most %1 addresses.").arg(Limits::maxAddressesPerHost);
        return std::nullopt;
    }
    return address;
}

bool Inspector::addAddress(const QString &text)
{
    const Host *host = m_topology->hostById(m_hostId);
    if (!host)
        return false;
    // A pasted list ("10.1.2.22, 10.1.2.23") adds each of its addresses, in
    // one undo step, if every one of them is acceptable.
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    QList<Address> addresses = host->addresses;
    QString error;
    for (const QString &part : parts.size() > 1 ? parts : QStringList{text}) {
        const std::optional<Address> address = acceptAddress(part, -1, &error);
        if (address && addresses.contains(*address))
            error = tr("%1 is listed twice.").arg(address->toString());
        if (!address || addresses.contains(*address)) {
            showError(m_addressError, error);
            return false;
        }
        addresses.append(*address);
        if (addresses.size() > Limits::maxAddressesPerHost) {
            showError(m_addressError,
                      tr("A host has at most %1 addresses.").arg(Limits::maxAddressesPerHost));
            return false;
        }
    }
    clearErrors();
    m_undoStack->push(changeAddressesCommand(m_topology, m_hostId, addresses));
    return true;
}

bool Inspector::replaceAddress(int row, const QString &text)
{
    const Host *host = m_topology->hostById(m_hostId);
    if (!host || row < 0 || row >= host->addresses.size())
        return false;
    QString error;
    const std::optional<Address> address = acceptAddress(text, row, &error);
    if (!address) {
        showError(m_addressError, error);
        refresh(); // back to the model's value
        return false;
    }
    clearErrors();
    QList<Address> addresses = host->addresses;
    addresses[row] = *address;
    m_undoStack->push(changeAddressesCommand(m_topology, m_hostId, addresses));
    refresh(); // shows the canonical form even when nothing changed
    return true;
}

void Inspector::removeAddress(int row)
{
    const Host *host = m_topology->hostById(m_hostId);
    if (!host || row < 0 || row >= host->addresses.size())
        return;
    clearErrors();
    QList<Address> addresses = host->addresses;
    addresses.removeAt(row);
    m_undoStack->push(changeAddressesCommand(m_topology, m_hostId, addresses));
}

void Inspector::addressEdited(QListWidgetItem *item)
{
    if (m_refreshing)
        return;
    replaceAddress(m_addresses->row(item), item->text());
}

bool Inspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commitDescription();
    if (watched == m_addresses && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) {
            removeAddress(m_addresses->currentRow());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Portolan
