// The flow document and the diagram exports (issue "Flow diagrams for change
// requests"): SVG keeps text as text and stays well-formed with hostile names,
// PNG follows the dpi, the PDF has the pages, page sizes and text a change
// board needs, exports leave selection out, and the command line does the
// same without a display. PDF checks use pdfinfo and pdftotext (poppler-utils).

#include "arrowitem.h"
#include "catalog.h"
#include "catalogregistry.h"
#include "diagramexport.h"
#include "projectfile.h"
#include "propertiesdialog.h"
#include "rulecolumns.h"
#include "testsupport.h"
#include "topology.h"
#include "topologyscene.h"
#include "undocommands.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

using namespace Portolan;

namespace {

using TestSupport::sampleProject;

Host makeHost(const QString &id, const QString &name, const QString &role,
              const QStringList &addresses, const QPointF &position)
{
    Host host;
    host.id = id;
    host.name = name;
    host.role = role;
    for (const QString &text : addresses)
        host.addresses.append(*Address::parse(text));
    host.position = position;
    return host;
}

/// A Director and @p servers Front-End Servers: one rule per server, all rows
/// alike (same description, same number of lines), so every full page of the
/// rule table holds the same number of rows.
Project directorAndServers(int servers)
{
    Project project = sampleProject();
    project.title = QStringLiteral("Many Front-End Servers");
    project.hosts.clear();
    project.hosts.push_back(makeHost(QStringLiteral("dir1"), QStringLiteral("LYNC-DIR-01"),
                                     QStringLiteral("director"), {QStringLiteral("10.1.2.20")},
                                     QPointF(0, 0)));
    for (int i = 0; i < servers; ++i)
        project.hosts.push_back(makeHost(
            QStringLiteral("fe%1").arg(i), QStringLiteral("FE-%1").arg(i, 3, 10, QLatin1Char('0')),
            QStringLiteral("front-end-server"),
            {QStringLiteral("10.1.%1.%2").arg(3 + i / 200).arg(10 + i % 200)},
            QPointF(300 + (i % 10) * 180, (i / 10) * 140)));
    return project;
}

std::unique_ptr<Topology> makeTopology(Project project)
{
    QString error;
    auto catalog = catalogForProject(project, &error);
    if (!catalog)
        qFatal("%s", qPrintable(error));
    auto topology = std::make_unique<Topology>();
    topology->reset(std::move(project), catalog);
    return topology;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool haveTool(const char *name)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty();
}

#define REQUIRE_POPPLER()                                                                          \
    if (!haveTool("pdfinfo") || !haveTool("pdftotext"))                                            \
    QSKIP("pdfinfo and pdftotext (poppler-utils) are not installed")

/// Runs @p program and returns its standard output; fails the test on a non-zero exit.
QByteArray runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

int pdfPages(const QString &path)
{
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {path}));
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/// pdftotext's text, with ligatures (the "fi" of "Justification") unfolded.
QString pdfText(const QString &path, const QStringList &options = {QStringLiteral("-layout")})
{
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"),
                                     options + QStringList{path, QStringLiteral("-")}))
        .normalized(QString::NormalizationForm_KC);
}

QString pageText(const QString &path, int page, const QString &mode = QStringLiteral("-layout"))
{
    return pdfText(path, {mode, QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                          QString::number(page)});
}

/// The rule numbers printed in the first column of @p page ("-layout" text).
QList<int> ruleNumbersOnPage(const QString &text)
{
    QList<int> numbers;
    static const QRegularExpression row(QStringLiteral("^ {0,2}(\\d+) +\\S"));
    for (const QString &line : text.split(u'\n')) {
        const QRegularExpressionMatch match = row.match(line);
        if (match.hasMatch())
            numbers.append(match.captured(1).toInt());
    }
    return numbers;
}

struct Word
{
    QString text;
    qreal x;
    qreal y;
    qreal bottom;
};

