#include "flowdocument.h"

#include "ruletext.h"
#include "topology.h"
#include "topologyscene.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextOption>

#include <vector>

namespace Portolan {

namespace {

/// One printed table column: which rule column, and its share of the width.
struct TableColumn
{
    RuleColumn column;
    qreal share;
};

const std::vector<TableColumn> &ruleTableColumns()
{
    static const std::vector<TableColumn> columns{{RuleColumn::Rule, 0.04},
                                                  {RuleColumn::SourceHost, 0.09},
                                                  {RuleColumn::SourceRole, 0.09},
                                                  {RuleColumn::SourceAddress, 0.10},
                                                  {RuleColumn::DestinationHost, 0.09},
                                                  {RuleColumn::DestinationRole, 0.09},
                                                  {RuleColumn::DestinationAddress, 0.10},
                                                  {RuleColumn::Transport, 0.05},
                                                  {RuleColumn::Port, 0.05},
                                                  {RuleColumn::Protocol, 0.06},
                                                  {RuleColumn::Description, 0.16},
                                                  {RuleColumn::Reference, 0.08}};
    return columns;
}

constexpr qreal hostColumnShares[] = {0.22, 0.22, 0.28, 0.28};

constexpr int textFlags = Qt::TextWordWrap | Qt::TextWrapAnywhere | Qt::AlignLeft | Qt::AlignTop;

} // namespace

struct FlowDocument::Layout
{
    enum class Kind { Diagram, Rules, Hosts };
    struct Page
    {
        Kind kind;
        qsizetype first = 0; ///< first row on the page (rules or hosts)
        qsizetype last = 0;  ///< one past the last row
    };

