#include "canvasclipboard.h"

#include "projectfile.h"
#include "topology.h"
#include "topologyscene.h"
#include "undocommands.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace Portolan {

namespace {

constexpr qreal pasteOffset = 40; ///< where duplicated and pasted hosts land

QString mimeHosts()
{
    return QString::fromLatin1(hostsMimeType);
}

/// @p name if no host has it yet, else the next free name counting up its
/// trailing number (`LYNC-FE-03` gives `LYNC-FE-04`) or appending one.
QString freeName(const QString &name, const QSet<QString> &takenFolded)
{
    if (!takenFolded.contains(name.toCaseFolded()))
        return name;
    qsizetype digits = 0;
    while (digits < name.size() && name[name.size() - 1 - digits].isDigit() &&
           name[name.size() - 1 - digits].unicode() < 128)
        ++digits;
    QString stem = name.left(name.size() - digits);
    int width = int(digits);
    qint64 n = digits > 0 && digits < 10 ? name.right(digits).toLongLong() : 1;
    if (digits == 0 || digits >= 10) {
        stem = name + u'-';
        width = 2;
        n = 1;
    }
    for (;;) {
        ++n;
        const QString candidate = stem + QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
        if (!takenFolded.contains(candidate.toCaseFolded()))
            return candidate;
    }
}

} // namespace

CanvasClipboard::CanvasClipboard(TopologyScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{}

CanvasClipboard::~CanvasClipboard() = default;

void CanvasClipboard::duplicateSelection()
{
    const Topology *topology = m_scene->topology();
    std::vector<Host> sources;
    for (const QString &id : m_scene->selectedHostIds())
        sources.push_back(*topology->hostById(id));
    if (sources.empty())
        return;
    const QString text = tr("Duplicate %n host(s)", nullptr, int(sources.size()));
    addCopies(copiesOf(std::move(sources)), text);
}

void CanvasClipboard::copySelection() const
{
    const Topology *topology = m_scene->topology();
    const QStringList ids = m_scene->selectedHostIds();
    if (ids.isEmpty() || !topology->catalogPointer())
        return;
    // Written exactly as in project files, through the project file writer.
    Project selection;
    selection.catalogIds = topology->project().catalogIds;
    for (const QString &id : ids)
        selection.hosts.push_back(*topology->hostById(id));
    const QJsonObject document =
        QJsonDocument::fromJson(ProjectFile::serialize(selection)).object();
    const QJsonArray hosts = document.value(QStringLiteral("hosts")).toArray();
    auto *mime = new QMimeData;
    mime->setData(mimeHosts(), QJsonDocument(hosts).toJson(QJsonDocument::Compact));
    mime->setText(QString::fromUtf8(QJsonDocument(hosts).toJson(QJsonDocument::Indented)));
    QGuiApplication::clipboard()->setMimeData(mime);
}

void CanvasClipboard::paste()
{
    const Catalog *catalog = m_scene->topology()->catalogPointer().get();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!catalog || !mime || !mime->hasFormat(mimeHosts()))
        return;
    const QJsonDocument pasted = QJsonDocument::fromJson(mime->data(mimeHosts()));
    if (!pasted.isArray())
        return;
    // Hosts of roles this catalog lacks (copied from another product) are left out.
    QJsonArray hosts;
    for (const QJsonValue &value : pasted.array()) {
        const int role =
            catalog->roleIndex(value.toObject().value(QStringLiteral("role")).toString());
        if (role >= 0 && !catalog->roles()[role].pseudo)
            hosts.append(value);
    }
    if (hosts.isEmpty())
        return;
    // Validated as strictly as a project file: the clipboard may come from anywhere.
    const QJsonObject document{
        {QStringLiteral("format"), QString::fromLatin1(ProjectFile::formatName)},
        {QStringLiteral("version"), ProjectFile::currentVersion},
        {QStringLiteral("catalogs"),
         QJsonArray::fromStringList(m_scene->topology()->project().catalogIds)},
        {QStringLiteral("hosts"), hosts}};
    Project project;
    QString error;
    if (!ProjectFile::parse(QJsonDocument(document).toJson(), tr("clipboard"), &project, &error))
        return;
    const QString text = tr("Paste %n host(s)", nullptr, int(project.hosts.size()));
    addCopies(copiesOf(std::move(project.hosts)), text);
}

bool CanvasClipboard::holdsHosts()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    return mime && mime->hasFormat(mimeHosts());
}

QList<Host> CanvasClipboard::copiesOf(std::vector<Host> sources) const
{
    const Topology *topology = m_scene->topology();
    QSet<QString> takenNames;
    QSet<std::pair<qint64, qint64>> takenPositions;
    for (int i = 0; i < topology->hostCount(); ++i) {
        takenNames.insert(topology->host(i).name.toCaseFolded());
        const QPointF p = topology->host(i).position;
        takenPositions.insert({qRound64(p.x()), qRound64(p.y())});
    }
    QPointF offset;
    for (int step = 1; step <= 50; ++step) {
        offset = QPointF(step * pasteOffset, step * pasteOffset);
        const bool clash = std::any_of(sources.begin(), sources.end(), [&](const Host &h) {
            const QPointF p = h.position + offset;
            return takenPositions.contains({qRound64(p.x()), qRound64(p.y())});
        });
        if (!clash)
            break;
    }
    QList<Host> copies;
    QStringList reservedIds;
    for (Host &host : sources) {
        host.id = topology->uniqueHostId(host.role, reservedIds);
        reservedIds << host.id;
        host.name = freeName(host.name, takenNames);
        takenNames.insert(host.name.toCaseFolded());
        host.position += offset;
        copies << host;
    }
    return copies;
}

void CanvasClipboard::addCopies(const QList<Host> &copies, const QString &text)
{
    if (copies.isEmpty())
        return;
    m_scene->pushCommand(new AddHostsCommand(m_scene->topology(), copies, text));
    QStringList ids;
    for (const Host &host : copies)
        ids << host.id;
    m_scene->selectHosts(ids);
}

} // namespace Portolan