/// pdftotext -bbox: every word of @p page with its box, in points.
QList<Word> pageWords(const QString &path, int page)
{
    const QByteArray xml =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                 QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
    QList<Word> words;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement &&
            reader.name() == QLatin1String("word")) {
            const auto attributes = reader.attributes();
            Word word;
            word.x = attributes.value(QLatin1String("xMin")).toDouble();
            word.y = attributes.value(QLatin1String("yMin")).toDouble();
            word.bottom = attributes.value(QLatin1String("yMax")).toDouble();
            word.text = reader.readElementText();
            words.append(word);
        }
    }
    return words;
}

/// Every <text> element's text; fails on malformed XML or a <script> element.
QStringList svgTexts(const QByteArray &svg, QString *problem)
{
    QStringList texts;
    QXmlStreamReader reader(svg);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() &&
            reader.name().compare(QLatin1String("script"), Qt::CaseInsensitive) == 0)
            *problem = QStringLiteral("a <script> element");
        if (reader.isStartElement() && reader.name() == QLatin1String("text"))
            texts.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    if (reader.hasError())
        *problem = QStringLiteral("not well-formed at line %1: %2")
                       .arg(reader.lineNumber())
                       .arg(reader.errorString());
    return texts;
}

struct CliResult
{
    int exitCode = -1;
    QByteArray err;
};

CliResult runPortolan(const QStringList &arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PORTOLAN_BINARY), arguments);
    CliResult result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

} // namespace

class TestDiagram : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void svgHoldsEveryNameAddressAndPortAsText();
    void svgSurvivesHostileNames_data();
    void svgSurvivesHostileNames();
    void pngFollowsDpi_data();
    void pngFollowsDpi();
    void exportLeavesSelectionOut();

    void pdfSampleHasItsPages();
    void pdfLongRuleTablePaginates();
    void pdfTextHoldsTitleBlockAndEveryRule();
    void pdfPageSizes_data();
    void pdfPageSizes();

    void propertiesDialogEditsThroughUndo();

    void cliExports_data();
    void cliExports();
    void cliFailuresLeaveOutputAlone();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestDiagram::init()
{
    QVERIFY(m_dir.isValid());
}

void TestDiagram::svgHoldsEveryNameAddressAndPortAsText()
{
    auto topology = makeTopology(sampleProject());
    QUndoStack undoStack;
    TopologyScene scene(topology.get(), &undoStack);
    QString error;
    QVERIFY2(exportDiagram(scene, DiagramFormat::Svg, path(QStringLiteral("s.svg")), {}, &error),
             qPrintable(error));
    QString problem;
    const QStringList texts = svgTexts(readAll(path(QStringLiteral("s.svg"))), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QSet<QString> textSet(texts.begin(), texts.end());

    QStringList expected;
    for (int i = 0; i < topology->hostCount(); ++i) {
        expected << topology->host(i).name;
        for (const Address &address : topology->host(i).addresses)
            expected << address.toString();
    }
    const QList<ArrowItem *> arrows = scene.arrowItems();
    QVERIFY(!arrows.isEmpty());
    for (ArrowItem *arrow : arrows)
        expected << arrow->labelText();
    // And the legend, so a printed diagram explains its line styles.
    expected << QStringLiteral("Flows") << QStringLiteral("Any source address");
    for (const QString &text : std::as_const(expected))
        QVERIFY2(textSet.contains(text), qPrintable(QStringLiteral("missing <text>: ") + text));
    QVERIFY(textSet.contains(QStringLiteral("TCP 50001, 50002, 50003")));
}

void TestDiagram::svgSurvivesHostileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("script") << QStringLiteral("</text><script>alert(1)</script>");
    QTest::newRow("markup") << QStringLiteral("A&B <C> \"quoted\" 'single' ]]> &amp;");
    QTest::newRow("rtl") << QStringLiteral(
        "\u05E9\u05E8\u05EA-\u05E8\u05D0\u05E9\u05D9 \u0645\u062E\u062F\u0645");
    QTest::newRow("emoji") << QStringLiteral("SRV \U0001F525\U0001F468\u200D\U0001F4BB");
    QTest::newRow("combining") << QStringLiteral("Cafe\u0301 Zu\u0308rich n\u0303");
}

