#include "undocommands.h"

#include <algorithm>

namespace Portolan {

void TopologyCommand::redo()
{
    Topology::Batch batch(m_topology);
    redoEdits();
    QUndoCommand::redo();
}

void TopologyCommand::undo()
{
    Topology::Batch batch(m_topology);
    QUndoCommand::undo();
    undoEdits();
}

AddHostsCommand::AddHostsCommand(Topology *topology, QList<Host> hosts, const QString &text,
                                 QUndoCommand *parent)
    : TopologyCommand(topology, text, parent)
    , m_hosts(std::move(hosts))
{}

void AddHostsCommand::redoEdits()
{
    for (const Host &host : std::as_const(m_hosts))
        m_topology->insertHost(m_topology->hostCount(), host);
}

void AddHostsCommand::undoEdits()
{
    for (auto it = m_hosts.crbegin(); it != m_hosts.crend(); ++it)
        m_topology->takeHost(it->id);
}

RemoveHostsCommand::RemoveHostsCommand(Topology *topology, const QStringList &ids,
                                       QUndoCommand *parent)
    : TopologyCommand(topology, tr("Delete %n host(s)", nullptr, int(ids.size())), parent)
    , m_ids(ids)
{}

void RemoveHostsCommand::redoEdits()
{
    m_removed.clear();
    // Remove from the highest index down so the recorded indices stay valid.
    QList<std::pair<int, QString>> order;
    for (const QString &id : std::as_const(m_ids)) {
        const int index = m_topology->indexOf(id);
        if (index >= 0)
            order.append({index, id});
    }
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a > b; });
    for (const auto &[index, id] : order) {
        if (auto taken = m_topology->takeHost(id))
            m_removed.prepend(std::move(*taken));
    }
}

void RemoveHostsCommand::undoEdits()
{
    for (const auto &[index, host] : std::as_const(m_removed))
        m_topology->insertHost(index, host);
}

MoveHostsCommand::MoveHostsCommand(Topology *topology, const QHash<QString, QPointF> &positions,
                                   const QString &text, QUndoCommand *parent)
    : TopologyCommand(topology, QString(), parent)
    , m_to(positions)
{
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        if (const Host *host = topology->hostById(it.key()))
            m_from.insert(it.key(), host->position);
    }
    setText(text.isEmpty() ? tr("Move %n host(s)", nullptr, int(positions.size())) : text);
    setObsolete(m_from == m_to);
}

MoveHostsCommand::MoveHostsCommand(Topology *topology, const QHash<QString, QPointF> &from,
                                   const QHash<QString, QPointF> &to, const QString &text,
                                   QUndoCommand *parent)
    : TopologyCommand(topology, QString(), parent)
    , m_from(from)
    , m_to(to)
{
    setText(text.isEmpty() ? tr("Move %n host(s)", nullptr, int(to.size())) : text);
    setObsolete(m_from == m_to);
}

void MoveHostsCommand::redoEdits()
{
    for (auto it = m_to.begin(); it != m_to.end(); ++it)
        m_topology->setHostPosition(it.key(), it.value());
}

void MoveHostsCommand::undoEdits()
{
    for (auto it = m_from.begin(); it != m_from.end(); ++it)
        m_topology->setHostPosition(it.key(), it.value());
}

QUndoCommand *renameHostCommand(Topology *topology, const QString &id, const QString &name)
{
    return new ChangeHostValueCommand<QString>(
        topology, id, [](const Host &h) { return h.name; }, &Topology::setHostName, name,
        QCoreApplication::translate("Portolan::UndoCommands", "Rename host"));
}

QUndoCommand *changeRoleCommand(Topology *topology, const QString &id, const QString &role)
{
    return new ChangeHostValueCommand<QString>(
        topology, id, [](const Host &h) { return h.role; }, &Topology::setHostRole, role,
        QCoreApplication::translate("Portolan::UndoCommands", "Change role"));
}

QUndoCommand *changeDescriptionCommand(Topology *topology, const QString &id,
                                       const QString &description)
{
    return new ChangeHostValueCommand<QString>(
        topology, id, [](const Host &h) { return h.description; }, &Topology::setHostDescription,
        description, QCoreApplication::translate("Portolan::UndoCommands", "Change description"));
}

QUndoCommand *changeAddressesCommand(Topology *topology, const QString &id,
                                     const QList<Address> &addresses)
{
    return new ChangeHostValueCommand<QList<Address>>(
        topology, id, [](const Host &h) { return h.addresses; }, &Topology::setHostAddresses,
        addresses, QCoreApplication::translate("Portolan::UndoCommands", "Change addresses"));
}

QUndoCommand *importHostsCommand(Topology *topology, const QList<Host> &added,
                                 const QList<Host> &updated)
{
    auto *command = new CompositeCommand(
        topology, QCoreApplication::translate("Portolan::UndoCommands", "Import %n host(s)",
                                              nullptr, int(added.size() + updated.size())));
    for (const Host &host : updated) {
        new ChangeHostValueCommand<QString>(
            topology, host.id, [](const Host &h) { return h.role; }, &Topology::setHostRole,
            host.role, QString(), command);
        new ChangeHostValueCommand<QList<Address>>(
            topology, host.id, [](const Host &h) { return h.addresses; },
            &Topology::setHostAddresses, host.addresses, QString(), command);
    }
    if (!added.isEmpty())
        new AddHostsCommand(topology, added, QString(), command);
    return command;
}

ChangeDetailsCommand::ChangeDetailsCommand(Topology *topology, const QString &title,
                                           const ChangeRequest &details, QUndoCommand *parent)
    : TopologyCommand(topology, tr("Change project properties"), parent)
    , m_oldTitle(topology->project().title)
    , m_newTitle(title)
    , m_old(topology->project().changeRequest)
    , m_new(details)
{
    setObsolete(m_oldTitle == m_newTitle && m_old == m_new);
}

void ChangeDetailsCommand::redoEdits()
{
    m_topology->setTitle(m_newTitle);
    m_topology->setChangeRequest(m_new);
}

void ChangeDetailsCommand::undoEdits()
{
    m_topology->setTitle(m_oldTitle);
    m_topology->setChangeRequest(m_old);
}

} // namespace Portolan
