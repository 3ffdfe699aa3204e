#pragma once

#include "catalog.h"

#include <QListWidget>

namespace Portolan {

/// The role palette: one entry per host role of the catalog (icon and name).
/// Dragging an entry starts a QDrag carrying roleMimeType; double-clicking
/// (or Enter) emits roleActivated.
class RolePalette : public QListWidget
{
    Q_OBJECT

public:
    RolePalette(const Catalog &catalog, const QString &language, QWidget *parent = nullptr);

Q_SIGNALS:
    void roleActivated(const QString &roleId);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override;
    void keyPressEvent(QKeyEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;
};

/// The SVG icon of a role, as the catalogs name it (Role::icon).
QIcon roleIcon(const QString &roleId);

} // namespace Portolan
