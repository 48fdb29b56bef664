// The settings form against a real `qddns-agent run`: the window's own size (room for every
// provider's form, within a 1366x768 screen, remembered when the user changes it), each form in its
// provider's words, and errors shown only where the user has been (or after Save), in words.
#include "settings/hostsuffixdialog.h"
#include "settings/profileform.h"
#include "settings/profilelistmodel.h"
#include "settingsfixture.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QToolButton>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Gui;
using namespace Qddns::Test;

class TstSettingsForm : public QObject, private SettingsFixture
{
    Q_OBJECT
private Q_SLOTS:
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void defaultSizeFitsEveryProvidersForm();
    void remembersItsSize();
    void formSpeaksTheProvidersWords();
    void firstRunShowsErrorsOnlyForTouchedFields();
    void saveWithoutProviderSaysWhatIsMissing();
    void otherProfilesErrorsNameTheProfile();
    void pickerGroupsAndSearches();
    void hostSuffixesAreWrittenAndValidated();
};

void TstSettingsForm::defaultSizeFitsEveryProvidersForm()
{
    // As on a first start: the introduction, a new profile, the agent's providers.
    m_window->setFirstRun(true);
    load();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QSize natural = m_window->size();
    // Fits a 1366x768 screen with room for a title bar and a panel.
    QVERIFY2(natural.width() <= 1366 && natural.height() <= 768 - 80,
             qPrintable(QString("%1x%2").arg(natural.width()).arg(natural.height())));

    QScrollArea *area = m_window->formArea();
    QComboBox *combo = m_window->form()->providerCombo();
    QVERIFY(combo->count() > 15);
    for (int i = 0; i < combo->count(); ++i) {
        const QString id = combo->itemData(i).toString();
        if (id.isEmpty())
            continue; // a group's heading
        choose(id);
        // The rebuilt rows are shown (queued by Qt) and laid out.
        const QStringList keys = m_window->form()->fieldKeys();
        QTRY_VERIFY(m_window->form()->fieldLabel(keys.last())->isVisible());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY2(!area->verticalScrollBar()->isVisible(), qPrintable(id));
        QVERIFY2(!area->horizontalScrollBar()->isVisible(), qPrintable(id));
        // The whole form lies inside the visible area...
        const QRect form(m_window->form()->mapTo(area->viewport(), QPoint(0, 0)), m_window->form()->size());
        QVERIFY2(area->viewport()->rect().contains(form), qPrintable(id));
        QVERIFY2(m_window->form()->height() >= m_window->form()->minimumSizeHint().height(), qPrintable(id));
        // ...and no field or label is cut off: every example shows whole.
        for (const QString &key : m_window->form()->fieldKeys()) {
            QLabel *label = m_window->form()->fieldLabel(key);
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(id + " " + key));
            QLineEdit *edit = lineEdit(key);
            if (!edit || edit->placeholderText().isEmpty())
                continue;
            const int text = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
            QVERIFY2(edit->width() >= text + 8, qPrintable(id + " " + key + ": " + edit->placeholderText()));
        }
    }
    QCOMPARE(m_window->size(), natural); // nothing had to grow
}

void TstSettingsForm::remembersItsSize()
{
    load();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QSize natural = m_window->size();
    const QSize mine = natural + QSize(60, 40);
    m_window->resize(mine);
    QTRY_COMPARE(m_window->size(), mine);
    m_window->close();

    // Opened again: the user's size, also once the providers have arrived.
    SettingsWindow again(m_client.get());
    QSignalSpy loaded(&again, &SettingsWindow::loaded);
    again.reload();
    QVERIFY(loaded.wait(5000));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), mine);
    QCOMPARE(QSettings().value("settingsWindow/size").toSize(), mine);

    // A window left at its natural size remembers nothing: it follows the providers next time.
    again.close();
    QSettings().remove("settingsWindow/size");
    SettingsWindow third(m_client.get());
    QSignalSpy thirdLoaded(&third, &SettingsWindow::loaded);
    third.reload();
    QVERIFY(thirdLoaded.wait(5000));
    third.show();
    QVERIFY(QTest::qWaitForWindowExposed(&third));
    third.close();
    QVERIFY(!QSettings().contains("settingsWindow/size"));
}

