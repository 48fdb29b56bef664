// The tray's English plural forms under the locales minimal systems run with: C.UTF-8 (Debian's
// default), C, and none at all. ctest runs this test once under each (tests/gui/app/CMakeLists.txt);
// the English catalogue is the fallback whenever none matches the locale. Each translation's plural
// forms are checked too, whatever the locale.
#include "app/translations.h"
#include "history/historymodel.h"
#include "tray/traystate.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Qddns;
using namespace Qddns::Gui;

namespace {

QJsonObject record(const QString &type)
{
    return {{"type", type}, {"address", type == "A" ? "81.2.69.160" : "2a02:8070:d18f:5a00::10"},
            {"published", "2026-11-25T09:58:00.000Z"}, {"lastResult", "updated"}, {"failures", 0}, {"state", "current"}};
}

QJsonObject status(const QJsonArray &records)
{
    return {{"state", "idle"},
            {"paused", false},
            {"addresses", QJsonObject{{"ipv4", QJsonObject{{"address", "81.2.69.160"}}},
                                      {"ipv6", QJsonObject{{"address", "2a02:8070:d18f:5a00::10"}}}}},
            {"profiles", QJsonArray{QJsonObject{{"name", "home"}, {"provider", "dyndns2"},
                                                {"hosts", QJsonArray{QJsonObject{{"host", "home.example.org"}, {"records", records}}}}}}}};
}

QJsonObject change(const QString &time, const QString &oldAddress, const QString &newAddress)
{
    return {{"time", time}, {"family", "ipv4"}, {"old", oldAddress}, {"new", newAddress}, {"detector", "web"}};
}

} // namespace

class TstPlurals : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void englishPluralsInTheTray();
    void localesCatalogueFirst();
    void pluralFormsOfEachLanguage_data();
    void pluralFormsOfEachLanguage();
};

void TstPlurals::initTestCase()
{
    // The environment ctest gives: a C locale, whichever way it was asked for.
    if (QLocale::system().language() != QLocale::C)
        QSKIP("run through ctest, which sets LANG=C.UTF-8, LANG=C or no LANG at all");
    installTranslations(*qApp); // as qddns does at start-up
}

void TstPlurals::englishPluralsInTheTray()
{
    const TrayState one = fromStatus(status({record("A")}), ConnectionState::Connected);
    QCOMPARE(one.profiles.size(), 1);
    QCOMPARE(one.profiles.first().summary, "1 record current");
    const TrayState two = fromStatus(status({record("A"), record("AAAA")}), ConnectionState::Connected);
    QCOMPARE(two.profiles.first().summary, "2 records current");

    HistoryModel history;
    history.setEntries({change("2026-11-20T08:00:00Z", "", "81.2.69.142"), change("2026-11-21T08:00:00Z", "81.2.69.142", "81.2.69.160")},
                       QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC));
    QCOMPARE(history.summary(Family::IPv4), "Your ISP changed your public IPv4 address 1 time.");
    QCOMPARE(HistoryModel::durationText(60000), "1 minute");
}

void TstPlurals::localesCatalogueFirst()
{
    QTranslator translator;
    QVERIFY(loadAppTranslation(translator, QLocale(QLocale::German, QLocale::Germany)));
    QVERIFY2(translator.language().startsWith("de"), qPrintable(translator.language()));
    QVERIFY(loadAppTranslation(translator, QLocale(QLocale::French, QLocale::France)));
    QVERIFY2(translator.language().startsWith("fr"), qPrintable(translator.language()));
    QVERIFY(loadAppTranslation(translator, QLocale(QLocale::Japanese, QLocale::Japan))); // none: English
    QVERIFY2(translator.language().startsWith("en"), qPrintable(translator.language()));
    QVERIFY(loadAppTranslation(translator, QLocale::c()));
    QVERIFY2(translator.language().startsWith("en"), qPrintable(translator.language()));
}

// Each catalogue has the plural forms its language's rule asks for: French and Brazilian Portuguese
// count 0 as singular, Spanish and Italian do not.
void TstPlurals::pluralFormsOfEachLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("none");
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("two");
    QTest::newRow("fr") << QLocale(QLocale::French, QLocale::France) << "0 minute" << "1 enregistrement à jour"
                        << "2 enregistrements à jour";
    QTest::newRow("es") << QLocale(QLocale::Spanish, QLocale::Spain) << "0 minutos" << "1 registro actualizado"
                        << "2 registros actualizados";
    QTest::newRow("it") << QLocale(QLocale::Italian, QLocale::Italy) << "0 minuti" << "1 record aggiornato"
                        << "2 record aggiornati";
    QTest::newRow("pt_BR") << QLocale(QLocale::Portuguese, QLocale::Brazil) << "0 minuto" << "1 registro atualizado"
                           << "2 registros atualizados";
}

void TstPlurals::pluralFormsOfEachLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, none);
    QFETCH(QString, one);
    QFETCH(QString, two);
    QTranslator translator;
    QVERIFY(loadAppTranslation(translator, locale));
    QCOMPARE(translator.language(), locale.name());
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString zero = HistoryModel::durationText(0);
    const QString single = fromStatus(status({record("A")}), ConnectionState::Connected).profiles.first().summary;
    const QString pair = fromStatus(status({record("A"), record("AAAA")}), ConnectionState::Connected).profiles.first().summary;
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(zero, none);
    QCOMPARE(single, one);
    QCOMPARE(pair, two);
}

QTEST_MAIN(TstPlurals)
#include "tst_plurals.moc"
