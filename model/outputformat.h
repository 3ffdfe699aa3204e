#pragma once

#include "catalog.h"
#include "project.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QIODevice;
class QObject;

namespace Portolan {

class Topology;

/// Everything a format may honour; each reads the fields that concern it.
struct OutputOptions
{
    QString language = QStringLiteral("en"); ///< role names, notes, headers: "en" or "de"
    bool excel = false;                      ///< CSV: UTF-8 BOM and ';' separators
    bool withHeader = false;                 ///< CSV: title and change-request lines first
    int dpi = 300;                           ///< PNG resolution
    QString pageSize = QStringLiteral("A4"); ///< PDF: A4, A3, Letter or Legal
    bool portrait = false;                   ///< PDF: portrait pages (default landscape)
    bool includeHostList = true;             ///< PDF: the host list pages
    /// Firewall names: only the rules on these firewalls, with the firewall's
    /// columns (each firewall's rules in turn); empty: every rule.
    QStringList firewalls;
    /// Host names: a host firewall's output is for one server.
    QStringList hosts;
};

/// The indices of the firewalls named @p names (in that order), or nothing
/// with @p error naming the unknown one and the known ones.
std::optional<std::vector<int>> firewallsNamed(const Project &project, const QStringList &names,
                                               QString *error);

/// A firewall name made safe as a file name ("FW INT/1" gives "FW INT_1").
QString fileSafeName(const QString &name);

/// Told how far a long export got; returning false cancels it (the format
/// then returns false with its error empty, and nothing is written).
using OutputProgress = std::function<bool(qint64 done, qint64 total)>;

/// One export: what to write and how.
struct OutputJob
{
    Topology &topology; ///< the project, its catalog and its derived data
    OutputOptions options;
    OutputProgress progress;
    /// A canvas (TopologyScene) to render instead of building one, so that
    /// the window's export shows what the window shows; may be null.
    QObject *canvas = nullptr;
    /// Told what the export did, for people (the policy's counts); may be empty.
    std::function<void(const QString &)> report;
};

/// A kind of file Portolan writes. Formats register once in the
/// OutputRegistry; the command line and the window's export dialog ask it.
class OutputFormat
{
public:
    virtual ~OutputFormat() = default;

    /// Stable, lower-case: what `--format` takes ("csv").
    virtual QString id() const = 0;
    /// What the format is, for people (`portolan formats`, the export dialog).
    virtual LocalizedText description() const = 0;
    /// File name suffixes without the dot, the usual one first.
    virtual QStringList suffixes() const = 0;
    /// True if writing paints (needs a QGuiApplication, offscreen is enough).
    virtual bool needsPainting() const = 0;
    /// What one file of the format is for.
    enum class Scope {
        Project,  ///< the whole project (OutputOptions::firewalls may narrow it)
        Firewall, ///< one firewall, named in OutputOptions::firewalls
        Host,     ///< one server's host firewall, named in OutputOptions::hosts
    };
    virtual Scope scope() const { return Scope::Project; }
    /// Why this format cannot be written for @p topology, or an empty string.
    virtual QString unavailableReason(const Topology &topology) const;
    /// Writes the output to @p device. False on failure with @p error set,
    /// or with @p error empty if job.progress cancelled it.
    virtual bool write(const OutputJob &job, QIODevice *device, QString *error) const = 0;
};

/// Every output format, by id.
class OutputRegistry
{
public:
    /// The registry of this process; formats are added at start-up
    /// (registerModelOutputs(), and the views' diagram formats).
    static OutputRegistry &instance();

    /// Adds @p format, replacing one with the same id.
    void add(std::unique_ptr<OutputFormat> format);
    const std::vector<std::unique_ptr<OutputFormat>> &formats() const { return m_formats; }
    /// The format with @p id (case-insensitive), or nullptr.
    const OutputFormat *find(const QString &id) const;
    /// The one format whose suffix ends @p fileName, or nullptr (none, or several).
    const OutputFormat *forFileName(const QString &fileName) const;
    /// Ids in registration order.
    QStringList ids() const;

private:
    std::vector<std::unique_ptr<OutputFormat>> m_formats;
};

/// Registers the formats of the model (the CSV rule sheet).
void registerModelOutputs(OutputRegistry &registry);

/// Writes @p job in @p format to @p path all or nothing (writeAtomically()).
bool writeOutput(const OutputFormat &format, const OutputJob &job, const QString &path,
                 QString *error);

} // namespace Portolan
