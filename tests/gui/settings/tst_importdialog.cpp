// Settings, Import…: a ddclient configuration becomes a profile of the running agent, its password
// goes to the real keyring (never into the configuration), the agent publishes with it, options
// that were not imported are listed with their lines, and nothing is replaced or half-written.
#include "settingsfixture.h"

#include "settings/importdialog.h"
#include "settings/profilelistmodel.h"

#include <QPushButton>
#include <QTreeWidget>

using namespace Qddns::Test;
using namespace Qddns::Gui;
using Qddns::ImportTool;

class TstImportDialog : public QObject, private SettingsFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void importsAProfileWithItsPassword();
    void neverReplacesAnotherPassword();
    void malformedFileNamesTheLine();
    void unsavedEditsComeFirst();

private:
    QString writeDdclientConf();
    ImportDialog *openPreview(const QString &path);
    QByteArray configText() const;
};

QString TstImportDialog::writeDdclientConf()
{
    // As a ddclient user has it: daemon interval, a DynDNS2 server, a quoted password, an MX option.
    const QString path = m_dir->filePath("ddclient.conf");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("# /etc/ddclient.conf\n"
               "daemon=300\n"
               "ssl=yes\n"
               "protocol=dyndns2\n"
               "server=127.0.0.1:" + QByteArray::number(m_provider->port()) + "\n"
               "login=" + kUser.toUtf8() + "\n"
               "password='" + kSecret.toUtf8() + "'\n"
               "mx=mail.example.org\n"
               "home.example.org\n");
    return path;
}

ImportDialog *TstImportDialog::openPreview(const QString &path)
{
    ImportDialog *dialog = m_window->openImport();
    if (!dialog)
        return nullptr;
    QSignalSpy previewed(dialog, &ImportDialog::previewed);
    dialog->setTool(ImportTool::Ddclient);
    dialog->setPath(path);
    // The agent's providers may arrive after the first preview: wait for one with profiles.
    if (!QTest::qWaitFor([&] { return dialog->profileList()->topLevelItemCount() > 0 || !dialog->statusText().isEmpty(); }, 5000))
        return nullptr;
    return dialog;
}

QByteArray TstImportDialog::configText() const
{
    QFile file(m_dir->filePath("config.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TstImportDialog::importsAProfileWithItsPassword()
{
    load();
    m_window->show();
    ImportDialog *dialog = openPreview(writeDdclientConf());
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->profileList()->topLevelItemCount(), 1);
    const QTreeWidgetItem *row = dialog->profileList()->topLevelItem(0);
    const QString name = row->text(0);
    m_keychainNames << name;
    QCOMPARE(row->text(2), QStringLiteral("home.example.org"));
    QVERIFY2(row->text(3).contains("keychain"), qPrintable(row->text(3)));
    // What was not imported is named with its line; no secret is shown anywhere in the dialog.
    QVERIFY2(dialog->notesText().contains("line 8: mx"), qPrintable(dialog->notesText()));
    QVERIFY2(dialog->notesText().contains("interval"), qPrintable(dialog->notesText())); // daemon=300, not applied
    for (const QWidget *w : dialog->findChildren<QWidget *>()) {
        if (const auto *edit = qobject_cast<const QLineEdit *>(w))
            QVERIFY(!edit->text().contains(kSecret));
    }
    QVERIFY(!dialog->notesText().contains(kSecret));
    QVERIFY(dialog->addButton()->isEnabled());

    m_provider->clearRequests();
    QSignalSpy added(dialog, &ImportDialog::added);
    QSignalSpy failed(dialog, &ImportDialog::addFailed);
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(added.size() + failed.size() > 0, 15000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));

    // The password is in the real Secret Service under the profile's name, not in the config.
    QCOMPARE(keychainSecret(name), std::optional<QString>(kSecret));
    const QByteArray text = configText();
    QVERIFY(!text.contains(kSecret.toUtf8()));
    const QJsonArray profiles = QJsonDocument::fromJson(text).object().value("profiles").toArray();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0).toObject().value("name").toString(), name);
    // The agent's settings stayed its own (the fake CA is still trusted, the interval still 1h).
    QCOMPARE(QJsonDocument::fromJson(text).object().value("interval").toString(), QStringLiteral("1h"));

    // The window shows the new profile, and the agent publishes with the imported password.
    QCOMPARE(m_window->profileList()->rowCount(), 1);
    QCOMPARE(m_window->currentRow(), 0);
    QVERIFY2(m_window->statusText().contains(name), qPrintable(m_window->statusText()));
    const QByteArray expected = "Basic " + (kUser + ':' + kSecret).toUtf8().toBase64();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(m_provider->requests().cbegin(), m_provider->requests().cend(),
                                         [&](const RecordedRequest &r) {
                                             return r.header("Authorization") == expected
                                                 && r.queryValue("hostname") == QStringLiteral("home.example.org");
                                         }),
                             15000);
}

void TstImportDialog::neverReplacesAnotherPassword()
{
    load();
    m_window->show();
    ImportDialog *dialog = openPreview(writeDdclientConf());
    QVERIFY(dialog);
    QCOMPARE(dialog->profileList()->topLevelItemCount(), 1);
    const QString name = dialog->profileList()->topLevelItem(0)->text(0);
    m_keychainNames << name;
    // A profile of another configuration already keeps its password under that name.
    QFile other(m_dir->filePath("other.json"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(QJsonDocument(QJsonObject{{"version", 1},
                                          {"profiles", QJsonArray{QJsonObject{{"name", name},
                                                                              {"provider", "duckdns"},
                                                                              {"hosts", QJsonArray{"other.duckdns.org"}}}}}})
                    .toJson());
    other.close();
    const ProcessRun stored = runAgent({"--config", m_dir->filePath("other.json"), "secret", "set", name},
                                       QProcessEnvironment::systemEnvironment(), "someone-else's\n");
    QVERIFY2(stored.exitCode == 0, stored.err.constData());
    const QByteArray before = configText();

    QSignalSpy failed(dialog, &ImportDialog::addFailed);
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    QVERIFY(failed.wait(15000));
    QVERIFY2(failed.first().first().toString().contains(name), qPrintable(failed.first().first().toString()));
    QVERIFY(dialog->statusText().contains("Nothing was added"));
    QCOMPARE(keychainSecret(name), std::optional<QString>(QStringLiteral("someone-else's")));
    QCOMPARE(configText(), before);
    QVERIFY(dialog->isVisible()); // the user can read why, and cancel
}

void TstImportDialog::malformedFileNamesTheLine()
{
    load();
    const QString path = m_dir->filePath("inadyn.conf");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("period = 300\nprovider default@dyndns.org {\n  username = alice\n"); // never closed
    file.close();
    ImportDialog *dialog = m_window->openImport();
    QVERIFY(dialog);
    dialog->setTool(ImportTool::Inadyn);
    dialog->setPath(path);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->statusText().isEmpty(), 5000);
    QVERIFY2(dialog->statusText().contains("line"), qPrintable(dialog->statusText()));
    QCOMPARE(dialog->profileList()->topLevelItemCount(), 0);
    QVERIFY(!dialog->addButton()->isEnabled());
}

void TstImportDialog::unsavedEditsComeFirst()
{
    load();
    m_window->addProfile(); // an unsaved profile
    QVERIFY(!m_window->openImport());
    QVERIFY2(m_window->statusText().contains("Save"), qPrintable(m_window->statusText()));
}

QTEST_MAIN(TstImportDialog)
#include "tst_importdialog.moc"
