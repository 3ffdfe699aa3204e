#include "catalogregistry.h"
#include "csvexport.h"
#include "projectfile.h"
#include "rules.h"
#include "ruletablemodel.h"
#include "testsupport.h"
#include "undocommands.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Portolan;

namespace {

/// Splits one RFC 4180 record (no line breaks inside quotes in the sample).
QStringList splitCsvLine(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            cells.append(cell);
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells.append(cell);
    return cells;
}

QStringList rowTexts(const RuleTableModel &model, int row)
{
    QStringList texts;
    for (int c = 0; c < model.columnCount(); ++c)
        texts.append(model.index(row, c).data().toString());
    return texts;
}

} // namespace

class TestRuleTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rowsEqualDerivedRules();
    void exactCells_data();
    void exactCells();
    void germanTexts();
    void headers();
    void sortByColumn_data();
    void sortByColumn();
    void sortKeepsDerivationOrderForTies();
    void filter_data();
    void filter();
    void filterCombined();
    void liveUpdateAfterEdit();
    void filterAndSortSurviveUpdates();
    void filterSetWhileProjectIsReplaced();
    void rowsForPairs();
    void pairsForRows();

private:
    Topology m_topology;
    QUndoStack m_undoStack;
};

void TestRuleTable::init()
{
    m_undoStack.clear();
    Project project;
    QString error;
    QVERIFY2(TestSupport::parseSample(&project, &error), qPrintable(error));
    auto catalog = catalogForProject(project, &error);
    QVERIFY2(catalog, qPrintable(error));
    m_topology.reset(std::move(project), std::move(catalog));
}

void TestRuleTable::rowsEqualDerivedRules()
{
    RuleTableModel model(&m_topology, QStringLiteral("en"));
    const std::vector<Rule> rules = deriveRules(m_topology.catalog(), m_topology.project());
    QCOMPARE(model.rowCount(), 47);
    QCOMPARE(size_t(model.rowCount()), rules.size());
    QCOMPARE(model.columnCount(), TestSupport::plainSheetColumns().size());
    QCOMPARE(model.totalRuleCount(), 47);

    // Every cell equals the rule sheet's, which the CSV writer formats on its own.
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QVERIFY(writeRuleSheet(&csv, m_topology.catalog(), m_topology.project(), rules, CsvOptions()));
    QStringList lines = QString::fromUtf8(csv.data()).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeFirst(), TestSupport::plainSheetColumns().join(u','));
    QCOMPARE(lines.takeLast(), QString());
    QCOMPARE(lines.size(), model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.ruleIndex(row), row);
        QCOMPARE(rowTexts(model, row), splitCsvLine(lines[row]));
    }
}

void TestRuleTable::exactCells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("first")
        << 0
        << QStringList{QStringLiteral("1"),
                       QStringLiteral("LYNC-RP-01"),
                       QStringLiteral("Reverse proxy (internal interface)"),
                       QStringLiteral("10.1.1.10"),
                       QStringLiteral("LYNC-DIR-01"),
                       QStringLiteral("Director"),
                       QStringLiteral("10.1.2.20"),
                       QStringLiteral("TCP"),
                       QStringLiteral("8080"),
                       QStringLiteral("HTTP"),
                       QStringLiteral("Traffic arrives first on the reverse proxy's external "
                                      "side, then goes on to the Director and Front-End web "
                                      "services."),
                       QStringLiteral("JJ204648, table row 1"),
                       QStringLiteral("rp-director-http"),
                       QStringLiteral("PS49BA6STH")};
    QTest::newRow("last: from any over IPv6")
        << 46
        << QStringList{QStringLiteral("47"),
                       QString(),
                       QStringLiteral("Any"),
                       QStringLiteral("any"),
                       QStringLiteral("LYNC-EDGE-01"),
                       QStringLiteral("Edge Server (internal interface)"),
                       QStringLiteral("2001:db8:14::10"),
                       QStringLiteral("TCP"),
                       QStringLiteral("50003"),
                       QStringLiteral("MTLS"),
                       QStringLiteral("Centralized Logging Service: controller commands "
                                      "(ClsController.exe), agent commands (ClsAgent.exe) and "
                                      "log collection."),
                       QStringLiteral("JJ204648, table row 9"),
                       QStringLiteral("any-edge-cls-50003"),
                       QStringLiteral("GFJYRGSGVW")};
}

