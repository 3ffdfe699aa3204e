#pragma once

#include "hostpair.h"

#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QSet>

#include <optional>
#include <unordered_map>
#include <vector>

namespace Portolan {

/// The drawn curve of one arrow: a quadratic from the border of one card to
/// the border of another, with a head at the end.
class ArrowCurve
{
public:
    /// Lays the curve from card @p from to card @p to (scene coordinates), each
    /// aimed at through its centre point; its middle lies @p bend to the side
    /// (0: straight). Overlapping cards give an empty curve.
    void setEnds(const QRectF &from, const QPointF &fromCentre, const QRectF &to,
                 const QPointF &toCentre, qreal bend);

    bool isEmpty() const { return m_path.isEmpty(); }
    /// Where the line starts and where the head's tip is.
    QPointF start() const { return m_start; }
    QPointF tip() const { return m_tip; }
    QPointF control() const { return m_control; }
    /// The line without the head, and the head.
    const QPainterPath &path() const { return m_path; }
    const QPolygonF &head() const { return m_head; }
    /// The point at parameter @p fraction (0..1) of the curve; near the same
    /// fraction of its length, and cheap.
    QPointF pointAt(qreal fraction) const;
    /// True if the line passes through one of @p cards (other than its own ends').
    bool crosses(const std::vector<QRectF> &cards, const QRectF &from, const QRectF &to) const;
    /// Line, head and room for the widest pen (the selection halo).
    QRectF boundingRect() const;

private:
    QPainterPath m_path;
    QPolygonF m_head;
    QPointF m_start;
    QPointF m_tip;
    QPointF m_control; ///< of the drawn quadratic from m_start to m_tip
};

/// One host's card (scene coordinates) and the host's position, as arrows and
/// markers need them.
struct HostCard
{
    QRectF rect;
    QPointF position;
};

/// One arrow as the router sees it: what it joins and how big its label and
/// `any` marker are, and where the router put them.
struct RoutedArrow
{
    HostPair pair;
    int family = 0; ///< index into Catalog::families(); orders the arrows of a lane
    /// The label's bounding rectangle in its own coordinates (the plate and a
    /// pixel around it).
    QRectF labelBounds;
    /// For flows from `any`: the marker's plate around the marker's position.
    QRectF markerPlate;

    /// Decided by the router.
    qreal bend = 0;
    ArrowCurve curve;
    QPointF markerOffset; ///< from the destination host's position
    QPointF markerPos;    ///< scene coordinates
    qreal labelFraction = 0.5;
    /// Arrows from `any` may put their label beside the marker (relative to it).
    std::optional<QPointF> labelBesideMarker;

    /// The router's cards of the two hosts, found once per change of the card
    /// set rather than by id in every frame of a drag.
    struct CardCache
    {
        const HostCard *from = nullptr;
        const HostCard *to = nullptr;
        quint64 generation = 0; ///< 0: not looked up yet
    };
    CardCache cards;

    bool isFromAny() const { return pair.source.isEmpty(); }
    /// The marker's plate in scene coordinates (arrows from `any` start on its border).
    QRectF sceneMarkerPlate() const { return markerPlate.translated(markerPos); }
    /// The centre the label would have at @p fraction, or beside the marker.
    QPointF labelCentre(qreal fraction, const std::optional<QPointF> &besideMarker) const;
    /// Where the label's item sits: its bounds centred on the chosen place.
    QPointF labelPos() const;
};

/// Where the canvas's arrows run and where their labels and `any` markers
/// sit: pure geometry over host cards, no items (the scene applies the result
/// to them).
///
/// Arrows between the same two hosts fan out in a lane; lanes bend around
/// other hosts' cards they would pass behind; each `any` marker goes to the
/// side of its host where fewest arrows arrive; labels slide along their arrow
/// to where they cover no card, marker or earlier label. A drag re-lays only
/// the moved host's arrows per frame; the next relayout re-routes the lanes a
/// move may have changed.
class ArrowRouter
{
public:
    /// Sideways distance between arrows of one host pair.
    static constexpr qreal laneGap = 26;
    /// Above this many arrows, labels simply sit mid-arrow.
    static constexpr size_t maxLabelAvoidance = 20000;
    /// Routing tests every arrow against every card: above this many tests, arrows stay straight.
    static constexpr size_t maxRoutingWork = 4'000'000;

    using Card = HostCard;

    /// A host card appeared (no move to re-route for).
    void addCard(const QString &hostId, const Card &card);
    /// A host card moved or changed size: arrows near where it was and is re-route.
    void moveCard(const QString &hostId, const Card &card);
    void removeCard(const QString &hostId);
    const Card *card(const QString &hostId) const;
    size_t cardCount() const { return m_cards.size(); }

    /// Takes a new set of arrows (the caller keeps them alive): arrows between
    /// the same two hosts become lanes, and the next relayout routes them all.
    void setArrows(std::vector<RoutedArrow *> arrows);
    /// Forgets @p arrows (their host goes away); the rest keep their routes.
    void removeArrows(const QSet<const RoutedArrow *> &arrows);
    const std::vector<RoutedArrow *> &arrows() const { return m_arrows; }

    /// Lays @p arrow between its hosts' cards as they are now, with its label
    /// and marker: every frame of a drag, for the moved host's arrows.
    void follow(RoutedArrow &arrow) const;
    /// The full layout, after rebuilds and drops: markers, every arrow's ends,
    /// detours around cards (where affordable) and labels.
    void relayout();

private:
    /// Arrows between the same two hosts, with their sideways offsets (see assignLanes).
    struct Lane
    {
        std::vector<RoutedArrow *> arrows;
        std::vector<qreal> offsets; ///< towards the normal of the lower id's direction
        qreal shift = 0;            ///< the detour around other hosts, added to every offset
    };

    void assignLanes();
    static void setLaneShift(const Lane &lane, qreal shift);
    void routeAroundHosts();
    void placeMarkers();
    void placeLabels();

    /// The cards of @p arrow's hosts (from is nullptr for `any`); nullptr if missing.
    std::pair<const Card *, const Card *> cardsOf(RoutedArrow &arrow) const;

    std::unordered_map<QString, Card> m_cards;
    /// Counts removals of cards: they invalidate the arrows' card caches (an
    /// unordered_map keeps every other element where it is).
    quint64 m_cardGeneration = 1;
    std::vector<RoutedArrow *> m_arrows;
    std::vector<Lane> m_lanes;
    /// Hosts moved or resized since the last relayout: only their lanes re-route
    /// (and lanes that a host now blocks); after new arrows, all do.
    QSet<QString> m_movedHosts;
    /// Where moved hosts' cards were and are: arrows near them may need a new detour.
    std::vector<QRectF> m_movedAreas;
    bool m_routeAll = true;
};

} // namespace Portolan
