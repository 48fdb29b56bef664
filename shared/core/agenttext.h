#pragma once

#include <QString>

class QCoreApplication;
class QLocale;
class QTranslator;

namespace Qddns {

// The agent's own user-facing text (CLI messages, configuration errors, provider help) in the
// reader's language: the CLI's from the system locale, a socket client's from the locale its hello
// names. The catalogues are qddns-agent_<lang>.qm under :/i18n (translations/CMakeLists.txt).
// Log lines (journal, `logs`) are not translated: they are for bug reports and grep.

/// \brief The agent catalogue for \a locale (cached per locale name); nullptr when none matches.
const QTranslator *agentTranslator(const QLocale &locale);

/// \brief \a source of \a context in \a locale's language, or \a source itself when it has no
/// translation there; "%n" becomes \a n (plural forms come from the catalogue, English's too).
QString agentText(const QLocale &locale, const char *context, const QString &source, int n = -1);

/// \brief Installs the agent catalogue and Qt's own for the system locale (LC_ALL, LC_MESSAGES,
/// LANG), so that the CLI's QCoreApplication::translate() speaks the user's language.
void installAgentTranslator(QCoreApplication &app);

} // namespace Qddns
