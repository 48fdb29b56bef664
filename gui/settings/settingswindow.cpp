#include "settings/settingswindow.h"

#include "config/configkeys.h"
#include "core/logging.h"
#include "ipc/agentclient.h"
#include "ipc/protocol.h"
#include "settings/agentnotice.h"
#include "settings/alertspage.h"
#include "settings/globalsettingswidget.h"
#include "settings/importdialog.h"
#include "settings/profileeditormodel.h"
#include "settings/profileform.h"
#include "settings/profilelistmodel.h"
#include "settings/secretkeeper.h"
#include "settings/testreport.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace Qddns::Gui {

using namespace Ipc;

// The profile form's scroll area asks for room for the largest provider's form, so the window
// opens at a size where no provider's form needs a scroll bar.
class FormArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    void setPreferredContentSize(const QSize &size)
    {
        m_preferred = size;
        updateGeometry();
    }
    QSize sizeHint() const override
    {
        if (!m_preferred.isValid())
            return QScrollArea::sizeHint();
        const int frame = 2 * frameWidth();
        return m_preferred + QSize(frame, frame);
    }

private:
    QSize m_preferred;
};

namespace {
const QLatin1StringView kProfiles = ConfigKey::Profiles;
const QString kSizeKey = QStringLiteral("settingsWindow/size");
} // namespace

