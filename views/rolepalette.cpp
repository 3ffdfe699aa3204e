#include "rolepalette.h"

#include "catalogregistry.h"
#include "topologyscene.h"

#include <QDrag>
#include <QHash>
#include <QIcon>
#include <QKeyEvent>
#include <QMimeData>

namespace Portolan {

namespace {
constexpr int RoleIdRole = Qt::UserRole + 1;
}

QIcon roleIcon(const QString &roleId)
{
    // QIcon renders SVG through the svg icon engine at whatever size is asked for.
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(roleId);
    if (it == cache.constEnd()) {
        // The catalogs name each role's icon (roles are shared by id).
        it = cache.insert(roleId, QIcon(CatalogRegistry::instance().roleIcon(roleId)));
    }
    return *it;
}

RolePalette::RolePalette(const Catalog &catalog, const QString &language, QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("rolePalette"));
    setAccessibleName(tr("Server roles"));
    setAccessibleDescription(
        tr("Drag a role onto the canvas, or press Enter, to add a host of that role"));
    setToolTip(tr("Drag a role onto the canvas to add a host"));
    setIconSize(QSize(32, 32));
    setSpacing(2);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    setWordWrap(true);

    for (int r : catalog.hostRoles()) {
        const Role &role = catalog.roles()[r];
        const QString name = role.name.text(language);
        auto *item = new QListWidgetItem(roleIcon(role.id), name, this);
        item->setData(RoleIdRole, role.id);
        item->setToolTip(tr("%1\nDrag onto the canvas or double-click to add one.").arg(name));
        item->setData(Qt::AccessibleTextRole, name);
        item->setData(Qt::AccessibleDescriptionRole, tr("Adds a host of the role %1").arg(name));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    if (count() > 0)
        setCurrentRow(0);

    // Not itemActivated: some styles activate on a single click, which would add
    // a host whenever the user merely selects an entry.
    connect(this, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        Q_EMIT roleActivated(item->data(RoleIdRole).toString());
    });
}

void RolePalette::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        Q_EMIT roleActivated(currentItem()->data(RoleIdRole).toString());
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void RolePalette::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions);
    QListWidgetItem *item = currentItem();
    if (!item)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mimeData({item}));
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = item->icon().pixmap(QSize(48, 48), ratio);
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(24, 24));
    // Copy only: a move would make QAbstractItemView remove the palette entry.
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

QStringList RolePalette::mimeTypes() const
{
    return {QString::fromLatin1(roleMimeType)};
}

QMimeData *RolePalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(roleMimeType),
                  items.first()->data(RoleIdRole).toString().toUtf8());
    return data;
}

} // namespace Portolan
