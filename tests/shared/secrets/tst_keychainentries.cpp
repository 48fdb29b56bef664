// storeNewKeychainEntries(): what an import puts in the keychain never replaces a value, and a
// failed write leaves nothing behind.
#include "agent/fakesecretstore.h"
#include "secrets/secretstore.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qddns;
using namespace Qddns::Test;

class TstKeychainEntries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesNewKeysAndKeepsEqualOnes();
    void anotherValueStopsEverything();
    void failedWriteTakesTheOthersBack();
    void nothingToStore();

private:
    KeychainKeysResult store(FakeSecretStore &s, const QList<KeychainEntry> &entries);
};

KeychainKeysResult TstKeychainEntries::store(FakeSecretStore &s, const QList<KeychainEntry> &entries)
{
    std::optional<KeychainKeysResult> result;
    QObject context;
    storeNewKeychainEntries(s, entries, &context, [&](const KeychainKeysResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return Unexpected{KeychainStoreError{QStringLiteral("no answer"), {}}};
    return *result;
}

void TstKeychainEntries::writesNewKeysAndKeepsEqualOnes()
{
    FakeSecretStore s;
    s.setSecret("home", "same-value");
    const auto r = store(s, {{"home", "secret", "same-value"}, {"shop", "secret", "api-key"}, {"shop", "secretApiKey", "api-secret"}});
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r.value(), (QStringList{"shop", "shop/secretApiKey"})); // "home" held the value already
    QVERIFY(s.holds("shop/secretApiKey"));
}

void TstKeychainEntries::anotherValueStopsEverything()
{
    FakeSecretStore s;
    s.setSecret("home", "another profile's");
    const auto r = store(s, {{"shop", "secret", "api-key"}, {"home", "secret", "imported"}});
    QVERIFY(!r);
    QCOMPARE(r.error().taken, QStringList{"home"});
    QVERIFY2(r.error().message.contains("\"home\""), qPrintable(r.error().message));
    QVERIFY(!s.holds("shop"));
    QVERIFY(!r.error().message.contains("imported") && !r.error().message.contains("another profile's"));
}

void TstKeychainEntries::failedWriteTakesTheOthersBack()
{
    FakeSecretStore s;
    s.setWriteError("shop/secretApiKey", "the keyring is locked");
    const auto r = store(s, {{"home", "secret", "a"}, {"shop", "secret", "b"}, {"shop", "secretApiKey", "c"}});
    QVERIFY(!r);
    QVERIFY(r.error().taken.isEmpty());
    QVERIFY2(r.error().message.contains("the keyring is locked"), qPrintable(r.error().message));
    QTRY_VERIFY(!s.holds("home") && !s.holds("shop"));
}

void TstKeychainEntries::nothingToStore()
{
    FakeSecretStore s;
    const auto r = store(s, {});
    QVERIFY(r);
    QVERIFY(r.value().isEmpty());
}

QTEST_GUILESS_MAIN(TstKeychainEntries)
#include "tst_keychainentries.moc"
