#include "findings.h"
#include "inspector.h"
#include "projectfile.h"
#include "ruletablemodel.h"
#include "testsupport.h"
#include "undocommands.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Portolan;

namespace {

/// Rows of @p model whose source or destination address is @p address.
int rowsWithAddress(const RuleTableModel &model, const QString &address)
{
    int count = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, TestSupport::plainColumn(RuleColumn::SourceAddress))
                    .data()
                    .toString() == address ||
            model.index(row, TestSupport::plainColumn(RuleColumn::DestinationAddress))
                    .data()
                    .toString() == address)
            ++count;
    }
    return count;
}

QStringList listTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts.append(list->item(i)->text());
    return texts;
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsHost();
    void summaries();
    void addAddressChangesModelAndRules();
    void pastedAddressListAddsEach();
    void editAddressInPlace();
    void removeAddress();
    void refusedAddress_data();
    void refusedAddress();
    void refusedEditInPlace();
    void refusedRoleChange();
    void changeRole();
    void renameAndUndo();
    void refusedEmptyName();
    void descriptionAndUndo();
    void removedHostClearsInspector();

private:
    QLineEdit *field(const char *name) const
    {
        return m_inspector->findChild<QLineEdit *>(QString::fromLatin1(name));
    }
    QListWidget *addressList() const
    {
        return m_inspector->findChild<QListWidget *>(QStringLiteral("hostAddresses"));
    }
    QByteArray snapshot() const { return ProjectFile::serialize(m_topology->project()); }

    Topology *m_topology = nullptr;
    QUndoStack *m_undoStack = nullptr;
    RuleTableModel *m_rules = nullptr;
    Inspector *m_inspector = nullptr;
};

void TestInspector::init()
{
    m_topology = new Topology;
    m_undoStack = new QUndoStack;
    Project project;
    QString error;
    QVERIFY2(TestSupport::parseSample(&project, &error), qPrintable(error));
    m_topology->reset(std::move(project),
                      Catalog::load(QStringLiteral("lync2013-single-director")));
    m_rules = new RuleTableModel(m_topology, QStringLiteral("en"));
    m_inspector = new Inspector(m_topology, m_undoStack, QStringLiteral("en"));
    m_inspector->resize(320, 600);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector));
    m_inspector->setHosts({QStringLiteral("fe3")});
}

void TestInspector::cleanup()
{
    delete m_inspector;
    delete m_rules;
    delete m_undoStack;
    delete m_topology;
}

void TestInspector::showsHost()
{
    QCOMPARE(m_inspector->hostId(), QStringLiteral("fe3"));
    QCOMPARE(field("hostName")->text(), QStringLiteral("LYNC-FE-03"));
    auto *role = m_inspector->findChild<QComboBox *>(QStringLiteral("hostRole"));
    QCOMPARE(role->currentData().toString(), QStringLiteral("front-end-server"));
    QCOMPARE(role->currentText(), QStringLiteral("Front-End Server"));
    QCOMPARE(role->count(), 6); // the host roles, not "any"
    QCOMPARE(listTexts(addressList()), QStringList{QStringLiteral("10.1.3.13")});

    m_inspector->setHosts({QStringLiteral("clients-hq")});
    QCOMPARE(field("hostName")->text(), QStringLiteral("CLIENTS-HQ"));
    QCOMPARE(
        m_inspector->findChild<QPlainTextEdit *>(QStringLiteral("hostDescription"))->toPlainText(),
        QStringLiteral("Head-office client VLANs"));
    QCOMPARE(listTexts(addressList()),
             (QStringList{QStringLiteral("10.20.0.0/16"), QStringLiteral("2001:db8:200::/56")}));
}

void TestInspector::summaries()
{
    auto *summary = m_inspector->findChild<QLabel *>(QStringLiteral("inspectorSummary"));
    m_inspector->setHosts({QStringLiteral("fe1"), QStringLiteral("fe2")});
    QCOMPARE(m_inspector->hostId(), QString());
    QVERIFY(summary->isVisible());
    QCOMPARE(summary->text(), QStringLiteral("2 hosts selected"));
    m_inspector->setHosts({});
    QVERIFY(summary->isVisible());
    QVERIFY(summary->text().startsWith(QStringLiteral("Select a host")));
    m_inspector->setHosts({QStringLiteral("fe1")});
    QVERIFY(!summary->isVisible());
    QVERIFY(field("hostName")->isVisible());
}

