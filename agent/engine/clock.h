#pragma once

#include <QDateTime>

namespace Qddns {

/// \brief The time source of the engine; tests inject a fake one to move through
/// backoff and force intervals without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
};

} // namespace Qddns
