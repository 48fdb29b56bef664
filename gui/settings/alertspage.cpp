#include "settings/alertspage.h"

#include "config/configkeys.h"
#include "config/hookconfig.h"
#include "config/hookspec.h"
#include "ipc/agentclient.h"
#include "ipc/protocol.h"
#include "secrets/secretstore.h"
#include "settings/secretkeeper.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Qddns::Gui {

namespace Key = ConfigKey;
using namespace Ipc;

namespace {
const QString kAuthorization = QStringLiteral("Authorization");
const QString kBearerSecret = QStringLiteral("Bearer {secret}");

bool editable(const QJsonObject &hook)
{
    const QString type = hook.value(Key::Type).toString();
    return type == HookType::Webhook || type == QLatin1String("ntfy");
}

QJsonObject keychainSecret()
{
    return {{Key::Source, QStringLiteral("keychain")}};
}
} // namespace

AlertsPage::AlertsPage(AgentClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_keeper(new SecretKeeper(nullptr, this))
    , m_list(new QListWidget(this))
    , m_addWebhook(new QPushButton(tr("Add webhook"), this))
    , m_addNtfy(new QPushButton(tr("Add ntfy"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_form(new QWidget(this))
    , m_kindNote(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_method(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_title(new QLineEdit(this))
    , m_priority(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_test(new QPushButton(tr("Send test"), this))
    , m_testResult(new QLabel(this))
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addWebhook);
    buttons->addWidget(m_addNtfy);
    buttons->addWidget(m_remove);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Tell others what the agent does:"), this));
    left->addWidget(m_list, 1);
    left->addLayout(buttons);

    m_method->addItems({QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("GET")});
    // ntfy's own words for its priorities; empty: the topic's default.
    m_priority->addItem(tr("Default"), QString());
    for (const char *p : {"min", "low", "high", "urgent"})
        m_priority->addItem(QString::fromLatin1(p), QString::fromLatin1(p));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_body->setPlaceholderText(QStringLiteral("{\"text\": \"{message}\"}"));
    m_body->setMaximumHeight(80);
    m_token->setEchoMode(QLineEdit::Password);
    m_kindNote->setWordWrap(true);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    QPalette red = m_errorLabel->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_errorLabel->setPalette(red);
    m_errorLabel->hide();
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);

    auto *events = new QGridLayout;
    const QList<std::pair<HookEvent, QString>> eventLabels{
        {HookEvent::AddressChanged, tr("Address changed")}, {HookEvent::Updated, tr("Record updated")},
        {HookEvent::Failed, tr("Update failed")},           {HookEvent::Held, tr("Updates stopped (held)")},
        {HookEvent::Recovered, tr("Recovered")},            {HookEvent::AgentStarted, tr("Agent started")}};
    for (qsizetype i = 0; i < eventLabels.size(); ++i) {
        auto *box = new QCheckBox(eventLabels.at(i).second, this);
        m_events.insert(hookEventName(eventLabels.at(i).first), box);
        events->addWidget(box, int(i / 2), int(i % 2));
        connect(box, &QCheckBox::toggled, this, &AlertsPage::formEdited);
    }

    auto *form = new QFormLayout(m_form);
    form->addRow(m_kindNote);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("URL:"), m_url);
    form->addRow(tr("Tell about:"), events);
    const auto addRow = [form, this](const QString &label, QWidget *field, QList<QWidget *> &group) {
        auto *l = new QLabel(label, this);
        form->addRow(l, field);
        group << l << field;
    };
    addRow(tr("Method:"), m_method, m_webhookOnly);
    addRow(tr("Body:"), m_body, m_webhookOnly);
    addRow(tr("Title:"), m_title, m_ntfyOnly);
    addRow(tr("Priority:"), m_priority, m_ntfyOnly);
    addRow(tr("Tags:"), m_tags, m_ntfyOnly);
    form->addRow(tr("Token:"), m_token);
    form->addRow(m_errorLabel);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    form->addRow(testRow);

    auto *columns = new QHBoxLayout(this);
    columns->addLayout(left, 1);
    columns->addWidget(m_form, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &AlertsPage::select);
    connect(m_addWebhook, &QPushButton::clicked, this, [this] { addTarget(HookType::Webhook); });
    connect(m_addNtfy, &QPushButton::clicked, this, [this] { addTarget(QStringLiteral("ntfy")); });
    connect(m_remove, &QPushButton::clicked, this, &AlertsPage::removeCurrent);
    connect(m_test, &QPushButton::clicked, this, &AlertsPage::sendTest);
    for (QLineEdit *edit : {m_name, m_url, m_title, m_tags, m_token})
        connect(edit, &QLineEdit::textEdited, this, &AlertsPage::formEdited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &AlertsPage::formEdited);
    connect(m_method, &QComboBox::activated, this, &AlertsPage::formEdited);
    connect(m_priority, &QComboBox::activated, this, &AlertsPage::formEdited);
    showCurrent();
}

QTabWidget *AlertsPage::withProfiles(QLayout *profiles, const QList<QWidget *> &profileOnly)
{
    auto *tabs = m_tabs = new QTabWidget(parentWidget());
    auto *profilesTab = new QWidget(tabs);
    profilesTab->setLayout(profiles);
    tabs->addTab(profilesTab, tr("Profiles"));
    tabs->addTab(this, tr("Alerts"));
    // What the profiles' tab showed comes back with it.
    auto shown = std::make_shared<QList<QWidget *>>();
    connect(tabs, &QTabWidget::currentChanged, this, [profileOnly, shown](int index) {
        if (index == 0) {
            for (QWidget *w : std::as_const(*shown))
                w->show();
            shown->clear();
            return;
        }
        for (QWidget *w : profileOnly) {
            if (!w->isHidden() && !shown->contains(w))
                shown->append(w);
            w->hide();
        }
    });
    return tabs;
}

void AlertsPage::setHooks(const QJsonArray &hooks)
{
    m_hooks = hooks;
    m_savedNames.clear();
    for (const QJsonValue &h : hooks)
        m_savedNames.insert(h.toObject().value(Key::Name).toString());
    m_pendingSecrets.clear();
    m_errors = {};
    m_current = -1;
    refreshList();
    select(m_hooks.isEmpty() ? -1 : 0);
}

void AlertsPage::applyTo(QJsonObject &document) const
{
    if (m_hooks.isEmpty())
        document.remove(Key::Hooks);
    else
        document.insert(Key::Hooks, m_hooks);
}

bool AlertsPage::isAlertsPath(const QString &path)
{
    return path == Key::Hooks || path.startsWith(QString(Key::Hooks) + QLatin1Char('['));
}

void AlertsPage::setErrors(const QJsonArray &errors)
{
    m_errors = errors;
    static const QRegularExpression hookPath(QStringLiteral("^hooks\\[(\\d+)\\]\\.?(.*)$"));
    QStringList mine;
    for (const QJsonValue &e : errors) {
        const QRegularExpressionMatch m = hookPath.match(e.toObject().value(Field::Path).toString());
        if (m.hasMatch() && m.captured(1).toInt() == m_current)
            mine << (m.captured(2).isEmpty() ? QString() : m.captured(2) + QStringLiteral(": "))
                        + e.toObject().value(Field::Message).toString();
    }
    m_errorLabel->setText(mine.join(QLatin1Char('\n')));
    m_errorLabel->setVisible(!mine.isEmpty());
}

void AlertsPage::refreshList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const QJsonValue &h : std::as_const(m_hooks)) {
        const QJsonObject o = h.toObject();
        m_list->addItem(tr("%1 (%2)").arg(o.value(Key::Name).toString(), o.value(Key::Type).toString()));
    }
    m_list->setCurrentRow(m_current);
}

QString AlertsPage::uniqueName(const QString &base) const
{
    QSet<QString> taken;
    for (const QJsonValue &h : m_hooks)
        taken.insert(h.toObject().value(Key::Name).toString());
    QString name = base;
    for (int i = 2; taken.contains(name); ++i)
        name = base + QString::number(i);
    return name;
}

void AlertsPage::addTarget(const QString &type)
{
    const bool ntfy = type == QLatin1String("ntfy");
    QJsonObject hook{{Key::Name, uniqueName(ntfy ? QStringLiteral("ntfy") : QStringLiteral("webhook"))},
                     {Key::Type, type},
                     {Key::Url, QString()},
                     {Key::Events, QJsonArray{hookEventName(HookEvent::AddressChanged), hookEventName(HookEvent::Failed),
                                              hookEventName(HookEvent::Held)}}};
    if (!ntfy)
        hook.insert(Key::Body, QStringLiteral("{\"text\": \"{message}\"}"));
    m_hooks.append(hook);
    m_current = int(m_hooks.size() - 1);
    refreshList();
    showCurrent();
    m_url->setFocus();
    Q_EMIT edited();
}

void AlertsPage::removeCurrent()
{
    if (m_current < 0)
        return;
    m_pendingSecrets.remove(m_hooks.at(m_current).toObject().value(Key::Name).toString());
    m_hooks.removeAt(m_current);
    m_current = std::min(m_current, int(m_hooks.size()) - 1);
    refreshList();
    showCurrent();
    Q_EMIT edited();
}

void AlertsPage::select(int row)
{
    m_current = row;
    if (m_list->currentRow() != row) {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(row);
    }
    showCurrent();
}

void AlertsPage::showCurrent()
{
    m_filling = true;
    const bool have = m_current >= 0 && m_current < m_hooks.size();
    const QJsonObject hook = have ? m_hooks.at(m_current).toObject() : QJsonObject();
    const QString type = hook.value(Key::Type).toString();
    const bool canEdit = have && editable(hook);
    m_form->setVisible(have);
    m_remove->setEnabled(have);
    m_kindNote->setText(canEdit ? QString()
                                : tr("A %1 hook: edit it in the configuration file; Send test runs it as saved there.").arg(type));
    m_kindNote->setVisible(have && !canEdit);
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_url), static_cast<QWidget *>(m_token)})
        w->setEnabled(canEdit);
    m_name->setText(hook.value(Key::Name).toString());
    m_url->setText(hook.value(Key::Url).toString());
    const QJsonArray events = hook.value(Key::Events).toArray();
    for (auto it = m_events.cbegin(); it != m_events.cend(); ++it) {
        it.value()->setChecked(events.contains(it.key()));
        it.value()->setEnabled(canEdit);
    }
    for (QWidget *w : std::as_const(m_webhookOnly))
        w->setVisible(canEdit && type == HookType::Webhook);
    for (QWidget *w : std::as_const(m_ntfyOnly))
        w->setVisible(canEdit && type == QLatin1String("ntfy"));
    m_method->setCurrentText(hook.value(Key::Method).toString(QStringLiteral("POST")));
    m_body->setPlainText(hook.value(Key::Body).toString());
    m_title->setText(hook.value(QLatin1String("title")).toString());
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(hook.value(QLatin1String("priority")).toString())));
    m_tags->setText(hook.value(QLatin1String("tags")).toString());
    const QString name = hook.value(Key::Name).toString();
    m_token->setText(m_pendingSecrets.value(name));
    m_token->setPlaceholderText(hook.contains(Key::Secret) ? tr("stored in the keychain") : tr("none (optional)"));
    m_testResult->clear();
    m_filling = false;
    setErrors(m_errors);
}