void TestDiagram::svgSurvivesHostileNames()
{
    QFETCH(QString, name);
    Project project = sampleProject();
    project.hosts[4].name = name; // the Director, which most arrows touch
    project.title = name;         // SVG <title>
    auto topology = makeTopology(project);
    QString error;
    QVERIFY2(
        exportDiagram(*topology, DiagramFormat::Svg, path(QStringLiteral("h.svg")), {}, &error),
        qPrintable(error));
    const QByteArray svg = readAll(path(QStringLiteral("h.svg")));
    QString problem;
    const QStringList texts = svgTexts(svg, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The name stays text. Mixed-direction text comes out one <text> per
    // direction run, so look for every word of it.
    if (!texts.contains(name)) {
        for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
            const bool found = std::any_of(texts.begin(), texts.end(), [&](const QString &text) {
                return text.contains(word);
            });
            QVERIFY2(found, qPrintable(word + QStringLiteral(" not in ") + texts.join(u'|')));
        }
    }
    // The <title> holds the project title, escaped.
    QXmlStreamReader reader(svg);
    while (!reader.atEnd() && !(reader.readNext() == QXmlStreamReader::StartElement &&
                                reader.name() == QLatin1String("title"))) {
    }
    QCOMPARE(reader.readElementText(), name);
    QVERIFY(!svg.contains("<script"));
}

void TestDiagram::pngFollowsDpi_data()
{
    QTest::addColumn<int>("dpi");
    QTest::newRow("300") << 300;
    QTest::newRow("150") << 150;
}

void TestDiagram::pngFollowsDpi()
{
    QFETCH(int, dpi);
    auto topology = makeTopology(sampleProject());
    QUndoStack undoStack;
    TopologyScene scene(topology.get(), &undoStack);
    DiagramExportOptions options;
    options.dpi = dpi;
    QString error;
    QVERIFY2(
        exportDiagram(scene, DiagramFormat::Png, path(QStringLiteral("d.png")), options, &error),
        qPrintable(error));
    QImage image;
    QVERIFY(image.load(path(QStringLiteral("d.png")), "PNG"));
    // Scene units are CSS pixels, 96 to the inch.
    const QSizeF diagram = scene.diagramRect().size();
    QCOMPARE(image.size(), (diagram * (dpi / 96.0)).toSize());
    QVERIFY(image.width() > diagram.width() * 1.5);
    QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
    QCOMPARE(image.dotsPerMeterY(), qRound(dpi / 0.0254));
}

void TestDiagram::exportLeavesSelectionOut()
{
    auto topology = makeTopology(sampleProject());
    QUndoStack undoStack;
    TopologyScene scene(topology.get(), &undoStack);
    QString error;
    QVERIFY(
        exportDiagram(scene, DiagramFormat::Svg, path(QStringLiteral("plain.svg")), {}, &error));
    scene.selectHosts({QStringLiteral("dir1")});
    QCOMPARE(scene.selectedHostIds(), QStringList{QStringLiteral("dir1")});
    QVERIFY(
        exportDiagram(scene, DiagramFormat::Svg, path(QStringLiteral("selected.svg")), {}, &error));
    QCOMPARE(readAll(path(QStringLiteral("selected.svg"))),
             readAll(path(QStringLiteral("plain.svg"))));
    // The canvas keeps its selection after the export.
    QCOMPARE(scene.selectedHostIds(), QStringList{QStringLiteral("dir1")});
    QVERIFY(!scene.exportMode());
}

