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

/// Installs Qt's own translations and the app's (loadAppTranslation()) for the system locale.
void installTranslations(QCoreApplication &app);

} // namespace Qddns::Gui