void AlertsPage::formEdited()
{
    if (m_filling || m_current < 0 || m_current >= m_hooks.size())
        return;
    QJsonObject hook = m_hooks.at(m_current).toObject();
    if (!editable(hook))
        return;
    const QString oldName = hook.value(Key::Name).toString();
    const QString name = m_name->text().trimmed();
    if (name != oldName && m_pendingSecrets.contains(oldName))
        m_pendingSecrets.insert(name, m_pendingSecrets.take(oldName));
    hook.insert(Key::Name, name);
    hook.insert(Key::Url, m_url->text().trimmed());
    QJsonArray events;
    for (const HookEvent e : kHookEvents) {
        if (m_events.value(hookEventName(e))->isChecked())
            events.append(hookEventName(e));
    }
    hook.insert(Key::Events, events);
    const auto setOrRemove = [&hook](const QString &key, const QString &value) {
        if (value.isEmpty())
            hook.remove(key);
        else
            hook.insert(key, value);
    };
    if (!m_token->text().isEmpty())
        m_pendingSecrets.insert(name, m_token->text());
    const bool secret = hook.contains(Key::Secret) || m_pendingSecrets.contains(name);
    if (secret)
        hook.insert(Key::Secret, hook.value(Key::Secret).isObject() ? hook.value(Key::Secret) : QJsonValue(keychainSecret()));
    if (hook.value(Key::Type).toString() == HookType::Webhook) {
        hook.insert(Key::Method, m_method->currentText());
        setOrRemove(Key::Body, m_body->toPlainText());
        QJsonObject headers = hook.value(Key::Headers).toObject();
        if (secret)
            headers.insert(kAuthorization, kBearerSecret); // where the token goes: only there
        if (headers.isEmpty())
            hook.remove(Key::Headers);
        else
            hook.insert(Key::Headers, headers);
    } else {
        setOrRemove(QStringLiteral("title"), m_title->text());
        setOrRemove(QStringLiteral("priority"), m_priority->currentData().toString());
        setOrRemove(QStringLiteral("tags"), m_tags->text());
    }
    m_hooks[m_current] = hook;
    const QSignalBlocker block(m_list);
    m_list->item(m_current)->setText(tr("%1 (%2)").arg(name, hook.value(Key::Type).toString()));
    Q_EMIT edited();
}

