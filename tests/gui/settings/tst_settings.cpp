// The settings window against a real `qddns-agent run` on a temporary socket and the real
// Secret Service (scripts/run-tests: private D-Bus session with gnome-keyring): providers, fields,
// validation, Test, Save and the keychain. Providers are picked by what they need, never by name:
// the GUI knows none. The form's size, words and error display: tst_settingsform.
#include "ipc/protocol.h"
#include "settings/detectorlistmodel.h"
#include "settings/globalsettingswidget.h"
#include "settings/profileeditormodel.h"
#include "settings/profileform.h"
#include "settings/profilelistmodel.h"
#include "settings/providercatalog.h"
#include "settings/settingswindow.h"
#include "settings/testreport.h"
#include "settingsfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

using namespace Qddns;
using namespace Qddns::Gui;
using namespace Qddns::Test;

class TstSettings : public QObject, private SettingsFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void providerComboListsTheAgentsProviders();
    void choosingAProviderShowsOnlyItsFields();
    void invalidHostShowsTheAgentsMessageAtTheField();
    void saveStoresConfigAndSecretApart();
    void renameAndRemoveCarryTheKeychainEntry();
    void invalidSaveShowsTheAgentsErrors();
    void testShowsDetectedAddressAndWhatWouldBeSent();
    void unknownProviderGetsItsOwnForm();
    void firstRunOpensWithANewProfile();
    void agentOfAnotherUserExplainsSecrets();
    void errorPathsMapToFields();
    void testReportWithoutAddress();
    void detectorsAndIntervalsEditTheDocument();
    void caFileIsAGlobalSetting();
    void followsAConfigChangedElsewhere();
};

void TstSettings::providerComboListsTheAgentsProviders()
{
    load();
    m_window->addProfile();

    QStringList agentIds;
    const QJsonArray providers = providersReply().value("providers").toArray();
    for (const QJsonValue &p : providers)
        agentIds.append(p["id"].toString());
    QVERIFY(agentIds.size() > 3);

    QComboBox *combo = m_window->form()->providerCombo();
    QStringList comboIds;
    for (int i = 0; i < combo->count(); ++i) {
        if (!combo->itemData(i).toString().isEmpty()) // not a group's heading
            comboIds.append(combo->itemData(i).toString());
    }
    agentIds.sort();
    comboIds.sort();
    QCOMPARE(comboIds, agentIds);
    // Names as the agent gives them.
    const QJsonObject first = providers.at(0).toObject();
    QCOMPARE(combo->itemText(combo->findData(first["id"].toString())), first["name"].toString());
}

void TstSettings::choosingAProviderShowsOnlyItsFields()
{
    load();
    m_window->show();
    m_window->addProfile();
    const ProviderEntry a = userAndSecretProvider();
    const ProviderEntry b = secretAndRequiredOptionProvider();
    QVERIFY(!a.id.isEmpty());
    QVERIFY(!b.id.isEmpty());
    ProfileForm *form = m_window->form();

    // A: username and secret, its server as the placeholder, its help and website.
    choose(a.id);
    QCOMPARE(form->fieldKeys(), QStringList({"hosts", "username", "secret", "server"}));
    QCOMPARE(lineEdit("server")->placeholderText(), a.server);
    QVERIFY(lineEdit("server")->text().isEmpty());
    QVERIFY(form->fieldLabel("username")->text().contains("(required)"));
    const QString helpA = plain(form->helpLabel()->text());
    QVERIFY2(helpA.contains(a.help), qPrintable(helpA));
    QVERIFY2(helpA.contains(a.usernameHelp), qPrintable(helpA));
    QVERIFY2(helpA.contains(a.secretHelp), qPrintable(helpA));
    QVERIFY2(form->helpLabel()->text().contains("href=\"" + a.website.toHtmlEscaped() + "\""), qPrintable(form->helpLabel()->text()));
    QCOMPARE(form->fieldEditor("username")->toolTip(), a.usernameHelp);

    QTest::keyClicks(lineEdit("username"), kUser);
    QTest::keyClicks(lineEdit("hosts"), "home.example.org");
    QCOMPARE(m_window->editor()->profile().value("username").toString(), kUser);

    // B: no username (dropped from the profile), a secret, its required option with its help.
    const auto option = std::find_if(b.options.begin(), b.options.end(), [](const ProviderOptionInfo &o) { return o.required; });
    choose(b.id);
    QVERIFY(!form->fieldKeys().contains("username"));
    QVERIFY(form->fieldKeys().contains("secret"));
    QVERIFY(form->fieldKeys().contains(option->key));
    QCOMPARE(form->fieldKeys().size(), 3 + b.options.size()); // hosts, secret, server + options
    QVERIFY(form->fieldLabel(option->key)->text().contains("(required)"));
    QCOMPARE(lineEdit("server")->placeholderText(), b.server);
    const QString helpB = plain(form->helpLabel()->text());
    QVERIFY2(helpB.contains(b.help), qPrintable(helpB));
    QVERIFY2(helpB.contains(option->help), qPrintable(helpB));
    QVERIFY2(helpB.contains(b.secretHelp), qPrintable(helpB));
    QVERIFY(!helpB.contains(a.usernameHelp));
    const QJsonObject profile = m_window->editor()->profile();
    QCOMPARE(profile.value("provider").toString(), b.id);
    QVERIFY(!profile.contains("username"));
    QCOMPARE(profile.value("hosts").toArray(), QJsonArray{"home.example.org"}); // kept: every provider has hosts
}