void TestInspector::pastedAddressListAddsEach()
{
    QLineEdit *input = field("newAddress");
    auto *add = m_inspector->findChild<QPushButton *>(QStringLiteral("addAddress"));
    // A list as people paste it from a spreadsheet: every address, one undo step.
    input->setText(QStringLiteral("10.1.3.113, 2001:DB8:13::13;10.1.3.114"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_inspector->errorText(), QString());
    QCOMPARE(listTexts(addressList()),
             (QStringList{QStringLiteral("10.1.3.13"), QStringLiteral("10.1.3.113"),
                          QStringLiteral("2001:db8:13::13"), QStringLiteral("10.1.3.114")}));
    QCOMPARE(m_undoStack->count(), 1);
    // One bad entry adds none of them, and says which.
    input->setText(QStringLiteral("10.1.3.115 lyncfe04.contoso.local"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(m_topology->hostById(QStringLiteral("fe3"))->addresses.size(), 4);
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_inspector->errorText(),
             QStringLiteral("'lyncfe04.contoso.local' is a host name, not an address; give its IP "
                            "address (for example from 'nslookup lyncfe04.contoso.local')"));
    // A host name alone says the same.
    input->setText(QStringLiteral("lyncfe04"));
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(m_inspector->errorText().startsWith(QStringLiteral("'lyncfe04' is a host name")));
}

void TestInspector::addAddressChangesModelAndRules()
{
    QCOMPARE(m_rules->rowCount(), 47);
    QCOMPARE(rowsWithAddress(*m_rules, QStringLiteral("2001:db8:13::13")), 0);

    // Typed like a user, upper case: stored and shown in canonical form.
    QLineEdit *input = field("newAddress");
    QTest::keyClicks(input, QStringLiteral("2001:DB8:13::13"));
    QTest::mouseClick(m_inspector->findChild<QPushButton *>(QStringLiteral("addAddress")),
                      Qt::LeftButton);

    const Host *host = m_topology->hostById(QStringLiteral("fe3"));
    QCOMPARE(host->addresses.size(), 2);
    QCOMPARE(host->addresses[1].toString(), QStringLiteral("2001:db8:13::13"));
    QCOMPARE(listTexts(addressList()),
             (QStringList{QStringLiteral("10.1.3.13"), QStringLiteral("2001:db8:13::13")}));
    QCOMPARE(input->text(), QString());
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->text(0), QStringLiteral("Change addresses"));
    QCOMPARE(m_inspector->errorText(), QString());

    // The rule table follows: Director, Edge and back to the Edge over IPv6.
    QCOMPARE(m_rules->rowCount(), 50);
    QCOMPARE(rowsWithAddress(*m_rules, QStringLiteral("2001:db8:13::13")), 3);

    // Enter in the field adds as well.
    QTest::keyClicks(input, QStringLiteral("10.1.3.113"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(m_topology->hostById(QStringLiteral("fe3"))->addresses.size(), 3);
    QCOMPARE(m_undoStack->count(), 2);

    // Undo refreshes the list from the model.
    m_undoStack->undo();
    m_undoStack->undo();
    QCOMPARE(listTexts(addressList()), QStringList{QStringLiteral("10.1.3.13")});
    QCOMPARE(m_rules->rowCount(), 47);
}

void TestInspector::editAddressInPlace()
{
    QCOMPARE(rowsWithAddress(*m_rules, QStringLiteral("10.1.3.13")), 5);
    // What the item delegate does when an edit is committed.
    addressList()->item(0)->setText(QStringLiteral("10.1.3.14"));
    QCOMPARE(m_topology->hostById(QStringLiteral("fe3"))->addresses.first().toString(),
             QStringLiteral("10.1.3.14"));
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(rowsWithAddress(*m_rules, QStringLiteral("10.1.3.13")), 0);
    QCOMPARE(rowsWithAddress(*m_rules, QStringLiteral("10.1.3.14")), 5);
    QCOMPARE(listTexts(addressList()), QStringList{QStringLiteral("10.1.3.14")});

    // Editing to the same address in another spelling pushes nothing.
    m_inspector->setHosts({QStringLiteral("fe1")});
    addressList()->item(1)->setText(QStringLiteral("2001:DB8:13:0::11"));
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(addressList()->item(1)->text(), QStringLiteral("2001:db8:13::11"));
}

void TestInspector::removeAddress()
{
    m_inspector->setHosts({QStringLiteral("fe1")});
    addressList()->setCurrentRow(0);
    auto *remove = m_inspector->findChild<QPushButton *>(QStringLiteral("removeAddress"));
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(listTexts(addressList()), QStringList{QStringLiteral("2001:db8:13::11")});
    QCOMPARE(m_topology->hostById(QStringLiteral("fe1"))->addresses.size(), 1);
    // FE-01 loses its IPv4 rules: from the reverse proxy (2), the Director,
    // the Edge and to the Edge (1 each).
    QCOMPARE(m_rules->rowCount(), 42);
    m_undoStack->undo();
    QCOMPARE(m_rules->rowCount(), 47);
    QCOMPARE(listTexts(addressList()),
             (QStringList{QStringLiteral("10.1.3.11"), QStringLiteral("2001:db8:13::11")}));
}

void TestInspector::refusedAddress_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); ///< empty: the parser's own message

    QTest::newRow("three fields") << QStringLiteral("fe3") << QStringLiteral("10.1.3") << QString();
    QTest::newRow("octet too large")
        << QStringLiteral("fe3") << QStringLiteral("10.1.3.256") << QString();
    QTest::newRow("zone id") << QStringLiteral("fe3") << QStringLiteral("fe80::1%eth0")
                             << QString();
    QTest::newRow("word") << QStringLiteral("fe3") << QStringLiteral("server") << QString();
    QTest::newRow("host bits set")
        << QStringLiteral("clients-hq") << QStringLiteral("10.40.0.1/16") << QString();
    QTest::newRow("network on a server")
        << QStringLiteral("fe3") << QStringLiteral("10.1.3.0/24")
        << QStringLiteral("10.1.3.0/24 is a network; a Front-End Server needs host addresses");
    QTest::newRow("duplicate") << QStringLiteral("fe3") << QStringLiteral("10.1.3.13")
                               << QStringLiteral("10.1.3.13 is already an address of this host.");
    QTest::newRow("empty") << QStringLiteral("fe3") << QStringLiteral("   ")
                           << QStringLiteral("Type an IPv4 or IPv6 address.");
}

void TestInspector::refusedAddress()
{
    QFETCH(QString, host);
    QFETCH(QString, text);
    QFETCH(QString, message);
    if (message.isEmpty()) {
        QVERIFY(!Address::parse(text, &message));
        QVERIFY(!message.isEmpty());
    }
    m_inspector->setHosts({host});
    const QByteArray before = snapshot();
    const QStringList listed = listTexts(addressList());
    QSignalSpy changed(m_topology, &Topology::hostChanged);

    QLineEdit *input = field("newAddress");
    input->setText(text);
    QTest::keyClick(input, Qt::Key_Return);

    QCOMPARE(snapshot(), before);
    QCOMPARE(m_undoStack->count(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_rules->rowCount(), 47);
    QCOMPARE(listTexts(addressList()), listed);
    auto *error = m_inspector->findChild<QLabel *>(QStringLiteral("addressError"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), message);
    QCOMPARE(m_inspector->errorText(), message);
    // The typed text stays for the user to correct.
    QCOMPARE(input->text(), text);

    // A good address afterwards clears the message.
    input->setText(host == QLatin1String("clients-hq") ? QStringLiteral("10.40.0.0/16")
                                                       : QStringLiteral("10.1.3.99"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(m_undoStack->count(), 1);
    QVERIFY(!error->isVisible());
    QCOMPARE(m_inspector->errorText(), QString());
}

void TestInspector::refusedEditInPlace()
{
    const QByteArray before = snapshot();
    addressList()->item(0)->setText(QStringLiteral("10.1.3.13/32"));
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_undoStack->count(), 0);
    QCOMPARE(m_inspector->errorText(),
             QStringLiteral("10.1.3.13/32 is a network; a Front-End Server needs host addresses"));
    // The list shows the model's value again.
    QCOMPARE(listTexts(addressList()), QStringList{QStringLiteral("10.1.3.13")});
    QCOMPARE(rowsWithAddress(*m_rules, QStringLiteral("10.1.3.13")), 5);

    QString parserMessage;
    QVERIFY(!Address::parse(QStringLiteral("10.1.3.x"), &parserMessage));
    addressList()->item(0)->setText(QStringLiteral("10.1.3.x"));
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_inspector->errorText(), parserMessage);
}

void TestInspector::refusedRoleChange()
{
    m_inspector->setHosts({QStringLiteral("clients-hq")});
    const QByteArray before = snapshot();
    auto *role = m_inspector->findChild<QComboBox *>(QStringLiteral("hostRole"));
    const int director = role->findData(QStringLiteral("director"));
    QVERIFY(director >= 0);
    role->setCurrentIndex(director);
    Q_EMIT role->activated(director);
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_undoStack->count(), 0);
    QCOMPARE(role->currentData().toString(), QStringLiteral("internal-clients"));
    QCOMPARE(m_inspector->errorText(),
             QStringLiteral("Cannot change the role: 10.20.0.0/16 is a network; a Director needs "
                            "host addresses"));
}

void TestInspector::changeRole()
{
    auto *role = m_inspector->findChild<QComboBox *>(QStringLiteral("hostRole"));
    const int pool = role->findData(QStringLiteral("front-end-pool"));
    role->setCurrentIndex(pool);
    Q_EMIT role->activated(pool);
    QCOMPARE(m_topology->hostById(QStringLiteral("fe3"))->role, QStringLiteral("front-end-pool"));
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->text(0), QStringLiteral("Change role"));
    // A pool gets what a server gets: the same number of rules.
    QCOMPARE(m_rules->rowCount(), 47);
    m_undoStack->undo();
    QCOMPARE(role->currentData().toString(), QStringLiteral("front-end-server"));
}