void AlertsPage::storeSecrets()
{
    m_savedNames.clear();
    for (const QJsonValue &h : std::as_const(m_hooks))
        m_savedNames.insert(h.toObject().value(Key::Name).toString());
    const QHash<QString, QString> pending = std::exchange(m_pendingSecrets, {});
    showCurrent(); // a typed token is now "stored"
    auto left = std::make_shared<int>(int(pending.size()));
    if (*left == 0) {
        Q_EMIT secretsStored();
        return;
    }
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        m_keeper->write(hookSecretOwner(it.key()), QString(kPrimaryCredential), it.value(), this, [this, left](const QString &error) {
            if (!error.isEmpty())
                m_testResult->setText(tr("The token could not be stored in the keychain: %1").arg(error));
            if (--*left == 0)
                Q_EMIT secretsStored();
        });
    }
}

void AlertsPage::sendTest()
{
    if (m_current < 0)
        return;
    const QJsonObject hook = m_hooks.at(m_current).toObject();
    const QString name = hook.value(Key::Name).toString();
    m_test->setEnabled(false);
    m_testResult->setText(tr("Sending..."));
    // The agent reads secrets only from the keychain, never from the socket: a typed token goes
    // there for the test, and is taken out again if the hook is not saved yet.
    const QString typed = m_pendingSecrets.value(name);
    if (typed.isEmpty()) {
        requestTest(hook, QString());
        return;
    }
    const QString owner = hookSecretOwner(name);
    m_keeper->write(owner, QString(kPrimaryCredential), typed, this, [this, hook, owner, name](const QString &error) {
        if (!error.isEmpty()) {
            m_test->setEnabled(true);
            m_testResult->setText(tr("The token could not be stored in the keychain: %1").arg(error));
            Q_EMIT tested();
            return;
        }
        requestTest(hook, m_savedNames.contains(name) ? QString() : owner);
    });
}

