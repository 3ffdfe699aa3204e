#pragma once

#include "topology.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace Portolan {

/// The properties of the selected host: name, role, description, addresses.
///
/// Every accepted edit is one undo command; the fields always show the model
/// (they refresh on Topology::hostChanged, so also on undo). Edits the model
/// must not take are refused at entry: a malformed address, a network on a
/// role that needs host addresses, a duplicate address, an empty name. The
/// reason is shown in red next to the field and nothing is pushed.
class Inspector : public QWidget
{
    Q_OBJECT

public:
    Inspector(Topology *topology, QUndoStack *undoStack, const QString &language,
              QWidget *parent = nullptr);

    /// Shows the host when @p ids holds exactly one, otherwise a summary.
    void setHosts(const QStringList &ids);
    /// The host being edited, or an empty string.
    QString hostId() const { return m_hostId; }

    /// The message of the last refused edit, empty after an accepted one.
    QString errorText() const;

    /// Adds @p text as an address of the host; false (and a message) if refused.
    bool addAddress(const QString &text);
    /// Replaces the address at @p row; false (and a message) if refused.
    bool replaceAddress(int row, const QString &text);
    /// Removes the address at @p row.
    void removeAddress(int row);

    /// Pushes the name and description being typed, if they differ from the model.
    void commitPendingEdits();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildRoles();
    void refresh();
    void showError(QLabel *label, const QString &message);
    void clearErrors();
    void commitName();
    void commitDescription();
    void commitRole(int comboIndex);
    void addressEdited(QListWidgetItem *item);
    /// Checks @p text as an address for the host; sets @p error when refused.
    std::optional<Address> acceptAddress(const QString &text, int replacingRow,
                                         QString *error) const;
    void updateButtons();

    Topology *m_topology;
    QUndoStack *m_undoStack;
    QString m_language;
    QString m_hostId;
    QStringList m_selection;
    bool m_refreshing = false;

    QStackedWidget *m_pages;
    QLabel *m_summary;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QComboBox *m_role;
    QLabel *m_roleError;
    QPlainTextEdit *m_description;
    QLabel *m_descriptionError;
    QListWidget *m_addresses;
    QLineEdit *m_newAddress;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QLabel *m_addressError;
    QLabel *m_addressHint;
};

} // namespace Portolan
