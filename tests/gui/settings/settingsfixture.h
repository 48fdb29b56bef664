#pragma once

// What the settings tests share: a real `qddns-agent run` on a temporary socket with loopback
// fakes for the echo service and the provider, a client, the window, and helpers that pick
// providers by what they need (never by name: the GUI knows none).
#include "fakes/fakehttpserver.h"
#include "fakes/process.h"
#include "ipc/agentclient.h"
#include "settings/profileform.h"
#include "settings/profileeditormodel.h"
#include "settings/providercatalog.h"
#include "settings/settingswindow.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

namespace Qddns::Test {

using namespace Qddns::Gui;

inline const QString kSecret = QStringLiteral("Settings-s3cret/x+y&z");
inline const QString kUser = QStringLiteral("alice");

inline QString plain(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

class SettingsFixture
{
protected:
    // From the test classes' init() and cleanup().
    void setUp();
    void tearDown();

    void startAgent(const QJsonObject &config);
    void load();
    QJsonObject providersReply();
    // The first provider the predicate accepts (the tests pick providers by needs, not by name).
    Gui::ProviderEntry pick(const std::function<bool(const Gui::ProviderEntry &)> &accept);
    Gui::ProviderEntry userAndSecretProvider();
    Gui::ProviderEntry secretAndRequiredOptionProvider();
    void choose(const QString &providerId);
    QLineEdit *lineEdit(const QString &key) const;
    void saveAndWait();
    static std::optional<QString> keychainSecret(const QString &profile);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
    std::unique_ptr<QProcess> m_agent;
    std::unique_ptr<Ipc::AgentClient> m_client;
    std::unique_ptr<Gui::SettingsWindow> m_window;
    QStringList m_keychainNames; // entries to remove after the test
    QByteArray m_agentLog;       // what the agent wrote to stderr (also forwarded to the test's)
    bool m_debugAgent = false;   // set before setUp(): the agent logs at debug level
};

inline void SettingsFixture::setUp()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_echo = std::make_unique<FakeHttpServer>();
    QVERIFY(m_echo->listen());
    m_echo->setReply({200, "81.2.69.160\n"});
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(m_provider->listen());
    m_provider->setHandler([](const RecordedRequest &r) {
        const QByteArray expected = "Basic " + (kUser + ':' + kSecret).toUtf8().toBase64();
        if (r.header("Authorization") != expected)
            return FakeReply{200, "badauth"};
        return FakeReply{200, "good " + r.queryValue("myip").toLatin1()};
    });
    startAgent({{"version", 1},
                {"interval", "1h"},
                {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
                {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString() + "/ip"}}}},
                                          {"ipv6", QJsonArray{}}}},
                {"profiles", QJsonArray{}}});
    QSettings().remove("settingsWindow/size"); // each test starts with the window's natural size
    m_window = std::make_unique<SettingsWindow>(m_client.get());
}

inline void SettingsFixture::startAgent(const QJsonObject &config)
{
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
    file.close();
    const QString socket = m_dir->filePath("agent.socket");
    m_agent = std::make_unique<QProcess>();
    m_agent->setProcessChannelMode(QProcess::ForwardedOutputChannel);
    if (m_debugAgent) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_LOGGING_RULES", "qddns.*.debug=true");
        m_agent->setProcessEnvironment(env);
    }
    // Kept for tests that check what the agent logs, and shown as before.
    QObject::connect(m_agent.get(), &QProcess::readyReadStandardError, m_agent.get(), [this] {
        const QByteArray chunk = m_agent->readAllStandardError();
        m_agentLog += chunk;
        fwrite(chunk.constData(), 1, size_t(chunk.size()), stderr);
    });
    m_agent->start(QStringLiteral(QDDNS_AGENT_BINARY),
                   {"run", "--config", m_dir->filePath("config.json"), "--state-dir", m_dir->filePath("state"), "--socket", socket});
    QVERIFY(m_agent->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(socket), 5000);
    m_client = std::make_unique<Ipc::AgentClient>(socket, "tst_settings");
    m_client->connectToAgent();
    QTRY_VERIFY_WITH_TIMEOUT(m_client->isConnected(), 5000);
}

inline void SettingsFixture::load()
{
    QSignalSpy loaded(m_window.get(), &SettingsWindow::loaded);
    m_window->reload();
    QVERIFY(loaded.wait(5000));
}

inline void SettingsFixture::tearDown()
{
    m_window.reset();
    m_client.reset();
    if (m_agent && m_agent->state() != QProcess::NotRunning) {
        m_agent->kill();
        m_agent->waitForFinished();
    }
    m_agent.reset();
    m_agentLog.clear();
    for (const QString &name : std::as_const(m_keychainNames))
        runProgram("secret-tool", {"clear", "server", "qddns", "user", name});
    m_keychainNames.clear();
    m_provider.reset();
    m_echo.reset();
    m_dir.reset();
}

inline QJsonObject SettingsFixture::providersReply()
{
    QJsonObject result;
    bool done = false;
    m_client->request(QLatin1StringView("providers"), {}, nullptr, [&](const Ipc::Reply &reply) {
        result = reply.result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("no providers reply");
    return result;
}

inline Gui::ProviderEntry SettingsFixture::pick(const std::function<bool(const Gui::ProviderEntry &)> &accept)
{
    const ProviderCatalog catalog = ProviderCatalog::fromReply(providersReply());
    for (const ProviderEntry &e : catalog.providers()) {
        if (accept(e))
            return e;
    }
    return {};
}

inline Gui::ProviderEntry SettingsFixture::userAndSecretProvider()
{
    // With a default server (so Server is optional) and no options: the plain DynDNS2 kind.
    return pick([](const ProviderEntry &e) {
        return e.username == Requirement::Required && e.secret == Requirement::Required && e.options.isEmpty()
            && !e.server.isEmpty() && !e.usernameHelp.isEmpty() && e.protocol == "dyndns2";
    });
}

inline Gui::ProviderEntry SettingsFixture::secretAndRequiredOptionProvider()
{
    return pick([](const ProviderEntry &e) {
        return e.username == Requirement::Unused && e.secret == Requirement::Required
            && std::any_of(e.options.begin(), e.options.end(), [](const ProviderOptionInfo &o) { return o.required; });
    });
}

inline void SettingsFixture::choose(const QString &providerId)
{
    QComboBox *combo = m_window->form()->providerCombo();
    const int index = combo->findData(providerId);
    QVERIFY2(index >= 0, qPrintable(providerId));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index); // as a user's pick
    QCOMPARE(m_window->editor()->providerId(), providerId);
}

inline QLineEdit *SettingsFixture::lineEdit(const QString &key) const
{
    QWidget *editor = m_window->form()->fieldEditor(key);
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return edit;
    return editor ? editor->findChild<QLineEdit *>() : nullptr;
}

inline void SettingsFixture::saveAndWait()
{
    QSignalSpy saved(m_window.get(), &SettingsWindow::saved);
    QSignalSpy failed(m_window.get(), &SettingsWindow::saveFailed);
    m_window->save();
    QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() > 0, 10000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
}

inline std::optional<QString> SettingsFixture::keychainSecret(const QString &profile)
{
    const ProcessRun lookup = runProgram("secret-tool", {"lookup", "server", "qddns", "user", profile});
    if (lookup.exitCode != 0)
        return std::nullopt;
    return QString::fromUtf8(lookup.out);
}

} // namespace Qddns::Test