void TstSettingsForm::formSpeaksTheProvidersWords()
{
    load();
    m_window->show();
    m_window->addProfile();
    ProfileForm *form = m_window->form();

    // Duck DNS: a subdomain, a token, no TTL (the service has none); the words are the agent's.
    choose("duckdns");
    const ProviderEntry *duck = m_window->editor()->provider();
    QCOMPARE(duck->hostExample, "myhome");
    QCOMPARE(lineEdit("hosts")->placeholderText(), "e.g. myhome");
    QCOMPARE(form->fieldLabel("secret")->text(), "Token (required):");
    QVERIFY(!form->fieldLabel("secret")->text().contains("Password"));
    QVERIFY(!form->offersTtl());
    QVERIFY2(form->fieldEditor("hosts")->toolTip().contains("myhome.duckdns.org"), qPrintable(form->fieldEditor("hosts")->toolTip()));
    QVERIFY(plain(form->helpLabel()->text()).contains("Token: " + duck->secretHelp));

    // A provider that takes a TTL offers it; switching away drops a TTL set for it.
    const ProviderEntry withTtl = pick([](const ProviderEntry &e) { return e.ttl; });
    QVERIFY(!withTtl.id.isEmpty());
    choose(withTtl.id);
    QVERIFY(form->offersTtl());
    QCOMPARE(form->fieldLabel("secret")->text(), withTtl.secretLabel + " (required):");
    m_window->editor()->setValue("ttl", 300);
    QCOMPARE(m_window->editor()->profile().value("ttl").toInt(), 300);
    choose("duckdns");
    QVERIFY(!m_window->editor()->profile().contains("ttl"));
    QVERIFY(!form->offersTtl());

    // A username in the provider's word.
    const ProviderEntry user = userAndSecretProvider();
    choose(user.id);
    QCOMPARE(form->fieldLabel("username")->text(), user.usernameLabel + " (required):");
    QCOMPARE(lineEdit("hosts")->placeholderText(), "e.g. " + user.hostExample);
}

void TstSettingsForm::firstRunShowsErrorsOnlyForTouchedFields()
{
    m_window->setFirstRun(true);
    QSignalSpy validated(m_window.get(), &SettingsWindow::validated);
    load();
    m_window->show();
    QVERIFY(validated.wait(5000));
    // The agent finds the new profile incomplete, but nothing was typed yet: nothing is red.
    QVERIFY(m_window->editor()->hasErrors());
    QCOMPARE(m_window->generalErrorText(), QString());
    for (const char *key : {"name", "provider", "hosts"})
        QCOMPARE(m_window->form()->fieldErrorText(key), QString());

    // A provider picked: its fields appear, still quiet until typed in.
    const ProviderEntry provider = userAndSecretProvider();
    choose(provider.id);
    QVERIFY(validated.wait(5000));
    QCOMPARE(m_window->generalErrorText(), QString());
    QCOMPARE(m_window->form()->fieldErrorText("hosts"), QString());
    QCOMPARE(m_window->form()->fieldErrorText("username"), QString());

    // Typed: that field speaks, at the field.
    QTest::keyClicks(lineEdit("hosts"), "bad host!");
    QVERIFY(validated.wait(5000));
    QVERIFY2(m_window->form()->fieldErrorText("hosts").contains("bad host!"), qPrintable(m_window->form()->fieldErrorText("hosts")));
    QCOMPARE(m_window->form()->fieldErrorText("username"), QString());

    // Save: every field says what is missing, at the field; nothing as a raw path.
    QSignalSpy failed(m_window.get(), &SettingsWindow::saveFailed);
    m_window->save();
    QVERIFY(failed.wait(5000));
    QVERIFY2(m_window->form()->fieldErrorText("username").contains("required"), qPrintable(m_window->form()->fieldErrorText("username")));
    QVERIFY2(!m_window->generalErrorText().contains("profiles["), qPrintable(m_window->generalErrorText()));
}

