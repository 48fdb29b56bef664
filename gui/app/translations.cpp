#include "app/translations.h"

#include "core/logging.h"
#include "settings/languagechooser.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Qddns::Gui {

namespace {
// The translators installTranslations() owns, found again (by name) to be replaced.
const QString kTranslatorName = QStringLiteral("qddns-translator");
} // namespace

bool loadAppTranslation(QTranslator &translator, const QLocale &locale)
{
    // Compiled in under :/i18n (translations/CMakeLists.txt).
    const QString dir = QStringLiteral(":/i18n");
    if (translator.load(locale, QStringLiteral("qddns"), QStringLiteral("_"), dir))
        return true;
    return translator.load(QStringLiteral("qddns_en"), dir);
}

QLocale uiLocale()
{
    const QString chosen = LanguageChooser::chosenLanguage();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    const QList<QTranslator *> earlier = app.findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : earlier) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    qt->setObjectName(kTranslatorName);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtDir))
        QCoreApplication::installTranslator(qt);
    else
        qCDebug(lcGui).noquote() << "no Qt translation for" << locale.name() << "in" << qtDir;
    auto *own = new QTranslator(&app);
    own->setObjectName(kTranslatorName);
    if (loadAppTranslation(*own, locale))
        QCoreApplication::installTranslator(own);
    else
        qCWarning(lcGui) << "no translation built in: plurals read \"(s)\"";
}

void installTranslations(QCoreApplication &app)
{
    LanguageChooser::setActiveLanguage(LanguageChooser::chosenLanguage());
    installTranslations(app, uiLocale());
}

} // namespace Qddns::Gui
