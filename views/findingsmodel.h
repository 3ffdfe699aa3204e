#pragma once

#include "topology.h"

#include <QAbstractListModel>

namespace Portolan {

/// The findings of `portolan check` as a list: severity icon and message,
/// the host id in HostIdRole. Resets when the topology's derived data changes.
class FindingsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { HostIdRole = Qt::UserRole, SeverityRole };

    explicit FindingsModel(Topology *topology, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int errorCount() const;
    int warningCount() const;

private:
    Topology *m_topology;
    bool m_resetting = false; ///< between derivedAboutToChange() and derivedChanged()
};

} // namespace Portolan