void TstSettingsForm::saveWithoutProviderSaysWhatIsMissing()
{
    m_window->setFirstRun(true);
    load();
    QCOMPARE(m_window->generalErrorText(), QString());
    QSignalSpy failed(m_window.get(), &SettingsWindow::saveFailed);
    m_window->save();
    QVERIFY(failed.wait(5000));
    QVERIFY2(m_window->form()->fieldErrorText("provider").contains("required"), qPrintable(m_window->form()->fieldErrorText("provider")));
    // The host names have no field before a provider is chosen: in words, not as a path.
    const QString general = m_window->generalErrorText();
    QVERIFY2(general.startsWith("Host names: is required"), qPrintable(general));
    QVERIFY2(!general.contains("profiles["), qPrintable(general));
}

void TstSettingsForm::otherProfilesErrorsNameTheProfile()
{
    load();
    m_window->addProfile(); // "home"
    m_window->form()->nameEdit()->clear();
    QTest::keyClicks(m_window->form()->nameEdit(), "first");
    m_window->addProfile(); // the second one is on display
    QSignalSpy validated(m_window.get(), &SettingsWindow::validated);
    QVERIFY(validated.wait(5000));
    m_window->save();
    QSignalSpy failed(m_window.get(), &SettingsWindow::saveFailed);
    QVERIFY(failed.wait(5000));
    const QString general = m_window->generalErrorText();
    QVERIFY2(general.contains("Profile \"first\", provider: is required"), qPrintable(general));
    QVERIFY2(!general.contains("profiles["), qPrintable(general));
}

// The list of about ninety providers: grouped under headings by the agent's `category`, narrowed
// by a search; the form still comes from the metadata, with the documentation and its check date.
void TstSettingsForm::pickerGroupsAndSearches()
{
    load();
    m_window->show();
    m_window->addProfile();
    const ProviderCatalog catalog = ProviderCatalog::fromReply(providersReply());
    QComboBox *combo = m_window->form()->providerCombo();
    const auto listed = [combo] {
        QStringList ids;
        for (int i = 0; i < combo->count(); ++i) {
            if (!combo->itemData(i).toString().isEmpty())
                ids.append(combo->itemData(i).toString());
        }
        return ids;
    };
    const auto headings = [combo] {
        QStringList texts;
        const auto *model = qobject_cast<QStandardItemModel *>(combo->model());
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemData(i).toString().isEmpty()) {
                texts.append(combo->itemText(i));
                if (model->item(i)->flags() & (Qt::ItemIsSelectable | Qt::ItemIsEnabled))
                    texts.append("(choosable!)");
            }
        }
        return texts;
    };
    // Every provider listed, under the heading of its category, each heading once and not choosable.
    QCOMPARE(listed().size(), catalog.providers().size());
    QSet<QString> categories;
    for (const ProviderEntry &e : catalog.providers())
        categories.insert(e.category);
    QVERIFY2(categories.size() >= 4, qPrintable(QStringList(categories.values()).join(",")));
    QCOMPARE(headings().size(), categories.size());
    for (int i = 0; i < combo->count(); ++i) {
        const ProviderEntry *e = catalog.find(combo->itemData(i).toString());
        if (!e)
            continue;
        int heading = i;
        while (!combo->itemData(heading).toString().isEmpty())
            --heading;
        QCOMPARE(combo->itemText(heading), ProfileForm::categoryLabel(e->category));
    }

    // A search by a provider's name narrows the list, headings included.
    const ProviderEntry wanted = catalog.providers().last();
    QTest::keyClicks(m_window->form()->providerSearch(), wanted.name.toLower());
    QVERIFY(listed().contains(wanted.id));
    QVERIFY2(listed().size() < catalog.providers().size(), qPrintable(listed().join(",")));
    for (const QString &id : listed())
        QVERIFY2(catalog.find(id)->name.contains(wanted.name, Qt::CaseInsensitive) || catalog.find(id)->id.contains(wanted.name, Qt::CaseInsensitive)
                     || catalog.find(id)->website.contains(wanted.name, Qt::CaseInsensitive)
                     || ProfileForm::categoryLabel(catalog.find(id)->category).contains(wanted.name, Qt::CaseInsensitive),
                 qPrintable(id));
    const QStringList narrowed = headings();
    QCOMPARE(narrowed.size(), QSet<QString>(narrowed.begin(), narrowed.end()).size());
    // Chosen from the narrowed list: its form, with the documentation the agent was checked against.
    choose(wanted.id);
    if (!wanted.documentation.isEmpty())
        QVERIFY2(plain(m_window->form()->helpLabel()->text()).contains(wanted.documentation), qPrintable(m_window->form()->helpLabel()->text()));
    // Nothing matches: the chosen provider alone stays, so the choice still shows.
    m_window->form()->providerSearch()->clear();
    QTest::keyClicks(m_window->form()->providerSearch(), "no such provider xyz");
    QCOMPARE(listed(), QStringList{wanted.id});
    QCOMPARE(combo->currentData().toString(), wanted.id);
    m_window->form()->providerSearch()->clear();
    QCOMPARE(listed().size(), catalog.providers().size());
    QCOMPARE(combo->currentData().toString(), wanted.id);

    // A search by group.
    const QString group = catalog.find(listed().first())->category;
    QTest::keyClicks(m_window->form()->providerSearch(), ProfileForm::categoryLabel(group));
    int inGroup = 0;
    for (const ProviderEntry &e : catalog.providers())
        inGroup += e.category == group ? 1 : 0;
    for (const QString &id : listed())
        QVERIFY2(catalog.find(id)->category == group || id == wanted.id, qPrintable(id));
    QCOMPARE(listed().size(), inGroup + (wanted.category == group ? 0 : 1));
    QCOMPARE(headings().size(), wanted.category == group ? 1 : 2);
}

