#pragma once

#include <QRandomGenerator>

#include <algorithm>
#include <optional>

namespace loket::sync {

// "Full jitter": a random delay in [0, min(cap, base · 2^attempt)], so that many tablets coming
// back online together do not retry in step. A server's Retry-After is honoured up to the cap.
struct Backoff
{
    qint64 baseMs = 2000;
    qint64 capMs = 15 * 60 * 1000;

    qint64 ceilingMs(int attempt) const
    {
        const int shift = std::clamp(attempt, 0, 30);
        return std::min(capMs, baseMs << shift);
    }

    qint64 delayMs(int attempt, std::optional<qint64> retryAfterMs, QRandomGenerator &rng) const
    {
        const qint64 jitter = qint64(rng.bounded(quint64(ceilingMs(attempt)) + 1));
        if (!retryAfterMs)
            return jitter;
        return std::min(capMs, std::max(jitter, *retryAfterMs));
    }
};

} // namespace loket::sync
