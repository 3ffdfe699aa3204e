// The output registry and the one atomic writer every output goes through.

#include "outputformat.h"
#include "savefile.h"
#include "testsupport.h"
#include "topology.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Portolan;

namespace {

/// A format the registry does not ship, as a new vendor output would be.
class FakeFormat : public OutputFormat
{
public:
    explicit FakeFormat(QString id, QStringList suffixes)
        : m_id(std::move(id))
        , m_suffixes(std::move(suffixes))
    {}
    QString id() const override { return m_id; }
    LocalizedText description() const override { return {QStringLiteral("fake"), {}}; }
    QStringList suffixes() const override { return m_suffixes; }
    bool needsPainting() const override { return false; }
    bool write(const OutputJob &job, QIODevice *device, QString *) const override
    {
        return device->write(QByteArray::number(qulonglong(job.topology.rules().size()))) > 0;
    }

private:
    QString m_id;
    QStringList m_suffixes;
};

} // namespace

class TestOutputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryFindsBySuffixAndId()
    {
        OutputRegistry registry;
        registerModelOutputs(registry);
        registry.add(std::make_unique<FakeFormat>(QStringLiteral("nftables"),
                                                  QStringList{QStringLiteral("nft")}));
        registry.add(std::make_unique<FakeFormat>(QStringLiteral("iptables"),
                                                  QStringList{QStringLiteral("rules")}));
        registry.add(std::make_unique<FakeFormat>(QStringLiteral("ip6tables"),
                                                  QStringList{QStringLiteral("rules")}));
        // The fakes replace the real formats of the same ids, in their places.
        QCOMPARE(registry.ids(),
                 (QStringList{QStringLiteral("csv"), QStringLiteral("nftables"),
                              QStringLiteral("iptables"), QStringLiteral("ip6tables"),
                              QStringLiteral("cisco-asa"), QStringLiteral("windows-firewall")}));
        QCOMPARE(registry.find(QStringLiteral("NFTables"))->id(), QStringLiteral("nftables"));
        QVERIFY(!registry.find(QStringLiteral("xml")));
        QCOMPARE(registry.forFileName(QStringLiteral("/tmp/FW-INT.NFT"))->id(),
                 QStringLiteral("nftables"));
        QCOMPARE(registry.forFileName(QStringLiteral("a.b/rules.csv"))->id(),
                 QStringLiteral("csv"));
        // Two formats share ".rules": the suffix decides nothing.
        QVERIFY(!registry.forFileName(QStringLiteral("fw.rules")));
        QVERIFY(!registry.forFileName(QStringLiteral("csv")));
        // Registering an id again replaces the format, keeping its place.
        registry.add(std::make_unique<FakeFormat>(QStringLiteral("csv"),
                                                  QStringList{QStringLiteral("txt")}));
        QCOMPARE(registry.ids().first(), QStringLiteral("csv"));
        QCOMPARE(registry.find(QStringLiteral("csv"))->suffixes(),
                 QStringList{QStringLiteral("txt")});
    }

    void writeOutputGoesThroughTheRegistry()
    {
        OutputRegistry registry;
        registry.add(std::make_unique<FakeFormat>(QStringLiteral("count"),
                                                  QStringList{QStringLiteral("count")}));
        Topology topology;
        topology.reset(TestSupport::sampleProject(),
                       Catalog::load(QStringLiteral("lync2013-single-director")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.count"));
        QString error;
        const OutputJob job{topology, {}, {}, nullptr, {}};
        QVERIFY(writeOutput(*registry.forFileName(path), job, path, &error));
        QCOMPARE(TestSupport::readAll(path), QByteArray("47"));
    }

    void atomicWriterKeepsTheOldFileOnFailureAndCancel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sheet.csv"));
        QVERIFY(TestSupport::writeAll(path, "old"));
        QString error = QStringLiteral("unset");
        // Cancelled: false, no message, the old file untouched, no temporary left.
        QVERIFY(!writeAtomically(
            path,
            [](QIODevice *device, QString *) {
                device->write("half");
                return false;
            },
            &error));
        QCOMPARE(error, QString());
        QCOMPARE(TestSupport::readAll(path), QByteArray("old"));
        // Failed with a reason: that reason, and again nothing changed.
        QVERIFY(!writeAtomically(
            path,
            [](QIODevice *device, QString *why) {
                device->write("half");
                *why = QStringLiteral("sheet.csv: the policy is not exact");
                return false;
            },
            &error));
        QCOMPARE(error, QStringLiteral("sheet.csv: the policy is not exact"));
        QCOMPARE(TestSupport::readAll(path), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("sheet.csv")});
        // A folder that does not exist: the path and the cause.
        const QString missing = dir.filePath(QStringLiteral("no/such/dir/x.csv"));
        QVERIFY(!writeAtomically(missing, QByteArray("x"), &error));
        QVERIFY2(error.startsWith(missing + QStringLiteral(": cannot write: ")), qPrintable(error));
        // Success replaces the file whole.
        QVERIFY(writeAtomically(path, QByteArray("new"), &error));
        QCOMPARE(TestSupport::readAll(path), QByteArray("new"));
    }
};

QTEST_GUILESS_MAIN(TestOutputs)
#include "tst_outputs.moc"
