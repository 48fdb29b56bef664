#pragma once

class QCoreApplication;
class QLocale;
class QTranslator;

namespace Qddns::Gui {

/// Loads the tray app's catalogue for \a locale into \a translator: the locale's own, else the
/// English one, which carries the English plural forms ("1 record", "2 records"; the sources say
/// "%n record(s)"). Without it a C, C.UTF-8 or unknown locale would show "1 record(s)".
/// False when no catalogue is built in (qddns built without Qt's LinguistTools).
bool loadAppTranslation(QTranslator &translator, const QLocale &locale);

/// The language the tray shows: the one chosen in its settings (LanguageChooser), else the
/// system locale's.
QLocale uiLocale();

/// Makes \a locale the default (dates and numbers too) and installs Qt's own translations
/// (qtbase_<lang>.qm from Qt's translations directory, where installed: Debian's
/// qt6-translations-l10n) and the app's (loadAppTranslation()), replacing those an earlier call
/// installed.
void installTranslations(QCoreApplication &app, const QLocale &locale);
/// installTranslations() for uiLocale(), as qddns does at start-up.
void installTranslations(QCoreApplication &app);

} // namespace Qddns::Gui
