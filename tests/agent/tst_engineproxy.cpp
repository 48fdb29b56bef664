// A profile's own proxy (issue 14): it overrides the global one or says "none", and a proxy that
// wants a user name and password gets the password from the secret store, never from the file.
// Loopback proxies check what the engine gives them: HTTP Basic in Proxy-Authorization, SOCKS5
// username/password (RFC 1929).
#include "enginefixture.h"
#include "fakes/fakeproxy.h"

namespace {
const QByteArray kProxyUser = "proxyuser";
const QString kProxyPassword = QStringLiteral("Pr0xy pass:word/+");
} // namespace

class TstEngineProxy : public EngineFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void profileProxyWithCredentials_data();
    void profileProxyWithCredentials();
    void profileSaysNoProxy();
    void wrongProxyPassword_data();
    void wrongProxyPassword();
    void proxyConfig_data();
    void proxyConfig();

private:
    bool start(QJsonObject profile, const QJsonValue &profileProxy, const FakeProxy *global);
    static QString proxyUrl(FakeProxy::Kind kind, quint16 port, const QByteArray &user = {});
};

QString TstEngineProxy::proxyUrl(FakeProxy::Kind kind, quint16 port, const QByteArray &user)
{
    const QString scheme = kind == FakeProxy::Kind::Socks5 ? QStringLiteral("socks5://") : QStringLiteral("http://");
    const QString userPart = user.isEmpty() ? QString() : QString::fromLatin1(user) + QLatin1Char('@');
    return scheme + userPart + QStringLiteral("127.0.0.1:") + QString::number(port);
}

// The engine on a configuration with a global proxy (when \a global is given, applied as the
// agent's Runtime does) and \a profile with \a profileProxy (undefined: none given).
bool TstEngineProxy::start(QJsonObject profile, const QJsonValue &profileProxy, const FakeProxy *global)
{
    if (!profileProxy.isUndefined())
        profile.insert("proxy", profileProxy);
    QJsonObject root{
        {"version", 1},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", echoUrl("/v4")}}}},
                                  {"ipv6", QJsonArray{}}}},
        {"profiles", QJsonArray{profile}}};
    if (global)
        root.insert("proxy", proxyUrl(FakeProxy::Kind::Http, global->port()));
    auto config = parseConfig(QJsonDocument(root).toJson(), m_registry);
    if (!config) {
        for (const ConfigError &e : config.error())
            qWarning().noquote() << "config error:" << e.toString();
        return false;
    }
    m_http->setProxy(networkProxy(config->proxy));
    Engine::Services services;
    services.registry = &m_registry;
    services.secrets = m_secrets.get();
    services.http = m_http.get();
    services.clock = &m_clock;
    m_engine = std::make_unique<Engine>(*config, State(), services);
    return true;
}

void TstEngineProxy::profileProxyWithCredentials_data()
{
    QTest::addColumn<FakeProxy::Kind>("kind");
    QTest::addColumn<QByteArray>("seen");
    QTest::newRow("http") << FakeProxy::Kind::Http << QByteArray("Basic " + QByteArray(kProxyUser + ':' + kProxyPassword.toUtf8()).toBase64());
    QTest::newRow("socks5") << FakeProxy::Kind::Socks5 << QByteArray(kProxyUser + ':' + kProxyPassword.toUtf8());
}

void TstEngineProxy::profileProxyWithCredentials()
{
    QFETCH(FakeProxy::Kind, kind);
    QFETCH(QByteArray, seen);
    FakeProxy global(FakeProxy::Kind::Http);
    QVERIFY(global.listen());
    FakeProxy own(kind);
    own.requireCredentials(kProxyUser, kProxyPassword.toUtf8());
    QVERIFY(own.listen());
    // Stored like every named credential: keychain entry PROFILE/proxyPassword.
    m_secrets->setSecret(keychainKey("home", QString(kProxyPasswordCredential)), kProxyPassword);
    QVERIFY(start(dyndns("home", {"home.example.net"}), proxyUrl(kind, own.port(), kProxyUser), &global));

    QVERIFY(cycle());
    COMPARE_RESULT(report("home", "home.example.net"), "updated");
    // The provider saw the update, through the profile's proxy only; detection used the global one.
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates().first().queryValue("myip"), kV4);
    const QString provider = QStringLiteral("127.0.0.1:%1").arg(m_provider->baseUrl().port());
    const QString echo = QStringLiteral("127.0.0.1:%1").arg(m_echo->baseUrl().port());
    QCOMPARE(own.targets().last(), provider);
    QVERIFY(!own.targets().contains(echo));
    QCOMPARE(global.targets(), QStringList{echo});
    QVERIFY(!own.credentialsSeen().isEmpty());
    QCOMPARE(own.credentialsSeen().last(), seen);
    QCOMPARE(m_secrets->reads(keychainKey("home", QString(kProxyPasswordCredential))), 1);
}

