// Helper of tst_savekill: loads two projects and saves them alternately over
// TARGET with ProjectFile::save until it is killed. It prints "ready" once both
// are loaded and "saved A" / "saved B" after each save that returned.
//
// Usage: savehelper TARGET A.json B.json [FIRST]   (FIRST: A or B, default A)

#include "projectfile.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace Portolan;

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fputs("usage: savehelper TARGET A.json B.json [A|B]\n", stderr);
        return 2;
    }
    const QString target = QString::fromLocal8Bit(argv[1]);
    Project projects[2];
    for (int i = 0; i < 2; ++i) {
        QString error;
        if (!ProjectFile::load(QString::fromLocal8Bit(argv[2 + i]), &projects[i], &error)) {
            std::fprintf(stderr, "savehelper: %s\n", qPrintable(error));
            return 2;
        }
    }
    int next = (argc > 4 && argv[4][0] == 'B') ? 1 : 0;
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    // A safety net: never outlive a test that died without killing us.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60000) {
        QString error;
        if (!ProjectFile::save(target, projects[next], &error)) {
            std::fprintf(stderr, "savehelper: %s\n", qPrintable(error));
            return 1;
        }
        std::fputs(next == 0 ? "saved A\n" : "saved B\n", stdout);
        std::fflush(stdout);
        next = 1 - next;
    }
    return 0;
}
