#include "timing.h"

#include <QElapsedTimer>
#include <QFile>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include <algorithm>
#include <ctime>
#include <vector>

namespace Portolan {

namespace {

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

double median(std::vector<qint64> samples)
{
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    return n % 2 ? double(samples[n / 2])
                 : (double(samples[n / 2 - 1]) + double(samples[n / 2])) / 2;
}

} // namespace

Timing measure(const std::function<void()> &body, const std::function<void()> &setup)
{
    std::vector<qint64> wall;
    std::vector<qint64> cpu;
    qint64 total = 0;
    while (wall.size() < 1000 && (wall.size() < 5 || total < 2000000000)) {
        if (setup)
            setup();
        QElapsedTimer timer;
        const qint64 cpuStart = threadCpuNs();
        timer.start();
        body();
        wall.push_back(timer.nsecsElapsed());
        cpu.push_back(threadCpuNs() - cpuStart);
        total += wall.back();
    }
    return {median(wall) / 1e6, median(cpu) / 1e6, int(wall.size())};
}

qint64 statusKiB(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (QByteArray line = file.readLine(); !line.isEmpty(); line = file.readLine()) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeakMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0); // hand freed memory back, so that reuse does not hide growth
#endif
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

} // namespace Portolan
