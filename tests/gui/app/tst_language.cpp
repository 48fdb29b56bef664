// The tray's language: the system locale's (ctest runs this with LANG=de_DE.UTF-8), or the one
// chosen in the settings window, stored in the tray's own settings and used from the next start;
// Qt's own strings (qt6-translations-l10n) in the same language.
#include "app/translations.h"
#include "ipc/agentclient.h"
#include "settings/languagechooser.h"
#include "settings/settingswindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLibraryInfo>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qddns;
using namespace Qddns::Gui;

class TstLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void followsTheSystemLocale();
    void chosenLanguageWins();
    void choosingIsStoredForTheNextStart();
    void everyShippedLanguageIsOffered();
    void unknownChoiceFallsBackToTheSystem();

private:
    QString qtCancel() const;
    static QString chosenInSettings() { return QSettings().value(QStringLiteral("language")).toString(); }

    QTemporaryDir m_settingsDir;
    Ipc::AgentClient m_client{QStringLiteral("/nonexistent/qddns-tst_language.socket"), QStringLiteral("tst_language")};
};

void TstLanguage::initTestCase()
{
    if (QLocale::system().name() != QLatin1String("de_DE"))
        QSKIP("run through ctest, which sets LANG=de_DE.UTF-8");
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("qddns"));
    QCoreApplication::setApplicationName(QStringLiteral("qddns"));
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    QVERIFY2(QFile::exists(qtbase), qPrintable(qtbase + QStringLiteral(" is missing: install qt6-translations-l10n (scripts/install-deps test)")));
}

QString TstLanguage::qtCancel() const
{
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    return box.button(QDialogButtonBox::Cancel)->text();
}

void TstLanguage::followsTheSystemLocale()
{
    QCOMPARE(LanguageChooser::chosenLanguage(), QString());
    installTranslations(*qApp); // as qddns at start-up
    QCOMPARE(QLocale().language(), QLocale::German);
    SettingsWindow window(&m_client);
    QCOMPARE(window.windowTitle(), "qddns-Einstellungen");
    QCOMPARE(qtCancel(), "Abbrechen"); // Qt's own catalogue
    const QComboBox *combo = window.languageChooser()->combo();
    QCOMPARE(combo->currentData().toString(), QString());
    QCOMPARE(combo->currentText(), "Systemvorgabe");
    QVERIFY(!window.languageChooser()->restartHintShown());
}

void TstLanguage::chosenLanguageWins()
{
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("zh_CN"));
    installTranslations(*qApp); // the next start
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    SettingsWindow window(&m_client);
    QCOMPARE(window.windowTitle(), "qddns 设置");
    QCOMPARE(qtCancel(), "取消");
    const QComboBox *combo = window.languageChooser()->combo();
    QCOMPARE(combo->currentData().toString(), "zh_CN");
    QVERIFY(!window.languageChooser()->restartHintShown());
}

void TstLanguage::choosingIsStoredForTheNextStart()
{
    // Running in Simplified Chinese (the previous test's start).
    SettingsWindow window(&m_client);
    QComboBox *combo = window.languageChooser()->combo();
    combo->setCurrentIndex(combo->findData(QStringLiteral("ru")));
    QCOMPARE(chosenInSettings(), "ru");
    QVERIFY(window.languageChooser()->restartHintShown());
    QCOMPARE(window.windowTitle(), "qddns 设置"); // not before the next start
    combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
    QCOMPARE(chosenInSettings(), "zh_CN");
    QVERIFY(!window.languageChooser()->restartHintShown());
    combo->setCurrentIndex(combo->findData(QString()));
    QVERIFY(!QSettings().contains(QStringLiteral("language")));
    QVERIFY(window.languageChooser()->restartHintShown());

    installTranslations(*qApp); // the next start: the system's German again
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(qtCancel(), "Abbrechen");
    SettingsWindow next(&m_client);
    QCOMPARE(next.windowTitle(), "qddns-Einstellungen");
}

void TstLanguage::everyShippedLanguageIsOffered()
{
    const QStringList shipped = LanguageChooser::shippedLanguages();
    for (const char *name : {"de", "en", "nl", "ru", "zh_CN"})
        QVERIFY2(shipped.contains(QLatin1String(name)), qPrintable(shipped.join(QLatin1Char(' '))));
    SettingsWindow window(&m_client);
    const QComboBox *combo = window.languageChooser()->combo();
    QCOMPARE(combo->count(), shipped.size() + 1);
    QCOMPARE(combo->itemData(0).toString(), QString());
    for (int i = 1; i < combo->count(); ++i) {
        const QString name = combo->itemData(i).toString();
        QCOMPARE(name, shipped.at(i - 1));
        // Each one is a real catalogue of its own language, named in that language.
        QTranslator translator;
        QVERIFY(loadAppTranslation(translator, QLocale(name)));
        QCOMPARE(translator.language().section(QLatin1Char('_'), 0, 0), name.section(QLatin1Char('_'), 0, 0));
        QCOMPARE(combo->itemText(i), LanguageChooser::displayName(name));
    }
    QCOMPARE(LanguageChooser::displayName(QStringLiteral("de")), "Deutsch");
    QCOMPARE(LanguageChooser::displayName(QStringLiteral("ru")), "Русский");
    QCOMPARE(LanguageChooser::displayName(QStringLiteral("nl")), "Nederlands");
}

void TstLanguage::unknownChoiceFallsBackToTheSystem()
{
    // A language this build does not have (an older or newer qddns wrote it): the system's.
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("tlh"));
    QCOMPARE(LanguageChooser::chosenLanguage(), QString());
    QCOMPARE(uiLocale(), QLocale::system());
    SettingsWindow window(&m_client);
    QCOMPARE(window.languageChooser()->combo()->currentIndex(), 0);
}

QTEST_MAIN(TstLanguage)
#include "tst_language.moc"
