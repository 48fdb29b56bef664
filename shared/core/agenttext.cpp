#include "core/agenttext.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QTranslator>

#include <memory>

namespace Qddns {

namespace {

const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kCatalogue = QStringLiteral("qddns-agent");

// Loaded once per locale and never unloaded: a socket client's locale is validated, and the
// number of languages a user base speaks is small. The local server answers from one thread,
// the mutex is for tests and future threads.
struct TranslatorCache
{
    QMutex mutex;
    QHash<QString, std::shared_ptr<QTranslator>> byLocale; ///< nullptr: no catalogue for it
};

TranslatorCache &cache()
{
    static TranslatorCache instance;
    return instance;
}

// Non-const for installAgentTranslator(), which installs the cached catalogues themselves
// rather than loading each a second time.
QTranslator *cachedTranslator(const QLocale &locale)
{
    TranslatorCache &c = cache();
    const QMutexLocker lock(&c.mutex);
    const QString key = locale.name();
    const auto it = c.byLocale.constFind(key);
    if (it != c.byLocale.constEnd())
        return it->get();
    auto translator = std::make_shared<QTranslator>();
    if (!translator->load(locale, kCatalogue, QStringLiteral("_"), kCatalogueDir))
        translator.reset();
    c.byLocale.insert(key, translator);
    return translator.get();
}

} // namespace

const QTranslator *agentTranslator(const QLocale &locale) { return cachedTranslator(locale); }

QString agentText(const QLocale &locale, const char *context, const QString &source, int n)
{
    const QByteArray sourceUtf8 = source.toUtf8();
    QString text;
    // English carries the plural forms: a language without a catalogue still gets "1 record".
    for (const QLocale &l : {locale, QLocale(QLocale::English)}) {
        if (const QTranslator *translator = agentTranslator(l)) {
            text = translator->translate(context, sourceUtf8.constData(), nullptr, n);
            if (!text.isEmpty())
                break;
        }
    }
    if (text.isEmpty())
        text = source;
    if (n >= 0)
        text.replace(QLatin1String("%n"), QString::number(n));
    return text;
}

void installAgentTranslator(QCoreApplication &app)
{
    const QLocale locale = QLocale::system();
    auto qt = std::make_unique<QTranslator>(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.release());
    // The last installed is asked first: the user's language, then English for its plural forms
    // (an entry the language's catalogue leaves unfinished still reads "1 record"). They are the
    // cache's, which agentText() uses too, and outlive the application.
    QTranslator *const english = cachedTranslator(QLocale(QLocale::English));
    QTranslator *const own = cachedTranslator(locale);
    if (english)
        QCoreApplication::installTranslator(english);
    if (own && own != english)
        QCoreApplication::installTranslator(own);
}

} // namespace Qddns
