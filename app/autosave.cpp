#include "autosave.h"

#include "document.h"
#include "projectfile.h"
#include "recoverycopy.h"
#include "savefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSysInfo>
#include <QUndoStack>
#include <QUuid>

namespace Portolan {

Autosave::Autosave(Document *document)
    : QObject(document)
    , m_document(document)
    , m_directory(RecoveryCopy::defaultDirectory())
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    bool ok = false;
    const int interval = qEnvironmentVariableIntValue("PORTOLAN_AUTOSAVE_INTERVAL_MS", &ok);
    m_timer.setInterval(ok && interval > 0 ? interval : defaultInterval);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::intervalEnded);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &Autosave::documentChanged);
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, &Autosave::documentChanged);
}

Autosave::~Autosave()
{
    discard();
}

void Autosave::setDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    const bool had = hasCopy();
    discard();
    m_directory = directory;
    if (had)
        writeNow();
}

QString Autosave::copyPath() const
{
    return RecoveryCopy::projectPath(m_directory, m_id);
}

bool Autosave::hasCopy() const
{
    return QFile::exists(RecoveryCopy::infoPath(m_directory, m_id));
}

void Autosave::documentChanged()
{
    if (!m_document->isModified()) {
        // Back at the saved state: the file on disk is the copy.
        discard();
        return;
    }
    m_changed = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void Autosave::intervalEnded()
{
    if (m_changed)
        writeNow();
}

bool Autosave::writeNow(QString *error)
{
    m_timer.stop();
    m_changed = false;
    if (!m_document->isModified()) {
        discard();
        return true;
    }
    QString message;
    if (!QDir().mkpath(m_directory)) {
        message =
            tr("Cannot create the recovery folder %1.").arg(QDir::toNativeSeparators(m_directory));
    } else {
        if (!m_lock) {
            m_lock = std::make_unique<QLockFile>(RecoveryCopy::lockPath(m_directory, m_id));
            m_lock->setStaleLockTime(0);
            if (!m_lock->tryLock(0))
                message = tr("Cannot lock the recovery copy in %1.")
                              .arg(QDir::toNativeSeparators(m_directory));
        }
        // The project first, the info last: an info file always has its project.
        const QJsonObject info{
            {QStringLiteral("format"), QStringLiteral("portolan-recovery")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("file"), m_document->filePath()},
            {QStringLiteral("name"), m_document->fileName()},
            {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("pid"), QCoreApplication::applicationPid()},
            {QStringLiteral("host"), QSysInfo::machineHostName()},
        };
        if (message.isEmpty() &&
            writeAtomically(copyPath(), ProjectFile::serialize(m_document->topology()->project()),
                            &message))
            writeAtomically(RecoveryCopy::infoPath(m_directory, m_id), QJsonDocument(info).toJson(),
                            &message);
    }
    if (!message.isEmpty()) {
        m_lock.reset();
        if (error)
            *error = message;
        Q_EMIT failed(message);
        return false;
    }
    Q_EMIT written(copyPath());
    return true;
}

void Autosave::discard()
{
    m_timer.stop();
    m_changed = false;
    QFile::remove(RecoveryCopy::infoPath(m_directory, m_id));
    QFile::remove(copyPath());
    m_lock.reset(); // unlocks and removes the lock file
}

} // namespace Portolan
