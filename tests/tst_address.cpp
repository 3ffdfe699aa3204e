// Address parsing: strict IPv4/IPv6/CIDR text, RFC 5952 canonical output, and
// a message that says why for every refused string.

#include "address.h"

#include <QTest>

using namespace Portolan;

class TestAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void good_data();
    void good();
    void bad_data();
    void bad();
    void properties();
    void bytes();
    void equality();
    void errorIsOptional();
};

void TestAddress::good_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");

    auto row = [](const char *text, const char *canonical) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(canonical);
    };
    // IPv4 hosts and networks.
    row("10.1.2.3", "10.1.2.3");
    row("0.0.0.0", "0.0.0.0");
    row("255.255.255.255", "255.255.255.255");
    row("10.0.0.0/8", "10.0.0.0/8");
    row("192.168.0.0/16", "192.168.0.0/16");
    row("0.0.0.0/0", "0.0.0.0/0");
    row("10.1.2.3/32", "10.1.2.3/32");
    row("10.30.8.0/22", "10.30.8.0/22");
    row("172.16.0.0/12", "172.16.0.0/12");
    // IPv6: case, leading zeros, compression (RFC 5952 section 4).
    row("2001:DB8::1", "2001:db8::1");
    row("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1");
    row("ABCD:EF01:2345:6789:abcd:ef01:2345:6789", "abcd:ef01:2345:6789:abcd:ef01:2345:6789");
    row("2001:0:0:1:0:0:0:1", "2001:0:0:1::1");       // the longest run
    row("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"); // first run on a tie
    row("1:0:0:2:0:0:0:3", "1:0:0:2::3");
    row("0:0:1:0:0:0:0:0", "0:0:1::");
    row("2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"); // no :: for one zero group
    row("2001:db8::1:1:1:1:1", "2001:db8:0:1:1:1:1:1");
    row("1:2:3:4:5:6:7::", "1:2:3:4:5:6:7:0");
    row("::2:3:4:5:6:7:8", "0:2:3:4:5:6:7:8");
    row("1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8");
    row("::", "::");
    row("0:0:0:0:0:0:0:0", "::");
    row("::1", "::1");
    row("0:0:0:0:0:0:0:1", "::1");
    row("1::", "1::");
    row("fe80::1", "fe80::1");
    row("FE80:0000::0001", "fe80::1");
    row("2001:db8:0:0:0:0:2:1", "2001:db8::2:1");
    // IPv4 tails: mapped addresses keep the dotted form (RFC 5952 section 5).
    row("::ffff:10.0.0.1", "::ffff:10.0.0.1");
    row("::FFFF:0a00:0001", "::ffff:10.0.0.1");
    row("::ffff:0.0.0.0", "::ffff:0.0.0.0");
    row("::10.0.0.1", "::a00:1");
    row("64:ff9b::192.0.2.33", "64:ff9b::c000:221");
    row("1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304");
    // IPv6 networks.
    row("2001:db8::/32", "2001:db8::/32");
    row("2001:DB8:200::/56", "2001:db8:200::/56");
    row("::/0", "::/0");
    row("2001:db8::1/128", "2001:db8::1/128");
    row("fe80::/10", "fe80::/10");
}

void TestAddress::good()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QString error = QStringLiteral("unchanged");
    const auto address = Address::parse(text, &error);
    QVERIFY2(address.has_value(), qPrintable(error));
    QCOMPARE(error, QStringLiteral("unchanged"));
    QCOMPARE(address->toString(), canonical);
    // The canonical form parses to the same address and prints unchanged.
    const auto again = Address::parse(canonical);
    QVERIFY(again.has_value());
    QVERIFY(*again == *address);
    QCOMPARE(again->toString(), canonical);
}