void TestInspector::renameAndUndo()
{
    QLineEdit *name = field("hostName");
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("LYNC-FE-33"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(m_topology->hostById(QStringLiteral("fe3"))->name, QStringLiteral("LYNC-FE-33"));
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->text(0), QStringLiteral("Rename host"));
    QCOMPARE(
        m_rules->index(5, TestSupport::plainColumn(RuleColumn::DestinationHost)).data().toString(),
        QStringLiteral("LYNC-FE-33"));
    m_undoStack->undo();
    QCOMPARE(name->text(), QStringLiteral("LYNC-FE-03"));
    m_undoStack->redo();
    QCOMPARE(name->text(), QStringLiteral("LYNC-FE-33"));
}

void TestInspector::refusedEmptyName()
{
    const QByteArray before = snapshot();
    QLineEdit *name = field("hostName");
    name->setText(QStringLiteral("  "));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(snapshot(), before);
    QCOMPARE(m_undoStack->count(), 0);
    QCOMPARE(m_inspector->errorText(), QStringLiteral("The name is empty."));
    QCOMPARE(name->text(), QStringLiteral("LYNC-FE-03"));
}

void TestInspector::descriptionAndUndo()
{
    auto *description = m_inspector->findChild<QPlainTextEdit *>(QStringLiteral("hostDescription"));
    description->setPlainText(QStringLiteral("Third Front-End Server"));
    // Pending text is committed when the selection moves on.
    m_inspector->setHosts({QStringLiteral("fe2")});
    QCOMPARE(m_topology->hostById(QStringLiteral("fe3"))->description,
             QStringLiteral("Third Front-End Server"));
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->text(0), QStringLiteral("Change description"));
    QCOMPARE(description->toPlainText(), QString()); // fe2 has none

    m_inspector->setHosts({QStringLiteral("fe3")});
    QCOMPARE(description->toPlainText(), QStringLiteral("Third Front-End Server"));
    m_undoStack->undo();
    QCOMPARE(description->toPlainText(), QString());
    // Committing an unchanged text pushes nothing.
    m_inspector->commitPendingEdits();
    QCOMPARE(m_undoStack->count(), 1);
    QCOMPARE(m_undoStack->index(), 0);
}

void TestInspector::removedHostClearsInspector()
{
    m_undoStack->push(new RemoveHostsCommand(m_topology, {QStringLiteral("fe3")}));
    QCOMPARE(m_inspector->hostId(), QString());
    QVERIFY(m_inspector->findChild<QLabel *>(QStringLiteral("inspectorSummary"))->isVisible());
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
