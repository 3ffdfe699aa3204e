// libFuzzer target: Catalog::fromJson on arbitrary bytes, as a catalog file of
// the admin's own is read. Whatever parses must hold only valid indices, write
// its CSV, compose with a built-in catalog or refuse with a message, and lay
// out and derive a project of one host per role.
#include "catalogcsv.h"
#include "catalogregistry.h"
#include "layout.h"
#include "rules.h"

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void failure(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz_catalog: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Portolan;
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    // No folder: a file icon is refused as in a built-in catalog, so the
    // fuzzer never reads files named by its input.
    const auto catalog = Catalog::fromJson(input, QStringLiteral("fuzz.json"), &error);
    if (!catalog) {
        if (error.isEmpty())
            failure("parse failed without a message");
        return 0;
    }
    const qsizetype roles = catalog->roles().size();
    for (const Flow &flow : catalog->flows()) {
        for (int r : flow.sourceRoles + flow.destinationRoles) {
            if (r < 0 || r >= roles)
                failure("a flow names a role out of range:", flow.id);
        }
        if (flow.family < 0 || flow.family >= catalog->families().size())
            failure("a flow names a family out of range:", flow.id);
        if (flow.feature < -1 || flow.feature >= catalog->features().size())
            failure("a flow names a feature out of range:", flow.id);
        if (flow.portFirst < 1 || flow.portFirst > flow.portLast || flow.portLast > 65535)
            failure("a flow has a bad port range:", flow.id);
    }
    if (catalogCsv(*catalog, QStringLiteral("de")).count("\r\n") != catalog->flows().size() + 1)
        failure("the CSV does not hold one line per flow");

    QString why;
    const auto builtIn = Catalog::load(QStringLiteral("lync2013-single-director"), &why);
    if (!builtIn)
        failure("the built-in catalog does not load:", why);
    const auto composed = Catalog::compose({builtIn, catalog}, &why);
    if (!composed && why.isEmpty())
        failure("composing failed without a message");

    // One host per role, every feature on: layout and derivation must not trip
    // (within a budget of role pairs: a flow may name 256 roles on each side).
    qsizetype pairs = 0;
    for (const Flow &flow : catalog->flows())
        pairs += flow.sourceRoles.size() * flow.destinationRoles.size();
    if (pairs > 100000)
        return 0;
    Project project;
    project.catalogIds = {catalog->id()};
    for (const Feature &feature : catalog->features())
        project.features.append(feature.id);
    for (int r : catalog->hostRoles()) {
        Host host;
        host.id = QStringLiteral("h%1").arg(r);
        host.name = host.id;
        host.role = catalog->roles()[r].id;
        host.addresses.append(
            *Address::parse(QStringLiteral("10.0.%1.%2").arg(r / 250).arg(r % 250 + 1)));
        project.hosts.push_back(host);
    }
    if (arrangeByRole(*catalog, project).size() != qsizetype(project.hosts.size()))
        failure("the layout lost a host");
    const auto rules = deriveRules(*catalog, project);
    for (const Rule &rule : rules) {
        if (rule.flow >= catalog->flows().size())
            failure("a rule names a flow out of range");
    }
    return 0;
}
