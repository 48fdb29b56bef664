#pragma once

#include "engine/clock.h"

#include <chrono>

namespace Qddns::Test {

/// \brief A clock that stands still until the test moves it, to step through backoff and
/// force intervals without waiting.
class FakeClock : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }

    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advance(std::chrono::seconds by) { m_now = m_now.addSecs(by.count()); }

private:
    QDateTime m_now;
};

} // namespace Qddns::Test
