// Settings, Alerts: add, edit, test and remove a webhook and an ntfy target, against a real agent,
// the real keyring and a loopback HTTPS receiver. "Send test" goes through the agent (hooks.test);
// a typed token goes to the keychain, never into the configuration or over the socket.
#include "settingsfixture.h"

#include "settings/alertspage.h"

#include <QCheckBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qddns::Test;
using namespace Qddns::Gui;

class TstHooksAlerts : public QObject, private SettingsFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addTestSaveAndEditAnNtfyTarget();
    void webhookErrorsShowAndTestWorks();
    void otherHookTypesAreKeptAsWritten();

private:
    QJsonObject savedConfig() const;
    void sendTestAndWait();
    void type(QLineEdit *edit, const QString &text);

    std::unique_ptr<FakeHttpServer> m_receiver;
};

void TstHooksAlerts::init()
{
    setUp();
    m_receiver = std::make_unique<FakeHttpServer>();
    QVERIFY(m_receiver->listen());
    m_receiver->setReply({200, "ok"});
    m_keychainNames << "hook:ntfy" << "hook:webhook";
}

void TstHooksAlerts::cleanup()
{
    tearDown();
    m_receiver.reset();
}

QJsonObject TstHooksAlerts::savedConfig() const
{
    QFile file(m_dir->filePath("config.json"));
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

void TstHooksAlerts::sendTestAndWait()
{
    QSignalSpy tested(m_window->alerts(), &AlertsPage::tested);
    QTest::mouseClick(m_window->alerts()->testButton(), Qt::LeftButton);
    QVERIFY(tested.wait(15000));
}

void TstHooksAlerts::type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

void TstHooksAlerts::addTestSaveAndEditAnNtfyTarget()
{
    load();
    m_window->show();
    AlertsPage *alerts = m_window->alerts();
    QVERIFY(!alerts->isVisible()); // the profiles come first
    QPushButton *profileTest = nullptr;
    for (QPushButton *button : m_window->findChildren<QPushButton *>()) {
        if (button->text() == "Test")
            profileTest = button;
    }
    QVERIFY(profileTest && profileTest->isVisible());
    alerts->tabs()->setCurrentWidget(alerts);
    QVERIFY(alerts->isVisible());
    QVERIFY(!profileTest->isVisible()); // the profile's Test is not the alert's Send test
    QCOMPARE(alerts->list()->count(), 0);
    alerts->addTarget("ntfy");
    QCOMPARE(alerts->list()->count(), 1);
    QCOMPARE(alerts->nameEdit()->text(), "ntfy");
    type(alerts->urlEdit(), m_receiver->baseUrl().toString() + "/home-alerts");
    type(alerts->titleEdit(), "DNS {event}");
    type(alerts->tokenEdit(), "tk_AbC123/secret");
    QVERIFY(alerts->eventBox("failed")->isChecked());
    alerts->eventBox("recovered")->click();

    // Send test before saving: the typed token, through the keychain, and out of it again.
    sendTestAndWait();
    QVERIFY2(alerts->testResultText().startsWith("Sent: HTTP 200"), qPrintable(alerts->testResultText()));
    QCOMPARE(m_receiver->requests().size(), 1);
    RecordedRequest r = m_receiver->requests().last();
    QCOMPARE(r.path, "/home-alerts");
    QCOMPARE(r.header("Authorization"), QByteArray("Bearer tk_AbC123/secret"));
    QCOMPARE(r.header("Title"), QByteArray("DNS test"));
    QCOMPARE(r.body, QByteArray("a test of hook ntfy from qddns: it works"));
    QCOMPARE(keychainSecret("hook:ntfy"), std::nullopt);
    QVERIFY(!savedConfig().contains("hooks"));

    // Save: the entry in the configuration, the token in the keychain only.
    QSignalSpy stored(alerts, &AlertsPage::secretsStored);
    saveAndWait();
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 1, 10000);
    const QJsonObject hook = savedConfig().value("hooks").toArray().first().toObject();
    QCOMPARE(hook.value("type").toString(), "ntfy");
    QCOMPARE(hook.value("url").toString(), m_receiver->baseUrl().toString() + "/home-alerts");
    QCOMPARE(hook.value("title").toString(), "DNS {event}");
    QCOMPARE(hook.value("events").toArray(), (QJsonArray{"addressChanged", "failed", "held", "recovered"}));
    QCOMPARE(hook.value("secret").toObject().value("source").toString(), "keychain");
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("tk_AbC123"));
    QCOMPARE(keychainSecret("hook:ntfy"), std::optional<QString>("tk_AbC123/secret"));

    // Edit it: the saved token is used; a new title is saved.
    QCOMPARE(alerts->tokenEdit()->placeholderText(), "stored in the keychain");
    type(alerts->titleEdit(), "Home: {event}");
    sendTestAndWait();
    r = m_receiver->requests().last();
    QCOMPARE(r.header("Title"), QByteArray("Home: test"));
    QCOMPARE(r.header("Authorization"), QByteArray("Bearer tk_AbC123/secret"));
    saveAndWait();
    QCOMPARE(savedConfig().value("hooks").toArray().first().toObject().value("title").toString(), "Home: {event}");
    QVERIFY(keychainSecret("hook:ntfy").has_value()); // a saved hook keeps its entry after a test

    // Remove it.
    alerts->removeCurrent();
    saveAndWait();
    QVERIFY(!savedConfig().contains("hooks"));
}

