#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Qddns {

/// \brief "\"a\", \"b\"" for messages.
QString quotedList(const QStringList &items);

/// \brief The https URL of an address page the other tool reads (https:// added when it has no
/// scheme), and whether plain http:// had to be refused for it. std::nullopt for a page known to
/// answer with more than the bare address (HTML, key=value lines), which qddns cannot read.
std::optional<std::pair<QString, bool>> webDetectorUrl(const QString &page);

/// \brief A command line as qddns's command detector runs it: split into words when it is a plain
/// command, else through /bin/sh -c (the other tools run it with a shell).
QStringList commandArgv(const QString &command);
QString commandExplanation(const QStringList &argv);

} // namespace Qddns