SettingsWindow::SettingsWindow(AgentClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_profiles(new ProfileListModel(this))
    , m_editor(new ProfileEditorModel(this))
    , m_keeper(new SecretKeeper(nullptr, this))
    , m_intro(new QLabel(this))
    , m_agentNotice(new AgentNotice(this))
    , m_generalErrors(new QLabel(this))
    , m_list(new QListView(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_rename(new QPushButton(tr("Rename"), this))
    , m_pages(new QStackedWidget(this))
    , m_form(new ProfileForm(m_editor, this))
    , m_advancedToggle(new QToolButton(this))
    , m_advanced(new QWidget(this))
    , m_global(new GlobalSettingsWidget(this))
    , m_alerts(new AlertsPage(client, this))
    , m_testResult(new QPlainTextEdit(this))
    , m_test(new QPushButton(tr("Test"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("qddns Settings"));
    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(300);
    connect(&m_validateTimer, &QTimer::timeout, this, &SettingsWindow::validate);

    m_intro->setText(tr("Pick your DNS provider, enter your host name and credentials, then Test and Save"));
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_agentNotice->hide();
    connect(m_agentNotice, &AgentNotice::startRequested, this, &SettingsWindow::startAgentRequested);
    connect(m_agentNotice, &AgentNotice::openFailed, this, [this](const QString &reason) { setStatus(reason, true); });
    m_generalErrors->setObjectName(QStringLiteral("generalErrors"));
    m_generalErrors->setWordWrap(true);
    m_generalErrors->setTextFormat(Qt::PlainText);
    QPalette red = m_generalErrors->palette();
    red.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_generalErrors->setPalette(red);
    m_generalErrors->hide();

    m_list->setModel(m_profiles);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addWidget(m_rename);
    auto *importButton = new QPushButton(tr("Import..."), this);
    importButton->setToolTip(tr("Add profiles from a ddclient, inadyn, OpenWrt or ddns-updater configuration"));
    listButtons->addWidget(importButton);
    connect(importButton, &QPushButton::clicked, this, &SettingsWindow::openImport);
    connect(m_client, &AgentClient::connected, importButton, [importButton] { importButton->setEnabled(true); });
    connect(m_client, &AgentClient::disconnected, importButton, [importButton] { importButton->setEnabled(false); });
    importButton->setEnabled(m_client->isConnected());
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Profiles:"), this));
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_advancedToggle->setText(tr("Advanced settings"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    auto *advancedLayout = new QVBoxLayout(m_advanced);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->addWidget(m_form->advancedWidget());
    advancedLayout->addWidget(m_global);
    m_advanced->hide();
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advanced->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        if (open)
            growToFit();
    });

    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setReadOnly(true);
    m_testResult->setMaximumHeight(140);
    m_testResult->hide();

    m_formPage = new QWidget(this);
    auto *formLayout = new QVBoxLayout(m_formPage);
    formLayout->addWidget(m_form);
    formLayout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    formLayout->addWidget(m_advanced);
    formLayout->addStretch();
    m_scroll = new FormArea(this);
    m_scroll->setObjectName(QStringLiteral("formScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_formPage);
    auto *scroll = m_scroll;
    auto *empty = new QLabel(tr("No profile yet. Click Add to keep a host name current."), this);
    empty->setAlignment(Qt::AlignCenter);
    // Not wrapped: a height-for-width page would make the pages ignore the form's size hint.
    empty->setWordWrap(false);
    m_pages->addWidget(empty);
    m_pages->addWidget(scroll);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_pages, 3);

    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_test);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_save);
    m_save->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout; // the tray's own language, not the agent's configuration
    top->addWidget(m_intro, 1);
    top->addWidget(m_language, 0, Qt::AlignRight);
    layout->addLayout(top);
    layout->addWidget(m_agentNotice);
    layout->addWidget(m_generalErrors);
    layout->addWidget(m_alerts->withProfiles(columns, {m_test, m_testResult}), 1);
    layout->addWidget(m_testResult);
    layout->addLayout(bottom);

    connect(m_add, &QPushButton::clicked, this, &SettingsWindow::addProfile);
    connect(m_remove, &QPushButton::clicked, this, &SettingsWindow::removeCurrentProfile);
    connect(m_rename, &QPushButton::clicked, this, &SettingsWindow::renameCurrentProfile);
    connect(m_test, &QPushButton::clicked, this, &SettingsWindow::test);
    connect(m_save, &QPushButton::clicked, this, &SettingsWindow::save);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectProfile(current.isValid() ? current.row() : -1); });
    connect(m_editor, &ProfileEditorModel::edited, this, &SettingsWindow::onEdited);
    // Another client (or SIGHUP) changed the configuration: follow it unless the user has edits
    // of their own, which are kept and warned about rather than silently replaced. Relies on the
    // shared client's subscription (the tray app subscribes to configChanged).
    connect(m_client, &AgentClient::eventReceived, this, [this](const QString &name) {
        if (name == Event::ConfigChanged && !m_busy)
            followConfigChange();
    });
    connect(m_form, &ProfileForm::secretEdited, this, [this](const QString &credential, const QString &secret) {
        m_profiles->setPendingSecret(m_current, credential, secret);
    });
    connect(m_profiles, &ProfileListModel::renamed, this, [this](int row, const QString &name) {
        if (row == m_current)
            m_editor->setName(name); // edited() then validates
        else
            scheduleValidation();
    });
    connect(m_global, &GlobalSettingsWidget::edited, this, &SettingsWindow::scheduleValidation);
    connect(m_alerts, &AlertsPage::edited, this, &SettingsWindow::scheduleValidation);
    // Everything here goes through the agent: follow whether there is one.
    connect(m_client, &AgentClient::connected, this, [this] {
        updateAgentNotice();
        // Back after a restart: unsaved edits stay (and are checked again); else fetch it all.
        if (std::exchange(m_reloadOnConnect, false)) {
            if (m_catalog.isEmpty() || document() == m_saved)
                reload();
            else
                scheduleValidation();
        }
    });
    connect(m_client, &AgentClient::disconnected, this, &SettingsWindow::updateAgentNotice);
    updateButtons();
    updateAgentNotice();

    // The user's size from last time; else the natural one, once the providers are known.
    const QSize saved = QSettings().value(kSizeKey).toSize();
    if (saved.isValid()) {
        m_sizeRestored = true;
        resize(saved.boundedTo(availableSize()));
    }
    updateFormSize();
}

void SettingsWindow::reload()
{
    if (!m_client->isConnected()) {
        m_reloadOnConnect = true; // the agent has the providers and the config
        updateAgentNotice();
        return;
    }
    m_loading = 2;
    const auto done = [this] {
        if (--m_loading == 0)
            Q_EMIT loaded();
    };
    m_client->request(Method::Providers, {}, this, [this, done](const Reply &reply) {
        if (reply.ok())
            setCatalog(ProviderCatalog::fromReply(reply.result));
        else
            setStatus(describeFailure(reply), true);
        done();
    });
    m_client->request(Method::ConfigGet, {}, this, [this, done](const Reply &reply) {
        if (reply.ok())
            setConfigDocument(reply.result.value(Field::Config).toObject());
        else
            setStatus(describeFailure(reply), true);
        done();
    });
}

void SettingsWindow::setCatalog(const ProviderCatalog &catalog)
{
    m_catalog = catalog;
    m_editor->setCatalog(catalog);
    updateFormSize();
    probeSecrets(); // which credentials a profile has comes from its provider
}

QSize SettingsWindow::availableSize() const
{
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry().size() : QSize(1366, 768);
}

QSize SettingsWindow::largestFormSize() const
{
    // Every provider's form, built off screen as the user would get it.
    ProfileEditorModel model;
    model.setCatalog(m_catalog);
    ProfileForm form(&model);
    form.setAgentIsOtherUser(m_agentIsOtherUser);
    form.ensurePolished();
    const QString name = QStringLiteral("home");
    QList<QJsonObject> profiles{{{ConfigKey::Name, name}}};
    for (const ProviderEntry &p : m_catalog.providers())
        profiles.append({{ConfigKey::Name, name}, {ConfigKey::Provider, p.id}});
    // Wide enough for every field and its example, and for help text that reads as lines.
    int width = form.fontMetrics().averageCharWidth() * 64;
    for (const QJsonObject &profile : std::as_const(profiles)) {
        model.setProfile(profile, 0);
        width = std::max(width, form.minimumSizeHint().width());
    }
    int height = 0;
    for (const QJsonObject &profile : std::as_const(profiles)) {
        model.setProfile(profile, 0);
        height = std::max(height, form.hasHeightForWidth() ? form.heightForWidth(width) : form.sizeHint().height());
    }
    return {width, height};
}

void SettingsWindow::updateFormSize()
{
    const QSize form = largestFormSize();
    // The page around the form: its margins, the advanced toggle; the advanced section, when
    // opened, scrolls rather than making every provider's form tall.
    const QMargins margins = m_formPage->layout()->contentsMargins();
    const int spacing = std::max(0, m_formPage->layout()->spacing());
    const int width = std::max(form.width(), m_advanced->minimumSizeHint().width()) + margins.left() + margins.right();
    const int height = form.height() + spacing + m_advancedToggle->sizeHint().height() + margins.top() + margins.bottom();
    // Room for a vertical scroll bar too: opening the advanced section must not squeeze the fields.
    const int scrollBar = m_scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    m_scroll->setMinimumWidth(width + scrollBar);
    m_scroll->setPreferredContentSize({width + scrollBar, height});
    // The size hints up the chain are cached: ask again.
    m_pages->updateGeometry();
    layout()->invalidate();
    if (!m_sizeRestored && !m_catalog.isEmpty()) {
        m_naturalSize = naturalSize();
        resize(m_naturalSize);
    }
}

QSize SettingsWindow::naturalSize() const
{
    // Wrapped labels (the introduction, errors) need more height at the width they get.
    QSize size = sizeHint();
    if (hasHeightForWidth())
        size.setHeight(std::max(size.height(), heightForWidth(size.width())));
    return size.boundedTo(availableSize());
}

void SettingsWindow::growToFit()
{
    const QSize wanted = naturalSize();
    if (wanted.height() > height() || wanted.width() > width())
        resize(std::max(width(), wanted.width()), std::max(height(), wanted.height()));
}

void SettingsWindow::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (event->spontaneous())
        return;
    // Only a size the user chose: the natural one follows the providers the agent offers.
    if (size() == m_naturalSize)
        QSettings().remove(kSizeKey);
    else
        QSettings().setValue(kSizeKey, size());
}