void TestDiagram::pdfSampleHasItsPages()
{
    REQUIRE_POPPLER();
    auto topology = makeTopology(sampleProject());
    const QString pdf = path(QStringLiteral("sample.pdf"));
    QString error;
    QVERIFY2(exportDiagram(*topology, DiagramFormat::Pdf, pdf, {}, &error), qPrintable(error));
    // A4 landscape: the diagram, 47 rules on four pages, nine hosts on one.
    QCOMPARE(topology->rules().size(), size_t(47));
    const int pages = pdfPages(pdf);
    QCOMPARE(pages, 6);
    QList<int> seen;
    int rulePages = 0;
    for (int page = 2; page <= pages; ++page) {
        const QString text = pageText(pdf, page);
        if (!text.contains(QStringLiteral("Firewall rules (47)")))
            continue;
        ++rulePages;
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Rule +Source Host"))),
                 "the header row is repeated on every rule page");
        seen += ruleNumbersOnPage(text);
    }
    QCOMPARE(rulePages, 4);
    QList<int> all;
    for (int i = 1; i <= 47; ++i)
        all << i;
    QCOMPARE(seen, all);
    QVERIFY(pageText(pdf, 6).contains(QStringLiteral("Hosts (9)")));
    // Without the host list, one page fewer.
    DiagramExportOptions options;
    options.document.includeHostList = false;
    QVERIFY(exportDiagram(*topology, DiagramFormat::Pdf, pdf, options, &error));
    QCOMPARE(pdfPages(pdf), 5);
}

void TestDiagram::pdfLongRuleTablePaginates()
{
    REQUIRE_POPPLER();
    const int servers = 60;
    auto topology = makeTopology(directorAndServers(servers));
    QCOMPARE(int(topology->rules().size()), servers); // Director -> each server, 444
    const QString pdf = path(QStringLiteral("long.pdf"));
    DiagramExportOptions options;
    options.document.includeHostList = false;
    QString error;
    QVERIFY2(exportDiagram(*topology, DiagramFormat::Pdf, pdf, options, &error), qPrintable(error));

    // Measure the first rule page: where the rows start, their pitch, where
    // the footer starts. All rows are alike, so a page holds as many rows as
    // fit between the first row and the footer.
    const QList<Word> words = pageWords(pdf, 2);
    std::map<int, qreal> rowTops; // rule number -> top of its first line
    qreal footerTop = 1e9;
    qreal firstColumnRight = 1e9;
    for (const Word &word : words) {
        if (word.text == QLatin1String("Source"))
            firstColumnRight = std::min(firstColumnRight, word.x);
    }
    for (const Word &word : words) {
        bool isNumber = false;
        const int number = word.text.toInt(&isNumber);
        if (isNumber && word.x < firstColumnRight)
            rowTops[number] = word.y;
        if (word.text == QLatin1String("JJ204648)"))
            footerTop = std::min(footerTop, word.y); // "... (source: JJ204648)" in the footer
    }
    QVERIFY(rowTops.size() > 3);
    QVERIFY(footerTop < 1e9);
    const qreal pitch = rowTops[2] - rowTops[1];
    QVERIFY(pitch > 0);
    QVERIFY(std::abs(rowTops[3] - rowTops[2] - pitch) < 0.05);
    int fit = 0;
    while (rowTops[1] + (fit + 1) * pitch <= footerTop)
        ++fit;
    QCOMPARE(int(rowTops.size()), fit);
    const int rulePages = (servers + fit - 1) / fit;
    QVERIFY2(rulePages >= 3, "the topology must need three or more rule pages");
    const int expectedPages = 1 + rulePages;
    QCOMPARE(pdfPages(pdf), expectedPages);

    // Each rule page repeats the header and continues where the last stopped.
    int next = 1;
    for (int page = 2; page <= expectedPages; ++page) {
        const QString text = pageText(pdf, page);
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Rule +Source Host"))));
        QVERIFY(text.contains(page == 2 ? QStringLiteral("Firewall rules (60)\n")
                                        : QStringLiteral("Firewall rules (60) (continued)")));
        QVERIFY(text.contains(QStringLiteral("Many Front-End Servers")));
        const QList<int> numbers = ruleNumbersOnPage(text);
        QCOMPARE(numbers.size(), page < expectedPages ? fit : servers - fit * (rulePages - 1));
        for (int number : numbers)
            QCOMPARE(number, next++);
    }
    QCOMPARE(next, servers + 1);
}

