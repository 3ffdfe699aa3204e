#include "findingsmodel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace Portolan {

FindingsModel::FindingsModel(Topology *topology, QObject *parent)
    : QAbstractListModel(parent)
    , m_topology(topology)
{
    // Findings are listed by row: from the first edit of a batch until it
    // reports, the list is in reset (and shows none).
    connect(m_topology, &Topology::derivedAboutToChange, this, [this] {
        beginResetModel();
        m_resetting = true;
    });
    connect(m_topology, &Topology::derivedChanged, this, [this] {
        if (m_resetting) {
            m_resetting = false;
            endResetModel();
        }
    });
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_resetting ? 0 : int(m_topology->findings().size());
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || m_resetting)
        return {};
    const QList<Finding> &findings = m_topology->findings();
    if (index.row() >= findings.size())
        return {};
    const Finding &finding = findings[index.row()];
    const bool error = finding.severity == Finding::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
        return finding.message;
    case Qt::ToolTipRole:
        return error ? tr("Error: %1").arg(finding.message)
                     : tr("Warning: %1").arg(finding.message);
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                         : QStyle::SP_MessageBoxWarning);
    case Qt::AccessibleDescriptionRole:
        return error ? tr("Error") : tr("Warning");
    case HostIdRole:
        return finding.hostId;
    case SeverityRole:
        return int(finding.severity);
    default:
        return {};
    }
}

int FindingsModel::errorCount() const
{
    return countFindings(m_topology->findings(), Finding::Severity::Error);
}

int FindingsModel::warningCount() const
{
    return countFindings(m_topology->findings(), Finding::Severity::Warning);
}

} // namespace Portolan
