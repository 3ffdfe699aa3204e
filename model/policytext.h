#pragma once

#include "policy.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Portolan {

/// What every vendor writer takes beside the compiled policy.
struct PolicyWriterOptions
{
    /// The project's title: in header comments, and the Windows Firewall
    /// rule group ("Portolan <title>").
    QString title;
    /// Drop forwarded traffic that no rule accepts (nftables: the chain's
    /// policy; iptables: a last DROP in Portolan's chain). Off: the file only
    /// accepts, and other chains decide about the rest. Cisco ASA access lists
    /// always end in an implicit deny; Windows Firewall blocks unlisted
    /// inbound traffic by its own default.
    bool dropOthers = true;
};

/// Text safe on one line of any configuration file: control characters
/// (C0, DEL, C1, and the Unicode line and paragraph separators) become
/// spaces, runs of spaces one, and the ends are trimmed.
QString plainText(const QString &text);

/// @p text cut to at most @p maxBytes bytes of UTF-8, at a character
/// boundary, with "..." at the end when something was cut.
QByteArray utf8Within(const QString &text, int maxBytes);

/// @p name as an identifier: ASCII letters, digits and @p extra characters
/// kept, anything else (and runs of it) one '_', a letter in front when
/// it does not start with one, at most @p maxLength characters.
QString identifier(const QString &name, int maxLength, const QString &extra = QString());

/// Hands out identifiers once: a second "a" becomes "a_2" (still within
/// the length given to take()).
class UniqueIdentifiers
{
public:
    QString take(const QString &name, int maxLength, const QString &extra = QString());

private:
    QHash<QString, int> m_taken;
};

/// The flows of @p rule in words: "a JJ204648, table row 1; b JJ204648, table row 2".
QString ruleFlowText(const CompiledPolicy &policy, const PolicyRule &rule);

/// The same within @p maxBytes of UTF-8: the full text when it fits, else
/// the flows' ids alone (each comment's first word: "a, b"), else those cut.
QByteArray ruleComment(const CompiledPolicy &policy, const PolicyRule &rule, int maxBytes);

/// The first lines of every output: what it is, for whom, and the counts.
QStringList policySummary(const CompiledPolicy &policy, const QString &what,
                          const PolicyWriterOptions &options);

/// Whether @p name can be a Linux interface name for iifname/oifname or
/// -i/-o: 1 to 15 bytes, no white space, quotes, '/' or control
/// characters, not "." or "..". Otherwise false with @p why set.
bool isLinuxInterfaceName(const QString &name, QString *why);

} // namespace Portolan