void TestRuleTable::exactCells()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    RuleTableModel model(&m_topology, QStringLiteral("en"));
    QCOMPARE(rowTexts(model, row), cells);
    QCOMPARE(
        model.index(row, TestSupport::plainColumn(RuleColumn::Port)).data(Qt::TextAlignmentRole),
        QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(row, TestSupport::plainColumn(RuleColumn::Description))
                 .data(Qt::ToolTipRole)
                 .toString(),
             cells[TestSupport::plainColumn(RuleColumn::Description)]);
}

void TestRuleTable::germanTexts()
{
    RuleTableModel model(&m_topology, QStringLiteral("de"));
    QCOMPARE(model.index(0, TestSupport::plainColumn(RuleColumn::SourceRole)).data().toString(),
             QStringLiteral("Reverseproxy (interne Schnittstelle)"));
    QCOMPARE(model.index(0, TestSupport::plainColumn(RuleColumn::Reference)).data().toString(),
             QStringLiteral("JJ204648, Tabellenzeile 1"));
    QCOMPARE(model.index(46, TestSupport::plainColumn(RuleColumn::SourceRole)).data().toString(),
             QStringLiteral("Beliebig"));
    QVERIFY(model.index(0, TestSupport::plainColumn(RuleColumn::Description))
                .data()
                .toString()
                .startsWith(QStringLiteral("Die Kommunikation wird zunächst")));
}

void TestRuleTable::headers()
{
    RuleTableModel model(&m_topology, QStringLiteral("en"));
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers.append(model.headerData(c, Qt::Horizontal).toString());
    // Without a translator the headers are the rule sheet's column names.
    QCOMPARE(headers, TestSupport::plainSheetColumns());
}

void TestRuleTable::sortByColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("port ascending")
        << int(TestSupport::plainColumn(RuleColumn::Port)) << int(Qt::AscendingOrder)
        << QStringLiteral("80") << QStringLiteral("50003");
    QTest::newRow("port descending")
        << int(TestSupport::plainColumn(RuleColumn::Port)) << int(Qt::DescendingOrder)
        << QStringLiteral("50003") << QStringLiteral("80");
    QTest::newRow("source host: any first")
        << int(TestSupport::plainColumn(RuleColumn::SourceHost)) << int(Qt::AscendingOrder)
        << QString() << QStringLiteral("LYNC-RP-01");
    QTest::newRow("destination address: IPv4 before IPv6")
        << int(TestSupport::plainColumn(RuleColumn::DestinationAddress)) << int(Qt::AscendingOrder)
        << QStringLiteral("10.1.2.20") << QStringLiteral("2001:db8:14::10");
    QTest::newRow("rule descending")
        << int(TestSupport::plainColumn(RuleColumn::Rule)) << int(Qt::DescendingOrder)
        << QStringLiteral("47") << QStringLiteral("1");
    QTest::newRow("protocol") << int(TestSupport::plainColumn(RuleColumn::Protocol))
                              << int(Qt::AscendingOrder) << QStringLiteral("HTTP")
                              << QStringLiteral("SIP/MTLS");
}

