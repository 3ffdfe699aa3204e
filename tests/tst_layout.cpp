#include "catalogregistry.h"
#include "layout.h"
#include "testsupport.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Portolan;

namespace {

using TestSupport::sampleProject;

Host host(const QString &id, const QString &name, const QString &role, int addresses = 1)
{
    Host h;
    h.id = id;
    h.name = name;
    h.role = role;
    for (int i = 0; i < addresses; ++i)
        h.addresses.append(*Address::parse(QStringLiteral("10.0.%1.%2").arg(id.size()).arg(i + 1)));
    return h;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleColumns();
    void naturalOrderWithinRole();
    void independentOfHostOrder();
    void tallHostsGetMoreRoom();
    void emptyProject();
    void largeRolesWrapIntoSubColumns();
};

void TestLayout::sampleColumns()
{
    const Project project = sampleProject();
    const auto catalog = catalogForProject(project);
    QVERIFY(catalog);
    const auto positions = arrangeByRole(*catalog, project);
    QCOMPARE(positions.size(), qsizetype(project.hosts.size()));

    const qreal column = LayoutMetrics::columnSpacing;
    const qreal row = LayoutMetrics::rowSpacing;
    // clients | reverse proxy, Edge | Director | Front-End pool and servers
    QCOMPARE(positions[QStringLiteral("clients-branch")].x(), 0.0);
    QCOMPARE(positions[QStringLiteral("clients-hq")].x(), 0.0);
    QCOMPARE(positions[QStringLiteral("rp1")].x(), column);
    QCOMPARE(positions[QStringLiteral("edge1")].x(), column);
    QCOMPARE(positions[QStringLiteral("dir1")].x(), 2 * column);
    for (const char *id : {"fepool", "fe1", "fe2", "fe3"})
        QCOMPARE(positions[QString::fromLatin1(id)].x(), 3 * column);

    // The Front-End column is the tallest: pool first, then the servers by name.
    QCOMPARE(positions[QStringLiteral("fepool")].y(), 0.0);
    QCOMPARE(positions[QStringLiteral("fe1")].y(), 1.5 * row);
    QCOMPARE(positions[QStringLiteral("fe2")].y(), 2.5 * row);
    QCOMPARE(positions[QStringLiteral("fe3")].y(), 3.5 * row);
    const qreal tallest = 4.5 * row;
    // Single-role columns centre on it; CLIENTS-BRANCH sorts before CLIENTS-HQ.
    QCOMPARE(positions[QStringLiteral("dir1")].y(), (tallest - row) / 2);
    QCOMPARE(positions[QStringLiteral("clients-branch")].y(), (tallest - 2 * row) / 2);
    QCOMPARE(positions[QStringLiteral("clients-hq")].y(), (tallest - 2 * row) / 2 + row);
    // The reverse proxy and the Edge spread over the column: level with the pool and FE-03.
    QCOMPARE(positions[QStringLiteral("rp1")].y(), 0.0);
    QCOMPARE(positions[QStringLiteral("edge1")].y(), tallest - row);

    // No two hosts share a place.
    QList<QPointF> all = positions.values();
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (qsizetype j = i + 1; j < all.size(); ++j)
            QVERIFY(all[i] != all[j]);
    }
}

void TestLayout::naturalOrderWithinRole()
{
    Project project;
    project.catalogIds = QStringList{QStringLiteral("lync2013-single-director")};
    const auto catalog = catalogForProject(project);
    project.hosts = {
        host(QStringLiteral("a"), QStringLiteral("FE-10"), QStringLiteral("front-end-server")),
        host(QStringLiteral("b"), QStringLiteral("fe-2"), QStringLiteral("front-end-server")),
        host(QStringLiteral("c"), QStringLiteral("FE-1"), QStringLiteral("front-end-server"))};
    const auto positions = arrangeByRole(*catalog, project);
    // The only column present comes first.
    QCOMPARE(positions[QStringLiteral("c")], QPointF(0, 0));
    QCOMPARE(positions[QStringLiteral("b")], QPointF(0, LayoutMetrics::rowSpacing));
    QCOMPARE(positions[QStringLiteral("a")], QPointF(0, 2 * LayoutMetrics::rowSpacing));
}

