#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Portolan {

/// A text in the languages a catalog ships (English is required, German optional).
struct LocalizedText
{
    QString en;
    QString de;
    /// The text in @p language ("en" or "de"), falling back to English.
    const QString &text(const QString &language) const
    {
        return (language == QLatin1String("de") && !de.isEmpty()) ? de : en;
    }
};

/// A server role, or the pseudo-role `any` (a source address, never a host).
struct Role
{
    enum class AddressKind { Host, Network };

    QString id;
    LocalizedText name;
    /// Prefix of default host names (`DIR` gives `DIR-01`).
    QString namePrefix;
    /// The words the source document uses for this role.
    QString seedWording;
    AddressKind addressKind = AddressKind::Host;
    bool pseudo = false;
};

/// A family of flows drawn alike (web, SIP, logging).
struct FlowFamily
{
    QString id;
    LocalizedText name;
};

/// One required port flow of the source document.
struct Flow
{
    QString id;
    QList<int> sourceRoles;      ///< indices into Catalog::roles()
    QList<int> destinationRoles; ///< indices into Catalog::roles()
    QString transport;           ///< "TCP" or "UDP"
    int portFirst = 0;
    int portLast = 0; ///< equal to portFirst unless the flow is a port range
    QString protocol; ///< application protocol as the source writes it ("SIP/MTLS")
    int family = 0;   ///< index into Catalog::families()
    LocalizedText note;
    int seedRow = 0; ///< table row in the source, 0 for the introduction

    /// "8080" or "50001-50003".
    QString portText() const;
    /// "table row 3" or "introduction", in @p language.
    QString seedReference(const QString &language) const;
};

/// A product's port catalog: roles, flow families and flows, loaded from JSON data.
///
/// Catalogs are data, compiled in as resources under `:/catalogs/<id>.json`.
/// Loading validates them as strictly as any project file.
class Catalog
{
public:
    /// Parses catalog JSON. @p origin names the data in error messages.
    static std::shared_ptr<const Catalog> fromJson(const QByteArray &json, const QString &origin,
                                                   QString *error);
    /// Loads a built-in catalog by id; nullptr with @p error set if unknown or invalid.
    static std::shared_ptr<const Catalog> load(const QString &id, QString *error = nullptr);
    /// Ids of the built-in catalogs, sorted.
    static QStringList availableIds();

    const QString &id() const { return m_id; }
    const LocalizedText &name() const { return m_name; }
    /// Short reference to the source document, e.g. "JJ204648".
    const QString &sourceDocument() const { return m_sourceDocument; }
    const QString &sourceTitle() const { return m_sourceTitle; }
    const QString &sourceUrl() const { return m_sourceUrl; }

    const QList<Role> &roles() const { return m_roles; }
    const QList<FlowFamily> &families() const { return m_families; }
    const QList<Flow> &flows() const { return m_flows; }

    /// Where flow @p flow comes from, as rule sheets cite it: "JJ204648, table row 3".
    QString flowReference(int flow, const QString &language) const;

    /// Index of the role with @p id, or -1.
    int roleIndex(const QString &id) const;
    /// Index of the pseudo-role `any`, or -1 if the catalog has none.
    int anyRole() const { return m_anyRole; }
    /// Roles that hosts may have, in catalog order (all but pseudo-roles).
    QList<int> hostRoles() const;

private:
    QString m_id;
    LocalizedText m_name;
    QString m_sourceDocument;
    QString m_sourceTitle;
    QString m_sourceUrl;
    QList<Role> m_roles;
    QList<FlowFamily> m_families;
    QList<Flow> m_flows;
    int m_anyRole = -1;
};

} // namespace Portolan
