#include "settings/importdialog.h"

#include "config/configkeys.h"
#include "core/logging.h"
#include "import/importer.h"
#include "ipc/agentclient.h"
#include "ipc/protocol.h"
#include "secrets/secretstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Qddns::Gui {

using namespace Ipc;

namespace {

QString toolTitle(ImportTool tool)
{
    switch (tool) {
    case ImportTool::Ddclient: return QStringLiteral("ddclient");
    case ImportTool::Inadyn: return QStringLiteral("inadyn");
    case ImportTool::OpenWrt: return ImportDialog::tr("OpenWrt ddns-scripts");
    case ImportTool::DdnsUpdater: return QStringLiteral("ddns-updater");
    }
    return {};
}

QString hostNames(const QJsonArray &hosts)
{
    QStringList names;
    for (const QJsonValue &h : hosts)
        names << (h.isObject() ? h.toObject().value(ConfigKey::Name).toString() : h.toString());
    return names.join(QStringLiteral(", "));
}

QString compactJson(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

} // namespace

// Only profiles are added: the existing configuration's settings stay, since its profiles run
// with them. Each setting of the file that differs is said, so nothing is dropped silently.
QStringList ImportDialog::settingsNotApplied() const
{
    QStringList lines;
    for (const QLatin1StringView key : {ConfigKey::Interval, ConfigKey::ForceInterval, ConfigKey::Timeout, ConfigKey::Tls,
                                        ConfigKey::Detectors}) {
        const QJsonValue theirs = m_result->config.value(key);
        const QJsonValue ours = m_config.value(key);
        if (theirs.isUndefined() || theirs == ours)
            continue;
        lines << tr("Not applied: %1 %2 from the file; your configuration keeps %3")
                     .arg(key, compactJson(theirs), ours.isUndefined() ? tr("qddns's default") : compactJson(ours));
    }
    return lines;
}

ImportDialog::ImportDialog(AgentClient *client, const QJsonObject &config, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_config(config)
    , m_store(std::make_unique<SystemSecretStore>())
    , m_tool(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_profiles(new QTreeWidget(this))
    , m_notes(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_add(new QPushButton(tr("Add Profiles"), this))
{
    setWindowTitle(tr("Import from Another DDNS Client"));
    for (ImportTool t : {ImportTool::Ddclient, ImportTool::Inadyn, ImportTool::OpenWrt, ImportTool::DdnsUpdater})
        m_tool->addItem(toolTitle(t), int(t));

    auto *browse = new QPushButton(tr("Browse..."), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Client:"), m_tool);
    form->addRow(tr("Its configuration file:"), fileRow);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_hint);

    m_profiles->setColumnCount(4);
    m_profiles->setHeaderLabels({tr("Profile"), tr("Provider"), tr("Hosts"), tr("Password")});
    m_profiles->setRootIsDecorated(false);
    m_profiles->header()->setStretchLastSection(true);
    m_notes->setReadOnly(true);
    m_notes->setPlaceholderText(tr("Every option was imported."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_add, QDialogButtonBox::AcceptRole);
    m_add->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Profiles it would create:"), this));
    layout->addWidget(m_profiles, 2);
    layout->addWidget(new QLabel(tr("Options not imported, and options imported with another form:"), this));
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 520);

    connect(m_tool, &QComboBox::activated, this, [this] {
        fillDefaultPath();
        preview();
    });
    connect(m_path, &QLineEdit::editingFinished, this, &ImportDialog::preview);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_add, &QPushButton::clicked, this, &ImportDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // The importer maps services onto the providers this agent has.
    m_client->request(Method::Providers, {}, this, [this](const Reply &reply) {
        m_providers = reply.result.value(Field::Providers).toArray();
        if (!reply.ok())
            m_status->setText(tr("The agent did not list its providers: %1").arg(reply.errorMessage));
        else
            preview();
    });
    fillDefaultPath();
}

ImportDialog::~ImportDialog() = default;

ImportTool ImportDialog::tool() const
{
    return ImportTool(m_tool->currentData().toInt());
}

void ImportDialog::setTool(ImportTool tool)
{
    m_tool->setCurrentIndex(m_tool->findData(int(tool)));
    fillDefaultPath();
    preview();
}

void ImportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    preview();
}

void ImportDialog::fillDefaultPath()
{
    // The tool's own file when this user can read it; root-only files are named with what to do.
    const QStringList paths = importToolDefaultPaths(tool());
    m_hint->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            continue;
        if (info.isReadable()) {
            m_path->setText(path);
            return;
        }
        m_hint->setText(tr("%1 is readable by its owner only. Copy it where you can read it, e.g. "
                           "\"sudo install -m 600 -o $USER %1 ~/%2\", and pick the copy.")
                            .arg(path, info.fileName()));
        break;
    }
    if (m_hint->text().isEmpty())
        m_hint->setText(tr("%1 keeps it in %2.").arg(toolTitle(tool()), paths.join(tr(" or "))));
    m_path->clear();
}

void ImportDialog::browse()
{
    const QString start = m_path->text().isEmpty() ? QFileInfo(importToolDefaultPaths(tool()).value(0)).path() : m_path->text();
    const QString path = QFileDialog::getOpenFileName(this, tr("%1's Configuration").arg(toolTitle(tool())), start);
    if (!path.isEmpty())
        setPath(path);
}

void ImportDialog::preview()
{
    m_result.reset();
    m_profiles->clear();
    m_notes->clear();
    m_status->clear();
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || m_providers.isEmpty()) {
        showResult();
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        showResult();
        return;
    }
    ImportOptions options;
    options.providers = m_providers;
    options.secrets = ImportOptions::SecretTarget::Keychain;
    for (const QJsonValue &p : m_config.value(ConfigKey::Profiles).toArray())
        options.reservedNames << p.toObject().value(ConfigKey::Name).toString();
    m_result = importConfig(tool(), file.readAll(), options);
    if (m_result->error)
        m_status->setText(tr("%1 is not %2's configuration: %3").arg(path, toolTitle(tool()), m_result->error->toString()));
    showResult();
}

void ImportDialog::showResult()
{
    const QJsonArray profiles = m_result && !m_result->error ? m_result->config.value(ConfigKey::Profiles).toArray() : QJsonArray();
    for (const QJsonValue &value : profiles) {
        const QJsonObject p = value.toObject();
        const QString name = p.value(ConfigKey::Name).toString();
        const bool needsSecret = m_result->profilesNeedingSecret.contains(name);
        auto *item = new QTreeWidgetItem(m_profiles);
        item->setText(0, name);
        item->setText(1, p.value(ConfigKey::Provider).toString());
        item->setText(2, hostNames(p.value(ConfigKey::Hosts).toArray()));
        item->setText(3, needsSecret ? tr("not in the file: enter it after adding") : tr("from the file, into the keychain"));
    }
    for (int column = 0; column < 3; ++column)
        m_profiles->resizeColumnToContents(column);
    if (m_result && !m_result->error) {
        QStringList lines;
        for (const Unsupported &n : std::as_const(m_result->notes))
            lines << tr("Not imported: %1").arg(n.toString());
        for (const Mapped &m : std::as_const(m_result->explanations))
            lines << tr("Imported as: %1").arg(m.toString());
        lines << settingsNotApplied();
        m_notes->setPlainText(lines.join(QLatin1Char('\n')));
        if (profiles.isEmpty())
            m_status->setText(tr("Nothing in this file can be imported (see above)."));
    }
    m_add->setText(profiles.isEmpty() ? tr("Add Profiles") : tr("Add %n Profile(s)", nullptr, int(profiles.size())));
    m_add->setEnabled(!profiles.isEmpty() && !m_busy);
    Q_EMIT previewed();
}

QString ImportDialog::notesText() const
{
    return m_notes->toPlainText();
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

QStringList ImportDialog::addedProfiles() const
{
    QStringList names;
    if (m_result) {
        for (const QJsonValue &p : m_result->config.value(ConfigKey::Profiles).toArray())
            names << p.toObject().value(ConfigKey::Name).toString();
    }
    return names;
}

void ImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_tool->setEnabled(!busy);
    m_path->setEnabled(!busy);
    m_add->setEnabled(!busy && m_result && !m_result->error && !addedProfiles().isEmpty());
}

void ImportDialog::add()
{
    if (m_busy || !m_result || m_result->error || addedProfiles().isEmpty())
        return;
    setBusy(true);
    m_status->setText(tr("Adding..."));
    QList<KeychainEntry> entries;
    for (const ImportedSecret &s : std::as_const(m_result->secrets))
        entries.append({s.profile, s.field, s.value});
    QJsonObject config = m_config;
    QJsonArray profiles = config.value(ConfigKey::Profiles).toArray();
    for (const QJsonValue &p : m_result->config.value(ConfigKey::Profiles).toArray())
        profiles.append(p);
    config.insert(ConfigKey::Profiles, profiles);

    // Secrets first, so that the agent's first cycle with the new profiles finds them.
    storeNewKeychainEntries(*m_store, entries, this, [this, config](const KeychainKeysResult &stored) {
        if (!stored) {
            fail(stored.error().taken.isEmpty()
                     ? tr("The passwords could not be stored in the keychain: %1").arg(stored.error().message)
                     : tr("The keychain already holds other passwords under %1 (an earlier import's, or a profile of another "
                          "configuration). Nothing was added: remove those entries or the profiles using them first.")
                           .arg(stored.error().taken.join(QStringLiteral(", "))),
                 {});
            return;
        }
        const QStringList written = stored.value();
        m_client->request(Method::ConfigSet, {{Field::Config, config}}, this, [this, config, written](const Reply &reply) {
            if (!reply.ok()) {
                QStringList errors;
                for (const QJsonValue &e : reply.error.value(Field::Errors).toArray())
                    errors << QStringLiteral("%1: %2").arg(e.toObject().value(Field::Path).toString(),
                                                           e.toObject().value(Field::Message).toString());
                fail(tr("The agent refused the configuration: %1").arg(errors.isEmpty() ? reply.errorMessage : errors.join(QLatin1Char('\n'))),
                     written);
                return;
            }
            m_added = config;
            setBusy(false);
            m_status->setText(tr("Added."));
            Q_EMIT added();
            accept();
        });
    });
}

void ImportDialog::fail(const QString &reason, const QStringList &writtenKeys)
{
    // The passwords of profiles that were not added would be left over in the keychain.
    for (const QString &key : writtenKeys)
        m_store->deleteKeychain(key, this, [key](const SecretResult &r) {
            if (!r)
                qCWarning(lcGui).noquote() << "could not remove the keychain entry" << key << "again:" << r.error();
        });
    setBusy(false);
    m_status->setText(reason);
    Q_EMIT addFailed(reason);
}

} // namespace Qddns::Gui