void TestRuleTable::sortByColumn()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, first);
    QFETCH(QString, last);
    RuleTableModel model(&m_topology, QStringLiteral("en"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(column, Qt::SortOrder(order));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 47);
    QCOMPARE(model.index(0, column).data().toString(), first);
    QCOMPARE(model.index(46, column).data().toString(), last);

    // Every rule is still there once.
    QList<int> rules;
    for (int row = 0; row < model.rowCount(); ++row)
        rules.append(model.ruleIndex(row));
    std::sort(rules.begin(), rules.end());
    for (int i = 0; i < rules.size(); ++i)
        QCOMPARE(rules[i], i);

    // Back to the derivation order.
    model.sort(-1);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.ruleIndex(row), row);
}

void TestRuleTable::sortKeepsDerivationOrderForTies()
{
    RuleTableModel model(&m_topology, QStringLiteral("en"));
    model.sort(TestSupport::plainColumn(RuleColumn::Port), Qt::AscendingOrder);
    int previousPort = 0;
    int previousRule = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int port =
            model.index(row, TestSupport::plainColumn(RuleColumn::Port)).data().toInt();
        const int rule =
            model.index(row, TestSupport::plainColumn(RuleColumn::Rule)).data().toInt();
        QVERIFY2(port >= previousPort, qPrintable(QString::number(row)));
        if (port == previousPort)
            QVERIFY2(rule > previousRule, qPrintable(QString::number(row)));
        previousPort = port;
        previousRule = rule;
    }
    // Ports sort by number, not text: 444 before 4443 before 5061 before 8080.
    QStringList ports;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString port =
            model.index(row, TestSupport::plainColumn(RuleColumn::Port)).data().toString();
        if (ports.isEmpty() || ports.last() != port)
            ports.append(port);
    }
    QCOMPARE(ports, (QStringList{QStringLiteral("80"), QStringLiteral("443"), QStringLiteral("444"),
                                 QStringLiteral("4443"), QStringLiteral("5061"),
                                 QStringLiteral("8080"), QStringLiteral("50001"),
                                 QStringLiteral("50002"), QStringLiteral("50003")}));
}

void TestRuleTable::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("expected");

    // The expected counts, worked out from the sample and PORTS.md:
    // LYNC-FE-02 (IPv4 and IPv6) is the destination of flows 3, 4 (from the
    // reverse proxy, IPv4 only: 2), 5 (Director: 2), 9 (Edge: 2) and the
    // source of flow 10 to the Edge (2): 8 rules.
    QTest::newRow("host name") << QStringLiteral("lync-fe-02") << QString() << QString() << 8;
    QTest::newRow("address") << QStringLiteral("2001:db8:13::11") << QString() << QString() << 3;
    QTest::newRow("no match") << QStringLiteral("no such text") << QString() << QString() << 0;
    // HTTPS: flow 2 (1), 4 (4 targets, IPv4), 5 (Director to 4 targets, 7
    // address pairs), 7 (clients to Director: 3): 15.
    QTest::newRow("protocol HTTPS") << QString() << QStringLiteral("HTTPS") << QString() << 15;
    QTest::newRow("protocol MTLS") << QString() << QStringLiteral("MTLS") << QString() << 6;
    QTest::newRow("role any") << QString() << QString() << QStringLiteral("any") << 6;
    QTest::newRow("role reverse proxy")
        << QString() << QString() << QStringLiteral("reverse-proxy") << 10;
    QTest::newRow("unknown role") << QString() << QString() << QStringLiteral("nope") << 0;
    QTest::newRow("description") << QStringLiteral("ClsAgent") << QString() << QString() << 6;
    QTest::newRow("role name") << QStringLiteral("internal client") << QString() << QString() << 6;
}

