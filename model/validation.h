#pragma once

#include "address.h"
#include "catalog.h"

#include <QString>

#include <optional>

namespace Portolan {

/// The checks every way into a project shares: the file loader, the
/// inspector, the properties dialog, paste, and import. Each answers with
/// the predicate of one message ("contains a control character"), which the
/// caller puts after its own subject ("field 'name' …", "The name …"), so the
/// same mistake reads the same wherever it is made.
namespace Validation {

/// What a text is, and so how long it may be and whether it may break lines.
enum class TextKind {
    Id,   ///< stable ids: one line, at most Limits::maxIdLength
    Name, ///< names and one-line details: one line, at most Limits::maxNameLength
    Text, ///< descriptions, justifications: line breaks and tabs, at most Limits::maxTextLength
};

/// The most characters a text of @p kind may have.
int maxLength(TextKind kind);

/// Why @p text cannot be a text of @p kind, or an empty string.
QString checkText(const QString &text, TextKind kind);

/// Why @p name cannot name a host, zone or firewall (empty, too long,
/// control characters), or an empty string. Surrounding spaces are the
/// caller's to trim.
QString checkName(const QString &name);

/// Parses @p text as an address for a host of @p role (null: any role):
/// strictly (Address::parse), and refusing a network on a role that needs
/// host addresses. On failure sets @p error.
std::optional<Address> parseHostAddress(const QString &text, const Role *role, QString *error);

/// Parses @p text as a zone network: a CIDR prefix without host bits. On
/// failure sets @p error.
std::optional<Address> parseNetwork(const QString &text, QString *error);

} // namespace Validation

} // namespace Portolan
