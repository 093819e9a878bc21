#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <cmath>
#include <optional>

namespace loket::collector {

// A token bucket per client: `rate` requests a second on average, bursts up to `burst`.
class RateLimiter
{
public:
    RateLimiter(double rate, double burst)
        : m_rate(rate)
        , m_burst(burst)
    {
        m_clock.start();
    }

    // Takes one token for `client`; if there is none, how many seconds until there is.
    std::optional<int> take(const QString &client)
    {
        const double now = double(m_clock.nsecsElapsed()) / 1e9;
        Bucket &b = m_buckets[client];
        if (b.at == 0 && b.tokens == 0)
            b.tokens = m_burst;
        b.tokens = std::min(m_burst, b.tokens + (now - b.at) * m_rate);
        b.at = now;
        if (b.tokens >= 1) {
            b.tokens -= 1;
            return std::nullopt;
        }
        return std::max(1, int(std::ceil((1 - b.tokens) / m_rate)));
    }

private:
    struct Bucket
    {
        double tokens = 0;
        double at = 0;
    };
    double m_rate;
    double m_burst;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace loket::collector