void TestRuleTable::filter()
{
    QFETCH(QString, text);
    QFETCH(QString, protocol);
    QFETCH(QString, role);
    QFETCH(int, expected);
    RuleTableModel model(&m_topology, QStringLiteral("en"));
    model.setFilter(text, protocol, role);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(model.totalRuleCount(), 47);

    // Every visible row satisfies the filter, checked on the cell texts.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QStringList cells = rowTexts(model, row);
        if (!text.isEmpty()) {
            bool found = false;
            for (int c = 1; c < cells.size(); ++c)
                found = found || cells[c].contains(text, Qt::CaseInsensitive);
            QVERIFY2(found, qPrintable(cells.join(u'|')));
        }
        if (!protocol.isEmpty())
            QCOMPARE(cells[TestSupport::plainColumn(RuleColumn::Protocol)], protocol);
        if (!role.isEmpty()) {
            const Catalog &catalog = m_topology.catalog();
            const QString name = catalog.roles()[catalog.roleIndex(role)].name.en;
            QVERIFY(cells[TestSupport::plainColumn(RuleColumn::SourceRole)] == name ||
                    cells[TestSupport::plainColumn(RuleColumn::DestinationRole)] == name);
        }
    }
    // And no hidden row does: the counts of a full scan agree.
    model.setFilter(QString(), QString(), QString());
    QCOMPARE(model.rowCount(), 47);
}

void TestRuleTable::filterCombined()
{
    RuleTableModel model(&m_topology, QStringLiteral("en"));
    QSignalSpy changed(&model, &RuleTableModel::rowsChanged);
    model.setFilter(QStringLiteral("LYNC-DIR-01"), QStringLiteral("HTTP"),
                    QStringLiteral("internal-clients"));
    // Flow 6: three client prefixes (two IPv4, one IPv6) to the Director.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(changed.size(), 1);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(model.index(row, TestSupport::plainColumn(RuleColumn::Port)).data().toString(),
                 QStringLiteral("80"));
    QCOMPARE(model.filterText(), QStringLiteral("LYNC-DIR-01"));
    // The same filter again changes nothing.
    model.setFilter(QStringLiteral("LYNC-DIR-01"), QStringLiteral("HTTP"),
                    QStringLiteral("internal-clients"));
    QCOMPARE(changed.size(), 1);
}

void TestRuleTable::liveUpdateAfterEdit()
{
    RuleTableModel model(&m_topology, QStringLiteral("en"));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const Host *fe3 = m_topology.hostById(QStringLiteral("fe3"));
    QVERIFY(fe3);
    QList<Address> addresses = fe3->addresses;
    addresses.append(*Address::parse(QStringLiteral("2001:db8:13::13")));
    m_undoStack.push(changeAddressesCommand(&m_topology, QStringLiteral("fe3"), addresses));
    QVERIFY(reset.size() >= 1);

    // FE-03 gains the IPv6 rules the other Front-End Servers have: from the
    // Director (444), from the Edge (5061) and to the Edge (5061).
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(size_t(model.rowCount()),
             deriveRules(m_topology.catalog(), m_topology.project()).size());
    int found = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QStringList cells = rowTexts(model, row);
        if (cells[TestSupport::plainColumn(RuleColumn::DestinationAddress)] ==
                QStringLiteral("2001:db8:13::13") ||
            cells[TestSupport::plainColumn(RuleColumn::SourceAddress)] ==
                QStringLiteral("2001:db8:13::13"))
            ++found;
    }
    QCOMPARE(found, 3);

    m_undoStack.undo();
    QCOMPARE(model.rowCount(), 47);
}

void TestRuleTable::filterAndSortSurviveUpdates()
{
    RuleTableModel model(&m_topology, QStringLiteral("en"));
    model.setFilter(QStringLiteral("LYNC-FE-03"), QString(), QString());
    model.sort(TestSupport::plainColumn(RuleColumn::Port), Qt::DescendingOrder);
    // FE-03 (IPv4 only): flows 3, 4, 5, 9, 10.
    QCOMPARE(model.rowCount(), 5);
    m_undoStack.push(
        renameHostCommand(&m_topology, QStringLiteral("fe3"), QStringLiteral("LYNC-FE-99")));
    QCOMPARE(model.rowCount(), 0);
    m_undoStack.undo();
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, TestSupport::plainColumn(RuleColumn::Port)).data().toString(),
             QStringLiteral("8080"));
    QCOMPARE(model.index(4, TestSupport::plainColumn(RuleColumn::Port)).data().toString(),
             QStringLiteral("444"));
}