void TstSettings::invalidHostShowsTheAgentsMessageAtTheField()
{
    load();
    m_window->show();
    m_window->addProfile();
    choose(userAndSecretProvider().id);
    QSignalSpy validated(m_window.get(), &SettingsWindow::validated);
    QTest::keyClicks(lineEdit("hosts"), "bad host!");
    QVERIFY(m_window->isValidationScheduled());
    QVERIFY(validated.wait(5000));

    // The agent's own words for exactly this document.
    QJsonObject answer;
    bool done = false;
    m_client->request(QLatin1StringView("config.validate"), {{"config", m_window->document()}}, nullptr, [&](const Ipc::Reply &r) {
        answer = r.result;
        done = true;
    });
    QTRY_VERIFY(done);
    QString expected;
    for (const QJsonValue &e : answer.value("errors").toArray()) {
        if (e["path"].toString() == "profiles[0].hosts[0]")
            expected = e["message"].toString();
    }
    QVERIFY2(expected.contains("bad host!"), qPrintable(QJsonDocument(answer).toJson()));
    QCOMPARE(m_window->form()->fieldErrorText("hosts"), expected);
    QVERIFY(!m_window->generalErrorText().contains("bad host!"));
    // Untouched fields (the username is required too) are not red yet.
    QVERIFY(m_window->form()->fieldErrorText("username").isEmpty());
    // Idle afterwards: no timer keeps running.
    QVERIFY(!m_window->isValidationScheduled());

    // Fixed: the message goes away.
    lineEdit("hosts")->clear();
    QTest::keyClicks(lineEdit("hosts"), "home.example.org");
    QVERIFY(validated.wait(5000));
    QVERIFY(m_window->form()->fieldErrorText("hosts").isEmpty());
}