void SettingsWindow::setConfigDocument(const QJsonObject &config)
{
    m_validateTimer.stop();
    ++m_validation;
    m_saved = config;
    m_globals = config;
    m_globals.remove(kProfiles);
    m_lastErrors = {};
    m_current = -1;
    m_profiles->setProfiles(config.value(kProfiles).toArray());
    m_global->setDocument(config);
    m_alerts->setHooks(config.value(ConfigKey::Hooks).toArray());
    m_generalErrors->hide();
    if (m_firstRun && !m_firstRunProfileAdded) {
        m_firstRunProfileAdded = true;
        addProfile();
    } else {
        selectProfile(m_profiles->rowCount() > 0 ? 0 : -1);
    }
    probeSecrets();
}

void SettingsWindow::setFirstRun(bool firstRun)
{
    m_firstRun = firstRun;
    m_intro->setVisible(firstRun);
}

void SettingsWindow::setAgentIsOtherUser(bool otherUser)
{
    m_agentIsOtherUser = otherUser;
    m_form->setAgentIsOtherUser(otherUser);
}

void SettingsWindow::setAgentProblem(const QString &problem)
{
    m_agentNotice->setProblem(problem);
}

void SettingsWindow::setConfigPath(const QString &path)
{
    m_agentNotice->setConfigPath(path);
}

