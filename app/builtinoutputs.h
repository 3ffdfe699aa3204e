#pragma once

namespace Portolan {

/// Registers every output format this program writes (the model's and the
/// diagrams) in OutputRegistry::instance(). Safe to call more than once.
void registerBuiltInOutputs();

} // namespace Portolan
