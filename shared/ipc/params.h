#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace Qddns::Ipc {

/// \brief Why the parameters of a request were refused: the parameter at fault and a message
/// for people that names it.
struct ParamError
{
    QString param;
    QString message;
};

/// \brief Checks the parameters of a request to \a method against the protocol's table (see
/// params.cpp): each known parameter's type and range, required ones present, unknown ones
/// refused (except in `hello`, which a later client must be able to send to an older agent).
/// A null value stands for an absent one. Methods the table does not know pass: their answer
/// is unknownMethod.
std::optional<ParamError> checkParams(QStringView method, const QJsonObject &params);

} // namespace Qddns::Ipc