QString SettingsWindow::agentNoticeText() const
{
    return m_agentNotice->isHidden() ? QString() : m_agentNotice->text();
}

void SettingsWindow::updateAgentNotice()
{
    const bool connected = m_client->isConnected();
    m_agentNotice->setVisible(!connected);
    m_list->setEnabled(connected);
    m_pages->setEnabled(connected);
    updateButtons();
    if (connected)
        m_agentNotice->setProblem({}); // it runs now
    else
        m_reloadOnConnect = true;
}

void SettingsWindow::followConfigChange()
{
    m_client->request(Method::ConfigGet, {}, this, [this](const Reply &reply) {
        const QJsonObject config = reply.result.value(Field::Config).toObject();
        if (!reply.ok() || m_busy || config == m_saved)
            return; // our own save, or nothing new
        if (document() == m_saved) {
            setConfigDocument(config);
            probeSecrets();
            setStatus(tr("The configuration was changed elsewhere and has been reloaded."), false);
        } else {
            setStatus(tr("The configuration was changed elsewhere; saving now replaces those changes with yours."), true);
        }
    });
}

QJsonObject SettingsWindow::document() const
{
    QJsonObject document = m_global->applyTo(m_globals);
    document.insert(kProfiles, m_profiles->profiles());
    m_alerts->applyTo(document);
    return document;
}

void SettingsWindow::addProfile()
{
    // Profile names are config identifiers (letters, digits, . _ -), so not translated.
    const QJsonObject profile{{ConfigKey::Name, m_profiles->uniqueName(QStringLiteral("home"))}};
    const int row = m_profiles->addProfile(profile);
    m_list->setCurrentIndex(m_profiles->index(row));
    selectProfile(row);
    scheduleValidation();
}

void SettingsWindow::removeCurrentProfile()
{
    const int row = m_current;
    if (row < 0)
        return;
    m_current = -1; // the row is gone: nothing to write back
    m_profiles->removeProfile(row);
    const int next = std::min(row, m_profiles->rowCount() - 1);
    if (next >= 0)
        m_list->setCurrentIndex(m_profiles->index(next));
    selectProfile(next);
    scheduleValidation();
}

void SettingsWindow::renameCurrentProfile()
{
    if (m_current >= 0)
        m_list->edit(m_profiles->index(m_current));
}

void SettingsWindow::selectProfile(int row)
{
    if (row == m_current && row >= 0)
        return;
    m_current = row;
    if (m_list->currentIndex().row() != row)
        m_list->setCurrentIndex(row >= 0 ? m_profiles->index(row) : QModelIndex());
    m_pages->setCurrentIndex(row >= 0 ? 1 : 0);
    m_testResult->clear();
    m_testResult->hide();
    if (row >= 0) {
        const ProfileListModel::Row &r = m_profiles->row(row);
        m_editor->setProfile(r.profile, row);
        m_form->setStoredCredentials(r.storedCredentials);
        m_form->setPendingSecrets(r.pendingSecrets);
        showErrors(m_lastErrors, row);
    }
    updateButtons();
}