void TestDiagram::pdfTextHoldsTitleBlockAndEveryRule()
{
    REQUIRE_POPPLER();
    auto topology = makeTopology(sampleProject());
    const QString pdf = path(QStringLiteral("text.pdf"));
    QString error;
    QVERIFY(exportDiagram(*topology, DiagramFormat::Pdf, pdf, {}, &error));
    const int pages = pdfPages(pdf);
    QVERIFY(pages > 1);

    const QString first = pageText(pdf, 1);
    const ChangeRequest &cr = topology->project().changeRequest;
    for (const QString &expected :
         {topology->project().title, QStringLiteral("Change request: ") + cr.number,
          QStringLiteral("Requester: ") + cr.requester, QStringLiteral("Author: ") + cr.author,
          QStringLiteral("Date: ") + cr.date, QStringLiteral("Revision: ") + cr.revision,
          QStringLiteral("Justification: ") + cr.justification,
          QStringLiteral("Lync Server 2013, port summary for a single Director (source: "
                         "JJ204648)")})
        QVERIFY2(first.contains(expected),
                 qPrintable(expected + QStringLiteral("\n---\n") + first));

    // Every page: the running header with title, change request and "i / N".
    for (int page = 1; page <= pages; ++page) {
        const QString raw = pageText(pdf, page, QStringLiteral("-raw"));
        const QString header =
            topology->project().title + QStringLiteral(" \u2014 Change request ") + cr.number;
        QVERIFY2(raw.contains(header), qPrintable(raw.left(300)));
        QVERIFY(raw.contains(QStringLiteral("%1 / %2").arg(page).arg(pages)));
        // -layout sets text on a character grid and may close up the narrow spaces.
        QVERIFY(pageText(pdf, page).contains(
            QRegularExpression(QStringLiteral("\\b%1 ?/ ?%2\\b").arg(page).arg(pages))));
    }

    // Every rule row: number, source and destination address and port on its first line.
    QStringList lines;
    for (int page = 2; page <= pages; ++page)
        lines += pageText(pdf, page).split(u'\n');
    const Catalog &catalog = topology->catalog();
    const Project &project = topology->project();
    const auto &rules = topology->rules();
    for (size_t i = 0; i < rules.size(); ++i) {
        const qsizetype number = qsizetype(i) + 1;
        auto cell = [&](RuleColumn column) {
            return ruleCellText({catalog, project, QStringLiteral("en")}, rules[i], number, column);
        };
        const QStringList wanted{cell(RuleColumn::SourceAddress),
                                 cell(RuleColumn::DestinationAddress), cell(RuleColumn::Port),
                                 cell(RuleColumn::Transport)};
        bool found = false;
        for (const QString &line : std::as_const(lines)) {
            const QStringList tokens = line.simplified().split(u' ');
            // The number stands in the first column, at the start of the line.
            if (tokens.value(0) != QString::number(number) || line.indexOf(tokens.value(0)) > 2)
                continue;
            found = true;
            for (const QString &w : wanted)
                QVERIFY2(
                    tokens.contains(w),
                    qPrintable(QStringLiteral("rule %1 lacks %2: %3").arg(number).arg(w, line)));
            break;
        }
        QVERIFY2(found, qPrintable(QStringLiteral("rule %1 is not printed").arg(number)));
    }
}

void TestDiagram::pdfPageSizes_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("portrait");
    QTest::addColumn<QString>("expected");
    QTest::newRow("A4 landscape") << int(QPageSize::A4) << false
                                  << QStringLiteral("842 x 595 pts (A4)");
    QTest::newRow("A4 portrait") << int(QPageSize::A4) << true
                                 << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("Letter landscape")
        << int(QPageSize::Letter) << false << QStringLiteral("792 x 612 pts (letter)");
    QTest::newRow("Letter portrait")
        << int(QPageSize::Letter) << true << QStringLiteral("612 x 792 pts (letter)");
}