void TstHooksAlerts::webhookErrorsShowAndTestWorks()
{
    load();
    m_window->show();
    AlertsPage *alerts = m_window->alerts();
    alerts->tabs()->setCurrentWidget(alerts);
    alerts->addTarget("webhook");
    QSignalSpy validated(m_window.get(), &SettingsWindow::validated);
    type(alerts->urlEdit(), "ftp://hooks.example.org/x");
    QVERIFY(validated.wait(5000));
    QVERIFY2(alerts->errorText().contains("url: \"ftp://hooks.example.org/x\" is not an http(s) URL"), qPrintable(alerts->errorText()));
    QVERIFY(m_window->generalErrorText().isEmpty()); // the alert's error is on its page, not the profile's

    type(alerts->urlEdit(), m_receiver->baseUrl().toString() + "/hook?event={event}");
    QVERIFY(validated.wait(5000));
    QCOMPARE(alerts->errorText(), QString());
    sendTestAndWait();
    QVERIFY2(alerts->testResultText().startsWith("Sent:"), qPrintable(alerts->testResultText()));
    const RecordedRequest r = m_receiver->requests().last();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.queryValue("event"), "test");
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value("text").toString(), "a test of hook webhook from qddns: it works");
    QVERIFY(r.header("Authorization").isEmpty());

    // A receiver that refuses: said so, with its answer.
    m_receiver->setReply({403, "forbidden"});
    sendTestAndWait();
    QCOMPARE(alerts->testResultText(), "Not sent: HTTP 403 from 127.0.0.1: forbidden");

    // A broken body is named at its field when tested.
    alerts->bodyEdit()->setPlainText("{\"text\": {message}}");
    sendTestAndWait();
    QVERIFY2(alerts->errorText().startsWith("body: is not valid JSON"), qPrintable(alerts->errorText()));
}

void TstHooksAlerts::otherHookTypesAreKeptAsWritten()
{
    // A hook the page does not edit survives a save untouched, and can still be tested.
    const QJsonObject command{{"name", "fw"}, {"type", "command"}, {"argv", QJsonArray{"/bin/true"}},
                              {"events", QJsonArray{"addressChanged"}}, {"timeout", 5}};
    QJsonObject config = savedConfig();
    config.insert("hooks", QJsonArray{command});
    bool done = false;
    m_client->request(QLatin1StringView("config.set"), {{"config", config}}, nullptr, [&done](const Qddns::Ipc::Reply &) { done = true; });
    QTRY_VERIFY(done);
    load();
    m_window->show();
    AlertsPage *alerts = m_window->alerts();
    alerts->tabs()->setCurrentWidget(alerts);
    QCOMPARE(alerts->list()->count(), 1);
    QVERIFY(!alerts->urlEdit()->isEnabled());
    sendTestAndWait();
    QVERIFY2(alerts->testResultText().startsWith("Sent"), qPrintable(alerts->testResultText()));
    alerts->addTarget("ntfy");
    type(alerts->urlEdit(), m_receiver->baseUrl().toString() + "/t");
    saveAndWait();
    const QJsonArray hooks = savedConfig().value("hooks").toArray();
    QCOMPARE(hooks.size(), 2);
    QCOMPARE(hooks.first().toObject(), command);
}

QTEST_MAIN(TstHooksAlerts)
#include "tst_hooksalerts.moc"
