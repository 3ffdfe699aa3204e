#include "policytext.h"

#include <QCoreApplication>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::PolicyText", text);
}

bool isLineBreaking(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

} // namespace

QString plainText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    bool space = false;
    for (const char32_t c : text.toUcs4()) {
        if (isLineBreaking(c) || c == u' ') {
            space = !result.isEmpty();
            continue;
        }
        if (space)
            result += u' ';
        space = false;
        result += QString::fromUcs4(&c, 1);
    }
    return result;
}

QByteArray utf8Within(const QString &text, int maxBytes)
{
    const QByteArray all = text.toUtf8();
    if (all.size() <= maxBytes)
        return all;
    const QByteArray ellipsis("...");
    qsizetype cut = std::max<qsizetype>(0, maxBytes - ellipsis.size());
    // Back up over continuation bytes (10xxxxxx) to a character's start.
    while (cut > 0 && (quint8(all.at(cut)) & 0xC0) == 0x80)
        --cut;
    return all.left(cut) + ellipsis;
}

QString identifier(const QString &name, int maxLength, const QString &extra)
{
    QString result;
    bool gap = false;
    for (const QChar c : name) {
        const bool keep = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                          (c >= u'0' && c <= u'9') || c == u'_' || extra.contains(c);
        if (!keep) {
            gap = true;
            continue;
        }
        if (gap && !result.isEmpty())
            result += u'_';
        gap = false;
        result += c;
    }
    if (result.isEmpty() || !((result.at(0) >= u'a' && result.at(0) <= u'z') ||
                              (result.at(0) >= u'A' && result.at(0) <= u'Z')))
        result.prepend(u'x');
    return result.left(maxLength);
}

QString UniqueIdentifiers::take(const QString &name, int maxLength, const QString &extra)
{
    const QString base = identifier(name, maxLength, extra);
    QString candidate = base;
    for (int n = 2; m_taken.contains(candidate.toLower()); ++n) {
        const QString suffix = QStringLiteral("_%1").arg(n);
        candidate = base.left(maxLength - int(suffix.size())) + suffix;
    }
    m_taken.insert(candidate.toLower(), 1);
    return candidate;
}

QString ruleFlowText(const CompiledPolicy &policy, const PolicyRule &rule)
{
    QStringList texts;
    for (const QString &text : policy.flowTexts(rule))
        texts.append(plainText(text));
    return texts.join(QStringLiteral("; "));
}

QByteArray ruleComment(const CompiledPolicy &policy, const PolicyRule &rule, int maxBytes)
{
    const QByteArray full = ruleFlowText(policy, rule).toUtf8();
    if (full.size() <= maxBytes)
        return full;
    QStringList ids;
    for (const QString &text : policy.flowTexts(rule))
        ids.append(plainText(text).section(u' ', 0, 0));
    return utf8Within(ids.join(QStringLiteral(", ")), maxBytes);
}

QStringList policySummary(const CompiledPolicy &policy, const QString &what,
                          const PolicyWriterOptions &options)
{
    QStringList lines;
    lines.append(plainText(what));
    if (!options.title.isEmpty())
        lines.append(tr("Project: %1").arg(plainText(options.title)));
    const PolicyCounts &c = policy.counts;
    lines.append(tr("%1 required flows -> %2 accept rules, %3 address objects, %4 service "
                    "objects; %5 redundant dropped.")
                     .arg(c.requirements)
                     .arg(c.rules)
                     .arg(c.addressObjects)
                     .arg(c.serviceObjects)
                     .arg(c.redundant));
    lines.append(tr("Written by Portolan from the project's port tables; edit the project, not "
                    "this file."));
    return lines;
}

bool isLinuxInterfaceName(const QString &name, QString *why)
{
    const QByteArray bytes = name.toUtf8();
    if (bytes.isEmpty() || bytes.size() > 15) {
        *why = tr("Linux interface names have 1 to 15 bytes");
        return false;
    }
    if (name == QLatin1String(".") || name == QLatin1String("..")) {
        *why = tr("'.' and '..' are not interface names");
        return false;
    }
    for (const QChar c : name) {
        if (c.isSpace() || c == u'"' || c == u'\'' || c == u'/' || c == u'\\' ||
            isLineBreaking(c.unicode())) {
            *why = tr("Linux interface names have no white space, quotes, slashes or control "
                      "characters");
            return false;
        }
    }
    return true;
}

} // namespace Portolan
