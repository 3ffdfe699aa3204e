// libFuzzer target: ProjectFile::parse on arbitrary bytes. Whatever parses must
// survive serialize() -> parse() unchanged, and serialize() must be a fixed point.
#include "projectfile.h"

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void failure(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz_projectfile: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Portolan;
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    Project project;
    QString error;
    if (!ProjectFile::parse(input, QStringLiteral("fuzz.json"), &project, &error)) {
        if (error.isEmpty())
            failure("parse failed without a message");
        return 0;
    }
    const QByteArray saved = ProjectFile::serialize(project);
    Project again;
    if (!ProjectFile::parse(saved, QStringLiteral("saved.json"), &again, &error))
        failure("the serialized project does not parse again:", error);
    if (!(again == project))
        failure("the serialized project parses to a different project");
    if (ProjectFile::serialize(again) != saved)
        failure("serialize is not stable across a reload");
    return 0;
}
