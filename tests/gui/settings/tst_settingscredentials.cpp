// Named credentials in the settings window, against a real `qddns-agent run` and the real Secret
// Service (scripts/run-tests): a provider with two credentials (an API key and its secret half, as
// Porkbun has) gets two password fields in its own words; Save puts each in the keychain under
// PROFILE and PROFILE/FIELD through shared/secrets, neither in the config, the agent's log or any
// message; Test uses every typed credential; rename and remove carry every entry; a credential
// read from another source is left alone. The provider is picked by what it needs, never by name.
#include "ipc/protocol.h"
#include "settings/profileeditormodel.h"
#include "settings/profileform.h"
#include "settings/profilelistmodel.h"
#include "settings/providercatalog.h"
#include "settings/settingswindow.h"
#include "settingsfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Gui;
using namespace Qddns::Test;

namespace {
const QString kPrimary = QStringLiteral("secret"); // the primary credential's id, as in the config
const QString kApiKey = QStringLiteral("pk1_Cred-one/x+y&z");
const QString kSecondKey = QStringLiteral("sk1_Cred-two%q=w");
} // namespace

class TstSettingsCredentials : public QObject, private SettingsFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_debugAgent = true; // the log check below is only worth something with everything logged
        setUp();
    }
    void cleanup() { tearDown(); }

    void everyCredentialHasItsPasswordField();
    void saveStoresEachCredentialInTheKeychain();
    void testUsesEveryTypedCredential();
    void renameAndRemoveCarryEveryCredential();
    void credentialFromAnotherSourceIsKept();

private:
    // A provider with a primary credential and one more, no username (an API key pair).
    ProviderEntry keyPairProvider();
    QString second(const ProviderEntry &p) const { return p.credentials.value(1).id; }
    QLineEdit *secretEdit(const QString &credential) const;
    void fillKeyPairProfile(const QString &name, const ProviderEntry &p, bool typeSecond = true);
    QByteArray configText() const;
    QByteArray agentLogLines();
    QJsonObject request(QLatin1StringView method);
    // The result the agent's status gives the first record of \a profile; empty before one.
    QString lastResult(const QString &profile);
};

ProviderEntry TstSettingsCredentials::keyPairProvider()
{
    // Porkbun, as the issue names it: an API key and a secret API key, no username.
    return pick([](const ProviderEntry &e) {
        return e.id == QLatin1String("porkbun") && e.username == Requirement::Unused && e.credentials.size() == 2
            && e.credentials.at(0).id == kPrimary && e.credentials.at(1).required;
    });
}

QLineEdit *TstSettingsCredentials::secretEdit(const QString &credential) const
{
    return m_window->form()->secretEdit(credential);
}

void TstSettingsCredentials::fillKeyPairProfile(const QString &name, const ProviderEntry &p, bool typeSecond)
{
    m_window->addProfile();
    m_window->form()->nameEdit()->clear();
    QTest::keyClicks(m_window->form()->nameEdit(), name);
    choose(p.id);
    QTest::keyClicks(lineEdit("hosts"), "home.example.org");
    QTest::keyClicks(lineEdit("server"), m_provider->baseUrl().toString());
    QVERIFY(secretEdit(kPrimary));
    QVERIFY(secretEdit(second(p)));
    QTest::keyClicks(secretEdit(kPrimary), kApiKey);
    if (typeSecond)
        QTest::keyClicks(secretEdit(second(p)), kSecondKey);
}

