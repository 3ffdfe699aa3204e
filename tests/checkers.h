#pragma once

// The vendors' own checkers, for tests that prove a configuration loads:
// a golden file alone does not.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

#include <unistd.h>

namespace Portolan::TestSupport {

/// Runs @p program with @p arguments as root, or else in a user and network
/// namespace of its own (unshare -rn), where nft and the -restore tools get
/// the rights their checks need. The output, with the exit status.
inline QString runChecker(const QString &program, const QStringList &arguments, bool *ok)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0)
        process.start(program, arguments);
    else
        process.start(QStringLiteral("unshare"),
                      QStringList{QStringLiteral("-rn"), program} + arguments);
    if (!process.waitForStarted(10000)) {
        *ok = false;
        return QStringLiteral("cannot run %1 (scripts/setup.sh installs it): %2")
            .arg(program, process.errorString());
    }
    process.waitForFinished(60000);
    *ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return QString::fromLocal8Bit(process.readAll());
}

/// The offline checker of @p file, or nothing where Debian has none.
inline std::optional<std::pair<QString, QStringList>> checkerOf(const QString &file)
{
    if (file.endsWith(QLatin1String(".nft")))
        return std::make_pair(QStringLiteral("nft"),
                              QStringList{QStringLiteral("-c"), QStringLiteral("-f"), file});
    if (file.endsWith(QLatin1String("-ipv4.rules")) || file.endsWith(QLatin1String(".rules.v4")))
        return std::make_pair(QStringLiteral("iptables-legacy-restore"),
                              QStringList{QStringLiteral("--test"), file});
    if (file.endsWith(QLatin1String("-ipv6.rules")) || file.endsWith(QLatin1String(".rules.v6")))
        return std::make_pair(QStringLiteral("ip6tables-legacy-restore"),
                              QStringList{QStringLiteral("--test"), file});
    return std::nullopt;
}

} // namespace Portolan::TestSupport
