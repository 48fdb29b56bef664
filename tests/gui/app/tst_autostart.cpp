// "Start at login" by the XDG autostart rules, on real files in a temporary home: the user's
// ~/.config/autostart/qddns.desktop wins over the system's /etc/xdg/autostart/qddns.desktop (which
// the package installs) and Hidden=true turns an entry off. Also the tray menu's switch, with
// XDG_CONFIG_HOME and XDG_CONFIG_DIRS pointing into the test's folder.
#include "app/autostart.h"
#include "app/trayapp.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QTemporaryDir>
#include <QTest>

using namespace Qddns::Gui;

class TstAutostart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void withoutSystemEntryOnWritesTheUsersEntry();
    void withSystemEntryOffWritesHidden();
    void aHiddenOrDisabledEntryIsOff_data();
    void aHiddenOrDisabledEntryIsOff();
    void unwritableDirectorySaysWhy();
    void trayMenuSwitch();

private:
    QString userDir() const { return m_dir->filePath("home/.config/autostart"); }
    QString systemDir() const { return m_dir->filePath("etc/xdg/autostart"); }
    Autostart autostart() const { return Autostart(userDir(), {m_dir->filePath("none/autostart"), systemDir()}, "/opt/my apps/qddns"); }
    void installSystemEntry(const QByteArray &extra = {});
    static QByteArray read(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstAutostart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstAutostart::installSystemEntry(const QByteArray &extra)
{
    QVERIFY(QDir().mkpath(systemDir()));
    // The installed file, as the package ships it.
    QFile shipped(QStringLiteral(QDDNS_SOURCE_DIR "/installers/linux/qddns-autostart.desktop"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QFile file(systemDir() + "/qddns.desktop");
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(shipped.readAll() + extra);
}

QByteArray TstAutostart::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TstAutostart::withoutSystemEntryOnWritesTheUsersEntry()
{
    Autostart a = autostart();
    QVERIFY(!a.isEnabled());
    QCOMPARE(a.systemFile(), QString());
    QCOMPARE(a.setEnabled(true), QString());
    QVERIFY(a.isEnabled());
    const QByteArray entry = read(userDir() + "/qddns.desktop");
    QVERIFY2(entry.startsWith("[Desktop Entry]\n"), entry.constData());
    QVERIFY2(entry.contains("\nExec=\"/opt/my apps/qddns\"\n"), entry.constData()); // quoted: a space
    QVERIFY(entry.contains("\nType=Application\n"));
    QVERIFY(!entry.contains("Hidden"));
    // Off again: nothing of the user's is left.
    QCOMPARE(a.setEnabled(false), QString());
    QVERIFY(!a.isEnabled());
    QVERIFY(!QFile::exists(userDir() + "/qddns.desktop"));
}

void TstAutostart::withSystemEntryOffWritesHidden()
{
    installSystemEntry();
    Autostart a = autostart();
    QCOMPARE(a.systemFile(), systemDir() + "/qddns.desktop");
    QVERIFY(a.isEnabled()); // the package's entry starts the tray
    QCOMPARE(a.setEnabled(false), QString());
    QVERIFY(!a.isEnabled());
    const QByteArray entry = read(userDir() + "/qddns.desktop");
    QVERIFY2(entry.contains("\nHidden=true\n"), entry.constData());
    QVERIFY(QFile::exists(systemDir() + "/qddns.desktop")); // the system's file is never touched
    // On again: the user's file goes, the system's applies.
    QCOMPARE(a.setEnabled(true), QString());
    QVERIFY(a.isEnabled());
    QVERIFY(!QFile::exists(userDir() + "/qddns.desktop"));
}

void TstAutostart::aHiddenOrDisabledEntryIsOff_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::newRow("Hidden=true") << QByteArray("Hidden=true\n");
    QTest::newRow("GNOME disabled") << QByteArray("X-GNOME-Autostart-enabled=false\n");
}

void TstAutostart::aHiddenOrDisabledEntryIsOff()
{
    QFETCH(QByteArray, extra);
    installSystemEntry(extra);
    Autostart a = autostart();
    QVERIFY(!a.isEnabled());
    // Turned on over a system entry that is off: the user's own entry starts it.
    QCOMPARE(a.setEnabled(true), QString());
    QVERIFY(a.isEnabled());
    QVERIFY(!read(userDir() + "/qddns.desktop").contains("Hidden"));
}

void TstAutostart::unwritableDirectorySaysWhy()
{
    // A file where the directory should be.
    QVERIFY(QDir().mkpath(m_dir->filePath("home/.config")));
    QFile blocker(userDir());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString error = autostart().setEnabled(true);
    QVERIFY2(error.contains(userDir()), qPrintable(error));
    QVERIFY(!autostart().isEnabled());
}

void TstAutostart::trayMenuSwitch()
{
    installSystemEntry();
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir->filePath("home/.config")));
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(m_dir->filePath("etc/xdg")));
    TrayAppOptions options;
    options.socketPath = m_dir->filePath("no-agent.socket");
    options.mode = TrayAppMode::Window;
    TrayApp app(options);
    QAction *action = app.autostartAction();
    QVERIFY(action);
    QVERIFY(action->isVisible());
    QVERIFY(action->isChecked());
    action->trigger(); // off
    QVERIFY(!action->isChecked());
    QVERIFY(read(userDir() + "/qddns.desktop").contains("\nHidden=true\n"));
    action->trigger(); // on
    QVERIFY(action->isChecked());
    QVERIFY(!QFile::exists(userDir() + "/qddns.desktop"));
    // Changed by someone else: the menu shows it when it opens.
    QVERIFY(Autostart::fromEnvironment().setEnabled(false).isEmpty());
    QVERIFY(action->isChecked());
    Q_EMIT app.menu()->aboutToShow();
    QVERIFY(!action->isChecked());
}

QTEST_MAIN(TstAutostart)
#include "tst_autostart.moc"
