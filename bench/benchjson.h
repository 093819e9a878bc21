#pragma once

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace loket::bench {

// One line of scripts/bench output. With a baseline, the ratio says how far above the floor.
inline void report(const QString &name, double value, const QString &unit, double baseline = -1)
{
    QJsonObject line{{QStringLiteral("name"), name},
                     {QStringLiteral("value"), value},
                     {QStringLiteral("unit"), unit}};
    if (baseline > 0) {
        line.insert(QStringLiteral("baseline"), baseline);
        line.insert(QStringLiteral("ratio"), value / baseline);
    }
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// Runs `fn` `rounds` times and returns the per-run times in microseconds, sorted.
inline std::vector<double> timeRuns(int rounds, const std::function<void()> &fn)
{
    std::vector<double> us;
    us.reserve(size_t(rounds));
    QElapsedTimer timer;
    for (int i = 0; i < rounds; ++i) {
        timer.start();
        fn();
        us.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(us.begin(), us.end());
    return us;
}

inline double percentile(const std::vector<double> &sorted, double p)
{
    return sorted.empty() ? 0 : sorted[size_t(p * double(sorted.size() - 1))];
}

} // namespace loket::bench
