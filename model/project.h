#pragma once

#include "address.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Portolan {

/// One machine (or, for client networks, one network) placed on the canvas.
struct Host
{
    QString id; ///< stable, unique within a project; never shown as a name
    QString name;
    QString role; ///< a role id of the project's catalog
    QList<Address> addresses;
    QPointF position;
    QString description;
    QJsonObject extra; ///< keys this version does not know, written back on save

    friend bool operator==(const Host &a, const Host &b)
    {
        return a.id == b.id && a.name == b.name && a.role == b.role && a.addresses == b.addresses &&
               a.position == b.position && a.description == b.description && a.extra == b.extra;
    }
};

/// A group of networks with one security level: what firewalls stand between.
///
/// Membership follows addresses: a host address belongs to the zone with the
/// longest network that contains it (see ZoneMap); the rectangle is only where
/// the canvas draws the zone.
struct Zone
{
    enum class Kind { Internal, Perimeter, External };

    QString id; ///< stable, unique within a project
    QString name;
    Kind kind = Kind::Internal;
    QList<Address> networks; ///< CIDR prefixes (isNetwork()), IPv4 and IPv6
    QString description;
    QRectF rect; ///< canvas geometry; empty means "not placed yet"
    QJsonObject extra;

    friend bool operator==(const Zone &a, const Zone &b)
    {
        return a.id == b.id && a.name == b.name && a.kind == b.kind && a.networks == b.networks &&
               a.description == b.description && a.rect == b.rect && a.extra == b.extra;
    }
};

/// "internal", "perimeter" or "external", as files spell them.
QString zoneKindId(Zone::Kind kind);
/// The kind spelled @p id, or nothing.
std::optional<Zone::Kind> zoneKindFromId(const QString &id);

/// Where a firewall meets a zone, under the name vendor outputs use (`inside`, `eth1`).
struct FirewallInterface
{
    QString zone; ///< a Zone::id
    QString name;
    QJsonObject extra;

    friend bool operator==(const FirewallInterface &a, const FirewallInterface &b)
    {
        return a.zone == b.zone && a.name == b.name && a.extra == b.extra;
    }
};

/// A firewall joining two or more zones: traffic between any two of them crosses it.
struct Firewall
{
    QString id; ///< stable, unique within a project
    QString name;
    QPointF position;
    QString description;
    QList<FirewallInterface> interfaces;
    QJsonObject extra;

    friend bool operator==(const Firewall &a, const Firewall &b)
    {
        return a.id == b.id && a.name == b.name && a.position == b.position &&
               a.description == b.description && a.interfaces == b.interfaces && a.extra == b.extra;
    }
};

/// The change-request details printed on title blocks and CSV headers.
struct ChangeRequest
{
    QString number;
    QString requester;
    QString author;
    QString date; ///< as the user writes it; ISO 8601 is suggested
    QString revision;
    QString justification;
    QJsonObject extra;

    bool isEmpty() const
    {
        return number.isEmpty() && requester.isEmpty() && author.isEmpty() && date.isEmpty() &&
               revision.isEmpty() && justification.isEmpty();
    }
    friend bool operator==(const ChangeRequest &a, const ChangeRequest &b)
    {
        return a.number == b.number && a.requester == b.requester && a.author == b.author &&
               a.date == b.date && a.revision == b.revision && a.justification == b.justification &&
               a.extra == b.extra;
    }
};

/// The content of one project file: a topology of hosts for one catalog.
///
/// A plain value: the command line and the tests work on it directly, the
/// window wraps it in a Topology that signals changes.
struct Project
{
    QString catalogId;
    QString title;
    ChangeRequest changeRequest;
    std::vector<Host> hosts;
    std::vector<Zone> zones;
    std::vector<Firewall> firewalls;
    /// The zones a flow from `any` comes from; unset: every zone that is not external.
    std::optional<QStringList> anyZones;
    QJsonObject extra; ///< unknown top-level keys, written back on save

    /// Index of the host with @p id, or -1. Linear; Topology keeps an index.
    int indexOf(const QString &id) const;
    /// Index of the zone with @p id, or -1 (linear).
    int zoneIndex(const QString &id) const;
    /// Index of the firewall with @p id, or -1 (linear).
    int firewallIndex(const QString &id) const;

    friend bool operator==(const Project &a, const Project &b)
    {
        return a.catalogId == b.catalogId && a.title == b.title &&
               a.changeRequest == b.changeRequest && a.hosts == b.hosts && a.zones == b.zones &&
               a.firewalls == b.firewalls && a.anyZones == b.anyZones && a.extra == b.extra;
    }
};

/// Limits that keep hostile files from exhausting memory; generous for real sites.
namespace Limits {
constexpr qint64 maxFileBytes = 256 * 1024 * 1024;
constexpr int maxHosts = 50000;
constexpr int maxZones = 1000;
constexpr int maxNetworksPerZone = 4096;
constexpr int maxFirewalls = 1000;
constexpr int maxInterfacesPerFirewall = 64;
constexpr int maxAddressesPerHost = 256;
constexpr int maxIdLength = 128;
constexpr int maxNameLength = 256;
constexpr int maxTextLength = 16384;
constexpr double maxCoordinate = 1e7;
} // namespace Limits

/// Whether @p text holds a control character (C0, DEL or C1). Names never may;
/// multi-line texts may hold line breaks and tabs (@p allowLineBreaks). The
/// loader refuses such files, so the editors refuse such text too.
bool containsControlCharacter(const QString &text, bool allowLineBreaks);

} // namespace Portolan
