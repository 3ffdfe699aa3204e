#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Portolan {

/// The columns of `portolan catalog ID --format csv`, in order.
const QStringList &catalogCsvColumns();

/// The flows of @p catalog as RFC 4180 CSV (CRLF line ends, a header row):
/// one row per flow, roles as ids joined by "; ", ports as "N" or "N-M", an
/// empty source port for any, references and cautions in @p language. Text
/// cells that a spreadsheet would run as a formula are neutralised as the rule
/// sheet's are.
QByteArray catalogCsv(const Catalog &catalog, const QString &language);

} // namespace Portolan
