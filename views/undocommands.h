#pragma once

#include "topology.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QUndoCommand>

#include <functional>

namespace Portolan {

/// Every id used for QUndoCommand::id() in one place.
enum UndoCommandId {
    MoveHostsCommandId = 1,
};

/// A command that edits a Topology: its redo() and undo() (with any child
/// commands) run inside one Topology::Batch, so one undo step is one
/// derivedChanged() however many edits it makes.
class TopologyCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    TopologyCommand(Topology *topology, const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_topology(topology)
    {}
    /// The command's own edits; children run after redoEdits() and before undoEdits().
    virtual void redoEdits() {}
    virtual void undoEdits() {}

    Topology *m_topology;
};

/// Groups child commands into one undo step and one batch (QUndoStack's
/// macros would report each child's batch on its own).
class CompositeCommand : public TopologyCommand
{
public:
    CompositeCommand(Topology *topology, const QString &text)
        : TopologyCommand(topology, text)
    {}
};

/// Adds hosts at the end of the project (drop, double-click, paste, duplicate).
class AddHostsCommand : public TopologyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::AddHostsCommand)
public:
    AddHostsCommand(Topology *topology, QList<Host> hosts, const QString &text,
                    QUndoCommand *parent = nullptr);
    void redoEdits() override;
    void undoEdits() override;

private:
    QList<Host> m_hosts;
};

/// Removes hosts; undo puts each back at its old index.
class RemoveHostsCommand : public TopologyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::RemoveHostsCommand)
public:
    RemoveHostsCommand(Topology *topology, const QStringList &ids, QUndoCommand *parent = nullptr);
    void redoEdits() override;
    void undoEdits() override;

private:
    QStringList m_ids;
    QList<std::pair<int, Host>> m_removed; ///< ascending by index
};

/// Moves hosts from their old to their new positions. Pushed once per drag
/// (on release) or per arrange, so one gesture is one undo step; it never
/// merges with another command.
class MoveHostsCommand : public TopologyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::MoveHostsCommand)
public:
    /// @p positions maps host ids to their new positions; the old ones are read now.
    MoveHostsCommand(Topology *topology, const QHash<QString, QPointF> &positions,
                     const QString &text = QString(), QUndoCommand *parent = nullptr);
    /// As above, with the old positions given (the items already moved while dragging).
    MoveHostsCommand(Topology *topology, const QHash<QString, QPointF> &from,
                     const QHash<QString, QPointF> &to, const QString &text = QString(),
                     QUndoCommand *parent = nullptr);
    void redoEdits() override;
    void undoEdits() override;
    int id() const override { return MoveHostsCommandId; }

private:
    QHash<QString, QPointF> m_from;
    QHash<QString, QPointF> m_to;
};

/// Changes one property of one host (the inspector's edits). A change to the
/// value the host already has is obsolete and leaves no undo step.
template<typename T> class ChangeHostValueCommand : public TopologyCommand
{
public:
    using Getter = std::function<T(const Host &)>;
    using Setter = void (Topology::*)(const QString &, const T &);

    ChangeHostValueCommand(Topology *topology, const QString &hostId, Getter get, Setter set,
                           T value, const QString &text, QUndoCommand *parent = nullptr)
        : TopologyCommand(topology, text, parent)
        , m_hostId(hostId)
        , m_set(set)
        , m_new(std::move(value))
    {
        if (const Host *host = topology->hostById(hostId))
            m_old = get(*host);
        setObsolete(m_old == m_new);
    }
    void redoEdits() override { (m_topology->*m_set)(m_hostId, m_new); }
    void undoEdits() override { (m_topology->*m_set)(m_hostId, m_old); }

private:
    QString m_hostId;
    Setter m_set;
    T m_old{};
    T m_new;
};

QUndoCommand *renameHostCommand(Topology *topology, const QString &id, const QString &name);
QUndoCommand *changeRoleCommand(Topology *topology, const QString &id, const QString &role);
QUndoCommand *changeDescriptionCommand(Topology *topology, const QString &id,
                                       const QString &description);
QUndoCommand *changeAddressesCommand(Topology *topology, const QString &id,
                                     const QList<Address> &addresses);

/// Imports hosts from an inventory (File → Import Hosts…): the new hosts and
/// the updated roles and addresses, as one undo step and one batch.
QUndoCommand *importHostsCommand(Topology *topology, const QList<Host> &added,
                                 const QList<Host> &updated);

/// Changes the title and change-request details (File → Properties).
class ChangeDetailsCommand : public TopologyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Portolan::ChangeDetailsCommand)
public:
    ChangeDetailsCommand(Topology *topology, const QString &title, const ChangeRequest &details,
                         QUndoCommand *parent = nullptr);
    void redoEdits() override;
    void undoEdits() override;

private:
    QString m_oldTitle;
    QString m_newTitle;
    ChangeRequest m_old;
    ChangeRequest m_new;
};

} // namespace Portolan