void TstEngineProxy::profileSaysNoProxy()
{
    FakeProxy global(FakeProxy::Kind::Http);
    QVERIFY(global.listen());
    QVERIFY(start(dyndns("home", {"home.example.net"}), QJsonValue("none"), &global));
    QVERIFY(cycle());
    COMPARE_RESULT(report("home", "home.example.net"), "updated");
    QCOMPARE(updates().size(), 1);
    // Only the echo request went through the global proxy.
    QCOMPARE(global.targets(), QStringList{QStringLiteral("127.0.0.1:%1").arg(m_echo->baseUrl().port())});

    // Without "none" the global proxy carries the update too.
    m_provider->clearRequests();
    QVERIFY(start(dyndns("home", {"home.example.net"}), QJsonValue(QJsonValue::Undefined), &global));
    QVERIFY(cycle());
    COMPARE_RESULT(report("home", "home.example.net"), "updated");
    QCOMPARE(global.targets().last(), QStringLiteral("127.0.0.1:%1").arg(m_provider->baseUrl().port()));
}

void TstEngineProxy::wrongProxyPassword_data()
{
    QTest::addColumn<FakeProxy::Kind>("kind");
    QTest::addColumn<QString>("named");
    QTest::newRow("http") << FakeProxy::Kind::Http << "HTTP proxy 127.0.0.1:%1 (user proxyuser) refused the credentials";
    QTest::newRow("socks5") << FakeProxy::Kind::Socks5 << "SOCKS5 proxy 127.0.0.1:%1 (user proxyuser) refused the credentials";
}

void TstEngineProxy::wrongProxyPassword()
{
    QFETCH(FakeProxy::Kind, kind);
    QFETCH(QString, named);
    FakeProxy own(kind);
    own.requireCredentials(kProxyUser, kProxyPassword.toUtf8());
    QVERIFY(own.listen());
    const QString wrong = QStringLiteral("not-the-pr0xy-password");
    m_secrets->setSecret(keychainKey("home", QString(kProxyPasswordCredential)), wrong);
    QVERIFY(start(dyndns("home", {"home.example.net"}), proxyUrl(kind, own.port(), kProxyUser), nullptr));
    QVERIFY(cycle());
    const RecordEvent event = report("home", "home.example.net");
    COMPARE_RESULT(event, "failed");
    QVERIFY2(event.message.contains(named.arg(own.port())), qPrintable(event.message));
    QVERIFY2(!event.message.contains(wrong) && !event.message.contains(kProxyPassword), qPrintable(event.message));
    QVERIFY(own.refusals() >= 1);
    QCOMPARE(updates().size(), 0);
}

void TstEngineProxy::proxyConfig_data()
{
    QTest::addColumn<QJsonValue>("globalProxy");
    QTest::addColumn<QJsonValue>("profileProxy");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    QTest::newRow("profile override") << QJsonValue("http://proxy.lan:3128") << QJsonValue("socks5://alice@127.0.0.1:1080") << "" << "";
    QTest::newRow("profile none") << QJsonValue("http://proxy.lan:3128") << QJsonValue("none") << "" << "";
    QTest::newRow("password in profile proxy") << QJsonValue() << QJsonValue("http://alice:pw@proxy.lan:3128")
                                               << "profiles[0].proxy" << "must not hold a password";
    QTest::newRow("empty password in profile proxy") << QJsonValue() << QJsonValue("http://alice:@proxy.lan:3128")
                                                     << "profiles[0].proxy" << "must not hold a password";
    QTest::newRow("password in a proxy URL that is wrong anyway") << QJsonValue("http://alice:pw@proxy.lan") << QJsonValue()
                                                                  << "proxy" << "must not hold a password";
    QTest::newRow("user in global proxy") << QJsonValue("http://alice@proxy.lan:3128") << QJsonValue()
                                          << "proxy" << "must not hold a user name";
    QTest::newRow("none is for profiles") << QJsonValue("none") << QJsonValue() << "proxy" << "must be a proxy like";
    QTest::newRow("profile ftp") << QJsonValue() << QJsonValue("ftp://proxy.lan:21") << "profiles[0].proxy"
                                 << "or \"none\" for no proxy";
}

void TstEngineProxy::proxyConfig()
{
    QFETCH(QJsonValue, globalProxy);
    QFETCH(QJsonValue, profileProxy);
    QFETCH(QString, path);
    QFETCH(QString, error);
    QJsonObject profile = dyndns("home", {"home.example.net"});
    if (!profileProxy.isUndefined() && !profileProxy.isNull())
        profile.insert("proxy", profileProxy);
    QJsonObject root{{"version", 1}, {"profiles", QJsonArray{profile}}};
    if (!globalProxy.isUndefined() && !globalProxy.isNull())
        root.insert("proxy", globalProxy);
    const auto config = parseConfig(QJsonDocument(root).toJson(), m_registry);
    if (error.isEmpty()) {
        QVERIFY2(config, config ? "" : qPrintable(config.error().first().toString()));
        const Profile &p = config->profiles.first();
        QVERIFY(p.proxy.has_value());
        if (profileProxy.toString() == "none") {
            QVERIFY(p.proxy->isEmpty());
        } else {
            // A user name: the password is a credential read with the others, from the keychain by default.
            QCOMPARE(p.proxy->userName(), QString("alice"));
            QCOMPARE(p.credentials.last().field, QString(kProxyPasswordCredential));
        }
        return;
    }
    QVERIFY(!config);
    QCOMPARE(config.error().first().path, path);
    QVERIFY2(config.error().first().message.contains(error), qPrintable(config.error().first().message));
    QVERIFY(!config.error().first().message.contains("pw@"));
}

QTEST_GUILESS_MAIN(TstEngineProxy)
#include "tst_engineproxy.moc"
