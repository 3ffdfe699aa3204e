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
    bool isEmpty() const { return en.isEmpty() && de.isEmpty(); }
    friend bool operator==(const LocalizedText &a, const LocalizedText &b)
    {
        return a.en == b.en && a.de == b.de;
    }
    friend bool operator!=(const LocalizedText &a, const LocalizedText &b) { return !(a == b); }
};

/// A server role, or the pseudo-role `any` (a source address, never a host).
///
/// Roles are shared across catalogs by id: the Edge internal interface of a
/// Director table and of an Edge table is one role, defined alike in both.
struct Role
{
    enum class AddressKind { Host, Network };

    QString id;
    LocalizedText name;
    /// Prefix of default host names (`DIR` gives `DIR-01`).
    QString namePrefix;
    /// The words the source document uses for this role (may differ between catalogs).
    QString seedWording;
    AddressKind addressKind = AddressKind::Host;
    bool pseudo = false;
    /// The SVG drawn for hosts of this role: a resource path (":/icons/roles/director.svg")
    /// or, for a catalog of the admin's own, an absolute file path. Empty for pseudo-roles.
    QString icon;
    /// The canvas column of arrangeByRole(), left to right; -1: a column of its own
    /// after the numbered ones.
    int column = -1;

    /// The first field in which @p other defines the same id differently ("name",
    /// "prefix", ...), or an empty string. The seed wording may differ.
    QString differenceTo(const Role &other) const;
};

/// A family of flows drawn alike (web, SIP, logging).
struct FlowFamily
{
    QString id;
    LocalizedText name;
};

/// A named option of a deployment (XMPP federation, public IM connectivity):
/// the flows under it yield rules only in projects that enable it.
struct Feature
{
    QString id;
    LocalizedText name;
    /// Why a project with this catalog cannot enable the feature (XMPP in Skype
    /// for Business Server 2019); empty when it can.
    LocalizedText unsupported;
    /// The catalog that does not support it (set where unsupported is).
    QString unsupportedBy;

    bool isSupported() const { return unsupported.isEmpty(); }
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
    /// The source port or range a firewall must match; both 0 for any source port.
    int sourcePortFirst = 0;
    int sourcePortLast = 0;
    QString protocol; ///< application protocol as the source writes it ("SIP/MTLS")
    int family = 0;   ///< index into Catalog::families()
    /// Index into Catalog::features(): the flow yields rules only where the
    /// project enables that feature; -1 for a flow that is always on.
    int feature = -1;
    LocalizedText note;
    /// Where Microsoft's pages contradict each other: what the other page says.
    LocalizedText caution;
    /// The page the flow comes from ("JJ204648"), as rule sheets cite it.
    QString document;
    /// The table on a page with several tables (1-based, in the page's order);
    /// 0 on a page with a single table and for the introduction.
    int seedTable = 0;
    int seedRow = 0; ///< table row in the source, 0 for the introduction
    /// The page's own words for the source and the destination, where the
    /// catalog names roles for them ("Any" becoming "DNS server"); may be empty.
    QString seedFrom;
    QString seedTo;

    /// "8080" or "50001-50003".
    QString portText() const;
    bool hasSourcePort() const { return sourcePortFirst != 0; }
    /// "3478", "50000-59999", or empty for any source port.
    QString sourcePortText() const;
    /// "table row 3", "table 2, row 5" or "introduction", in @p language.
    QString seedReference(const QString &language) const;
};

/// Limits that keep a hostile catalog file (the admin's own folder is
/// writable by the user) from exhausting memory or garbling a terminal.
namespace CatalogLimits {
constexpr qint64 maxFileBytes = 2 * 1024 * 1024;
constexpr int maxRoles = 256;
constexpr int maxFamilies = 64;
constexpr int maxFeatures = 64;
constexpr int maxFlows = 4096;
constexpr int maxTables = 64;
constexpr int maxTableRows = 1000;
constexpr int maxColumn = 99;
constexpr int maxIdLength = 64;
constexpr int maxPrefixLength = 32;
constexpr int maxNameLength = 256;
constexpr int maxTextLength = 4096;
} // namespace CatalogLimits

/// A product's port catalog: roles, flow families, features and flows, loaded
/// from JSON data (docs/catalog-format.md).
///
/// Built-in catalogs are compiled in as resources under `:/catalogs/<id>.json`;
/// the admin's own load from files (see CatalogRegistry). Both are validated
/// alike. A project using several catalogs works on one composed catalog.
class Catalog
{
public:
    /// Parses catalog JSON. @p origin names the data in error messages. A file
    /// of the admin's own passes its @p folder, against which relative icon
    /// file names resolve; built-in catalogs pass none and may name resources only.
    static std::shared_ptr<const Catalog> fromJson(const QByteArray &json, const QString &origin,
                                                   QString *error,
                                                   const QString &folder = QString());
    /// A catalog by id, built-in or the admin's own (CatalogRegistry::instance());
    /// nullptr with @p error set if unknown.
    static std::shared_ptr<const Catalog> load(const QString &id, QString *error = nullptr);
    /// Ids of every usable catalog, sorted.
    static QStringList availableIds();

    /// One catalog holding @p parts: roles, families and features unioned by
    /// id in order of first appearance, flows concatenated (each keeps its own
    /// page reference). One part is returned as it is. Fails, naming both
    /// catalogs, where two define a role, family or feature differently or
    /// share a flow id.
    static std::shared_ptr<const Catalog>
    compose(const QList<std::shared_ptr<const Catalog>> &parts, QString *error);

    /// For a composed catalog, its parts' ids joined by '+'.
    const QString &id() const { return m_id; }
    const LocalizedText &name() const { return m_name; }
    /// The product and version ("Lync Server 2013", "Skype for Business Server 2019").
    const QString &product() const { return m_product; }
    /// Short reference to the source document, e.g. "JJ204648".
    const QString &sourceDocument() const { return m_sourceDocument; }
    const QString &sourceTitle() const { return m_sourceTitle; }
    const QString &sourceUrl() const { return m_sourceUrl; }
    /// Rows of each table of the source page, in the page's order (may be empty).
    const QList<int> &sourceTables() const { return m_sourceTables; }

    const QList<Role> &roles() const { return m_roles; }
    const QList<FlowFamily> &families() const { return m_families; }
    const QList<Feature> &features() const { return m_features; }
    const QList<Flow> &flows() const { return m_flows; }

    /// The catalogs this one was composed of, in the project's order; a catalog
    /// read from one file is its own only part. Valid while this catalog lives.
    QList<const Catalog *> parts() const;

    /// Where flow @p flow comes from, as rule sheets cite it: "JJ204648, table row 3",
    /// "JJ204756, table 2, row 5".
    QString flowReference(int flow, const QString &language) const;

    /// Index of the role with @p id, or -1.
    int roleIndex(const QString &id) const;
    /// Index of the feature with @p id, or -1.
    int featureIndex(const QString &id) const;
    /// Index of the pseudo-role `any`, or -1 if the catalog has none.
    int anyRole() const { return m_anyRole; }
    /// Roles that hosts may have, in catalog order (all but pseudo-roles).
    QList<int> hostRoles() const;

private:
    QString m_id;
    LocalizedText m_name;
    QString m_product;
    QString m_sourceDocument;
    QString m_sourceTitle;
    QString m_sourceUrl;
    QList<int> m_sourceTables;
    QList<Role> m_roles;
    QList<FlowFamily> m_families;
    QList<Feature> m_features;
    QList<Flow> m_flows;
    QList<std::shared_ptr<const Catalog>> m_parts;
    int m_anyRole = -1;
};

} // namespace Portolan
