#include "app/translations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Qddns::Gui {

bool loadAppTranslation(QTranslator &translator, const QLocale &locale)
{
    // Compiled in under :/i18n (translations/CMakeLists.txt).
    const QString dir = QStringLiteral(":/i18n");
    if (translator.load(locale, QStringLiteral("qddns"), QStringLiteral("_"), dir))
        return true;
    return translator.load(QStringLiteral("qddns_en"), dir);
}

void installTranslations(QCoreApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (loadAppTranslation(*own, QLocale()))
        QCoreApplication::installTranslator(own);
    else
        qCWarning(lcGui) << "no translation built in: plurals read \"(s)\"";
}

} // namespace Qddns::Gui
