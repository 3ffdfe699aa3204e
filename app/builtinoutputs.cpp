#include "builtinoutputs.h"

#include "diagramexport.h"
#include "outputformat.h"

namespace Portolan {

void registerBuiltInOutputs()
{
    OutputRegistry &registry = OutputRegistry::instance();
    registerModelOutputs(registry);
    registerDiagramOutputs(registry);
}

} // namespace Portolan
