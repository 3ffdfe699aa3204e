#include "flowarrows.h"

#include "anymarkeritem.h"
#include "arrowitem.h"
#include "arrowlabelitem.h"
#include "arrowlayeritem.h"
#include "hostitem.h"
#include "rules.h"
#include "topology.h"

#include <QGraphicsScene>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Portolan {

namespace {

ArrowRouter::Card cardOf(const HostItem *item)
{
    return {item->sceneCardRect(), item->pos()};
}

QString hostName(const Topology &topology, const QString &id)
{
    if (id.isEmpty())
        return FlowArrows::tr("Any");
    const Host *host = topology.hostById(id);
    return host ? host->name : id;
}

/// The tool tip's lines below the host names: family, flows and notes.
QString flowToolTip(const Catalog &c, int family, const QList<int> &flows, const QString &language)
{
    QStringList lines;
    lines << QStringLiteral("<i>%1</i>")
                 .arg(c.families()[family].name.text(language).toHtmlEscaped());
    QStringList notes;
    for (int f : flows) {
        const Flow &flow = c.flows()[f];
        lines << FlowArrows::tr("%1: %2 %3")
                     .arg(flow.protocol, flow.transport, flow.portText())
                     .toHtmlEscaped();
        const QString note = flow.note.text(language);
        if (!note.isEmpty() && !notes.contains(note))
            notes << note;
    }
    for (const QString &note : std::as_const(notes))
        lines
            << QStringLiteral("<span style=\"color:#4a5563\">%1</span>").arg(note.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

FlowArrows::FlowArrows(QGraphicsScene *scene)
    : m_scene(scene)
    , m_layer(new ArrowLayerItem(&m_arrows))
{
    m_scene->addItem(m_layer);
}

FlowArrows::~FlowArrows() = default;

void FlowArrows::addCard(const HostItem *host)
{
    m_router.addCard(host->hostId(), cardOf(host));
}

void FlowArrows::moveCard(const HostItem *host)
{
    m_router.moveCard(host->hostId(), cardOf(host));
    follow(host->hostId());
}

void FlowArrows::removeCard(const QString &hostId)
{
    m_router.removeCard(hostId);
}

const FlowArrows::FlowTexts &FlowArrows::textsOf(const Catalog &catalog, int family,
                                                 const QList<int> &flows, const QString &language)
{
    const auto found = m_flowTexts.constFind(flows);
    if (found != m_flowTexts.constEnd())
        return *found;
    return *m_flowTexts.insert(
        flows, {portLabel(catalog, flows), flowToolTip(catalog, family, flows, language)});
}

void FlowArrows::add(const Topology &topology, const Connection &connection,
                     const QString &language)
{
    const Catalog &c = topology.catalog();
    QMap<int, QList<int>> byFamily;
    for (int f : connection.flows)
        byFamily[c.flows()[f].family].append(f);
    const HostPair pair{connection.source < 0 ? QString() : topology.host(connection.source).id,
                        topology.host(connection.destination).id};
    for (auto it = byFamily.begin(); it != byFamily.end(); ++it) {
        const FlowTexts &texts = textsOf(c, it.key(), it.value(), language);
        auto *arrow = new ArrowItem(pair, it.key(), it.value(), texts.label);
        arrow->setLayer(m_layer);
        const QString tip = QStringLiteral("<p style=\"white-space:pre-wrap\">") +
                            QStringLiteral("<b>%1 &rarr; %2</b>")
                                .arg(hostName(topology, pair.source).toHtmlEscaped(),
                                     hostName(topology, pair.destination).toHtmlEscaped()) +
                            QStringLiteral("<br>") + texts.toolTip + QStringLiteral("</p>");
        arrow->setToolTip(tip);
        m_scene->addItem(arrow);
        auto *label = new ArrowLabelItem(arrow, arrow->labelText());
        label->setToolTip(tip);
        m_scene->addItem(label);
        arrow->setLabel(label);
        if (pair.source.isEmpty()) {
            auto *marker = new AnyMarkerItem(it.key());
            m_scene->addItem(marker);
            arrow->setMarker(marker);
        } else {
            m_arrowsByHost[pair.source].push_back(arrow);
        }
        m_arrowsByHost[pair.destination].push_back(arrow);
        m_arrows.push_back(arrow);
    }
}

void FlowArrows::addingDone()
{
    std::vector<RoutedArrow *> routes;
    routes.reserve(m_arrows.size());
    for (ArrowItem *arrow : m_arrows)
        routes.push_back(&arrow->route());
    m_router.setArrows(std::move(routes));
}

void FlowArrows::clear()
{
    // Last made, first gone: the scene then drops each item from the end of
    // its lists instead of moving thousands of entries per item.
    for (auto it = m_arrows.rbegin(); it != m_arrows.rend(); ++it) {
        ArrowItem *arrow = *it;
        delete arrow->marker();
        delete arrow->label();
        delete arrow;
    }
    m_arrows.clear();
    m_flowTexts.clear();
    m_arrowsByHost.clear();
    m_router.setArrows({});
    m_layer->arrowsChanged();
}

void FlowArrows::removeArrowsOf(const QString &hostId)
{
    const auto found = m_arrowsByHost.find(hostId);
    if (found == m_arrowsByHost.end())
        return;
    const std::vector<ArrowItem *> doomed = std::move(found->second);
    m_arrowsByHost.erase(found);
    const QSet<ArrowItem *> set(doomed.begin(), doomed.end());
    m_arrows.erase(std::remove_if(m_arrows.begin(), m_arrows.end(),
                                  [&](ArrowItem *arrow) { return set.contains(arrow); }),
                   m_arrows.end());
    QSet<const RoutedArrow *> routes;
    for (ArrowItem *arrow : doomed)
        routes.insert(&arrow->route());
    m_router.removeArrows(routes);
    for (ArrowItem *arrow : doomed) {
        for (const QString &end : {arrow->pair().source, arrow->pair().destination}) {
            const auto other = m_arrowsByHost.find(end);
            if (other != m_arrowsByHost.end())
                other->second.erase(std::remove(other->second.begin(), other->second.end(), arrow),
                                    other->second.end());
        }
        delete arrow->label();
        delete arrow->marker();
        delete arrow;
    }
    m_layer->arrowsChanged();
}

void FlowArrows::follow(const QString &hostId)
{
    const auto it = m_arrowsByHost.find(hostId);
    if (it == m_arrowsByHost.end() || it->second.empty())
        return;
    for (ArrowItem *arrow : it->second) {
        m_router.follow(arrow->route());
        arrow->syncGeometry();
    }
    m_layer->arrowsChanged();
}

void FlowArrows::relayout()
{
    m_router.relayout();
    for (ArrowItem *arrow : m_arrows)
        arrow->syncGeometry();
    m_layer->arrowsChanged();
}

QList<HostPair> FlowArrows::selectedPairs() const
{
    QList<HostPair> pairs;
    for (ArrowItem *arrow : m_arrows) {
        if (arrow->isSelected() && !pairs.contains(arrow->pair()))
            pairs << arrow->pair();
    }
    return pairs;
}

void FlowArrows::setEmphasis(const FlowDisplayPolicy::Focus &focus)
{
    for (ArrowItem *arrow : m_arrows)
        arrow->setEmphasis(focus.emphasis(arrow->pair()));
}

QRectF FlowArrows::contentRect() const
{
    QRectF rect;
    for (ArrowItem *arrow : m_arrows) {
        if (arrow->isEmpty())
            continue;
        rect |= arrow->sceneBoundingRect();
        if (arrow->label() && arrow->label()->isVisible())
            rect |= arrow->label()->sceneBoundingRect();
        if (arrow->marker())
            rect |= arrow->marker()->sceneBoundingRect();
    }
    return rect;
}

void FlowArrows::forget()
{
    m_arrows.clear();
    m_arrowsByHost.clear();
    m_router.setArrows({});
    m_layer = nullptr;
}

} // namespace Portolan