void TestAddress::bad_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");

    auto row = [](const char *name, const QString &text, const char *error) {
        QTest::newRow(name) << text << QString::fromUtf8(error);
    };
    auto same = [&](const char *text, const char *error) {
        row(text, QString::fromUtf8(text), error);
    };
    row("empty", QString(), "the address is empty");
    // inet_aton() forms that QHostAddress and ping accept.
    same("10.1", "an IPv4 address needs four dot-separated numbers, '10.1' has 2");
    same("10.1.2", "an IPv4 address needs four dot-separated numbers, '10.1.2' has 3");
    same("167772161", "an IPv4 address needs four dot-separated numbers, '167772161' has 1");
    same("010.0.0.1",
         "'010' has a leading zero in '010.0.0.1' (it would be read as octal elsewhere)");
    same("1.2.3.04", "'04' has a leading zero in '1.2.3.04' (it would be read as octal elsewhere)");
    same("0x0A.0.0.1", "'0x0A' is not a decimal number in '0x0A.0.0.1'");
    same("256.0.0.1", "'256' is larger than 255 in '256.0.0.1'");
    same("1.2.3.1000", "'1000' is larger than 255 in '1.2.3.1000'");
    same("1.2.3.4.5", "an IPv4 address needs four dot-separated numbers, '1.2.3.4.5' has 5");
    same("1..2.3", "'1..2.3' has an empty field");
    same("1.2.3.", "'1.2.3.' has an empty field");
    same("+1.2.3.4", "'+1' is not a decimal number in '+1.2.3.4'");
    same("-1.2.3.4", "'-1' is not a decimal number in '-1.2.3.4'");
    // What people type for an address: host names and lists.
    same("localhost", "'localhost' is a host name, not an address; give its IP address (for "
                      "example from 'nslookup localhost')");
    same("lyncdir02.contoso.local",
         "'lyncdir02.contoso.local' is a host name, not an address; give its IP address (for "
         "example from 'nslookup lyncdir02.contoso.local')");
    same("LYNC-FE-01", "'LYNC-FE-01' is a host name, not an address; give its IP address (for "
                       "example from 'nslookup LYNC-FE-01')");
    same("10.1.2.22, 10.1.2.23", "'10.1.2.22, 10.1.2.23' holds 2 addresses; give one address at a "
                                 "time");
    same("10.1.2.22;2001:db8::1", "'10.1.2.22;2001:db8::1' holds 2 addresses; give one address "
                                  "at a time");
    same("10.1.2.22 10.1.2.23 10.1.2.24",
         "'10.1.2.22 10.1.2.23 10.1.2.24' holds 3 addresses; give one address at a time");
    // White space, inside or around.
    same(" 10.0.0.1", "' 10.0.0.1' has white space around it");
    same("10.0.0.1 ", "'10.0.0.1 ' has white space around it");
    row("trailing newline", QStringLiteral("10.0.0.1\n"), "'10.0.0.1\n' has white space around it");
    row("leading tab", QStringLiteral("\t::1"), "'\t::1' has white space around it");
    row("no-break space", QStringLiteral("\u00a010.0.0.1"),
        "'\u00a010.0.0.1' has white space around it");
    same("10.0. 0.1", "' 0' is not a decimal number in '10.0. 0.1'");
    // Unicode digits look like numbers but are not ASCII.
    row("arabic-indic digits", QStringLiteral("\u0661\u0660.0.0.1"),
        "'\u0661\u0660' is not a decimal number in '\u0661\u0660.0.0.1'");
    row("fullwidth digits", QStringLiteral("\uff11\uff10.0.0.1"),
        "'\uff11\uff10' is not a decimal number in '\uff11\uff10.0.0.1'");
    row("devanagari prefix", QStringLiteral("10.0.0.0/\u096e"),
        "the prefix length '\u096e' in '10.0.0.0/\u096e' is not a decimal number");
    row("fullwidth hex", QStringLiteral("fe80::\uff41"),
        "'fe80::\uff41' contains '\uff41', which is not allowed in an IPv6 address");
    // Prefixes.
    same("10.0.0.0/33",
         "the prefix length /33 in '10.0.0.0/33' is longer than the 32 bits of an IPv4 address");
    same("10.0.0.0/1000",
         "the prefix length /1000 in '10.0.0.0/1000' is longer than the 32 bits of an IPv4 "
         "address");
    same("10.0.0.0/99999999999",
         "the prefix length /99999999999 in '10.0.0.0/99999999999' is longer than the 32 bits of "
         "an IPv4 address");
    same("::/129",
         "the prefix length /129 in '::/129' is longer than the 128 bits of an IPv6 address");
    same("10.50.0.1/16", "'10.50.0.1/16' has host bits set; the network is 10.50.0.0/16");
    same("10.0.0.1/31", "'10.0.0.1/31' has host bits set; the network is 10.0.0.0/31");
    same("2001:db8::1/64", "'2001:db8::1/64' has host bits set; the network is 2001:db8::/64");
    same("2001:db8::/0", "'2001:db8::/0' has host bits set; the network is ::/0");
    same("1.2.3.4/", "the prefix length '' in '1.2.3.4/' is not a decimal number");
    same("1.2.3.4/08", "the prefix length '08' in '1.2.3.4/08' has a leading zero");
    same("10.0.0.0/-1", "the prefix length '-1' in '10.0.0.0/-1' is not a decimal number");
    same("10.0.0.0/+8", "the prefix length '+8' in '10.0.0.0/+8' is not a decimal number");
    same("10.0.0.0/8/8", "the prefix length '8/8' in '10.0.0.0/8/8' is not a decimal number");
    same("/8", "'/8' has no address before the prefix length");
    // IPv6 structure.
    same("fe80::1%eth0", "'fe80::1%eth0' has a zone id; zone ids are local to one machine and "
                         "cannot be used in firewall rules");
    same("fe80::1%", "'fe80::1%' has a zone id; zone ids are local to one machine and cannot be "
                     "used in firewall rules");
    same(":::", "':::' has three colons in a row");
    same("1:::2", "'1:::2' has three colons in a row");
    same("2001::db8::1", "'2001::db8::1' uses '::' more than once");
    same("1:2:3:4:5:6:7:8:9", "'1:2:3:4:5:6:7:8:9' has 9 groups; an IPv6 address has 8 (or uses "
                              "'::')");
    same("1:2:3:4:5:6:7", "'1:2:3:4:5:6:7' has 7 groups; an IPv6 address has 8 (or uses '::')");
    same("1:2:3:4:5:6:7:8::", "'1:2:3:4:5:6:7:8::' has too many groups for '::' to stand for any");
    same("::1:2:3:4:5:6:7:8", "'::1:2:3:4:5:6:7:8' has too many groups for '::' to stand for any");
    same(":1:2:3:4:5:6:7", "':1:2:3:4:5:6:7' has an empty group (a single ':' where '::' or a "
                           "group belongs)");
    same("1:2:3:4:5:6:7:", "'1:2:3:4:5:6:7:' has an empty group (a single ':' where '::' or a "
                           "group belongs)");
    same("2001:db8::12345", "the group '12345' in '2001:db8::12345' has more than four hex digits");
    same("02001:db8::1", "the group '02001' in '02001:db8::1' has more than four hex digits");
    same("g::1", "'g::1' contains 'g', which is not allowed in an IPv6 address");
    same("[::1]", "'[::1]' contains '[', which is not allowed in an IPv6 address");
    same("::1.2.3.4:1", "'::1.2.3.4:1' has an IPv4 part that is not at its end");
    same("1.2.3.4::", "'1.2.3.4::' has an IPv4 part that is not at its end");
    same("::ffff:256.0.0.1", "the IPv4 part of '::ffff:256.0.0.1' is invalid: '256' is larger "
                             "than 255 in '256.0.0.1'");
    same("::ffff:10.1", "the IPv4 part of '::ffff:10.1' is invalid: an IPv4 address needs four "
                        "dot-separated numbers, '10.1' has 2");
    same("1:2:3:4:5:6:7:1.2.3.4", "'1:2:3:4:5:6:7:1.2.3.4' has 9 groups; an IPv6 address has 8 "
                                  "(or uses '::')");
    same("1:2:3:4:5:6:7:8/129", "the prefix length /129 in '1:2:3:4:5:6:7:8/129' is longer than "
                                "the 128 bits of an IPv6 address");
}

