#include "catalogfeatures.h"

#include "rules.h"

#include <QCoreApplication>

namespace Portolan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Portolan::Features", text);
}

} // namespace

QString featureProblem(const Catalog &catalog, const QStringList &features)
{
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QString &id = features[i];
        if (features.indexOf(id) < i)
            return tr("names the feature '%1' twice").arg(id);
        const int index = catalog.featureIndex(id);
        if (index < 0) {
            QStringList offered;
            for (const Feature &feature : catalog.features())
                offered.append(feature.id);
            if (offered.isEmpty())
                return tr("names the feature '%1', but the project's catalogs offer none").arg(id);
            return tr("names the feature '%1', which the project's catalogs do not offer "
                      "(offered: %2)")
                .arg(id, offered.join(QStringLiteral(", ")));
        }
        const Feature &feature = catalog.features()[index];
        if (!feature.isSupported())
            return tr("names the feature '%1', which catalog '%2' does not support: %3")
                .arg(id, feature.unsupportedBy, feature.unsupported.en);
    }
    return {};
}

std::vector<bool> activeFlows(const Catalog &catalog, const QStringList &features)
{
    std::vector<bool> enabled(size_t(catalog.features().size()), false);
    for (int f = 0; f < catalog.features().size(); ++f)
        enabled[size_t(f)] = features.contains(catalog.features()[f].id);
    std::vector<bool> active(size_t(catalog.flows().size()), true);
    for (int f = 0; f < catalog.flows().size(); ++f) {
        const int feature = catalog.flows()[f].feature;
        if (feature >= 0)
            active[size_t(f)] = enabled[size_t(feature)];
    }
    return active;
}

QList<DisabledFeature> disabledFeatures(const Catalog &catalog, const Project &project)
{
    QList<DisabledFeature> result;
    for (int f = 0; f < catalog.features().size(); ++f) {
        if (project.features.contains(catalog.features()[f].id))
            continue;
        DisabledFeature off{f, {}};
        for (int flow = 0; flow < catalog.flows().size(); ++flow) {
            if (catalog.flows()[flow].feature == f)
                off.flows.append(flow);
        }
        result.append(off);
    }
    return result;
}

QStringList disabledFeatureMessages(const Catalog &catalog, const Project &project)
{
    QStringList messages;
    for (const DisabledFeature &off : disabledFeatures(catalog, project)) {
        const Feature &feature = catalog.features()[off.feature];
        const QString ports = portLabel(catalog, off.flows);
        if (feature.isSupported())
            messages.append(tr("The feature %1 is off: its optional flows get no rules (%2).")
                                .arg(feature.name.en, ports));
        else
            messages.append(
                tr("The feature %1 is not supported by catalog '%2' (%3): its flows "
                   "get no rules (%4).")
                    .arg(feature.name.en, feature.unsupportedBy, feature.unsupported.en, ports));
    }
    return messages;
}

} // namespace Portolan
