#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QString>

namespace Qddns {

/// \brief Writes \a data to \a path atomically (a temporary file renamed over the old one),
/// owner-only, creating the directory owner-only when missing. On any failure, a full disk
/// included, the old file is left as it was and the error says why.
[[nodiscard]] Expected<bool, QString> writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace Qddns
