#include "windowsfirewall.h"

#include <QCoreApplication>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::WindowsFirewall", text);
}

QString stringList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(powerShellString(item));
    return quoted.join(u',');
}

QStringList prefixes(const AddressObject &object)
{
    QStringList texts;
    for (const Address &a : object.prefixes())
        texts.append(a.toString());
    return texts;
}

QStringList ports(const QList<PortRange> &list)
{
    QStringList texts;
    for (const PortRange &p : list)
        texts.append(p.toString());
    return texts;
}

/// Keeps @p text within @p max characters, at a character boundary.
QString within(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    qsizetype cut = max - 3;
    if (cut > 0 && text.at(cut).isLowSurrogate())
        --cut;
    return text.left(cut) + QStringLiteral("...");
}

} // namespace

QString powerShellString(const QString &text)
{
    QString out = QStringLiteral("'");
    for (const QChar c : plainText(text)) {
        out += c;
        if (c == u'\'' || c == QChar(0x2018) || c == QChar(0x2019) || c == QChar(0x201A) ||
            c == QChar(0x201B))
            out += c;
    }
    out += u'\'';
    return out;
}

QByteArray writeWindowsFirewall(const CompiledPolicy &policy, const QString &host,
                                const PolicyWriterOptions &options, QString *error)
{
    for (const PolicyRule &rule : policy.rules) {
        if (rule.ingress >= 0 || rule.egress >= 0) {
            if (error)
                *error = tr("the policy for %1 names firewall interfaces; a Windows Firewall "
                            "script needs the host's own policy")
                             .arg(plainText(host));
            return QByteArray();
        }
    }
    const QString group =
        plainText(QStringLiteral("Portolan ") +
                  (options.title.isEmpty() ? tr("(untitled project)") : options.title));
    QStringList lines;
    for (const QString &line :
         policySummary(policy, tr("Portolan: Windows Firewall rules for %1.").arg(host), options))
        lines.append(QStringLiteral("# ") + line);
    lines.append(QStringLiteral("# ") +
                 tr("Run it in an elevated PowerShell on the server; -Preview shows what it "
                    "would change."));
    lines.append(QStringLiteral("# ") +
                 tr("It replaces the rules of its group and leaves every other rule alone."));
    lines.append(QStringLiteral("[CmdletBinding()]"));
    lines.append(QStringLiteral("param([switch]$Preview)"));
    lines.append(QStringLiteral("$ErrorActionPreference = 'Stop'"));
    lines.append(QStringLiteral("$group = ") + powerShellString(group));
    lines.append(QStringLiteral("Remove-NetFirewallRule -Group $group -ErrorAction "
                                "SilentlyContinue -WhatIf:$Preview"));
    int number = 0;
    for (const PolicyRule &rule : policy.rules) {
        ++number;
        const ServiceObject &service = policy.services[size_t(rule.service)];
        const AddressObject &source = policy.addresses[size_t(rule.source)];
        const AddressObject &destination = policy.addresses[size_t(rule.destination)];
        const QString flows = ruleFlowText(policy, rule);
        const QString protocol = transportName(service.transport);
        const QString portText =
            service.anyPort() ? tr("any port") : ports(service.ports).join(u',');
        QString command = QStringLiteral("New-NetFirewallRule");
        command += QStringLiteral(" -Name ") +
                   powerShellString(QStringLiteral("%1 %2 %3").arg(group, host).arg(number));
        command += QStringLiteral(" -DisplayName ") +
                   powerShellString(within(
                       QStringLiteral("Portolan %1 %2: %3").arg(protocol, portText, flows), 250));
        command += QStringLiteral(" -Description ") + powerShellString(within(flows, 1000));
        command += QStringLiteral(" -Group $group -Direction Inbound -Protocol ") + protocol;
        command += QStringLiteral(" -LocalPort ") + (service.anyPort()
                                                         ? powerShellString(QStringLiteral("Any"))
                                                         : stringList(ports(service.ports)));
        if (!service.anySourcePort())
            command += QStringLiteral(" -RemotePort ") + stringList(ports(service.sourcePorts));
        command += QStringLiteral(" -RemoteAddress ") +
                   (source.isAll() ? powerShellString(QStringLiteral("Any"))
                                   : stringList(prefixes(source)));
        command += QStringLiteral(" -LocalAddress ") + stringList(prefixes(destination));
        command += QStringLiteral(" -Action Allow -Profile Domain -WhatIf:$Preview");
        lines.append(command);
    }
    QByteArray out("\xEF\xBB\xBF");
    out += lines.join(QStringLiteral("\r\n")).toUtf8();
    out += "\r\n";
    return out;
}

} // namespace Portolan
