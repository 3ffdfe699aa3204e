#include "flowdocument.h"

#include "rulecolumns.h"
#include "topology.h"
#include "topologyscene.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>
#include <QTextOption>

#include <memory>

#include <vector>

namespace Portolan {

namespace {

constexpr qreal hostColumnShares[] = {0.22, 0.22, 0.28, 0.28};

/// Lays out @p text in @p width: wrapped between words, and inside a word only
/// when the word alone is wider than the cell (a long IPv6 address). The same
/// layout measures and paints, so a row is exactly as tall as its text.
class WrappedText
{
public:
    WrappedText(const QString &text, const QFont &font, QPaintDevice *device, qreal width)
        : m_layout(QString(text).replace(u'\n', QChar::LineSeparator), font, device)
    {
        QTextOption option(Qt::AlignLeft | Qt::AlignTop);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout.setTextOption(option);
        m_layout.setCacheEnabled(true);
        m_layout.beginLayout();
        qreal y = 0;
        for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
            line.setLineWidth(std::max<qreal>(1, width));
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        m_layout.endLayout();
        m_height = y;
    }

    qreal height() const { return m_height; }
    void draw(QPainter &painter, const QPointF &topLeft) const { m_layout.draw(&painter, topLeft); }

private:
    QTextLayout m_layout;
    qreal m_height = 0;
};

/// Rows measured or painted between two calls of the progress hook: a few
/// tens of milliseconds of layout (docs/performance.md).
constexpr qint64 rowsPerReport = 100;

} // namespace

/// Counts the work done (one unit per row measured or painted) and calls the
/// hook with strictly growing values; remembers a cancel.
class FlowDocument::Progress
{
public:
    Progress(const DocumentProgress &hook, qint64 total)
        : m_hook(hook)
        , m_total(total)
    {}

    bool cancelled() const { return m_cancelled; }
    qint64 done() const { return m_done; }
    void setTotal(qint64 total) { m_total = total; }

