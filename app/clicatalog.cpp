#include "clicatalog.h"

#include "catalogcsv.h"
#include "catalogregistry.h"
#include "cli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Portolan::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::Cli", text);
}

QString pad(const QString &text, qsizetype width)
{
    return text.leftJustified(width, u' ');
}

/// Problems of the admin's own catalog files, as warnings: they never stop a command.
void warnAboutSkipped(const CatalogRegistry &registry)
{
    for (const QString &problem : registry.problems())
        err() << QCoreApplication::applicationName().toLower() << ": " << tr("warning") << ": "
              << tr("catalog skipped: %1").arg(problem) << Qt::endl;
}

int listCatalogs(const CatalogRegistry &registry, const QString &lang)
{
    QList<QStringList> rows{{tr("ID"), tr("Product"), tr("Flows"), tr("Source"), tr("Name")}};
    for (const CatalogEntry &entry : registry.entries()) {
        if (!entry.catalog)
            continue;
        rows.append({entry.id, entry.catalog->product(),
                     QString::number(entry.catalog->flows().size()),
                     entry.builtIn ? tr("built-in") : QDir::toNativeSeparators(entry.path),
                     entry.catalog->name().text(lang)});
    }
    printTable(rows);
    if (!registry.userFolders().isEmpty()) {
        out() << Qt::endl << tr("Catalogs of your own are read from:") << Qt::endl;
        for (const QString &folder : registry.userFolders())
            out() << "  " << QDir::toNativeSeparators(folder) << Qt::endl;
    }
    warnAboutSkipped(registry);
    return Success;
}

int printCatalog(const Catalog &catalog, const QString &lang)
{
    auto roleList = [&](const QList<int> &roles) {
        QStringList names;
        for (int r : roles)
            names.append(catalog.roles()[r].id);
        return names.join(QStringLiteral(", "));
    };
    // Source ports and features get columns only in catalogs that have them,
    // which keeps the single-Director table as it always was.
    bool sourcePorts = false;
    bool features = false;
    for (const Flow &flow : catalog.flows()) {
        sourcePorts = sourcePorts || flow.hasSourcePort();
        features = features || flow.feature >= 0;
    }
    QStringList header{tr("#"), tr("Source"), tr("Destination"), tr("Transport")};
    if (sourcePorts)
        header.append(tr("Source Port"));
    header += QStringList{tr("Port"), tr("Protocol")};
    if (features)
        header.append(tr("Feature"));
    header.append(tr("Reference"));
    QList<QStringList> rows{header};
    QStringList cautions;
    for (int f = 0; f < catalog.flows().size(); ++f) {
        const Flow &flow = catalog.flows()[f];
        QStringList row{QString::number(f + 1), roleList(flow.sourceRoles),
                        roleList(flow.destinationRoles), flow.transport};
        if (sourcePorts)
            row.append(flow.hasSourcePort() ? flow.sourcePortText() : tr("any"));
        row += QStringList{flow.portText(), flow.protocol};
        if (features)
            row.append(flow.feature >= 0 ? catalog.features()[flow.feature].id : QString());
        row.append(flow.seedReference(lang));
        rows.append(row);
        if (!flow.caution.isEmpty())
            cautions.append(QStringLiteral("  %1: %2").arg(f + 1).arg(flow.caution.text(lang)));
    }
    qsizetype idWidth = 18;
    for (const Role &role : catalog.roles())
        idWidth = std::max(idWidth, role.id.size() + 2);

    out() << catalog.id() << ": " << catalog.name().text(lang) << Qt::endl;
    out() << tr("Source: %1 (%2)").arg(catalog.sourceTitle(), catalog.sourceDocument()) << Qt::endl
          << Qt::endl;
    out() << tr("Roles:") << Qt::endl;
    for (const Role &role : catalog.roles())
        out() << "  " << pad(role.id, idWidth) << role.name.text(lang) << Qt::endl;
    out() << Qt::endl;
    if (!catalog.features().isEmpty()) {
        out() << tr("Features (off unless a project enables them):") << Qt::endl;
        for (const Feature &feature : catalog.features()) {
            out() << "  " << pad(feature.id, idWidth) << feature.name.text(lang);
            if (!feature.isSupported())
                out() << " " << tr("[not supported: %1]").arg(feature.unsupported.text(lang));
            out() << Qt::endl;
        }
        out() << Qt::endl;
    }
    printTable(rows);
    if (!cautions.isEmpty()) {
        out() << Qt::endl << tr("Cautions (where Microsoft's pages disagree):") << Qt::endl;
        for (const QString &caution : std::as_const(cautions))
            out() << caution << Qt::endl;
    }
    return Success;
}

int writeCsv(const Catalog &catalog, const QString &lang)
{
    QFile stream;
    const QByteArray csv = catalogCsv(catalog, lang);
    if (!stream.open(stdout, QIODevice::WriteOnly) || stream.write(csv) != csv.size() ||
        !stream.flush())
        return fail(tr("cannot write to standard output"));
    return Success;
}

} // namespace

int runCatalog(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Print the catalog as a table (default) or as csv."),
                                    QStringLiteral("format"), QStringLiteral("table"));
    const QCommandLineOption validate(
        QStringLiteral("validate"),
        tr("Check the catalog file <file> as Portolan would load it from your catalog folder."),
        QStringLiteral("file"));
    parser.addOptions({format, validate, languageOption()});
    const int parsed =
        parseCommand(parser, QStringLiteral("catalog"), arguments,
                     tr("Lists the port catalogs with their sources, or prints the catalog ID."),
                     tr("ID The catalog id."));
    if (parsed >= 0)
        return parsed;
    const QStringList ids = parser.positionalArguments();
    if (ids.size() > 1)
        return fail(tr("catalog takes at most one ID"));
    const QString lang = parser.value(QStringLiteral("language"));
    const QString kind = parser.value(format).toLower();
    if (kind != QLatin1String("table") && kind != QLatin1String("csv"))
        return fail(
            tr("unknown catalog format '%1' (known: table, csv)").arg(parser.value(format)));
    const CatalogRegistry &registry = CatalogRegistry::instance();

    if (parser.isSet(validate)) {
        if (!ids.isEmpty())
            return fail(tr("--validate checks a FILE; give no catalog ID with it"));
        QString error;
        const QString path = parser.value(validate);
        const auto catalog = registry.validateFile(path, &error);
        if (!catalog)
            return fail(error);
        out() << tr("%1: catalog '%2' is valid: %3 roles, %4 flows")
                     .arg(path, catalog->id())
                     .arg(catalog->roles().size())
                     .arg(catalog->flows().size())
              << Qt::endl;
        return Success;
    }
    if (ids.isEmpty()) {
        if (kind == QLatin1String("csv"))
            return fail(tr("--format csv needs a catalog ID"));
        return listCatalogs(registry, lang);
    }
    QString error;
    const auto catalog = registry.catalog(ids.constFirst(), &error);
    if (!catalog) {
        const CatalogEntry *skipped = registry.entry(ids.constFirst());
        if (skipped && !skipped->problems.isEmpty())
            return fail(tr("the catalog '%1' is skipped: %2")
                            .arg(ids.constFirst(), skipped->problems.constFirst()));
        return fail(error);
    }
    return kind == QLatin1String("csv") ? writeCsv(*catalog, lang) : printCatalog(*catalog, lang);
}

} // namespace Portolan::Cli
