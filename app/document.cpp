#include "document.h"

#include "autosave.h"
#include "catalogregistry.h"
#include "filelock.h"
#include "projectfile.h"
#include "recoverycopy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace Portolan {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_topology(new Topology(this))
    , m_undoStack(new QUndoStack(this))
{
    m_autosave = new Autosave(this);
    newProject();
}

Document::~Document()
{
    // Closing is the user's decision (saved or discarded): no recovery copy.
    delete m_autosave;
    m_autosave = nullptr;
    // Commands hold pointers to the topology: they go first.
    delete m_undoStack;
    m_undoStack = nullptr;
}

QString Document::fileSuffix()
{
    return QStringLiteral(".portolan.json");
}

QString Document::samplePath()
{
    return QStringLiteral(":/samples/single-director.json");
}

QString Document::displayName() const
{
    return m_displayName.isEmpty() ? tr("Untitled") : m_displayName;
}

QString Document::suggestedFileName() const
{
    return m_displayName.isEmpty() ? tr("untitled") + fileSuffix() : m_displayName;
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

bool Document::holdsFileLock() const
{
    return m_lock && m_lock->isLocked();
}

bool Document::replace(Project project, QString *error)
{
    QString catalogError;
    auto catalog = catalogForProject(project, &catalogError);
    if (!catalog) {
        *error = catalogError;
        return false;
    }
    m_undoStack->clear();
    m_topology->reset(std::move(project), std::move(catalog));
    m_undoStack->setClean();
    return true;
}

void Document::setFile(const QString &path, const QString &displayName)
{
    m_filePath = path;
    m_displayName = displayName;
    Q_EMIT fileChanged();
}

void Document::lockFile(const QString &path)
{
    if (path.isEmpty()) {
        m_lock.reset();
        return;
    }
    if (m_lock && m_lock->projectPath() == path && m_lock->isLocked())
        return;
    // Another window's lock stays theirs ("Open anyway"): this one goes without.
    auto lock = std::make_unique<FileLock>(path);
    m_lock = lock->tryLock() ? std::move(lock) : nullptr;
}

bool Document::load(const QString &path, QString *error)
{
    Project project;
    if (!ProjectFile::load(path, &project, error) || !replace(std::move(project), error))
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    lockFile(absolute);
    setFile(absolute, QFileInfo(absolute).fileName());
    return true;
}

bool Document::loadCopy(const QString &path, QString *error)
{
    Project project;
    if (!ProjectFile::load(path, &project, error) || !replace(std::move(project), error))
        return false;
    QString base = QFileInfo(path).fileName();
    const QString suffix = base.endsWith(fileSuffix()) ? fileSuffix() : QStringLiteral(".json");
    if (base.endsWith(suffix, Qt::CaseInsensitive))
        base.chop(suffix.size());
    lockFile(QString());
    setFile(QString(), base + tr("-copy") + fileSuffix());
    return true;
}

bool Document::restore(const RecoveryCopy &copy, QString *error)
{
    Project project;
    if (!copy.readProject(&project, error) || !replace(std::move(project), error))
        return false;
    const QString path = copy.originalPath();
    lockFile(path);
    setFile(path, path.isEmpty() ? copy.name() : QFileInfo(path).fileName());
    // Modified until saved; and recoverable again right away, should this
    // window end as the last one did.
    m_undoStack->resetClean();
    m_autosave->writeNow();
    return true;
}

bool Document::loadSample(QString *error)
{
    QFile sample(samplePath());
    if (!sample.open(QIODevice::ReadOnly)) {
        *error = tr("The built-in sample is missing.");
        return false;
    }
    const QString name = QStringLiteral("single-director") + fileSuffix();
    Project project;
    if (!ProjectFile::parse(sample.readAll(), name, &project, error) ||
        !replace(std::move(project), error))
        return false;
    lockFile(QString());
    setFile(QString(), name);
    return true;
}

void Document::newProject()
{
    // A new project uses the catalogs of the built-in sample: which ones is
    // data, not code.
    Project project;
    Project sample;
    QFile file(samplePath());
    QString error;
    if (file.open(QIODevice::ReadOnly) &&
        ProjectFile::parse(file.readAll(), file.fileName(), &sample, &error)) {
        project.catalogIds = sample.catalogIds;
        project.features = sample.features;
    } else {
        project.catalogIds = Catalog::availableIds().mid(0, 1);
    }
    auto catalog = catalogForProject(project);
    Q_ASSERT(catalog);
    m_undoStack->clear();
    m_topology->reset(std::move(project), std::move(catalog));
    m_undoStack->setClean();
    lockFile(QString());
    setFile(QString(), QString());
}

bool Document::save(const QString &path, QString *error)
{
    if (!ProjectFile::save(path, m_topology->project(), error))
        return false;
    m_undoStack->setClean();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    lockFile(absolute);
    setFile(absolute, QFileInfo(absolute).fileName());
    return true;
}

} // namespace Portolan
