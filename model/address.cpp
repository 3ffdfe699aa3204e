#include "address.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

#include <algorithm>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::Address", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool isDecimal(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - '0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - 'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - 'A' + 10;
    return -1;
}

/// Dotted-quad IPv4: exactly four decimal fields 0..255 without leading zeros.
bool parseIPv4(QStringView text, quint8 *out, QString *error)
{
    const auto fields = text.split(u'.');
    if (fields.size() != 4)
        return fail(error, tr("an IPv4 address needs four dot-separated numbers, '%1' has %2")
                               .arg(text.toString())
                               .arg(fields.size()));
    for (int i = 0; i < 4; ++i) {
        const QStringView field = fields[i];
        if (field.isEmpty())
            return fail(error, tr("'%1' has an empty field").arg(text.toString()));
        if (!isDecimal(field))
            return fail(
                error,
                tr("'%1' is not a decimal number in '%2'").arg(field.toString(), text.toString()));
        if (field.size() > 1 && field.front() == u'0')
            return fail(error,
                        tr("'%1' has a leading zero in '%2' (it would be read as octal elsewhere)")
                            .arg(field.toString(), text.toString()));
        if (field.size() > 3 || field.toUInt() > 255)
            return fail(
                error,
                tr("'%1' is larger than 255 in '%2'").arg(field.toString(), text.toString()));
        out[i] = quint8(field.toUInt());
    }
    return true;
}

/// Parses the groups of one side of "::" into 16-bit values; an IPv4 tail
/// counts as two groups and is allowed only where @p allowIPv4Tail.
bool parseGroups(QStringView part, QStringView whole, bool allowIPv4Tail, QList<quint16> *groups,
                 QString *error)
{
    if (part.isEmpty())
        return true;
    const auto fields = part.split(u':');
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QStringView field = fields[i];
        if (field.isEmpty())
            return fail(error, tr("'%1' has an empty group (a single ':' where '::' or a group "
                                  "belongs)")
                                   .arg(whole.toString()));
        if (field.contains(u'.')) {
            if (!allowIPv4Tail || i != fields.size() - 1)
                return fail(
                    error,
                    tr("'%1' has an IPv4 part that is not at its end").arg(whole.toString()));
            quint8 v4[4];
            QString why;
            if (!parseIPv4(field, v4, &why))
                return fail(error,
                            tr("the IPv4 part of '%1' is invalid: %2").arg(whole.toString(), why));
            groups->append(quint16(v4[0] << 8 | v4[1]));
            groups->append(quint16(v4[2] << 8 | v4[3]));
            continue;
        }
        if (field.size() > 4)
            return fail(error, tr("the group '%1' in '%2' has more than four hex digits")
                                   .arg(field.toString(), whole.toString()));
        quint16 value = 0;
        for (QChar c : field) {
            const int digit = hexValue(c);
            if (digit < 0)
                return fail(error, tr("'%1' contains '%2', which is not allowed in an IPv6 "
                                      "address")
                                       .arg(whole.toString(), QString(c)));
            value = quint16(value << 4 | digit);
        }
        groups->append(value);
    }
    return true;
}

bool parseIPv6(QStringView text, quint8 *out, QString *error)
{
    if (text.contains(u'%'))
        return fail(error, tr("'%1' has a zone id; zone ids are local to one machine and cannot "
                              "be used in firewall rules")
                               .arg(text.toString()));
    if (text.contains(QStringView(u":::")))
        return fail(error, tr("'%1' has three colons in a row").arg(text.toString()));
    const qsizetype gap = text.indexOf(QStringView(u"::"));
    if (gap >= 0 && text.indexOf(QStringView(u"::"), gap + 1) >= 0)
        return fail(error, tr("'%1' uses '::' more than once").arg(text.toString()));
    QList<quint16> head;
    QList<quint16> tail;
    if (gap < 0) {
        if (!parseGroups(text, text, true, &head, error))
            return false;
        if (head.size() != 8)
            return fail(error, tr("'%1' has %2 groups; an IPv6 address has 8 (or uses '::')")
                                   .arg(text.toString())
                                   .arg(head.size()));
    } else {
        const QStringView before = text.left(gap);
        const QStringView after = text.mid(gap + 2);
        if (!parseGroups(before, text, false, &head, error) ||
            !parseGroups(after, text, true, &tail, error))
            return false;
        if (head.size() + tail.size() > 7)
            return fail(
                error,
                tr("'%1' has too many groups for '::' to stand for any").arg(text.toString()));
        while (head.size() + tail.size() < 8)
            head.append(0);
        head += tail;
    }
    for (int i = 0; i < 8; ++i) {
        out[2 * i] = quint8(head[i] >> 8);
        out[2 * i + 1] = quint8(head[i] & 0xFF);
    }
    return true;
}

} // namespace