void TestDiagram::pdfPageSizes()
{
    REQUIRE_POPPLER();
    QFETCH(int, size);
    QFETCH(bool, portrait);
    QFETCH(QString, expected);
    auto topology = makeTopology(sampleProject());
    DiagramExportOptions options;
    options.pageSize = QPageSize(QPageSize::PageSizeId(size));
    options.orientation = portrait ? QPageLayout::Portrait : QPageLayout::Landscape;
    const QString pdf = path(QStringLiteral("size.pdf"));
    QString error;
    QVERIFY(exportDiagram(*topology, DiagramFormat::Pdf, pdf, options, &error));
    const QString info = QString::fromUtf8(
        runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                            QStringLiteral("-l"), QStringLiteral("99"), pdf}));
    const int pages = pdfPages(pdf);
    QVERIFY(pages >= 4);
    // Every page has the size, and every rule is still printed.
    QCOMPARE(int(info.count(QRegularExpression(QStringLiteral("Page +\\d+ size: +") +
                                               QRegularExpression::escape(expected)))),
             pages);
    QList<int> numbers;
    for (int page = 2; page <= pages; ++page)
        numbers += ruleNumbersOnPage(pageText(pdf, page));
    QCOMPARE(numbers.size(), int(topology->rules().size()));
    QCOMPARE(numbers.constLast(), int(topology->rules().size()));
}

void TestDiagram::propertiesDialogEditsThroughUndo()
{
    auto topology = makeTopology(sampleProject());
    const Project before = topology->project();
    QUndoStack undoStack;
    PropertiesDialog dialog(before.title, before.changeRequest);
    auto field = [&](const QString &accessibleName) -> QLineEdit * {
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            if (edit->accessibleName() == accessibleName)
                return edit;
        return nullptr;
    };
    for (const QString &name : {QStringLiteral("Title"), QStringLiteral("Change request number"),
                                QStringLiteral("Requester"), QStringLiteral("Author"),
                                QStringLiteral("Date"), QStringLiteral("Revision")})
        QVERIFY2(field(name), qPrintable(name));
    QCOMPARE(field(QStringLiteral("Change request number"))->text(),
             QStringLiteral("CR-2013-0042"));

    const auto retype = [](QLineEdit *edit, const QString &text) {
        edit->selectAll();
        QTest::keyClicks(edit, text);
    };
    retype(field(QStringLiteral("Title")), QStringLiteral("Director rollout"));
    retype(field(QStringLiteral("Change request number")), QStringLiteral("CHG-7"));
    retype(field(QStringLiteral("Requester")), QStringLiteral("Jane Roe"));
    retype(field(QStringLiteral("Revision")), QStringLiteral("3"));
    auto *justification = dialog.findChild<QPlainTextEdit *>();
    QVERIFY(justification);
    justification->selectAll();
    QTest::keyClicks(justification, QStringLiteral("Needed for the audit."));

    // As File → Project Properties does on OK.
    undoStack.push(new ChangeDetailsCommand(topology.get(), dialog.title(), dialog.details()));
    QCOMPARE(undoStack.count(), 1);
    QCOMPARE(topology->project().title, QStringLiteral("Director rollout"));
    QCOMPARE(topology->project().changeRequest.number, QStringLiteral("CHG-7"));
    QCOMPARE(topology->project().changeRequest.requester, QStringLiteral("Jane Roe"));
    QCOMPARE(topology->project().changeRequest.revision, QStringLiteral("3"));
    QCOMPARE(topology->project().changeRequest.justification,
             QStringLiteral("Needed for the audit."));
    QCOMPARE(topology->project().changeRequest.author, before.changeRequest.author);

    undoStack.undo();
    QCOMPARE(topology->project().title, before.title);
    QVERIFY(topology->project().changeRequest == before.changeRequest);
    undoStack.redo();
    QCOMPARE(topology->project().changeRequest.number, QStringLiteral("CHG-7"));

    // An unchanged dialog is no undo step.
    PropertiesDialog unchanged(topology->project().title, topology->project().changeRequest);
    undoStack.push(
        new ChangeDetailsCommand(topology.get(), unchanged.title(), unchanged.details()));
    QCOMPARE(undoStack.count(), 1);
}