    /// Adds @p units; reports once rowsPerReport units have passed since the
    /// last report, or at once when @p now. Returns false once cancelled.
    bool advance(qint64 units, bool now = false)
    {
        m_done += units;
        if (m_hook && !m_cancelled && m_done > m_reported &&
            (now || m_done - m_reported >= rowsPerReport)) {
            m_reported = m_done;
            m_cancelled = !m_hook(m_done, m_total);
        }
        return !m_cancelled;
    }

private:
    const DocumentProgress &m_hook;
    qint64 m_total;
    qint64 m_done = 0;
    qint64 m_reported = 0;
    bool m_cancelled = false;
};

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
    /// Every row's height, measured once by the layout pass and reused to paint.
    std::vector<qreal> ruleRowHeights;
    std::vector<qreal> hostRowHeights;
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

/// The rule columns a printed table has: those with a share of the width.
static std::vector<const RuleColumnDefinition *> printedColumns(const Topology &topology,
                                                                const QString &language)
{
    std::vector<const RuleColumnDefinition *> columns;
    for (const RuleColumnDefinition *column : ruleColumns(topology.sheetContext(language))) {
        if (column->printShare > 0)
            columns.push_back(column);
    }
    return columns;
}

static QStringList ruleHeaders(const Topology &topology, const QString &language)
{
    QStringList headers;
    for (const RuleColumnDefinition *column : printedColumns(topology, language))
        headers.append(column->header.text(language));
    return headers;
}

static qreal rowHeight(const QFont &font, QPaintDevice *device, const std::vector<qreal> &widths,
                       const QStringList &cells, qreal padding)
{
    qreal height = 0;
    for (size_t c = 0; c < widths.size(); ++c) {
        const WrappedText text(cells[qsizetype(c)], font, device, widths[c] - 2 * padding);
        height = std::max(height, text.height());
    }
    return height + 2 * padding;
}

static QStringList ruleCells(const Topology &topology, const Rule &rule, qsizetype number,
                             const QString &language)
{
    const RuleSheetContext context = topology.sheetContext(language);
    QStringList cells;
    for (const RuleColumnDefinition *column : printedColumns(topology, language))
        cells.append(column->text(context, rule, number));
    return cells;
}

static QStringList hostHeaders()
{
    return {FlowDocument::tr("Name"), FlowDocument::tr("Role"), FlowDocument::tr("Addresses"),
            FlowDocument::tr("Description")};
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

/// Column widths for a table: each column gets its share of @p total, then
/// columns too narrow for their longest word (header or cell) grow to hold it,
/// taken from the room the other columns have to spare. Words are measured
/// once each, so this is linear in the number of cells. @p rowDone is called
/// after each row; when it returns false the widths are not finished.
template<typename CellsOf, typename RowDone>
static std::vector<qreal> fitColumnWidths(const std::vector<qreal> &shares, qreal total,
                                          qreal padding, const QFont &headerFont, const QFont &font,
                                          QPaintDevice *device, const QStringList &headers,
                                          qsizetype rows, CellsOf cellsOf, RowDone rowDone)
{
    const QFontMetricsF headerMetrics(headerFont, device);
    const QFontMetricsF metrics(font, device);
    std::vector<qreal> minimums(shares.size(), 0);
    std::vector<qreal> headerMinimums(shares.size(), 0);
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QHash<QString, qreal> measured; // cell words repeat: addresses, roles, notes
    auto widestWord = [&](const QString &text, const QFontMetricsF &m,
                          QHash<QString, qreal> *cache) {
        qreal widest = 0;
        for (const QString &word : text.split(spaces, Qt::SkipEmptyParts)) {
            qreal width = 0;
            if (cache) {
                auto it = cache->constFind(word);
                if (it == cache->constEnd())
                    it = cache->insert(word, m.horizontalAdvance(word));
                width = *it;
            } else {
                width = m.horizontalAdvance(word);
            }
            widest = std::max(widest, width);
        }
        return widest;
    };
    for (size_t c = 0; c < shares.size(); ++c)
        headerMinimums[c] = minimums[c] = widestWord(headers[qsizetype(c)], headerMetrics, nullptr);
    for (qsizetype row = 0; row < rows; ++row) {
        const QStringList cells = cellsOf(row);
        for (size_t c = 0; c < shares.size(); ++c)
            minimums[c] =
                std::max(minimums[c], widestWord(cells[qsizetype(c)], metrics, &measured));
        if (!rowDone())
            break;
    }
    std::vector<qreal> widths;
    qreal deficit = 0;
    qreal slack = 0;
    for (size_t c = 0; c < shares.size(); ++c) {
        widths.push_back(shares[c] * total);
        // A word far wider than its column (a 70-character host name) wraps
        // anyway: it claims nothing, and the header words keep their room.
        const qreal extra = 2 * padding + 1;
        if (minimums[c] + extra > 2 * widths[c])
            minimums[c] = std::max(headerMinimums[c], std::min(minimums[c], widths[c]));
        minimums[c] += extra;
        deficit += std::max<qreal>(0, minimums[c] - widths[c]);
        slack += std::max<qreal>(0, widths[c] - minimums[c]);
    }
    if (deficit <= 0 || slack <= 0)
        return widths;
    const qreal taken = std::min(deficit, slack);
    for (size_t c = 0; c < widths.size(); ++c) {
        if (widths[c] < minimums[c])
            widths[c] += (minimums[c] - widths[c]) * taken / deficit;
        else
            widths[c] -= (widths[c] - minimums[c]) * taken / slack;
    }
    return widths;
}

FlowDocument::Layout FlowDocument::layout(QPagedPaintDevice *device, Progress &progress) const
{
    Layout l;
    const auto rowDone = [&progress] {
        return progress.advance(1);
    };
    const int dpi = device->logicalDpiX();
    l.paper = QRectF(device->pageLayout().paintRectPixels(dpi));
    l.paper.moveTopLeft(QPointF(0, 0));
    l.mm = dpi / 25.4;
    // Twelve columns need a smaller type on portrait pages to keep words whole.
    const int tablePoints = l.paper.width() / l.mm < 230 ? 6 : 7;
    l.titleFont = QFont(QStringLiteral("DejaVu Sans"), 16, QFont::Bold);
    l.headingFont = QFont(QStringLiteral("DejaVu Sans"), 11, QFont::Bold);
    l.bodyFont = QFont(QStringLiteral("DejaVu Sans"), 9);
    l.tableFont = QFont(QStringLiteral("DejaVu Sans"), tablePoints);
    l.tableHeaderFont = QFont(QStringLiteral("DejaVu Sans"), tablePoints, QFont::Bold);
    l.padding = 0.8 * l.mm;

    const QFontMetricsF body(l.bodyFont, device);
    l.headerHeight = body.height() * 1.8;
    l.footerHeight = body.height() * 1.6;

    const auto &rules = m_topology.rules();
    std::vector<qreal> ruleShares;
    qreal shareSum = 0;
    for (const RuleColumnDefinition *column : printedColumns(m_topology, m_options.language))
        shareSum += column->printShare;
    // The shares of the columns this listing has, scaled to fill the width.
    for (const RuleColumnDefinition *column : printedColumns(m_topology, m_options.language))
        ruleShares.push_back(column->printShare / shareSum);
    l.ruleColumnWidths = fitColumnWidths(
        ruleShares, l.paper.width(), l.padding, l.tableHeaderFont, l.tableFont, device,
        ruleHeaders(m_topology, m_options.language), qsizetype(rules.size()),
        [&](qsizetype row) {
            return ruleCells(m_topology, rules[size_t(row)], row + 1, m_options.language);
        },
        rowDone);
    if (progress.cancelled())
        return l;
    l.hostColumnWidths = fitColumnWidths(
        std::vector<qreal>(std::begin(hostColumnShares), std::end(hostColumnShares)),
        l.paper.width(), l.padding, l.tableHeaderFont, l.tableFont, device, hostHeaders(),
        m_options.includeHostList ? m_topology.hostCount() : 0,
        [&](qsizetype row) {
            return hostCells(m_topology, m_topology.host(int(row)), m_options.language);
        },
        rowDone);
    if (progress.cancelled())
        return l;

    l.ruleHeaderRowHeight = rowHeight(l.tableHeaderFont, device, l.ruleColumnWidths,
                                      ruleHeaders(m_topology, m_options.language), l.padding);
    l.hostHeaderRowHeight =
        rowHeight(l.tableHeaderFont, device, l.hostColumnWidths, hostHeaders(), l.padding);

    const qreal bodyTop = l.headerHeight;
    const qreal bodyBottom = l.paper.height() - l.footerHeight;
    const qreal headingHeight = QFontMetricsF(l.headingFont, device).height() * 1.6;

    l.pages.push_back({Layout::Kind::Diagram, 0, 0});

    // Paginate a table: rows go onto a page while they fit under the repeated
    // header. One pass, each row measured once: linear in the number of rows.
    auto paginate = [&](Layout::Kind kind, qsizetype count, qreal headerRow, auto cellsOf,
                        const std::vector<qreal> &widths, std::vector<qreal> &heights) {
        heights.reserve(size_t(count));
        if (count == 0)
            return;
        qreal y = bodyTop + headingHeight + headerRow;
        Layout::Page page{kind, 0, 0};
        for (qsizetype row = 0; row < count; ++row) {
            const qreal height = rowHeight(l.tableFont, device, widths, cellsOf(row), l.padding);
            heights.push_back(height);
            if (y + height > bodyBottom && page.last > page.first) {
                l.pages.push_back(page);
                page = {kind, row, row};
                y = bodyTop + headingHeight + headerRow;
            }
            y += height;
            page.last = row + 1;
            if (!rowDone())
                return;
        }
        l.pages.push_back(page);
    };

    paginate(
        Layout::Kind::Rules, qsizetype(rules.size()), l.ruleHeaderRowHeight,
        [&](qsizetype row) {
            return ruleCells(m_topology, rules[size_t(row)], row + 1, m_options.language);
        },
        l.ruleColumnWidths, l.ruleRowHeights);
    if (m_options.includeHostList && !progress.cancelled()) {
        paginate(
            Layout::Kind::Hosts, m_topology.hostCount(), l.hostHeaderRowHeight,
            [&](qsizetype row) {
                return hostCells(m_topology, m_topology.host(int(row)), m_options.language);
            },
            l.hostColumnWidths, l.hostRowHeights);
    }
    return l;
}

/// Units of work for the layout and the painting together: every table row is
/// measured twice (column widths, pagination) and painted once; the diagram
/// page counts one.
static qint64 documentWork(const Topology &topology, const DocumentOptions &options)
{
    const qint64 rows =
        qint64(topology.rules().size()) + (options.includeHostList ? topology.hostCount() : 0);
    return 3 * rows + 1;
}

int FlowDocument::pageCount(QPagedPaintDevice *device) const
{
    Progress progress(m_progress, documentWork(m_topology, m_options));
    const Layout l = layout(device, progress);
    return progress.cancelled() ? -1 : int(l.pages.size());
}

FlowDocument::PrintResult FlowDocument::print(QPagedPaintDevice *device) const
{
    // Lay out before the painter begins: on a printer, begin() opens the job.
    Progress progress(m_progress, documentWork(m_topology, m_options));
    const Layout l = layout(device, progress);
    if (progress.cancelled())
        return PrintResult::Cancelled;
    int pages = int(l.pages.size());
    if (m_options.maxTablePages > 0)
        pages = std::min(pages, 1 + m_options.maxTablePages);
    qint64 paintWork = 1;
    for (int page = 1; page < pages; ++page)
        paintWork += l.pages[size_t(page)].last - l.pages[size_t(page)].first;
    progress.setTotal(progress.done() + paintWork);

    QPainter painter;
    if (!painter.begin(device))
        return PrintResult::Failed;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        const Layout::Page &p = l.pages[size_t(page)];
        if (p.kind == Layout::Kind::Diagram) {
            // Only around the scene's render: the hook may let the window
            // repaint its canvas, which must keep its selection meanwhile.
            const bool wasExporting = m_scene.exportMode();
            m_scene.setExportMode(true);
            paintPage(painter, l, page);
            m_scene.setExportMode(wasExporting);
        } else {
            paintPage(painter, l, page);
        }
        if (!progress.advance(p.kind == Layout::Kind::Diagram ? 1 : p.last - p.first, true))
            break;
    }
    const bool ended = painter.end();
    if (progress.cancelled())
        return PrintResult::Cancelled;
    return ended ? PrintResult::Printed : PrintResult::Failed;
}

void FlowDocument::paintPage(QPainter &painter, const Layout &l, int pageIndex) const
{
    const Project &project = m_topology.project();
    const ChangeRequest &cr = project.changeRequest;
    const Layout::Page &page = l.pages[size_t(pageIndex)];
    const QString language = m_options.language;
    QPaintDevice *device = painter.device();
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
    const QFontMetricsF bodyMetrics(l.bodyFont, device);
    const QRectF headerRect(0, 0, l.paper.width(), l.headerHeight * 0.7);
    const qreal pageTextWidth = bodyMetrics.horizontalAdvance(pageText) + 4 * l.mm;
    painter.drawText(
        headerRect.adjusted(0, 0, -pageTextWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
        bodyMetrics.elidedText(headerLeft, Qt::ElideRight, headerRect.width() - pageTextWidth));
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
        // Title block: the title, then the change-request details flowed into
        // lines (a long requester takes a line of its own and wraps, it is
        // never cut), the catalog and the justification.
        const QFontMetricsF titleMetrics(l.titleFont, device);
        const std::pair<QString, QString> fields[] = {{tr("Change request"), cr.number},
                                                      {tr("Requester"), cr.requester},
                                                      {tr("Author"), cr.author},
                                                      {tr("Date"), cr.date},
                                                      {tr("Revision"), cr.revision}};
        const qreal inner = l.paper.width() - 4 * l.padding;
        const qreal gap = 8 * l.mm;
        struct Placed
        {
            QPointF at;
            std::shared_ptr<WrappedText> text;
        };
        std::vector<Placed> placed;
        qreal x = 0;
        qreal y = 0;
        qreal lineHeight = 0;
        for (const auto &[label, value] : fields) {
            const QString text =
                tr("%1: %2").arg(label, value.isEmpty() ? QStringLiteral("\u2014")
                                                        : QString(value).replace(u'\n', u' '));
            const qreal natural = bodyMetrics.horizontalAdvance(text) + l.mm;
            const qreal width = std::min(natural, inner);
            if (x > 0 && x + width > inner) {
                x = 0;
                y += lineHeight;
                lineHeight = 0;
            }
            auto wrapped = std::make_shared<WrappedText>(text, l.bodyFont, device, width);
            placed.push_back({QPointF(x, y), wrapped});
            lineHeight = std::max(lineHeight, wrapped->height());
            x += width + gap;
        }
        const qreal fieldsHeight = y + lineHeight;
        const WrappedText catalogLine(tr("Catalog: %1").arg(catalogReference()), l.bodyFont, device,
                                      inner);
        const WrappedText justification(
            cr.justification.isEmpty() ? QString() : tr("Justification: %1").arg(cr.justification),
            l.bodyFont, device, inner);
        // A long title wraps rather than being cut off.
        const WrappedText titleText(title, l.titleFont, device, inner);
        const qreal titleGap = titleMetrics.height() * 0.4;
        const qreal titleHeight = titleText.height() + titleGap;
        const qreal lineGap = 0.8 * l.mm;
        const qreal blockHeight =
            titleHeight + fieldsHeight + lineGap + catalogLine.height() +
            (cr.justification.isEmpty() ? 0 : lineGap + justification.height()) + 2 * l.padding;
        const QRectF block(0, top + l.padding, l.paper.width(), blockHeight);
        painter.setPen(thin);
        painter.setBrush(QColor(245, 247, 250));
        painter.drawRect(block);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(Qt::black);
        const qreal left = block.left() + 2 * l.padding;
        y = block.top() + l.padding;
        titleText.draw(painter, QPointF(left, y + titleGap / 2));
        y += titleHeight;
        for (const Placed &p : placed)
            p.text->draw(painter, QPointF(left, y) + p.at);
        y += fieldsHeight + lineGap;
        catalogLine.draw(painter, QPointF(left, y));
        y += catalogLine.height();
        if (!cr.justification.isEmpty())
            justification.draw(painter, QPointF(left, y + lineGap));

        // The whole diagram, scaled to fit what is left of the page, centred.
        const QRectF area(0, block.bottom() + 2 * l.padding, l.paper.width(),
                          bottom - block.bottom() - 2 * l.padding);
        const QRectF source = m_scene.diagramRect();
        if (!source.isEmpty() && area.height() > 0) {
            QSizeF size = source.size();
            size.scale(area.size(), Qt::KeepAspectRatio);
            QRectF target(QPointF(0, 0), size);
            target.moveCenter(area.center());
            target.moveTop(area.top());
            m_scene.render(&painter, target, source, Qt::KeepAspectRatio);
        }
        painter.restore();
        return;
    }

    const bool rules = page.kind == Layout::Kind::Rules;
    const std::vector<qreal> &widths = rules ? l.ruleColumnWidths : l.hostColumnWidths;
    const std::vector<qreal> &heights = rules ? l.ruleRowHeights : l.hostRowHeights;
    const QStringList headers = rules ? ruleHeaders(m_topology, m_options.language) : hostHeaders();
    const QFontMetricsF headingMetrics(l.headingFont, device);
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
        qreal x = 0;
        for (size_t c = 0; c < widths.size(); ++c) {
            WrappedText(cells[qsizetype(c)], font, device, widths[c] - 2 * l.padding)
                .draw(painter, QPointF(x + l.padding, y + l.padding));
            x += widths[c];
        }
        // Both rules after the fill: a row's background must not cover the
        // line under the row before it.
        painter.setPen(thin);
        painter.drawLine(QPointF(0, y), QPointF(l.paper.width(), y));
        painter.drawLine(QPointF(0, y + height), QPointF(l.paper.width(), y + height));
    };

    qreal y = top + headingHeight;
    const qreal headerRow = rules ? l.ruleHeaderRowHeight : l.hostHeaderRowHeight;
    drawRow(y, headers, headerRow, l.tableHeaderFont, QColor(225, 230, 238));
    y += headerRow;
    for (qsizetype row = page.first; row < page.last; ++row) {
        const QStringList cells =
            rules ? ruleCells(m_topology, m_topology.rules()[size_t(row)], row + 1, language)
                  : hostCells(m_topology, m_topology.host(int(row)), language);
        const qreal height = heights[size_t(row)];
        drawRow(y, cells, height, l.tableFont,
                row % 2 ? QBrush(QColor(246, 246, 246)) : QBrush(Qt::white));
        y += height;
    }
    painter.restore();
}

} // namespace Portolan