void TestRuleTable::filterSetWhileProjectIsReplaced()
{
    RuleTableModel model(&m_topology, QStringLiteral("en"));
    model.setFilter(QStringLiteral("LYNC-FE"), QString(), QString());
    model.sort(TestSupport::plainColumn(RuleColumn::SourceAddress), Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 21);

    // The window sets its filter again when a project is opened, before the
    // topology announces the new derived data.
    connect(&m_topology, &Topology::resetDone, &model,
            [&model] { model.setFilter(QStringLiteral("LYNC-DIR"), QString(), QString()); });
    Project smaller = m_topology.project();
    std::vector<Host> kept;
    for (const Host &host : smaller.hosts) {
        if (host.id == QLatin1String("rp1") || host.id == QLatin1String("dir1") ||
            host.id == QLatin1String("edge1"))
            kept.push_back(host);
    }
    smaller.hosts = kept;
    m_topology.reset(std::move(smaller), m_topology.catalogPointer());

    // Reverse proxy to Director (2), Edge to Director and back (2 each).
    QCOMPARE(model.totalRuleCount(), 12);
    QCOMPARE(model.rowCount(), 6);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QStringList cells = rowTexts(model, row);
        QVERIFY2(cells[TestSupport::plainColumn(RuleColumn::SourceHost)] ==
                         QLatin1String("LYNC-DIR-01") ||
                     cells[TestSupport::plainColumn(RuleColumn::DestinationHost)] ==
                         QLatin1String("LYNC-DIR-01"),
                 qPrintable(cells.join(u'|')));
    }
    // Still sorted by source address: IPv4 before IPv6.
    QCOMPARE(model.index(0, TestSupport::plainColumn(RuleColumn::SourceAddress)).data().toString(),
             QStringLiteral("10.1.1.10"));
    QCOMPARE(model.index(5, TestSupport::plainColumn(RuleColumn::SourceAddress)).data().toString(),
             QStringLiteral("2001:db8:14::10"));
}

void TestRuleTable::rowsForPairs()
{
    RuleTableModel model(&m_topology, QStringLiteral("en"));
    const QList<int> rows = model.rowsForPairs({{QStringLiteral("rp1"), QStringLiteral("dir1")}});
    QCOMPARE(rows, (QList<int>{0, 1}));

    // From any to the Edge: three ports, both families.
    const QList<int> anyRows = model.rowsForPairs({{QString(), QStringLiteral("edge1")}});
    QCOMPARE(anyRows, (QList<int>{41, 42, 43, 44, 45, 46}));

    model.sort(TestSupport::plainColumn(RuleColumn::Rule), Qt::DescendingOrder);
    QCOMPARE(model.rowsForPairs({{QStringLiteral("rp1"), QStringLiteral("dir1")}}),
             (QList<int>{45, 46}));
    QCOMPARE(model.rowsForPairs({{QStringLiteral("nope"), QStringLiteral("dir1")}}), QList<int>());
    QCOMPARE(model.rowsForPairs({}), QList<int>());
}

void TestRuleTable::pairsForRows()
{
    RuleTableModel model(&m_topology, QStringLiteral("en"));
    QModelIndexList indexes;
    for (int row : {0, 1, 41, 46})
        indexes.append(model.index(row, 3));
    const QList<HostPair> pairs = model.pairsForRows(indexes);
    QCOMPARE(pairs.size(), 2);
    QCOMPARE(pairs[0].source, QStringLiteral("rp1"));
    QCOMPARE(pairs[0].destination, QStringLiteral("dir1"));
    QCOMPARE(pairs[1].source, QString());
    QCOMPARE(pairs[1].destination, QStringLiteral("edge1"));
}

QTEST_MAIN(TestRuleTable)
#include "tst_ruletable.moc"
