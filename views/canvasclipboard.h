#pragma once

#include "project.h"

#include <QCoreApplication>
#include <QObject>

#include <vector>

namespace Portolan {

class TopologyScene;

/// MIME type of copied hosts: a JSON array of host objects as in project files.
inline constexpr char hostsMimeType[] = "application/x-portolan-hosts";

/// Copy, paste and duplicate of the canvas's selected hosts (Edit menu).
///
/// The clipboard holds hosts exactly as project files write them, so they
/// paste into another window, and anything pasted is validated as strictly as
/// a project file. Copies get fresh ids, free names (`LYNC-FE-03` gives
/// `LYNC-FE-04`) and land beside the originals; one paste or duplicate is one
/// undo step, and the copies end up selected.
class CanvasClipboard : public QObject
{
    Q_OBJECT

public:
    explicit CanvasClipboard(TopologyScene *scene, QObject *parent = nullptr);
    ~CanvasClipboard() override;

    /// Puts the selected hosts on the system clipboard.
    void copySelection() const;
    /// Adds the hosts on the clipboard (of roles this catalog has), selected.
    void paste();
    /// Adds copies of the selected hosts beside them, selected.
    void duplicateSelection();
    /// Whether the system clipboard holds hosts (Edit ▸ Paste is enabled).
    static bool holdsHosts();

private:
    /// New hosts from @p sources: fresh ids, free names, moved by a multiple
    /// of the paste offset that puts none of them on an existing host's position.
    QList<Host> copiesOf(std::vector<Host> sources) const;
    void addCopies(const QList<Host> &copies, const QString &text);

    TopologyScene *m_scene;
};

} // namespace Portolan
