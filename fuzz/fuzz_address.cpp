// libFuzzer target: Address::parse on arbitrary UTF-8. Every success must
// print canonically: toString() parses back to the same address and text.
#include "address.h"

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void failure(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_address: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Portolan;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto address = Address::parse(text, &error);
    if (!address) {
        if (error.isEmpty())
            failure("parse failed without a message for", text);
        return 0;
    }
    const QString canonical = address->toString();
    const auto again = Address::parse(canonical, &error);
    if (!again)
        failure("the canonical text does not parse:", canonical + QStringLiteral(" / ") + error);
    if (*again != *address)
        failure("the canonical text parses to another address:", canonical);
    if (again->toString() != canonical)
        failure("toString is not stable for", canonical);
    return 0;
}
