#pragma once

// Small checks several tests share: error texts of Expected results, file mode bits.

#include "core/configerror.h"
#include "core/expected.h"

#include <QFile>
#include <QStringList>

namespace Qddns::Test {

inline QStringList errorStrings(const ConfigErrors &errors)
{
    QStringList list;
    for (const ConfigError &e : errors)
        list.append(e.toString());
    return list;
}

// QVERIFY2 evaluates its message even on success, so it must not call error() on a value.
template<typename T>
QString failure(const Expected<T, ConfigErrors> &result)
{
    return result ? QString() : errorStrings(result.error()).join(QLatin1Char('\n'));
}
template<typename T>
QString failure(const Expected<T, QString> &result)
{
    return result ? QString() : result.error();
}

inline QFileDevice::Permissions modeBits(const QString &path)
{
    constexpr auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFile::permissions(path) & all;
}

inline constexpr auto kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
inline constexpr auto kOwnerDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace Qddns::Test
