#pragma once

#include "catalog.h"
#include "project.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Portolan {

/// Why a project cannot enable @p features with @p catalog (a feature no
/// catalog offers, one the catalog does not support, or one named twice), or
/// an empty string. The loader refuses such files with this message.
QString featureProblem(const Catalog &catalog, const QStringList &features);

/// For each flow of @p catalog, whether it yields rules with @p features
/// enabled: flows without a feature always do.
std::vector<bool> activeFlows(const Catalog &catalog, const QStringList &features);

/// An optional feature a project leaves off, with the flows that stay off.
struct DisabledFeature
{
    int feature;      ///< index into Catalog::features()
    QList<int> flows; ///< indices into Catalog::flows(), ascending
};

/// The features of @p catalog that @p project does not enable, in catalog order.
QList<DisabledFeature> disabledFeatures(const Catalog &catalog, const Project &project);

/// One line per disabled feature, for `check` and the window's findings:
/// "The feature XMPP federation is off: its optional flows get no rules (TCP 5269, 23456)."
/// Unsupported features say so and why.
QStringList disabledFeatureMessages(const Catalog &catalog, const Project &project);

} // namespace Portolan