void TestAddress::bad()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString message;
    const auto address = Address::parse(text, &message);
    QVERIFY(!address.has_value());
    QCOMPARE(message, error);
}

void TestAddress::properties()
{
    const auto host4 = Address::parse(QStringLiteral("10.1.2.3"));
    QVERIFY(host4);
    QVERIFY(host4->isIPv4());
    QVERIFY(!host4->isIPv6());
    QVERIFY(!host4->isNetwork());
    QCOMPARE(host4->prefixLength(), -1);
    QCOMPARE(host4->familyBits(), 32);

    const auto net4 = Address::parse(QStringLiteral("10.1.2.3/32"));
    QVERIFY(net4);
    QVERIFY(net4->isNetwork());
    QCOMPARE(net4->prefixLength(), 32);
    QVERIFY(*net4 != *host4); // /32 is written as a network on purpose

    const auto net6 = Address::parse(QStringLiteral("2001:db8:200::/56"));
    QVERIFY(net6);
    QVERIFY(net6->isIPv6());
    QCOMPARE(net6->family(), Address::Family::IPv6);
    QCOMPARE(net6->prefixLength(), 56);
    QCOMPARE(net6->familyBits(), 128);

    const auto any6 = Address::parse(QStringLiteral("::/0"));
    QVERIFY(any6);
    QCOMPARE(any6->prefixLength(), 0);
}