// Hosts behind the agent: a host may carry an IPv6 suffix (and a prefix length), written as
// {"name", "ipv6Suffix"[, "prefixLength"]} and validated by the agent like every other field.
void TstSettingsForm::hostSuffixesAreWrittenAndValidated()
{
    load();
    m_window->show();
    m_window->addProfile();
    choose(pick([](const ProviderEntry &e) { return e.ipv6 && e.username == Requirement::Unused; }).id);
    QTest::keyClicks(lineEdit("hosts"), "nas.example.org, printer.example.org");
    auto *button = m_window->form()->fieldEditor("hosts")->findChild<QToolButton *>("hostSuffixes");
    QVERIFY(button);
    QVERIFY(!button->isHidden()); // the provider publishes AAAA records
    button->click();
    auto *dialog = m_window->form()->findChild<HostSuffixDialog *>();
    QVERIFY(dialog);
    QTableWidget *table = dialog->table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, HostSuffixDialog::HostColumn)->text(), "nas.example.org");
    table->item(0, HostSuffixDialog::SuffixColumn)->setText("::1234");
    qobject_cast<QSpinBox *>(table->cellWidget(0, HostSuffixDialog::PrefixColumn))->setValue(56);
    dialog->apply(); // what OK does
    dialog->accept();
    const QJsonArray hosts = m_window->editor()->profile().value("hosts").toArray();
    QCOMPARE(hosts, (QJsonArray{QJsonObject{{"name", "nas.example.org"}, {"ipv6Suffix", "::1234"}, {"prefixLength", 56}},
                                "printer.example.org"}));
    QCOMPARE(lineEdit("hosts")->text(), "nas.example.org, printer.example.org");
    // Renaming another host keeps the suffix; a suffix the agent refuses shows at the host names.
    m_window->editor()->setHostSuffix("printer.example.org", "not-an-address", 0);
    m_window->editor()->touchAll();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->form()->fieldErrorText("hosts").contains("printer.example.org"), 5000);
    QVERIFY2(m_window->form()->fieldErrorText("hosts").contains("IPv6 suffix"), qPrintable(m_window->form()->fieldErrorText("hosts")));
    // Taken out again: the host is its name alone, as before suffixes existed.
    m_window->editor()->setHostSuffix("printer.example.org", QString(), 0);
    m_window->editor()->setHostSuffix("nas.example.org", QString(), 0);
    QCOMPARE(m_window->editor()->profile().value("hosts").toArray(), (QJsonArray{"nas.example.org", "printer.example.org"}));
}

QTEST_MAIN(TstSettingsForm)
#include "tst_settingsform.moc"
