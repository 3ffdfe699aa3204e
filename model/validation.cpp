#include "validation.h"

#include "findings.h"
#include "project.h"

#include <QCoreApplication>

namespace Portolan::Validation {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::Validation", text);
}

} // namespace

int maxLength(TextKind kind)
{
    switch (kind) {
    case TextKind::Id:
        return Limits::maxIdLength;
    case TextKind::Name:
        return Limits::maxNameLength;
    case TextKind::Text:
        return Limits::maxTextLength;
    }
    return 0;
}

QString checkText(const QString &text, TextKind kind)
{
    if (text.size() > maxLength(kind))
        return tr("is %1 characters long; at most %2 are allowed")
            .arg(text.size())
            .arg(maxLength(kind));
    // The loader refuses them: a saved file must never hold one.
    if (containsControlCharacter(text, kind == TextKind::Text))
        return tr("contains a control character");
    return {};
}

QString checkName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("is empty");
    return checkText(name, TextKind::Name);
}

std::optional<Address> parseHostAddress(const QString &text, const Role *role, QString *error)
{
    QString why;
    std::optional<Address> address = Address::parse(text, &why);
    if (!address) {
        *error = why;
        return std::nullopt;
    }
    if (role) {
        why = addressMismatch(*role, *address);
        if (!why.isEmpty()) {
            *error = why;
            return std::nullopt;
        }
    }
    return address;
}

std::optional<Address> parseNetwork(const QString &text, QString *error)
{
    QString why;
    std::optional<Address> address = Address::parse(text, &why);
    if (!address) {
        *error = why;
        return std::nullopt;
    }
    if (!address->isNetwork()) {
        *error = tr("%1 is a host address, not a network; write %1/%2 for this address alone")
                     .arg(address->toString())
                     .arg(address->familyBits());
        return std::nullopt;
    }
    return address;
}

} // namespace Portolan::Validation