void TstSettings::saveStoresConfigAndSecretApart()
{
    load();
    m_window->show();
    m_window->addProfile();
    const QString name = "tst-settings-save";
    m_keychainNames << name;
    m_window->form()->nameEdit()->clear();
    QTest::keyClicks(m_window->form()->nameEdit(), name);
    QCOMPARE(m_window->editor()->name(), name);
    choose(userAndSecretProvider().id);
    QTest::keyClicks(lineEdit("hosts"), "home.example.org");
    QTest::keyClicks(lineEdit("username"), kUser);
    QTest::keyClicks(lineEdit("server"), m_provider->baseUrl().toString());
    auto *secret = m_window->form()->findChild<QLineEdit *>("secretEdit");
    QVERIFY(secret);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::keyClicks(secret, kSecret);

    QSignalSpy saved(m_window.get(), &SettingsWindow::saved);
    QSignalSpy failed(m_window.get(), &SettingsWindow::saveFailed);
    m_window->save();
    QTRY_VERIFY_WITH_TIMEOUT(saved.size() + failed.size() > 0, 10000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    // The agent wrote the file: the profile is there, the secret is not.
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY2(!text.contains(kSecret.toUtf8()), text.constData());
    const QJsonObject written = QJsonDocument::fromJson(text).object();
    const QJsonArray profiles = written.value("profiles").toArray();
    QCOMPARE(profiles.size(), 1);
    const QJsonObject profile = profiles.at(0).toObject();
    QCOMPARE(profile.value("name").toString(), name);
    QCOMPARE(profile.value("provider").toString(), userAndSecretProvider().id);
    QCOMPARE(profile.value("hosts").toArray(), QJsonArray{"home.example.org"});
    QCOMPARE(profile.value("username").toString(), kUser);
    QVERIFY(!profile.contains("secret")); // the keychain is the default source
    QCOMPARE(written.value("interval").toString(), "1h"); // the rest of the config untouched

    // The secret is in the Secret Service, as the agent reads it.
    const ProcessRun lookup = runProgram("secret-tool", {"lookup", "server", "qddns", "user", name});
    QCOMPARE(lookup.exitCode, 0);
    QCOMPARE(QString::fromUtf8(lookup.out), kSecret);
    // The field says so without showing it.
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(m_window->form()->secretStatusText(), "stored");
    QVERIFY(secret->placeholderText().contains("stored"));
    // secretChanged made the agent use it at once: the loopback provider got the right credentials.
    QTRY_VERIFY_WITH_TIMEOUT(!m_provider->requests().isEmpty(), 10000);
    QCOMPARE(m_provider->requests().last().header("Authorization"), "Basic " + (kUser + ':' + kSecret).toUtf8().toBase64());

    // A fresh window learns the secret exists (and only that).
    SettingsWindow again(m_client.get());
    QSignalSpy againLoaded(&again, &SettingsWindow::loaded);
    again.reload();
    QVERIFY(againLoaded.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(again.form()->secretStatusText(), "stored", 5000);
    QVERIFY(again.form()->findChild<QLineEdit *>("secretEdit")->text().isEmpty());
}

void TstSettings::renameAndRemoveCarryTheKeychainEntry()
{
    load();
    m_keychainNames << "tst-settings-old" << "tst-settings-new";
    m_window->addProfile();
    m_window->form()->nameEdit()->clear();
    QTest::keyClicks(m_window->form()->nameEdit(), "tst-settings-old");
    choose(userAndSecretProvider().id);
    QTest::keyClicks(lineEdit("hosts"), "home.example.org");
    QTest::keyClicks(lineEdit("username"), kUser);
    QTest::keyClicks(lineEdit("server"), m_provider->baseUrl().toString());
    QTest::keyClicks(m_window->form()->findChild<QLineEdit *>("secretEdit"), kSecret);
    saveAndWait();
    QCOMPARE(keychainSecret("tst-settings-old"), kSecret);

    // Renamed in the list: the entry follows the name (the agent looks it up by name).
    ProfileListModel *list = m_window->profileList();
    QVERIFY(list->setData(list->index(0), "tst-settings-new"));
    QCOMPARE(m_window->editor()->name(), "tst-settings-new");
    QCOMPARE(m_window->form()->nameEdit()->text(), "tst-settings-new");
    saveAndWait();
    QCOMPARE(keychainSecret("tst-settings-new"), kSecret);
    QCOMPARE(keychainSecret("tst-settings-old"), std::nullopt);
    QCOMPARE(m_window->form()->secretStatusText(), "stored");

    // Removed: so is its secret.
    m_window->removeCurrentProfile();
    QCOMPARE(list->rowCount(), 0);
    saveAndWait();
    QCOMPARE(keychainSecret("tst-settings-new"), std::nullopt);
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value("profiles").toArray().size(), 0);
}

void TstSettings::invalidSaveShowsTheAgentsErrors()
{
    load();
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    m_window->addProfile();
    choose(secretAndRequiredOptionProvider().id);
    QSignalSpy failed(m_window.get(), &SettingsWindow::saveFailed);
    m_window->save(); // no hosts, no required option: the agent refuses, the fields say why
    QVERIFY(failed.wait(5000));
    QVERIFY(m_window->statusText().startsWith("Not saved."));
    QVERIFY2(m_window->form()->fieldErrorText("hosts").contains("required"), qPrintable(m_window->form()->fieldErrorText("hosts")));
    const QString option = std::find_if(m_window->editor()->provider()->options.begin(), m_window->editor()->provider()->options.end(),
                                        [](const ProviderOptionInfo &o) { return o.required; })->key;
    QVERIFY(!m_window->form()->fieldErrorText(option).isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TstSettings::testShowsDetectedAddressAndWhatWouldBeSent()
{
    load();
    m_window->addProfile();
    choose(userAndSecretProvider().id);
    QTest::keyClicks(lineEdit("hosts"), "nas.example.org");
    QTest::keyClicks(lineEdit("username"), kUser);
    QTest::keyClicks(lineEdit("server"), m_provider->baseUrl().toString());

    QSignalSpy tested(m_window.get(), &SettingsWindow::tested);
    m_window->test();
    QVERIFY(tested.wait(10000));
    const QString text = m_window->testResultText();
    QVERIFY2(text.contains("81.2.69.160"), qPrintable(text));
    QVERIFY2(text.contains("nas.example.org"), qPrintable(text));
    QVERIFY(m_provider->requests().isEmpty()); // a dry run

    // A secret typed for the new profile is what the test uses (through the keychain, never the
    // socket), and it is not left in the keychain by a profile that was never saved.
    const QString name = m_window->editor()->name();
    m_keychainNames << name;
    auto *secret = m_window->form()->findChild<QLineEdit *>("secretEdit");
    QVERIFY(secret);
    QTest::keyClicks(secret, kSecret);
    m_window->test();
    QVERIFY(tested.wait(10000));
    const QString withSecret = m_window->testResultText();
    QVERIFY2(withSecret.contains("would send") && !withSecret.contains("secret unavailable"), qPrintable(withSecret));
    QVERIFY(!withSecret.contains(kSecret));
    QVERIFY(m_provider->requests().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(runProgram("secret-tool", {"lookup", "server", "qddns", "user", name}).out.isEmpty(), 5000);

    // An invalid profile: the agent's errors land at the fields.
    lineEdit("hosts")->clear();
    QTest::keyClicks(lineEdit("hosts"), "bad host!");
    m_window->test();
    QVERIFY(tested.wait(10000));
    QVERIFY2(m_window->form()->fieldErrorText("hosts").contains("bad host!"), qPrintable(m_window->testResultText()));
}

void TstSettings::unknownProviderGetsItsOwnForm()
{
    load();
    ProviderCatalog catalog = ProviderCatalog::fromReply(providersReply());
    const QJsonObject example{{"id", "exampledns"},
                              {"name", "Example DNS"},
                              {"protocol", "exampledns"},
                              {"website", "https://exampledns.example.net"},
                              {"help", "Create an API key under Account > Keys."},
                              {"server", "https://api.exampledns.example.net"},
                              {"username", "unused"},
                              {"secret", "required"},
                              {"secretHelp", "The API key"},
                              {"options", QJsonArray{QJsonObject{{"key", "zoneId"}, {"kind", "string"}, {"required", true},
                                                                 {"help", "The id of the zone, shown on its overview page"}}}}};
    catalog.insert(ProviderEntry::fromJson(example));
    m_window->setCatalog(catalog);
    m_window->show();
    m_window->addProfile();
    choose("exampledns");

    ProfileForm *form = m_window->form();
    QCOMPARE(form->fieldKeys(), QStringList({"hosts", "secret", "server", "zoneId"}));
    QVERIFY(qobject_cast<QLineEdit *>(form->fieldEditor("zoneId")));
    QCOMPARE(form->fieldLabel("zoneId")->text(), "Zone id (required):");
    QCOMPARE(form->fieldEditor("zoneId")->toolTip(), "The id of the zone, shown on its overview page");
    QCOMPARE(lineEdit("server")->placeholderText(), "https://api.exampledns.example.net");
    QVERIFY(plain(form->helpLabel()->text()).contains("The id of the zone"));
    QTest::keyClicks(lineEdit("zoneId"), "z-123");
    QCOMPARE(m_window->editor()->profile().value("zoneId").toString(), "z-123");
    QCOMPARE(m_window->editor()->profile().value("provider").toString(), "exampledns");
}

void TstSettings::firstRunOpensWithANewProfile()
{
    m_window->setFirstRun(true);
    load();
    QCOMPARE(m_window->profileList()->rowCount(), 1);
    QCOMPARE(m_window->currentRow(), 0);
    QVERIFY(m_window->editor()->providerId().isEmpty());
    QCOMPARE(m_window->introText(), "Pick your DNS provider, enter your host name and credentials, then Test and Save");
    QVERIFY(m_window->form()->fieldKeys().isEmpty()); // the form waits for a provider
}

void TstSettings::agentOfAnotherUserExplainsSecrets()
{
    QSignalSpy loaded(m_window.get(), &SettingsWindow::loaded);
    m_window->setAgentIsOtherUser(true);
    m_window->reload();
    QVERIFY(loaded.wait(5000));
    m_window->addProfile();
    choose(secretAndRequiredOptionProvider().id);
    QVERIFY(!m_window->form()->findChild<QLineEdit *>("secretEdit"));
    auto *help = qobject_cast<QLabel *>(m_window->form()->fieldEditor("secret"));
    QVERIFY(help);
    QVERIFY2(help->text().contains("qddns-agent secret set home"), qPrintable(help->text()));
    QVERIFY(help->text().contains("systemd-credential"));
    QVERIFY(help->text().contains("\"file\""));
}

void TstSettings::errorPathsMapToFields()
{
    ProfileEditorModel model;
    model.setCatalog(ProviderCatalog(QJsonArray{QJsonObject{{"id", "x"}, {"username", "required"}, {"secret", "required"}}}));
    model.setProfile({{"name", "a"}, {"provider", "x"}}, 2);
    model.touchAll();
    model.setErrors(QJsonArray{QJsonObject{{"path", "profiles[2].hosts[1]"}, {"message", "bad"}},
                               QJsonObject{{"path", "profiles[2].username"}, {"message", "is required"}},
                               QJsonObject{{"path", "profiles[0].hosts"}, {"message", "other profile"}},
                               QJsonObject{{"path", "profiles[2].frobnicate"}, {"message", "unknown key"}},
                               QJsonObject{{"path", "version"}, {"message", "is required"}}});
    QCOMPARE(model.fieldError("hosts"), "bad");
    QCOMPARE(model.fieldError("username"), "is required");
    QCOMPARE(model.generalErrors(), QStringList({"profiles[0].hosts: other profile", "\"frobnicate\": unknown key",
                                                 "version: is required"}));
    QCOMPARE(ProfileEditorModel::keyForPath("profiles[12].secret.source", 12), "secret");
    QCOMPARE(ProfileEditorModel::keyForPath("profiles[1].secret", 12), "");
    QCOMPARE(ProfileEditorModel::splitHosts("a.example.org, b.example.org\nc.example.org,"),
             QStringList({"a.example.org", "b.example.org", "c.example.org"}));
    QCOMPARE(ProfileEditorModel::labelForKey("successPattern"), "Success pattern");
}

void TstSettings::testReportWithoutAddress()
{
    // A record that cannot be sent has no address: no empty slot in the line.
    const QJsonObject reply{{"results", QJsonArray{QJsonObject{{"host", "myhome"}, {"type", "A"}, {"address", ""},
                                                               {"result", "failed"}, {"message", "no public ipv4 address"}}}}};
    QCOMPARE(describeTestReply(reply), "myhome (A): cannot be sent: no public ipv4 address");
    const QJsonObject sent{{"results", QJsonArray{QJsonObject{{"host", "myhome"}, {"type", "A"}, {"address", "81.2.69.160"},
                                                              {"result", "dry-run"}, {"message", "GET https://..."}}}}};
    QCOMPARE(describeTestReply(sent), "myhome (A 81.2.69.160): would be sent: GET https://...");
}

void TstSettings::detectorsAndIntervalsEditTheDocument()
{
    load();
    GlobalSettingsWidget *global = m_window->globalSettings();
    // The agent's config has its own IPv4 detector and IPv6 detection off.
    QVERIFY(!global->defaultDetectorsBox(Family::IPv4)->isChecked());
    QCOMPARE(global->detectorModel(Family::IPv4)->rowCount(), 1);
    QCOMPARE(m_window->document().value("detectors").toObject().value("ipv6").toArray(), QJsonArray());

    global->detectorModel(Family::IPv4)->append(
        DetectorListModel::makeDetector(DetectorListModel::Type::Command, "/usr/local/bin/wan-ip --family \"4 only\""));
    QVERIFY(global->detectorModel(Family::IPv4)->move(1, -1));
    const QJsonArray v4 = m_window->document().value("detectors").toObject().value("ipv4").toArray();
    QCOMPARE(v4.size(), 2);
    QCOMPARE(v4.at(0).toObject().value("argv").toArray(), QJsonArray({"/usr/local/bin/wan-ip", "--family", "4 only"}));
    QCOMPARE(v4.at(1).toObject().value("type").toString(), "web");

    global->defaultDetectorsBox(Family::IPv6)->click();
    QVERIFY(!m_window->document().value("detectors").toObject().contains("ipv6"));

    QSignalSpy validated(m_window.get(), &SettingsWindow::validated);
    auto *interval = global->findChild<QLineEdit *>("interval");
    interval->clear();
    QTest::keyClicks(interval, "5");
    QCOMPARE(m_window->document().value("interval").toInt(), 5);
    QVERIFY(validated.wait(5000));
    QVERIFY2(global->errorText("interval").contains("between 30"), qPrintable(global->errorText("interval")));
    QVERIFY(m_window->generalErrorText().isEmpty());

    QVERIFY(!global->interfaceChoices().contains("lo"));
    QVERIFY(describeTestReply({}).contains("Nothing would be sent"));
}

void TstSettings::caFileIsAGlobalSetting()
{
    load();
    GlobalSettingsWidget *global = m_window->globalSettings();
    auto *caFile = global->findChild<QLineEdit *>("caFile");
    QVERIFY(caFile);
    QCOMPARE(caFile->text(), FakeHttpServer::caFile()); // the agent's config has one

    // A file that is not there: the agent says so, next to the field.
    QSignalSpy validated(m_window.get(), &SettingsWindow::validated);
    caFile->clear();
    QTest::keyClicks(caFile, m_dir->filePath("missing-ca.pem"));
    QCOMPARE(m_window->document().value("tls").toObject().value("caFile").toString(), m_dir->filePath("missing-ca.pem"));
    QVERIFY(validated.wait(5000));
    QVERIFY2(global->errorText("tls").contains("missing-ca.pem"), qPrintable(global->errorText("tls")));
    QVERIFY(m_window->generalErrorText().isEmpty());

    // Emptied: no "tls" left in the document.
    caFile->selectAll();
    QTest::keyClick(caFile, Qt::Key_Delete);
    QVERIFY(!m_window->document().contains("tls"));
    QVERIFY(validated.wait(5000));
    QCOMPARE(global->errorText("tls"), QString());
}

void TstSettings::followsAConfigChangedElsewhere()
{
    load();
    // The tray app's client is subscribed; this test's shared client does the same.
    bool subscribed = false;
    m_client->request(Ipc::Method::Subscribe, {{"events", QJsonArray{"configChanged"}}}, this,
                      [&subscribed](const Ipc::Reply &reply) { subscribed = reply.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(subscribed, 5000);

    // Another client adds a profile: the untouched window follows.
    Ipc::AgentClient other(m_dir->filePath("agent.socket"), "other");
    other.connectToAgent();
    QTRY_VERIFY_WITH_TIMEOUT(other.isConnected(), 5000);
    QJsonObject config = m_window->document();
    const auto setConfig = [&other, this](const QJsonObject &document) {
        bool done = false;
        other.request(Ipc::Method::ConfigSet, {{"config", document}}, this, [&done](const Ipc::Reply &reply) {
            QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    };
    QJsonObject interval = config;
    interval.insert("interval", "7m");
    setConfig(interval);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->document().value("interval").toString(), "7m", 5000);
    QVERIFY2(m_window->statusText().contains("reloaded"), qPrintable(m_window->statusText()));

    // With edits of its own, the window keeps them and warns.
    m_window->addProfile();
    const qsizetype mine = m_window->document().value("profiles").toArray().size();
    interval.insert("interval", "9m");
    setConfig(interval);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().contains("changed elsewhere; saving now replaces"), 5000);
    QCOMPARE(m_window->document().value("profiles").toArray().size(), mine);
    QCOMPARE(m_window->document().value("interval").toString(), "7m");
}

QTEST_MAIN(TstSettings)
#include "tst_settings.moc"
