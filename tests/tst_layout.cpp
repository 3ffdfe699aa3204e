#include "layout.h"
#include "projectfile.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace Portolan;

namespace {

Project sampleProject()
{
    QFile file(QStringLiteral(":/samples/single-director.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the built-in sample");
    Project project;
    QString error;
    if (!ProjectFile::parse(file.readAll(), file.fileName(), &project, &error))
        qFatal("%s", qPrintable(error));
    return project;
}

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
};

void TestLayout::sampleColumns()
{
    const Project project = sampleProject();
    const auto catalog = Catalog::load(project.catalogId);
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
    project.catalogId = QStringLiteral("lync2013-single-director");
    const auto catalog = Catalog::load(project.catalogId);
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
    const auto catalog = Catalog::load(project.catalogId);
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
    project.catalogId = QStringLiteral("lync2013-single-director");
    const auto catalog = Catalog::load(project.catalogId);
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
    project.catalogId = QStringLiteral("lync2013-single-director");
    const auto catalog = Catalog::load(project.catalogId);
    QVERIFY(arrangeByRole(*catalog, project).isEmpty());
}

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
