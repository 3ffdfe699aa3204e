// Undo/redo as a property: a seeded random sequence of 10 000 edits through the
// same undo commands the window pushes, on one QUndoStack over a Topology that
// starts from the built-in sample. Undoing everything must give back the start
// file byte for byte, redoing everything the end file; stepping to saved
// checkpoints in between must give the file as it was there; and the cached
// rules must always equal a fresh derivation.

#include "catalogregistry.h"
#include "projectfile.h"
#include "rules.h"
#include "testsupport.h"
#include "topology.h"
#include "undocommands.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUndoStack>

#include <cstring>

using namespace Portolan;

namespace {

constexpr int editCount = 10000;
constexpr int checkpointEvery = 500;

QString rulesMismatch(const std::vector<Rule> &actual, const std::vector<Rule> &expected)
{
    if (actual.size() != expected.size())
        return QStringLiteral("%1 rules instead of %2").arg(actual.size()).arg(expected.size());
    for (size_t i = 0; i < actual.size(); ++i) {
        if (std::memcmp(&actual[i], &expected[i], sizeof(Rule)) != 0)
            return QStringLiteral("rule %1 differs").arg(i);
    }
    return QString();
}

/// Makes random edits that are valid for the topology as it is now.
class EditGenerator
{
public:
    EditGenerator(Topology *topology, quint32 seed)
        : m_topology(topology)
        , m_random(seed)
    {
        for (int role : topology->catalog().hostRoles())
            m_roles.append(topology->catalog().roles()[role].id);
    }

    /// A new command, or nullptr when the chosen edit is impossible right now.
    QUndoCommand *next()
    {
        const int count = m_topology->hostCount();
        int kind = bounded(100);
        // Keep the topology between a handful and about eighty hosts.
        if (count < 4)
            kind = 0;
        else if (count > 80 && kind < 15)
            kind = 15;
        if (kind < 12)
            return addHosts();
        if (kind < 22)
            return removeHosts();
        if (kind < 42)
            return moveHosts();
        if (kind < 54)
            return renameHostCommand(m_topology, randomId(), randomName());
        if (kind < 64)
            return changeRoleCommand(m_topology, randomId(), randomRole());
        if (kind < 74)
            return changeDescriptionCommand(m_topology, randomId(), randomText(true));
        if (kind < 92)
            return changeAddressesCommand(m_topology, randomId(), randomAddresses());
        return changeDetails();
    }

private:
    int bounded(int n) { return int(m_random.bounded(quint32(n))); }

    QString randomId() { return m_topology->host(bounded(m_topology->hostCount())).id; }

    QString randomRole() { return m_roles[bounded(int(m_roles.size()))]; }

    QString randomText(bool multiLine)
    {
        static const QStringList words{QStringLiteral("Director"),
                                       QStringLiteral("Pool"),
                                       QStringLiteral("Kante"),
                                       QStringLiteral("\u05e9\u05e8\u05ea"), // RTL: Hebrew "server"
                                       QStringLiteral("\U0001F525"),         // emoji
                                       QStringLiteral("e\u0301"), // combining acute accent
                                       QStringLiteral("VIP"),
                                       QStringLiteral("=1+2"),
                                       QStringLiteral("\"quoted\"")};
        const int n = bounded(4);
        QString text;
        for (int i = 0; i < n; ++i) {
            if (i > 0)
                text += (multiLine && bounded(4) == 0) ? u'\n' : u' ';
            text += words[bounded(int(words.size()))];
        }
        return text;
    }

    QString randomName() { return randomText(false) + QString::number(bounded(1000)); }

    Address randomAddress()
    {
        QString text;
        switch (bounded(4)) {
        case 0:
            text =
                QStringLiteral("10.%1.%2.%3").arg(bounded(4)).arg(bounded(4)).arg(1 + bounded(20));
            break;
        case 1:
            text = QStringLiteral("2001:db8:%1::%2").arg(bounded(4)).arg(1 + bounded(20), 0, 16);
            break;
        case 2:
            text = QStringLiteral("10.%1.0.0/16").arg(100 + bounded(20));
            break;
        default:
            text = QStringLiteral("2001:db8:%1::/48").arg(100 + bounded(20), 0, 16);
            break;
        }
        const auto address = Address::parse(text);
        Q_ASSERT(address);
        return *address;
    }

    QList<Address> randomAddresses()
    {
        QList<Address> list;
        const int n = bounded(4);
        for (int i = 0; i < n; ++i) {
            const Address address = randomAddress();
            if (!list.contains(address))
                list.append(address);
        }
        return list;
    }

    QPointF randomPosition()
    {
        // Quarter steps keep the doubles exact in the file; the odd ones test
        // that positions survive as written.
        return QPointF(bounded(8000) / 4.0 - 200, bounded(6000) / 4.0 - 100);
    }

    QUndoCommand *addHosts()
    {
        QList<Host> hosts;
        QStringList ids;
        QStringList names;
        const int n = 1 + bounded(3);
        for (int i = 0; i < n; ++i) {
            Host host;
            host.role = randomRole();
            host.id = m_topology->uniqueHostId(host.role, ids);
            host.name = m_topology->uniqueHostName(host.role, names);
            host.addresses = randomAddresses();
            host.position = randomPosition();
            if (bounded(3) == 0)
                host.description = randomText(true);
            ids.append(host.id);
            names.append(host.name);
            hosts.append(host);
        }
        return new AddHostsCommand(m_topology, hosts, QStringLiteral("Add"));
    }