void SettingsWindow::onEdited()
{
    if (m_current < 0)
        return;
    m_profiles->setProfile(m_current, m_editor->profile());
    scheduleValidation();
}

void SettingsWindow::scheduleValidation()
{
    // Single shot, restarted by each edit: nothing runs while the user is idle.
    m_validateTimer.start();
}

void SettingsWindow::validate()
{
    const quint64 id = ++m_validation;
    m_client->request(Method::ConfigValidate, {{Field::Config, document()}}, this, [this, id](const Reply &reply) {
        if (id != m_validation || m_validateTimer.isActive())
            return; // edited since: a newer answer is coming
        if (!reply.ok()) {
            setStatus(describeFailure(reply), true);
            return;
        }
        m_lastErrors = reply.result.value(Field::Errors).toArray();
        showErrors(m_lastErrors, m_current);
        Q_EMIT validated();
    });
}

void SettingsWindow::showErrors(const QJsonArray &errors, qsizetype profileIndex)
{
    // Errors of other profiles name the profile, not its place in the file.
    static const QRegularExpression otherProfile(QStringLiteral("^profiles\\[(\\d+)\\]\\.?(.*)$"));
    QJsonArray profileErrors;
    QStringList others;
    for (const QJsonValue &e : errors) {
        const QString path = e.toObject().value(Field::Path).toString();
        if (GlobalSettingsWidget::isGlobalPath(path) || AlertsPage::isAlertsPath(path))
            continue;
        const QRegularExpressionMatch m = otherProfile.match(path);
        const qsizetype index = m.hasMatch() ? m.captured(1).toLongLong() : profileIndex;
        if (index == profileIndex || index >= m_profiles->rowCount()) {
            profileErrors.append(e);
            continue;
        }
        const QString name = m_profiles->row(int(index)).profile.value(ConfigKey::Name).toString();
        const QString message = e.toObject().value(Field::Message).toString();
        others.append(m.captured(2).isEmpty() ? tr("Profile \"%1\": %2").arg(name, message)
                                              : tr("Profile \"%1\", %2: %3").arg(name, m.captured(2), message));
    }
    m_global->setErrors(errors);
    m_alerts->setErrors(errors);
    m_editor->setErrors(profileErrors, profileIndex);
    const QStringList general = m_editor->generalErrors() + others;
    m_generalErrors->setText(general.join(QLatin1Char('\n')));
    m_generalErrors->setVisible(!general.isEmpty());
}

void SettingsWindow::test()
{
    if (m_current < 0)
        return;
    m_editor->touchAll();
    const QJsonObject profile = m_editor->profile();
    // The agent validates the profile inside its running config: errors carry that config's index.
    const QJsonArray running = m_saved.value(kProfiles).toArray();
    qsizetype index = running.size();
    for (qsizetype i = 0; i < running.size(); ++i) {
        if (running.at(i).toObject().value(ConfigKey::Name) == profile.value(ConfigKey::Name))
            index = i;
    }
    m_test->setEnabled(false);
    m_testResult->show();
    m_testResult->setPlainText(tr("Testing..."));
    growToFit();
    const ProfileListModel::Row &row = m_profiles->row(m_current);
    const QString name = profile.value(ConfigKey::Name).toString();
    QList<KeychainStep> typed;
    for (const QString &id : ProfileEditorModel::keychainCredentials(profile, m_editor->provider())) {
        if (row.pendingSecrets.contains(id))
            typed.append({KeychainStep::Kind::Write, id, {}, name, row.pendingSecrets.value(id)});
    }
    // The agent reads secrets only from the keychain, never from the socket: credentials typed for
    // a profile under its saved name (or a new one) go there first so that Test uses them. A new
    // profile's entries are taken away again after the test; Save writes them for good.
    if (typed.isEmpty() || (!row.savedName.isEmpty() && row.savedName != name)) {
        requestTest(profile, index, !typed.isEmpty(), {});
        return;
    }
    const bool temporary = row.savedName.isEmpty();
    m_keeper->run(typed, this, [this, profile, index, temporary](const QList<KeychainStep> &written, const QStringList &errors) {
        QList<KeychainStep> cleanup;
        for (const KeychainStep &step : written) {
            if (temporary)
                cleanup.append({KeychainStep::Kind::Remove, step.field, step.to, {}, {}});
        }
        if (!errors.isEmpty()) {
            updateButtons();
            m_testResult->setPlainText(tr("The secret could not be stored in the keychain: %1").arg(errors.join(QLatin1Char('\n'))));
            m_keeper->run(cleanup, this, [](const QList<KeychainStep> &, const QStringList &) {});
            Q_EMIT tested();
            return;
        }
        requestTest(profile, index, false, cleanup);
    });
}

