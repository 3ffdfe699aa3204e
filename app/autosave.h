#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QLockFile;

namespace Portolan {

class Document;

/// Writes a recovery copy of a Document with unsaved changes (see RecoveryCopy).
///
/// The first change after a copy (or after opening) starts the interval; when
/// it ends the copy is written once. So an editing session writes at most one
/// copy an interval, and an idle window writes nothing. Saving, reverting to
/// the saved state, opening another project and closing remove the copy.
class Autosave : public QObject
{
    Q_OBJECT

public:
    /// The interval unless PORTOLAN_AUTOSAVE_INTERVAL_MS sets another.
    static constexpr int defaultInterval = 60 * 1000;

    explicit Autosave(Document *document);
    /// Removes the copy: a window that closes has nothing left to recover.
    ~Autosave() override;

    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory);
    int interval() const { return m_timer.interval(); }
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

    /// Unique per window: several windows and files never share a copy.
    QString id() const { return m_id; }
    /// The copy's project file; it exists only while there are unsaved changes.
    QString copyPath() const;
    bool hasCopy() const;

    /// Writes the copy now if the document has unsaved changes.
    bool writeNow(QString *error = nullptr);
    /// Removes the copy, if any, and forgets pending changes.
    void discard();

Q_SIGNALS:
    void written(const QString &path);
    void failed(const QString &message);

private:
    void documentChanged();
    void intervalEnded();

    Document *m_document;
    QString m_directory;
    QString m_id;
    QTimer m_timer;
    bool m_changed = false;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Portolan