void AlertsPage::requestTest(const QJsonObject &hook, const QString &removeAfter)
{
    m_client->request(Method::HooksTest, {{Field::Hook, hook}}, this, [this, removeAfter](const Reply &reply) {
        m_test->setEnabled(true);
        if (!reply.ok()) {
            if (reply.errorCode == Error::InvalidConfig) {
                setErrors(reply.error.value(Field::Errors).toArray());
                m_testResult->setText(tr("Please correct the marked settings."));
            } else {
                m_testResult->setText(tr("The agent refused: %1").arg(reply.errorMessage));
            }
        } else if (reply.result.value(Field::Result).toString() == HookResultWord::Ok) {
            const QString message = reply.result.value(Field::Message).toString();
            m_testResult->setText(message.isEmpty() ? tr("Sent.") : tr("Sent: %1").arg(message));
        } else {
            m_testResult->setText(tr("Not sent: %1").arg(reply.result.value(Field::Message).toString()));
        }
        if (removeAfter.isEmpty()) {
            Q_EMIT tested();
            return;
        }
        // Done once the token typed for the test is out of the keychain again.
        m_keeper->remove(removeAfter, QString(kPrimaryCredential), this, [this](const QString &) { Q_EMIT tested(); });
    });
}

QString AlertsPage::testResultText() const
{
    return m_testResult->text();
}

QString AlertsPage::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

} // namespace Qddns::Gui
