// Named credentials in the configuration: a provider that needs two (an API key and its secret
// half) gets one reference for each; `secret` keeps naming the primary one.
#include "config/config.h"
#include "fakes/checks.h"
#include "providers/providerregistry.h"
#include "state/state.h"

#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace {
// A provider as the registry knows one, with a second, named credential.
class TwoKeyProvider : public Provider
{
public:
    TwoKeyProvider()
    {
        m_info.id = QStringLiteral("twokeys");
        m_info.name = QStringLiteral("Two keys");
        m_info.secretLabel = QStringLiteral("API key");
        m_info.extraCredentials = {{QStringLiteral("secretApiKey"), QStringLiteral("Secret API key"), QString(), true}};
    }
    const ProviderInfo &info() const override { return m_info; }
    std::unique_ptr<UpdateTransaction> start(const UpdateRequest &) const override { return nullptr; }

private:
    ProviderInfo m_info;
};

ProviderRegistry registry()
{
    ProviderList list;
    list.push_back(std::make_unique<TwoKeyProvider>());
    return ProviderRegistry(std::move(list));
}

QByteArray config(const QByteArray &profileExtra)
{
    return R"({"version": 1, "profiles": [{"name": "home", "provider": "twokeys", "hosts": ["home.example.org"])"
        + profileExtra + "}]}";
}
} // namespace

class TstCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreKeychain();
    void eachFromItsSource();
    void errors_data();
    void errors();
    void fingerprintOfAllCredentials();
};

void TstCredentials::defaultsAreKeychain()
{
    const ProviderRegistry r = registry();
    const auto parsed = parseConfig(config(""), r);
    QVERIFY2(parsed, qPrintable(failure(parsed)));
    const Profile &p = parsed->profiles.at(0);
    QCOMPARE(p.credentials.size(), 2);
    QCOMPARE(p.credentials.at(0).field, QStringLiteral("secret"));
    QCOMPARE(p.credentials.at(1).field, QStringLiteral("secretApiKey"));
    QCOMPARE(p.credentials.at(1).ref.source, SecretRef::Source::Keychain);
}

void TstCredentials::eachFromItsSource()
{
    const ProviderRegistry r = registry();
    const auto parsed = parseConfig(config(R"(, "secret": {"source": "env", "name": "PK"},
        "credentials": {"secretApiKey": {"source": "systemd-credential", "name": "porkbun-secret"}})"), r);
    QVERIFY2(parsed, qPrintable(failure(parsed)));
    const Profile &p = parsed->profiles.at(0);
    QCOMPARE(p.credentials.at(0).ref.source, SecretRef::Source::Env);
    QCOMPARE(p.credentials.at(0).ref.name, QStringLiteral("PK"));
    QCOMPARE(p.credentials.at(1).ref.source, SecretRef::Source::SystemdCredential);
    QCOMPARE(p.credentials.at(1).ref.name, QStringLiteral("porkbun-secret"));
    // Command detectors must not inherit any of them.
    QCOMPARE(parsed->secretEnvironment(), QStringList{QStringLiteral("PK")});
}

void TstCredentials::errors_data()
{
    QTest::addColumn<QByteArray>("extra");
    QTest::addColumn<QString>("error");
    QTest::newRow("a value instead of a reference")
        << QByteArray(R"(, "credentials": {"secretApiKey": "sk1_abc"})")
        << "profiles[0].credentials.secretApiKey: secrets are never stored in the config file";
    QTest::newRow("a misspelt credential")
        << QByteArray(R"(, "credentials": {"secretApiKy": {"source": "keychain"}})")
        << R"(profiles[0].credentials.secretApiKy: unknown key among the credentials of provider "twokeys" (did you mean "secretApiKey"?))";
    QTest::newRow("not an object") << QByteArray(R"(, "credentials": ["secretApiKey"])")
                                   << "profiles[0].credentials: must be an object naming where each credential comes from";
    QTest::newRow("a bad source") << QByteArray(R"(, "credentials": {"secretApiKey": {"source": "vault"}})")
                                  << R"(profiles[0].credentials.secretApiKey.source: "vault" is not a secret source)";
}

void TstCredentials::errors()
{
    QFETCH(QByteArray, extra);
    QFETCH(QString, error);
    const ProviderRegistry r = registry();
    const auto parsed = parseConfig(config(extra), r);
    QVERIFY(!parsed);
    QVERIFY2(errorStrings(parsed.error()).join('\n').contains(error), qPrintable(failure(parsed)));
}

void TstCredentials::fingerprintOfAllCredentials()
{
    State state;
    const QByteArray primaryOnly = state.credentialsFingerprint({{"secret", "pk1"}});
    // The primary alone keeps the fingerprint holds were recorded with before named credentials.
    QCOMPARE(primaryOnly, state.secretFingerprint("pk1"));
    const QByteArray both = state.credentialsFingerprint({{"secret", "pk1"}, {"secretApiKey", "sk1"}});
    QVERIFY(both != primaryOnly);
    QVERIFY(both != state.credentialsFingerprint({{"secret", "pk1"}, {"secretApiKey", "sk2"}}));
    // No value can pass for another split: the field boundaries are part of it.
    QVERIFY(state.credentialsFingerprint({{"secret", "a"}, {"secretApiKey", "bc"}})
            != state.credentialsFingerprint({{"secret", "ab"}, {"secretApiKey", "c"}}));
}

QTEST_GUILESS_MAIN(TstCredentials)
#include "tst_credentials.moc"
