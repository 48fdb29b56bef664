// One tray app per user: the second start tells the first to raise its window.
#include "app/singleinstance.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qddns::Gui;

class TstSingleInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secondInstanceRaisesTheFirst();
    void firstAgainAfterTheFirstIsGone();
    void staleSocketIsReplaced();
    void defaultNameIsPerUser();
};

void TstSingleInstance::secondInstanceRaisesTheFirst()
{
    QTemporaryDir dir;
    const QString name = dir.filePath("qddns/gui.socket");
    SingleInstance first(name);
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);
    QCOMPARE(first.start(), SingleInstance::Role::Primary);
    QVERIFY(QFile::exists(name));
    // The directory is created owner-only.
    QCOMPARE(QFile::permissions(dir.filePath("qddns")) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    SingleInstance second(name);
    QCOMPARE(second.start(), SingleInstance::Role::Secondary);
    QTRY_COMPARE(raised.size(), 1);
    SingleInstance third(name);
    QCOMPARE(third.start(), SingleInstance::Role::Secondary);
    QTRY_COMPARE(raised.size(), 2);
}

void TstSingleInstance::firstAgainAfterTheFirstIsGone()
{
    QTemporaryDir dir;
    const QString name = dir.filePath("gui.socket");
    {
        SingleInstance first(name);
        QCOMPARE(first.start(), SingleInstance::Role::Primary);
    }
    SingleInstance next(name);
    QCOMPARE(next.start(), SingleInstance::Role::Primary);
}

void TstSingleInstance::staleSocketIsReplaced()
{
    QTemporaryDir dir;
    const QString name = dir.filePath("gui.socket");
    // A file nobody listens on where the socket goes, as a crashed instance leaves it (its lock
    // went with its process).
    QFile stale(name);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    SingleInstance first(name);
    QCOMPARE(first.start(), SingleInstance::Role::Primary);
    QSignalSpy raised(&first, &SingleInstance::raiseRequested);
    SingleInstance second(name);
    QCOMPARE(second.start(), SingleInstance::Role::Secondary);
    QTRY_COMPARE(raised.size(), 1);
}

void TstSingleInstance::defaultNameIsPerUser()
{
    const QString name = SingleInstance::defaultName();
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        QCOMPARE(name, qEnvironmentVariable("XDG_RUNTIME_DIR") + "/qddns/gui.socket");
    else
        QVERIFY(name.startsWith("qddns-gui-"));
}

QTEST_MAIN(TstSingleInstance)
#include "tst_singleinstance.moc"