void TestDiagram::cliExports_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("svg") << QStringLiteral("out.svg") << QStringList();
    QTest::newRow("pdf") << QStringLiteral("out.pdf") << QStringList();
    QTest::newRow("pdf letter portrait")
        << QStringLiteral("out.pdf")
        << QStringList{QStringLiteral("--page-size"), QStringLiteral("Letter"),
                       QStringLiteral("--portrait"), QStringLiteral("--no-host-list")};
    QTest::newRow("png") << QStringLiteral("out.png")
                         << QStringList{QStringLiteral("--dpi"), QStringLiteral("150")};
    QTest::newRow("format") << QStringLiteral("drawing")
                            << QStringList{QStringLiteral("--format"), QStringLiteral("svg")};
}

void TestDiagram::cliExports()
{
    QFETCH(QString, name);
    QFETCH(QStringList, extra);
    const QString sample =
        QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/samples/single-director.json");
    const QString out = path(name);
    QFile::remove(out);
    const CliResult result = runPortolan(
        QStringList{QStringLiteral("export"), sample, QStringLiteral("--output"), out} + extra);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QByteArray data = readAll(out);
    if (name.endsWith(QLatin1String(".png"))) {
        QImage image;
        QVERIFY(image.loadFromData(data, "PNG"));
        QCOMPARE(image.dotsPerMeterX(), qRound(150 / 0.0254));
    } else if (name.endsWith(QLatin1String(".pdf"))) {
        QVERIFY(data.startsWith("%PDF-"));
        if (haveTool("pdfinfo")) {
            // A4 landscape: 1 + 4 + 1; Letter portrait without hosts: 1 + 4.
            QCOMPARE(pdfPages(out), extra.isEmpty() ? 6 : 5);
            const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {out}));
            QVERIFY(info.contains(extra.isEmpty() ? QStringLiteral("842 x 595 pts")
                                                  : QStringLiteral("612 x 792 pts")));
        }
    } else {
        QString problem;
        const QStringList texts = svgTexts(data, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(texts.contains(QStringLiteral("LYNC-DIR-01")));
    }
}

void TestDiagram::cliFailuresLeaveOutputAlone()
{
    const QString sample =
        QStringLiteral(PORTOLAN_SOURCE_DIR "/resources/samples/single-director.json");
    const QByteArray previous("an earlier export\n");
    for (const QString &name :
         {QStringLiteral("keep.svg"), QStringLiteral("keep.pdf"), QStringLiteral("keep.png")}) {
        const QString out = path(name);
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(previous);
        file.close();
        for (const QStringList &bad :
             {QStringList{QStringLiteral("--dpi"), QStringLiteral("0")},
              QStringList{QStringLiteral("--dpi"), QStringLiteral("abc")},
              QStringList{QStringLiteral("--page-size"), QStringLiteral("B7")}}) {
            const CliResult result = runPortolan(
                QStringList{QStringLiteral("export"), sample, QStringLiteral("--output"), out} +
                bad);
            QCOMPARE(result.exitCode, 2);
            QVERIFY(!result.err.isEmpty());
            QCOMPARE(readAll(out), previous);
        }
    }

    // A folder nothing can be written into: below a regular file (this holds
    // for root too), and a read-only folder where permissions bind.
    const QString blocker = path(QStringLiteral("not-a-folder"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    for (const QString &name :
         {QStringLiteral("d.svg"), QStringLiteral("d.pdf"), QStringLiteral("d.png")}) {
        const CliResult result =
            runPortolan({QStringLiteral("export"), sample, QStringLiteral("--output"),
                         blocker + QStringLiteral("/") + name});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("cannot"));
    }
    const QString readOnly = path(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(readOnly));
    const QString kept = readOnly + QStringLiteral("/kept.pdf");
    QFile keptFile(kept);
    QVERIFY(keptFile.open(QIODevice::WriteOnly));
    keptFile.write(previous);
    keptFile.close();
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner);
    QFile probe(readOnly + QStringLiteral("/probe"));
    const bool permissionsBind = !probe.open(QIODevice::WriteOnly);
    if (permissionsBind) {
        const CliResult result =
            runPortolan({QStringLiteral("export"), sample, QStringLiteral("--output"), kept});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(readAll(kept), previous);
    } else {
        probe.remove(); // root: permissions do not bind; the case above covers it
    }
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QTEST_MAIN(TestDiagram)
#include "tst_diagram.moc"
