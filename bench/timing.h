#pragma once

#include <QtGlobal>

#include <functional>

namespace Portolan {

/// Medians of repeated runs of one step.
struct Timing
{
    double wallMs = 0; ///< median wall-clock time (QElapsedTimer)
    double cpuMs = 0;  ///< median CPU time of the measuring thread
    int runs = 0;
};

/// Runs @p body (after an untimed @p setup) at least 5 times and until two
/// seconds have passed, at most 1000 times, and returns the medians.
///
/// The CPU time of the thread is kept beside the wall-clock time: on a
/// two-core machine that others use, a long step waits for a core now and
/// then, which its CPU time does not count.
Timing measure(const std::function<void()> &body, const std::function<void()> &setup = {});

/// VmHWM or VmRSS of /proc/self/status in KiB, or -1 where there is none.
qint64 statusKiB(const char *key);

/// Returns freed heap memory to the system (glibc) and resets VmHWM to the
/// current resident size (Linux 4.0+), so that a step reports its own peak
/// rather than the largest so far.
bool resetPeakMemory();

} // namespace Portolan