QByteArray TstSettingsCredentials::configText() const
{
    QFile file(m_dir->filePath("config.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject TstSettingsCredentials::request(QLatin1StringView method)
{
    QJsonObject result;
    bool done = false;
    m_client->request(method, {}, nullptr, [&](const Ipc::Reply &reply) {
        result = reply.result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        qWarning("no reply");
    return result;
}

QByteArray TstSettingsCredentials::agentLogLines()
{
    return QJsonDocument(request(Ipc::Method::Logs)).toJson();
}

QString TstSettingsCredentials::lastResult(const QString &profile)
{
    for (const QJsonValue &p : request(Ipc::Method::Status).value(Ipc::Field::Profiles).toArray()) {
        if (p.toObject().value(Ipc::Field::Name).toString() != profile)
            continue;
        const QJsonArray hosts = p.toObject().value(Ipc::Field::Hosts).toArray();
        const QJsonArray records = hosts.isEmpty() ? QJsonArray() : hosts.at(0).toObject().value(Ipc::Field::Records).toArray();
        return records.isEmpty() ? QString() : records.at(0).toObject().value(Ipc::Field::LastResult).toString();
    }
    return {};
}

void TstSettingsCredentials::everyCredentialHasItsPasswordField()
{
    load();
    m_window->show();
    const ProviderEntry p = keyPairProvider();
    QVERIFY2(!p.id.isEmpty(), "the agent offers no provider with two credentials");
    m_window->addProfile();
    choose(p.id);

    ProfileForm *form = m_window->form();
    const QString secondKey = ProfileEditorModel::credentialFieldKey(second(p));
    QCOMPARE(secondKey, "credentials." + second(p));
    QVERIFY(form->fieldKeys().contains("secret"));
    QVERIFY(form->fieldKeys().contains(secondKey));
    QVERIFY(!form->fieldKeys().contains("username"));
    // Two password fields, each in the provider's words, with its help as the tooltip.
    QList<QLineEdit *> passwords;
    for (QLineEdit *edit : form->findChildren<QLineEdit *>()) {
        if (edit->echoMode() == QLineEdit::Password)
            passwords.append(edit);
    }
    QCOMPARE(passwords.size(), 2);
    QVERIFY(passwords.contains(secretEdit(kPrimary)));
    QVERIFY(passwords.contains(secretEdit(second(p))));
    QVERIFY2(form->fieldLabel("secret")->text().startsWith(p.credentials.at(0).label), qPrintable(form->fieldLabel("secret")->text()));
    QVERIFY2(form->fieldLabel(secondKey)->text().startsWith(p.credentials.at(1).label), qPrintable(form->fieldLabel(secondKey)->text()));
    QCOMPARE(form->fieldEditor(secondKey)->toolTip(), p.credentials.at(1).help);
    QCOMPARE(form->secretStatusText(second(p)), "not stored");
    // What is typed stays out of the profile the agent validates.
    QTest::keyClicks(secretEdit(second(p)), kSecondKey);
    QCOMPARE(form->secretStatusText(second(p)), "stored when you save");
    QCOMPARE(form->secretStatusText(kPrimary), "not stored");
    QVERIFY(!QJsonDocument(m_window->editor()->profile()).toJson().contains(kSecondKey.toUtf8()));
}

void TstSettingsCredentials::saveStoresEachCredentialInTheKeychain()
{
    load();
    m_window->show();
    const ProviderEntry p = keyPairProvider();
    const QString name = "tst-cred-save";
    m_keychainNames << name << name + '/' + second(p);
    fillKeyPairProfile(name, p);
    saveAndWait();

    // The config has the profile and no secret: the keychain is the default source of both.
    const QByteArray text = configText();
    QVERIFY2(!text.contains(kApiKey.toUtf8()) && !text.contains(kSecondKey.toUtf8()), text.constData());
    const QJsonObject profile = QJsonDocument::fromJson(text).object().value("profiles").toArray().at(0).toObject();
    QCOMPARE(profile.value("name").toString(), name);
    QVERIFY(!profile.contains("secret"));
    QVERIFY(!profile.contains("credentials"));

    // Both in the Secret Service, under the names the agent reads.
    QCOMPARE(keychainSecret(name), kApiKey);
    QCOMPARE(keychainSecret(name + '/' + second(p)), kSecondKey);
    QCOMPARE(m_window->form()->secretStatusText(kPrimary), "stored");
    QCOMPARE(m_window->form()->secretStatusText(second(p)), "stored");
    QVERIFY(secretEdit(kPrimary)->text().isEmpty());
    QVERIFY(secretEdit(second(p))->text().isEmpty());

    // secretChanged made the agent update at once, with both keys from the keychain.
    QTRY_VERIFY_WITH_TIMEOUT(!m_provider->requests().isEmpty(), 10000);
    const RecordedRequest first = m_provider->requests().first();
    // Where a provider sends its keys differs (Porkbun: the body; GoDaddy: a header): look everywhere.
    QByteArray sent = first.target + '\n' + first.body;
    for (const auto &header : first.headers)
        sent += '\n' + header.second;
    QVERIFY2(sent.contains(kApiKey.toUtf8()) || sent.contains(QUrl::toPercentEncoding(kApiKey)), sent.constData());
    QVERIFY2(sent.contains(kSecondKey.toUtf8()) || sent.contains(QUrl::toPercentEncoding(kSecondKey)), sent.constData());
    // The fake's reply is no provider's: the update fails, and says so without either secret.
    QTRY_VERIFY_WITH_TIMEOUT(!lastResult(name).isEmpty(), 10000);
    for (const QString &secret : {kApiKey, kSecondKey}) {
        for (const QByteArray &encoded : {secret.toUtf8(), QUrl::toPercentEncoding(secret)}) {
            QVERIFY2(!m_agentLog.contains(encoded), m_agentLog.constData());
            QVERIFY(!agentLogLines().contains(encoded));
        }
        QVERIFY(!m_window->statusText().contains(secret));
    }

    // A fresh window learns that both are stored, and nothing more.
    SettingsWindow again(m_client.get());
    QSignalSpy againLoaded(&again, &SettingsWindow::loaded);
    again.reload();
    QVERIFY(againLoaded.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(again.form()->secretStatusText(kPrimary), "stored", 5000);
    QTRY_COMPARE_WITH_TIMEOUT(again.form()->secretStatusText(second(p)), "stored", 5000);
    QVERIFY(again.form()->secretEdit(second(p))->text().isEmpty());
}

void TstSettingsCredentials::testUsesEveryTypedCredential()
{
    load();
    const ProviderEntry p = keyPairProvider();
    const QString name = "tst-cred-test";
    m_keychainNames << name << name + '/' + second(p);
    fillKeyPairProfile(name, p, false);

    // Only the primary typed: the dry run reads the second from the keychain and finds none.
    QSignalSpy tested(m_window.get(), &SettingsWindow::tested);
    m_window->test();
    QVERIFY(tested.wait(10000));
    const QString without = m_window->testResultText();
    QVERIFY2(without.contains("secret unavailable") && without.contains(second(p)), qPrintable(without));

    // Both typed: the dry run has every credential and would send.
    QTest::keyClicks(secretEdit(second(p)), kSecondKey);
    m_window->test();
    QVERIFY(tested.wait(10000));
    const QString with = m_window->testResultText();
    QVERIFY2(with.contains("would send") && !with.contains("secret unavailable"), qPrintable(with));
    QVERIFY(!with.contains(kApiKey) && !with.contains(kSecondKey));
    QVERIFY(m_provider->requests().isEmpty());
    // A profile never saved leaves nothing in the keychain; its typed credentials stay in the form.
    QCOMPARE(keychainSecret(name), std::nullopt);
    QCOMPARE(keychainSecret(name + '/' + second(p)), std::nullopt);
    QCOMPARE(secretEdit(second(p))->text(), kSecondKey);
}

void TstSettingsCredentials::renameAndRemoveCarryEveryCredential()
{
    load();
    const ProviderEntry p = keyPairProvider();
    const QString secondId = second(p);
    m_keychainNames << "tst-cred-old" << "tst-cred-old/" + secondId << "tst-cred-new" << "tst-cred-new/" + secondId;
    fillKeyPairProfile("tst-cred-old", p);
    saveAndWait();
    QCOMPARE(keychainSecret("tst-cred-old/" + secondId), kSecondKey);

    ProfileListModel *list = m_window->profileList();
    QVERIFY(list->setData(list->index(0), "tst-cred-new"));
    saveAndWait();
    QCOMPARE(keychainSecret("tst-cred-new"), kApiKey);
    QCOMPARE(keychainSecret("tst-cred-new/" + secondId), kSecondKey);
    QCOMPARE(keychainSecret("tst-cred-old"), std::nullopt);
    QCOMPARE(keychainSecret("tst-cred-old/" + secondId), std::nullopt);
    QCOMPARE(m_window->form()->secretStatusText(secondId), "stored");

    m_window->removeCurrentProfile();
    saveAndWait();
    QCOMPARE(keychainSecret("tst-cred-new"), std::nullopt);
    QCOMPARE(keychainSecret("tst-cred-new/" + secondId), std::nullopt);
}

void TstSettingsCredentials::credentialFromAnotherSourceIsKept()
{
    const ProviderEntry p = keyPairProvider();
    const QString secondId = second(p);
    const QString name = "tst-cred-file";
    m_keychainNames << name << name + '/' + secondId;
    const QString path = m_dir->filePath("second-key");
    QFile key(path);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(kSecondKey.toUtf8());
    key.close();
    QVERIFY(key.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const QJsonObject fileSource{{"source", "file"}, {"path", path}};
    // Written by the user: the second credential comes from a file.
    QJsonObject config = QJsonDocument::fromJson(configText()).object();
    config.insert("profiles", QJsonArray{QJsonObject{{"name", name}, {"provider", p.id}, {"hosts", QJsonArray{"home.example.org"}},
                                                     {"server", m_provider->baseUrl().toString()},
                                                     {"credentials", QJsonObject{{secondId, fileSource}}}}});
    bool set = false;
    m_client->request(Ipc::Method::ConfigSet, {{"config", config}}, nullptr, [&set](const Ipc::Reply &reply) {
        QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
        set = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(set, 5000);
    load();
    QCOMPARE(m_window->profileList()->rowCount(), 1);

    // The form says where it comes from instead of offering a password field.
    const QString secondKey = ProfileEditorModel::credentialFieldKey(secondId);
    QVERIFY(!secretEdit(secondId));
    auto *where = qobject_cast<QLabel *>(m_window->form()->fieldEditor(secondKey));
    QVERIFY(where);
    QVERIFY2(where->text().contains("file") && where->text().contains(path), qPrintable(where->text()));
    QVERIFY(secretEdit(kPrimary));

    // Save with the primary typed: it goes to the keychain; the file source stays as written.
    QTest::keyClicks(secretEdit(kPrimary), kApiKey);
    saveAndWait();
    QCOMPARE(keychainSecret(name), kApiKey);
    QCOMPARE(keychainSecret(name + '/' + secondId), std::nullopt);
    const QJsonObject profile = QJsonDocument::fromJson(configText()).object().value("profiles").toArray().at(0).toObject();
    QCOMPARE(profile.value("credentials").toObject().value(secondId).toObject(), fileSource);
}

QTEST_MAIN(TstSettingsCredentials)
#include "tst_settingscredentials.moc"