    QUndoCommand *removeHosts()
    {
        QStringList ids;
        const int n = 1 + bounded(3);
        for (int i = 0; i < n; ++i) {
            const QString id = randomId();
            if (!ids.contains(id))
                ids.append(id);
        }
        return new RemoveHostsCommand(m_topology, ids);
    }

    QUndoCommand *moveHosts()
    {
        QHash<QString, QPointF> positions;
        const int n = 1 + bounded(4);
        for (int i = 0; i < n; ++i)
            positions.insert(randomId(), randomPosition());
        if (bounded(2) == 0)
            return new MoveHostsCommand(m_topology, positions);
        // The drag form: the items moved already, the old positions are passed in.
        QHash<QString, QPointF> from;
        for (auto it = positions.begin(); it != positions.end(); ++it)
            from.insert(it.key(), m_topology->hostById(it.key())->position);
        return new MoveHostsCommand(m_topology, from, positions);
    }

    QUndoCommand *changeDetails()
    {
        ChangeRequest details = m_topology->project().changeRequest;
        switch (bounded(4)) {
        case 0:
            details.number = QStringLiteral("CR-%1").arg(bounded(100));
            break;
        case 1:
            details.justification = randomText(true);
            break;
        case 2:
            details.author = randomText(false);
            break;
        default:
            details = ChangeRequest();
            break;
        }
        const QString title = bounded(2) == 0 ? randomText(false) : m_topology->project().title;
        return new ChangeDetailsCommand(m_topology, title, details);
    }

    Topology *m_topology;
    QRandomGenerator m_random;
    QStringList m_roles;
};

} // namespace

class TestUndoProperty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void undoRedoAll_data();
    void undoRedoAll();
};

void TestUndoProperty::undoRedoAll_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 20131") << 20131u;
    QTest::newRow("seed 4242") << 4242u;
}

void TestUndoProperty::undoRedoAll()
{
    QFETCH(quint32, seed);

    Project project;
    QString error;
    QVERIFY2(TestSupport::parseSample(&project, &error), qPrintable(error));
    const auto catalog = catalogForProject(project, &error);
    QVERIFY2(catalog, qPrintable(error));

    Topology topology;
    topology.reset(project, catalog);
    const QByteArray start = ProjectFile::serialize(topology.project());
    const std::vector<Rule> startRules = deriveRules(*catalog, topology.project());
    QVERIFY(!startRules.empty());
    QCOMPARE(rulesMismatch(topology.rules(), startRules), QString());

    QUndoStack stack;
    EditGenerator generator(&topology, seed);
    QList<std::pair<int, QByteArray>> checkpoints; // stack index, file at that index
    int pushed = 0;
    for (int edit = 0; edit < editCount; ++edit) {
        QUndoCommand *command = generator.next();
        QVERIFY(command);
        // A push drops every undone step: checkpoints above this index are gone.
        checkpoints.removeIf([&](const auto &c) { return c.first > stack.index(); });
        stack.push(command); // an obsolete command is dropped by the stack
        ++pushed;
        // Occasionally undo and redo a few steps in the middle, as users do.
        if (edit % 37 == 0 && stack.index() > 3) {
            stack.undo();
            stack.undo();
            stack.redo();
        }
        if (edit % 101 == 0) {
            // Reading the rules fills the cache: a later edit must invalidate it.
            QCOMPARE(rulesMismatch(topology.rules(), deriveRules(*catalog, topology.project())),
                     QString());
        }
        if (edit % checkpointEvery == 0)
            checkpoints.append({stack.index(), ProjectFile::serialize(topology.project())});
    }
    QCOMPARE(pushed, editCount);
    // Most edits change something; obsolete ones (no-op renames) are rare.
    QVERIFY2(stack.count() > editCount * 3 / 4,
             qPrintable(QStringLiteral("only %1 undo steps").arg(stack.count())));
    const QByteArray end = ProjectFile::serialize(topology.project());
    QVERIFY(end != start);
    const std::vector<Rule> endRules = deriveRules(*catalog, topology.project());
    QCOMPARE(rulesMismatch(topology.rules(), endRules), QString());

    // The file saved at the end must load back to the same topology.
    Project reloaded;
    QVERIFY2(ProjectFile::parse(end, QStringLiteral("end"), &reloaded, &error), qPrintable(error));
    QVERIFY(reloaded == topology.project());

    int undone = 0;
    int checked = 0;
    while (stack.canUndo()) {
        stack.undo();
        ++undone;
        for (const auto &[index, bytes] : std::as_const(checkpoints)) {
            if (index != stack.index())
                continue;
            ++checked;
            QVERIFY2(ProjectFile::serialize(topology.project()) == bytes,
                     qPrintable(QStringLiteral("checkpoint at index %1 differs").arg(index)));
        }
    }
    QCOMPARE(undone, stack.count());
    QVERIFY2(checked >= editCount / checkpointEvery / 2,
             qPrintable(QStringLiteral("only %1 checkpoints compared").arg(checked)));
    QCOMPARE(ProjectFile::serialize(topology.project()), start);
    QVERIFY(topology.project() == project);
    QCOMPARE(rulesMismatch(topology.rules(), startRules), QString());

    while (stack.canRedo())
        stack.redo();
    QCOMPARE(ProjectFile::serialize(topology.project()), end);
    QCOMPARE(rulesMismatch(topology.rules(), endRules), QString());

    // Jumping straight to the start and back (the undo view's clicks) agrees too.
    stack.setIndex(0);
    QCOMPARE(ProjectFile::serialize(topology.project()), start);
    stack.setIndex(stack.count());
    QCOMPARE(ProjectFile::serialize(topology.project()), end);
}

QTEST_GUILESS_MAIN(TestUndoProperty)
#include "tst_undoproperty.moc"