std::optional<Address> Address::parse(const QString &text, QString *error)
{
    if (text.isEmpty()) {
        fail(error, tr("the address is empty"));
        return std::nullopt;
    }
    if (text.trimmed() != text) {
        fail(error, tr("'%1' has white space around it").arg(text));
        return std::nullopt;
    }
    // What people paste instead of one address: a list, or a DNS name.
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    if (text.contains(separators)) {
        const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
        const bool allAddresses =
            parts.size() > 1 && std::all_of(parts.begin(), parts.end(), [](const QString &part) {
                return Address::parse(part).has_value();
            });
        if (allAddresses) {
            fail(error, tr("'%1' holds %2 addresses; give one address at a time")
                            .arg(text)
                            .arg(parts.size()));
            return std::nullopt;
        }
    }
    static const QRegularExpression hostName(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-"
                       "z0-9])?)*\\.?$"));
    static const QRegularExpression numericLabel(QStringLiteral("^([0-9]+|0[xX][0-9A-Fa-f]*)$"));
    if (hostName.match(text).hasMatch()) {
        const QStringList labels = text.split(u'.', Qt::SkipEmptyParts);
        const bool numeric = std::all_of(labels.begin(), labels.end(), [](const QString &label) {
            return numericLabel.match(label).hasMatch();
        });
        if (!numeric) {
            fail(error, tr("'%1' is a host name, not an address; give its IP address (for "
                           "example from 'nslookup %1')")
                            .arg(text));
            return std::nullopt;
        }
    }

    QStringView view(text);
    QStringView prefixText;
    const qsizetype slash = view.indexOf(u'/');
    if (slash >= 0) {
        prefixText = view.mid(slash + 1);
        view = view.left(slash);
        if (view.isEmpty()) {
            fail(error, tr("'%1' has no address before the prefix length").arg(text));
            return std::nullopt;
        }
        if (!isDecimal(prefixText)) {
            fail(error, tr("the prefix length '%1' in '%2' is not a decimal number")
                            .arg(prefixText.toString(), text));
            return std::nullopt;
        }
        if (prefixText.size() > 1 && prefixText.front() == u'0') {
            fail(error, tr("the prefix length '%1' in '%2' has a leading zero")
                            .arg(prefixText.toString(), text));
            return std::nullopt;
        }
    }

    Address result;
    if (view.contains(u':')) {
        if (!parseIPv6(view, result.m_bytes.data(), error))
            return std::nullopt;
        result.m_family = Family::IPv6;
    } else {
        if (!parseIPv4(view, result.m_bytes.data(), error))
            return std::nullopt;
        result.m_family = Family::IPv4;
    }

    if (slash >= 0) {
        const int bits = result.familyBits();
        if (prefixText.size() > 3 || prefixText.toInt() > bits) {
            fail(error,
                 tr("the prefix length /%1 in '%2' is longer than the %3 bits of an %4 "
                    "address")
                     .arg(prefixText.toString(), text)
                     .arg(bits)
                     .arg(result.isIPv4() ? QStringLiteral("IPv4") : QStringLiteral("IPv6")));
            return std::nullopt;
        }
        result.m_prefixLength = prefixText.toInt();
        Address network = result;
        for (int bit = result.m_prefixLength; bit < bits; ++bit)
            network.m_bytes[size_t(bit / 8)] &= quint8(~(0x80u >> (bit % 8)));
        if (network.m_bytes != result.m_bytes) {
            fail(error,
                 tr("'%1' has host bits set; the network is %2").arg(text, network.toString()));
            return std::nullopt;
        }
    }
    return result;
}

Address Address::network(int length) const
{
    Q_ASSERT(length >= 0 && length <= familyBits());
    return fromBytes(m_family, m_bytes, length);
}

Address Address::fromBytes(Family family, const std::array<quint8, 16> &bytes, int prefixLength)
{
    Address address;
    address.m_family = family;
    const int bits = family == Family::IPv4 ? 32 : 128;
    address.m_prefixLength = std::clamp(prefixLength, -1, bits);
    const int kept = address.m_prefixLength < 0 ? bits : address.m_prefixLength;
    for (int i = 0; i < bits / 8; ++i) {
        const int keep = std::clamp(kept - 8 * i, 0, 8);
        address.m_bytes[size_t(i)] = quint8(bytes[size_t(i)] & (0xFF00 >> keep));
    }
    return address;
}

QString Address::toString() const
{
    QString text;
    if (isIPv4()) {
        text = QStringLiteral("%1.%2.%3.%4")
                   .arg(m_bytes[0])
                   .arg(m_bytes[1])
                   .arg(m_bytes[2])
                   .arg(m_bytes[3]);
    } else {
        // RFC 5952: lower case, no leading zeros, the longest run (of two or
        // more) of zero groups as "::", the first such run on a tie.
        quint16 groups[8];
        for (int i = 0; i < 8; ++i)
            groups[i] = quint16(m_bytes[size_t(2 * i)] << 8 | m_bytes[size_t(2 * i + 1)]);
        const bool mapped = groups[0] == 0 && groups[1] == 0 && groups[2] == 0 && groups[3] == 0 &&
                            groups[4] == 0 && groups[5] == 0xFFFF;
        const int count = mapped ? 6 : 8;
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < count;) {
            if (groups[i] != 0) {
                ++i;
                continue;
            }
            int j = i;
            while (j < count && groups[j] == 0)
                ++j;
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        for (int i = 0; i < count; ++i) {
            if (i == bestStart) {
                text += QStringLiteral("::");
                i += bestLength - 1;
                continue;
            }
            if (!text.isEmpty() && !text.endsWith(u':'))
                text += u':';
            text += QString::number(groups[i], 16);
        }
        if (mapped) {
            if (!text.endsWith(u':'))
                text += u':';
            text += QStringLiteral("%1.%2.%3.%4")
                        .arg(m_bytes[12])
                        .arg(m_bytes[13])
                        .arg(m_bytes[14])
                        .arg(m_bytes[15]);
        }
    }
    if (m_prefixLength >= 0) {
        text += u'/';
        text += QString::number(m_prefixLength);
    }
    return text;
}

} // namespace Portolan
