#include "planner.h"

#include "catalog.h"
#include "csvexport.h"
#include "projectfile.h"
#include "rules.h"

#include <QFile>

namespace Portolan {

int runPlanner(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QFile sample(QStringLiteral(":/samples/single-director.json"));
    sample.open(QIODevice::ReadOnly);
    Project project;
    QString error;
    if (!ProjectFile::parse(sample.readAll(), sample.fileName(), &project, &error))
        return 2;
    const auto catalog = Catalog::load(project.catalogId);
    QFile out;
    out.open(stdout, QIODevice::WriteOnly);
    writeRuleSheet(&out, *catalog, project, deriveRules(*catalog, project), CsvOptions());
    return 0;
}

} // namespace Portolan