void TestLayout::independentOfHostOrder()
{
    Project project = sampleProject();
    const auto catalog = catalogForProject(project);
    const auto first = arrangeByRole(*catalog, project);
    std::reverse(project.hosts.begin(), project.hosts.end());
    QCOMPARE(arrangeByRole(*catalog, project), first);
    // Where hosts were has no influence either.
    for (Host &h : project.hosts)
        h.position = QPointF(-5000, 12345);
    QCOMPARE(arrangeByRole(*catalog, project), first);
}

void TestLayout::tallHostsGetMoreRoom()
{
    Project project;
    project.catalogIds = QStringList{QStringLiteral("lync2013-single-director")};
    const auto catalog = catalogForProject(project);
    project.hosts = {
        host(QStringLiteral("a"), QStringLiteral("DIR-1"), QStringLiteral("director"), 20),
        host(QStringLiteral("b"), QStringLiteral("DIR-2"), QStringLiteral("director"), 1)};
    const auto positions = arrangeByRole(*catalog, project);
    // Three address lines and "+17 more" are shown: two lines more than the standard row.
    QCOMPARE(positions[QStringLiteral("b")].y() - positions[QStringLiteral("a")].y(),
             LayoutMetrics::rowSpacing + 2 * LayoutMetrics::addressLine);
}

void TestLayout::emptyProject()
{
    Project project;
    project.catalogIds = QStringList{QStringLiteral("lync2013-single-director")};
    const auto catalog = catalogForProject(project);
    QVERIFY(arrangeByRole(*catalog, project).isEmpty());
}

void TestLayout::largeRolesWrapIntoSubColumns()
{
    // 200 client networks, 130 Front-End Servers and 20 Directors: 350 hosts, so
    // a column holds at most ceil(sqrt(350)) = 19 rows.
    Project project;
    project.catalogIds = QStringList{QStringLiteral("lync2013-single-director")};
    const auto catalog = catalogForProject(project);
    const std::pair<const char *, int> roles[] = {
        {"internal-clients", 200}, {"front-end-server", 130}, {"director", 20}};
    for (const auto &[role, count] : roles) {
        for (int i = 1; i <= count; ++i) {
            Host h;
            h.id = QStringLiteral("%1-%2").arg(QLatin1String(role)).arg(i);
            h.name = h.id.toUpper();
            h.role = QLatin1String(role);
            project.hosts.push_back(h);
        }
    }
    const auto positions = arrangeByRole(*catalog, project);
    QCOMPARE(positions.size(), qsizetype(350));

    QHash<QString, QSet<double>> columns;    // role → distinct x
    QHash<QString, QHash<double, int>> rows; // role → hosts per x
    QSet<std::pair<double, double>> slots;
    for (const Host &h : project.hosts) {
        const QPointF p = positions.value(h.id);
        columns[h.role].insert(p.x());
        rows[h.role][p.x()] += 1;
        QVERIFY2(!slots.contains({p.x(), p.y()}), qPrintable(h.id));
        slots.insert({p.x(), p.y()});
    }
    // ceil(200 / 19) = 11 sub-columns of ceil(200 / 11) = 19 rows; 7 of 19 for
    // 130 servers; 20 Directors need 2 sub-columns of 10.
    QCOMPARE(columns[QStringLiteral("internal-clients")].size(), qsizetype(11));
    QCOMPARE(columns[QStringLiteral("front-end-server")].size(), qsizetype(7));
    QCOMPARE(columns[QStringLiteral("director")].size(), qsizetype(2));
    for (int count : std::as_const(rows[QStringLiteral("internal-clients")]))
        QVERIFY(count <= 19);
    // Sub-columns stand subColumnSpacing apart; role columns columnSpacing apart.
    QList<double> xs = columns[QStringLiteral("internal-clients")].values();
    std::sort(xs.begin(), xs.end());
    QCOMPARE(xs[1] - xs[0], LayoutMetrics::subColumnSpacing);
    QList<double> directors = columns[QStringLiteral("director")].values();
    std::sort(directors.begin(), directors.end());
    QCOMPARE(directors.first() - xs.last(), LayoutMetrics::columnSpacing);
    // The whole stays about as wide as it is tall, not one tall strip.
    double right = 0;
    double bottom = 0;
    for (const QPointF &p : positions) {
        right = std::max(right, p.x());
        bottom = std::max(bottom, p.y());
    }
    QVERIFY2(right > bottom / 2 && right < bottom * 2,
             qPrintable(QStringLiteral("%1 x %2").arg(right).arg(bottom)));
}

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