    QRectF paper; ///< the printable area, device pixels
    qreal mm = 1; ///< device pixels per millimetre
    QFont titleFont;
    QFont headingFont;
    QFont bodyFont;
    QFont tableFont;
    QFont tableHeaderFont;
    qreal headerHeight = 0; ///< the running header on every page
    qreal footerHeight = 0;
    qreal padding = 0;
    std::vector<qreal> ruleColumnWidths;
    std::vector<qreal> hostColumnWidths;
    qreal ruleHeaderRowHeight = 0;
    qreal hostHeaderRowHeight = 0;
    std::vector<Page> pages;
};

FlowDocument::FlowDocument(const Topology &topology, TopologyScene &scene, DocumentOptions options)
    : m_topology(topology)
    , m_scene(scene)
    , m_options(std::move(options))
{}

FlowDocument::~FlowDocument() = default;

QString FlowDocument::catalogReference() const
{
    const Catalog &catalog = m_topology.catalog();
    return tr("%1 (source: %2)")
        .arg(catalog.name().text(m_options.language), catalog.sourceDocument());
}

static QStringList ruleHeaders()
{
    // Indexed by RuleColumn.
    static const char *const texts[] = {
        QT_TRANSLATE_NOOP("Portolan::FlowDocument", "Rule"),
        QT_TRANSLATE_NOOP("Portolan::FlowDocument", "Source Host"),
        QT_TRANSLATE_NOOP("Portolan::FlowDocument", "Source Role"),
        QT_TRANSLATE_NOOP("Portolan::FlowDocument", "Source Address"),
        QT_TRANSLATE_NOOP("Portolan::FlowDocument", "Destination Host"),
        QT_TRANSLATE_NOOP("Portolan::FlowDocument", "Destination Role"),
        QT_TRANSLATE_NOOP("Portolan::FlowDocument", "Destination Address"),
        QT_TRANSLATE_NOOP("Portolan::FlowDocument", "Transport"),
        QT_TRANSLATE_NOOP("Portolan::FlowDocument", "Port"),
        QT_TRANSLATE_NOOP("Portolan::FlowDocument", "Protocol"),
        QT_TRANSLATE_NOOP("Portolan::FlowDocument", "Description"),
        QT_TRANSLATE_NOOP("Portolan::FlowDocument", "Reference"),
        QT_TRANSLATE_NOOP("Portolan::FlowDocument", "Flow")};
    QStringList headers;
    for (const TableColumn &c : ruleTableColumns())
        headers.append(QCoreApplication::translate("Portolan::FlowDocument", texts[int(c.column)]));
    return headers;
}

static qreal rowHeight(const QFontMetricsF &metrics, const std::vector<qreal> &widths,
                       const QStringList &cells, qreal padding)
{
    qreal height = 0;
    for (size_t c = 0; c < widths.size(); ++c) {
        const QRectF bounds =
            metrics.boundingRect(QRectF(0, 0, std::max<qreal>(1, widths[c] - 2 * padding), 1e9),
                                 textFlags, cells[qsizetype(c)]);
        height = std::max(height, bounds.height());
    }
    return height + 2 * padding;
}

static QStringList ruleCells(const Topology &topology, const Rule &rule, qsizetype number,
                             const QString &language)
{
    QStringList cells;
    for (const TableColumn &c : ruleTableColumns())
        cells.append(
            ruleCellText(topology.catalog(), topology.project(), rule, number, c.column, language));
    return cells;
}

static QStringList hostCells(const Topology &topology, const Host &host, const QString &language)
{
    const Catalog &catalog = topology.catalog();
    const int role = catalog.roleIndex(host.role);
    QStringList addresses;
    for (const Address &address : host.addresses)
        addresses.append(address.toString());
    return {host.name, role >= 0 ? catalog.roles()[role].name.text(language) : host.role,
            addresses.join(u'\n'), host.description};
}

FlowDocument::Layout FlowDocument::layout(QPagedPaintDevice *device, QPainter *painter) const
{
    Layout l;
    const int dpi = device->logicalDpiX();
    l.paper = QRectF(device->pageLayout().paintRectPixels(dpi));
    l.paper.moveTopLeft(QPointF(0, 0));
    l.mm = dpi / 25.4;
    l.titleFont = QFont(QStringLiteral("DejaVu Sans"), 16, QFont::Bold);
    l.headingFont = QFont(QStringLiteral("DejaVu Sans"), 11, QFont::Bold);
    l.bodyFont = QFont(QStringLiteral("DejaVu Sans"), 9);
    l.tableFont = QFont(QStringLiteral("DejaVu Sans"), 7);
    l.tableHeaderFont = QFont(QStringLiteral("DejaVu Sans"), 7, QFont::Bold);
    l.padding = 1.0 * l.mm;

    const QFontMetricsF body(l.bodyFont, device);
    l.headerHeight = body.height() * 1.8;
    l.footerHeight = body.height() * 1.6;

    for (const TableColumn &c : ruleTableColumns())
        l.ruleColumnWidths.push_back(c.share * l.paper.width());
    for (qreal share : hostColumnShares)
        l.hostColumnWidths.push_back(share * l.paper.width());

    const QFontMetricsF table(l.tableFont, device);
    const QFontMetricsF tableHeader(l.tableHeaderFont, device);
    l.ruleHeaderRowHeight = rowHeight(tableHeader, l.ruleColumnWidths, ruleHeaders(), l.padding);
    const QStringList hostHeaders{tr("Name"), tr("Role"), tr("Addresses"), tr("Description")};
    l.hostHeaderRowHeight = rowHeight(tableHeader, l.hostColumnWidths, hostHeaders, l.padding);
    Q_UNUSED(painter);

    const qreal bodyTop = l.headerHeight;
    const qreal bodyBottom = l.paper.height() - l.footerHeight;
    const qreal headingHeight = QFontMetricsF(l.headingFont, device).height() * 1.6;

    l.pages.push_back({Layout::Kind::Diagram, 0, 0});

    // Paginate a table: rows go onto a page while they fit under the repeated header.
    auto paginate = [&](Layout::Kind kind, qsizetype count, qreal headerRow, auto cellsOf,
                        const std::vector<qreal> &widths) {
        if (count == 0)
            return;
        qreal y = bodyTop + headingHeight + headerRow;
        Layout::Page page{kind, 0, 0};
        for (qsizetype row = 0; row < count; ++row) {
            const qreal height = rowHeight(table, widths, cellsOf(row), l.padding);
            if (y + height > bodyBottom && page.last > page.first) {
                l.pages.push_back(page);
                page = {kind, row, row};
                y = bodyTop + headingHeight + headerRow;
            }
            y += height;
            page.last = row + 1;
        }
        l.pages.push_back(page);
    };

    const auto &rules = m_topology.rules();
    paginate(
        Layout::Kind::Rules, qsizetype(rules.size()), l.ruleHeaderRowHeight,
        [&](qsizetype row) {
            return ruleCells(m_topology, rules[size_t(row)], row + 1, m_options.language);
        },
        l.ruleColumnWidths);
    if (m_options.includeHostList) {
        paginate(
            Layout::Kind::Hosts, m_topology.hostCount(), l.hostHeaderRowHeight,
            [&](qsizetype row) {
                return hostCells(m_topology, m_topology.host(int(row)), m_options.language);
            },
            l.hostColumnWidths);
    }
    return l;
}

int FlowDocument::pageCount(QPagedPaintDevice *device) const
{
    return int(layout(device, nullptr).pages.size());
}

bool FlowDocument::print(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const Layout l = layout(device, &painter);
    m_scene.setExportMode(true);
    for (int page = 0; page < int(l.pages.size()); ++page) {
        if (page > 0)
            device->newPage();
        paintPage(painter, l, page);
    }
    m_scene.setExportMode(false);
    return painter.end();
}

void FlowDocument::paintPage(QPainter &painter, const Layout &l, int pageIndex) const
{
    const Project &project = m_topology.project();
    const ChangeRequest &cr = project.changeRequest;
    const Layout::Page &page = l.pages[size_t(pageIndex)];
    const QString language = m_options.language;
    const QPen thin(Qt::black, 0.2 * l.mm);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // Running header: title and change request left, page number right.
    const QString title = project.title.isEmpty() ? tr("Untitled topology") : project.title;
    QString headerLeft = title;
    if (!cr.number.isEmpty())
        headerLeft += QStringLiteral("  \u2014  ") + tr("Change request %1").arg(cr.number);
    const QString pageText = tr("%1 / %2").arg(pageIndex + 1).arg(l.pages.size());
    painter.setFont(l.bodyFont);
    painter.setPen(Qt::black);
    const QRectF headerRect(0, 0, l.paper.width(), l.headerHeight * 0.7);
    painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, headerLeft);
    painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, pageText);
    painter.setPen(thin);
    painter.drawLine(QPointF(0, headerRect.bottom()),
                     QPointF(l.paper.width(), headerRect.bottom()));

    // Footer: the catalog and its source, revision and date.
    const QRectF footerRect(0, l.paper.height() - l.footerHeight * 0.8, l.paper.width(),
                            l.footerHeight * 0.8);
    painter.drawLine(QPointF(0, footerRect.top()), QPointF(l.paper.width(), footerRect.top()));
    painter.setFont(l.tableFont);
    painter.setPen(Qt::black);
    painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, catalogReference());
    QStringList footerRight;
    if (!cr.revision.isEmpty())
        footerRight.append(tr("Revision %1").arg(cr.revision));
    if (!cr.date.isEmpty())
        footerRight.append(cr.date);
    painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                     footerRight.join(QStringLiteral("  \u00b7  ")));

    const qreal top = l.headerHeight;
    const qreal bottom = footerRect.top() - l.padding;

    if (page.kind == Layout::Kind::Diagram) {
        // Title block: the change-request details in a framed grid.
        const QFontMetricsF titleMetrics(l.titleFont, painter.device());
        const QFontMetricsF bodyMetrics(l.bodyFont, painter.device());
        const std::pair<QString, QString> fields[] = {{tr("Change request"), cr.number},
                                                      {tr("Requester"), cr.requester},
                                                      {tr("Author"), cr.author},
                                                      {tr("Date"), cr.date},
                                                      {tr("Revision"), cr.revision}};
        const qreal lineHeight = bodyMetrics.height() * 1.3;
        const qreal justificationWidth = l.paper.width() - 4 * l.padding;
        const QString justification =
            cr.justification.isEmpty() ? QString() : tr("Justification: %1").arg(cr.justification);
        const qreal justificationHeight =
            justification.isEmpty()
                ? 0
                : bodyMetrics
                      .boundingRect(QRectF(0, 0, justificationWidth, 1e9), textFlags, justification)
                      .height();
        const qreal blockHeight =
            titleMetrics.height() * 1.4 + lineHeight * 2 + justificationHeight + 3 * l.padding;
        const QRectF block(0, top + l.padding, l.paper.width(), blockHeight);
        painter.setPen(thin);
        painter.setBrush(QColor(245, 247, 250));
        painter.drawRect(block);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(Qt::black);
        qreal y = block.top() + l.padding;
        painter.setFont(l.titleFont);
        painter.drawText(QRectF(block.left() + 2 * l.padding, y, block.width() - 4 * l.padding,
                                titleMetrics.height() * 1.4),
                         Qt::AlignLeft | Qt::AlignVCenter, title);
        y += titleMetrics.height() * 1.4;
        painter.setFont(l.bodyFont);
        const qreal cellWidth = (block.width() - 4 * l.padding) / 5;
        for (int i = 0; i < 5; ++i) {
            const QRectF cell(block.left() + 2 * l.padding + i * cellWidth, y, cellWidth,
                              lineHeight);
            const QString value =
                fields[i].second.isEmpty() ? QStringLiteral("\u2014") : fields[i].second;
            painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter,
                             bodyMetrics.elidedText(fields[i].first + QStringLiteral(": ") + value,
                                                    Qt::ElideRight, cellWidth - l.padding));
        }
        y += lineHeight;
        painter.drawText(
            QRectF(block.left() + 2 * l.padding, y, block.width() - 4 * l.padding, lineHeight),
            Qt::AlignLeft | Qt::AlignVCenter, tr("Catalog: %1").arg(catalogReference()));
        y += lineHeight;
        if (!justification.isEmpty())
            painter.drawText(
                QRectF(block.left() + 2 * l.padding, y, justificationWidth, justificationHeight),
                textFlags, justification);

        // The whole diagram, scaled to fit what is left of the page.
        const QRectF target(0, block.bottom() + 2 * l.padding, l.paper.width(),
                            bottom - block.bottom() - 2 * l.padding);
        const QRectF source = m_scene.diagramRect();
        if (!source.isEmpty() && target.height() > 0)
            m_scene.render(&painter, target, source, Qt::KeepAspectRatio);
        painter.restore();
        return;
    }

    const bool rules = page.kind == Layout::Kind::Rules;
    const std::vector<qreal> &widths = rules ? l.ruleColumnWidths : l.hostColumnWidths;
    const QStringList headers =
        rules ? ruleHeaders()
              : QStringList{tr("Name"), tr("Role"), tr("Addresses"), tr("Description")};
    const QFontMetricsF headingMetrics(l.headingFont, painter.device());
    const qreal headingHeight = headingMetrics.height() * 1.6;
    painter.setFont(l.headingFont);
    const QString heading = rules ? tr("Firewall rules (%1)").arg(m_topology.rules().size())
                                  : tr("Hosts (%1)").arg(m_topology.hostCount());
    painter.drawText(QRectF(0, top, l.paper.width(), headingHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     page.first == 0 ? heading : heading + tr(" (continued)"));

    auto drawRow = [&](qreal y, const QStringList &cells, qreal height, const QFont &font,
                       const QBrush &background) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(background);
        painter.drawRect(QRectF(0, y, l.paper.width(), height));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(Qt::black);
        painter.setFont(font);
        qreal x = 0;
        for (size_t c = 0; c < widths.size(); ++c) {
            painter.drawText(QRectF(x + l.padding, y + l.padding, widths[c] - 2 * l.padding,
                                    height - 2 * l.padding),
                             textFlags, cells[qsizetype(c)]);
            x += widths[c];
        }
        painter.setPen(thin);
        painter.drawLine(QPointF(0, y + height), QPointF(l.paper.width(), y + height));
    };

    qreal y = top + headingHeight;
    const qreal headerRow = rules ? l.ruleHeaderRowHeight : l.hostHeaderRowHeight;
    drawRow(y, headers, headerRow, l.tableHeaderFont, QColor(225, 230, 238));
    y += headerRow;
    const QFontMetricsF table(l.tableFont, painter.device());
    for (qsizetype row = page.first; row < page.last; ++row) {
        const QStringList cells =
            rules ? ruleCells(m_topology, m_topology.rules()[size_t(row)], row + 1, language)
                  : hostCells(m_topology, m_topology.host(int(row)), language);
        const qreal height = rowHeight(table, widths, cells, l.padding);
        drawRow(y, cells, height, l.tableFont,
                row % 2 ? QBrush(QColor(246, 246, 246)) : QBrush(Qt::white));
        y += height;
    }
    painter.restore();
}

} // namespace Portolan