void TestAddress::bytes()
{
    const auto v4 = Address::parse(QStringLiteral("192.168.10.254"));
    QVERIFY(v4);
    QCOMPARE(int(v4->bytes()[0]), 192);
    QCOMPARE(int(v4->bytes()[1]), 168);
    QCOMPARE(int(v4->bytes()[2]), 10);
    QCOMPARE(int(v4->bytes()[3]), 254);
    for (size_t i = 4; i < 16; ++i)
        QCOMPARE(int(v4->bytes()[i]), 0);

    const auto v6 = Address::parse(QStringLiteral("2001:db8::ff:1"));
    QVERIFY(v6);
    const std::array<quint8, 16> expected{0x20, 0x01, 0x0d, 0xb8, 0, 0,    0, 0,
                                          0,    0,    0,    0,    0, 0xff, 0, 1};
    QVERIFY(v6->bytes() == expected);

    const auto mapped = Address::parse(QStringLiteral("::ffff:1.2.3.4"));
    QVERIFY(mapped);
    QCOMPARE(int(mapped->bytes()[10]), 0xff);
    QCOMPARE(int(mapped->bytes()[11]), 0xff);
    QCOMPARE(int(mapped->bytes()[15]), 4);
}

void TestAddress::equality()
{
    // Spellings of one address are equal; the families never are.
    QVERIFY(*Address::parse(QStringLiteral("2001:DB8::1")) ==
            *Address::parse(QStringLiteral("2001:db8:0:0:0:0:0:1")));
    QVERIFY(*Address::parse(QStringLiteral("::ffff:10.0.0.1")) !=
            *Address::parse(QStringLiteral("10.0.0.1")));
    QVERIFY(*Address::parse(QStringLiteral("10.0.0.0/8")) !=
            *Address::parse(QStringLiteral("10.0.0.0/16")));
    QVERIFY(*Address::parse(QStringLiteral("0.0.0.0")) != *Address::parse(QStringLiteral("::")));
}

void TestAddress::errorIsOptional()
{
    QVERIFY(!Address::parse(QStringLiteral("10.1")).has_value());
    QVERIFY(!Address::parse(QString()).has_value());
    QVERIFY(Address::parse(QStringLiteral("10.0.0.1")).has_value());
}

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