void SettingsWindow::requestTest(const QJsonObject &profile, qsizetype index, bool untestedSecret, const QList<KeychainStep> &cleanup)
{
    m_client->request(Method::Test, {{Field::Profile, profile}}, this, [this, index, untestedSecret, cleanup](const Reply &reply) {
        updateButtons();
        if (reply.ok()) {
            QString text = describeTestReply(reply.result);
            if (untestedSecret)
                text += QLatin1Char('\n') + tr("The password you typed is stored when you save; the test used the keychain's.");
            m_testResult->setPlainText(text);
        } else {
            if (reply.errorCode == Error::InvalidConfig)
                showErrors(reply.error.value(Field::Errors).toArray(), index);
            m_testResult->setPlainText(describeFailure(reply));
        }
        m_keeper->run(cleanup, this, [this](const QList<KeychainStep> &, const QStringList &) { Q_EMIT tested(); });
    });
}

void SettingsWindow::save()
{
    if (m_busy)
        return;
    m_validateTimer.stop();
    ++m_validation; // the save's answer supersedes any validation in flight
    m_editor->touchAll();
    m_busy = true;
    updateButtons();
    setStatus(tr("Saving..."), false);
    const QJsonObject config = document();
    m_client->request(Method::ConfigSet, {{Field::Config, config}}, this, [this, config](const Reply &reply) {
        if (!reply.ok()) {
            m_busy = false;
            updateButtons();
            if (reply.errorCode == Error::InvalidConfig) {
                m_lastErrors = reply.error.value(Field::Errors).toArray();
                showErrors(m_lastErrors, m_current);
            }
            const QString reason = tr("Not saved. %1").arg(describeFailure(reply));
            setStatus(reason, true);
            Q_EMIT saveFailed(reason);
            return;
        }
        m_saved = config;
        m_lastErrors = {};
        showErrors({}, m_current);
        m_alerts->storeSecrets();
        storeSecrets();
    });
}

ImportDialog *SettingsWindow::openImport()
{
    if (m_agentIsOtherUser) {
        setStatus(tr("The agent runs under another account: import on its machine with `qddns-agent import`, as that account."), true);
        return nullptr;
    }
    if (m_busy || document() != m_saved) {
        setStatus(tr("Save or undo your changes first: an import saves the configuration."), true);
        return nullptr;
    }
    auto *dialog = new ImportDialog(m_client, m_saved, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::added, this, [this, dialog] {
        const int firstNew = m_profiles->rowCount();
        const QStringList names = dialog->addedProfiles();
        setConfigDocument(dialog->addedConfig());
        selectProfile(firstNew < m_profiles->rowCount() ? firstNew : -1);
        const QStringList missing = dialog->profilesNeedingSecret();
        const QString imported = tr("Imported %n profile(s): %1.", nullptr, int(names.size())).arg(names.join(QStringLiteral(", ")));
        setStatus(missing.isEmpty() ? tr("%1 Their passwords are in the keychain.").arg(imported)
                                    : tr("%1 No password was in the file for %2: enter it in the form, then Save.")
                                          .arg(imported, missing.join(QStringLiteral(", "))),
                  !missing.isEmpty());
    });
    dialog->open();
    return dialog;
}

void SettingsWindow::storeSecrets()
{
    const QList<KeychainStep> steps = m_agentIsOtherUser ? QList<KeychainStep>() : SecretKeeper::stepsForSave(*m_profiles, m_catalog);
    m_profiles->markSaved();
    m_form->setPendingSecrets({});
    m_keeper->run(steps, this, [this](const QList<KeychainStep> &succeeded, const QStringList &errors) { finishSave(succeeded, errors); });
}

void SettingsWindow::finishSave(const QList<KeychainStep> &succeeded, const QStringList &errors)
{
    QStringList changed;
    for (const KeychainStep &step : succeeded) {
        if (step.kind == KeychainStep::Kind::Remove) {
            m_profiles->setCredentialStored(step.from, step.field, false);
            continue;
        }
        if (step.kind == KeychainStep::Kind::Write)
            m_profiles->setCredentialStored(step.to, step.field, true);
        if (!changed.contains(step.to))
            changed.append(step.to);
    }
    for (const QString &profile : std::as_const(changed)) {
        // The agent retries the profile now instead of waiting out a hold for bad credentials.
        m_client->request(Method::SecretChanged, {{Field::Profile, profile}}, this, [profile](const Reply &reply) {
            if (!reply.ok())
                qCWarning(lcGui).noquote() << "secretChanged for profile" << profile << "failed:" << reply.errorMessage;
        });
    }
    if (m_current >= 0)
        m_form->setStoredCredentials(m_profiles->row(m_current).storedCredentials);
    m_busy = false;
    updateButtons();
    if (errors.isEmpty()) {
        setStatus(tr("Saved."), false);
        Q_EMIT saved();
    } else {
        const QString reason = tr("The settings were saved, but a password could not be stored in the keychain:\n%1")
                                   .arg(errors.join(QLatin1Char('\n')));
        setStatus(reason, true);
        Q_EMIT saveFailed(reason);
    }
}

void SettingsWindow::probeSecrets()
{
    if (m_agentIsOtherUser)
        return;
    for (int row = 0; row < m_profiles->rowCount(); ++row) {
        const ProfileListModel::Row &r = m_profiles->row(row);
        if (r.savedName.isEmpty())
            continue;
        const QString name = r.savedName;
        const QStringList ids = ProfileEditorModel::keychainCredentials(r.savedProfile, m_catalog.find(r.savedProfile.value(ConfigKey::Provider).toString()));
        for (const QString &id : ids) {
            m_keeper->probe(name, id, this, [this, name, id](bool stored) {
                m_profiles->setCredentialStored(name, id, stored);
                if (m_current >= 0 && m_profiles->row(m_current).savedName == name)
                    m_form->setStoredCredentials(m_profiles->row(m_current).storedCredentials);
            });
        }
    }
}

void SettingsWindow::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xc0, 0x1c, 0x28) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

void SettingsWindow::updateButtons()
{
    const bool connected = m_client->isConnected();
    const bool haveProfile = m_current >= 0;
    m_add->setEnabled(connected);
    m_remove->setEnabled(connected && haveProfile);
    m_rename->setEnabled(connected && haveProfile);
    m_test->setEnabled(connected && haveProfile);
    m_save->setEnabled(connected && !m_busy);
}

QString SettingsWindow::describeFailure(const Reply &reply) const
{
    if (reply.errorCode == QLatin1String("disconnected"))
        return tr("Not connected to the qddns agent: %1").arg(reply.errorMessage);
    if (reply.errorCode == Error::InvalidConfig)
        return tr("Please correct the marked settings.");
    if (reply.errorCode == Error::WriteFailed)
        return tr("The agent could not write the configuration file: %1").arg(reply.errorMessage);
    return tr("The agent refused: %1").arg(reply.errorMessage);
}

QString SettingsWindow::generalErrorText() const
{
    return m_generalErrors->isHidden() ? QString() : m_generalErrors->text();
}

QString SettingsWindow::testResultText() const
{
    return m_testResult->toPlainText();
}

QString SettingsWindow::statusText() const
{
    return m_status->text();
}

QScrollArea *SettingsWindow::formArea() const
{
    return m_scroll;
}

QString SettingsWindow::introText() const
{
    return m_intro->isHidden() ? QString() : m_intro->text();
}

} // namespace Qddns::Gui
